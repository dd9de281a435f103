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
