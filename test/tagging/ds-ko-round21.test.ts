import { describe, expect, it } from 'vitest'
import { eventSlugs, rulesKo as ko, recordsOf } from './helpers'

// Round twenty-one's Korean diplomatic-statement recall pass (docs/tagging.md §4): constructions of the Korean
// statement misses recurring in three batches or more of the tuning gold. Sentences written for these tests; read
// with the learned veto off, so the rules alone decide. Korean only: English hopes are not triggers.

const STATEMENT = 'diplomatic-statement'

describe('a hope that another state act is an appeal to it (t31 t52 t85)', () => {
  it('"북한도 ... 화답하길 기대한다": the speaker of the quotation asks the state it names', () => {
    const r = ko('대통령실은 "평화를 위한 조치"라며 "북한도 상응하는 조처로 화답하길 기대한다"고 밝혔다.')
    expect(recordsOf(r, STATEMENT)).toEqual(['south-korea>north-korea reported'])
  })
  it('"북한 당국이 ... 호응해 오기를 기대한다", "북측이 ... 호응해 주길 바란다": an office speaks for its state', () => {
    expect(
      recordsOf(ko('통일부는 "북한 당국이 신속히 호응해 오기를 기대한다"고 밝혔다.'), STATEMENT),
    ).toEqual(['south-korea>north-korea reported'])
    expect(
      recordsOf(ko('통일부는 "북측이 안전한 인계를 위해 호응해 주길 바란다"고 했다.'), STATEMENT),
    ).toEqual(['south-korea>north-korea reported'])
    expect(recordsOf(ko('중국 외교부는 미국이 대화에 나서기를 기대한다고 말했다.'), STATEMENT)).toEqual([
      'china>united-states reported',
    ])
  })
  it('a hope with no other state asked to act is no statement', () => {
    // A people, not its state (일본 국민이), relations, a speaker's own state, a trader's hope, no hoped act.
    const none = [
      '외교부는 "이웃 국가로서 일본 국민이 하루빨리 피해를 극복하길 바란다"고 밝혔다.',
      '이재명 대통령은 "한일 관계가 더욱 발전하길 기대한다"고 말했다.',
      '국방부는 "한국군이 임무를 완수하길 기대한다"고 밝혔다.',
      '인근 상인들은 "도시 홍보 효과를 기대한다"고 말했다.',
      '정부는 북한과의 대화 재개를 기대한다고 밝혔다.',
      '감독은 "관객들이 영화를 즐기길 바란다"고 말했다.',
    ]
    for (const body of none) expect(eventSlugs(ko(body))).not.toContain(STATEMENT)
  })
})

describe('a position restated is a statement (t30 t85 t86)', () => {
  it('"...위반"이라는 입장을 재확인했다, 수용할 수 없다는 입장을 재확인했다, "..."는 입장을 되풀이했다', () => {
    const r = ko('대통령실은 "러북 군사협력은 안보리 결의 위반"이라는 입장을 재확인했다.')
    expect(recordsOf(r, STATEMENT)).toHaveLength(1)
    expect(recordsOf(r, STATEMENT)[0]).toMatch(/^south-korea>.* reported$/)
    const refusal = ko(
      '트럼프 대통령은 한국이 투자금을 선불로 내야 한다고 말했다. 대통령실은 "현금을 한꺼번에 내면 감당하기 어렵다"며 수용할 수 없다는 입장을 재확인했다.',
    )
    expect(eventSlugs(refusal)).toContain(STATEMENT)
    const reply = ko(
      '외교부는 중국 대사관 관계자를 불러 유감을 표명했다. 중국 외교부는 "양식 시설일 뿐"이라는 기존 입장을 되풀이했다.',
    )
    expect(recordsOf(reply, STATEMENT)).toContain('china>south-korea reported')
  })
  it('a conditional threat restated is a warning, a habit is background, and a firm states nothing', () => {
    const threat = ko(
      "미국 측은 '북한이 핵을 사용하면 정권의 종말로 이어질 것'이라는 기존 입장을 재확인했다.",
    )
    expect(recordsOf(threat, STATEMENT)).toEqual([])
    const habit = ko("북한은 그간 '납치 문제는 이미 해결됐다'는 입장을 고수해 왔다.")
    expect(eventSlugs(habit)).not.toContain(STATEMENT)
    const firm = ko("네이버는 지분 매각 문제에 대해선 '정해진 것이 없다'는 입장을 유지하고 있다.")
    expect(eventSlugs(firm)).not.toContain(STATEMENT)
  })
})
