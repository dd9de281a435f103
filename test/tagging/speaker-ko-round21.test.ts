import { describe, expect, it } from 'vitest'
import { eventSlugs, rulesKo as ko, recordsOf } from './helpers'

// Round twenty-one's Korean speaker pass (docs/tagging.md §2, Korean particles): a statement whose own sentence
// names no speaker takes the speaker of the sentence before, the topic or subject of its reporting verb
// (records/speaker-ko.ts), never that sentence's first source, which is often the attacker it reports. Missed in
// t18 t23 t24 t27 t29 t31 t45 of the tuning gold. Sentences written for these tests; read with the learned veto
// off, so the rules alone decide. Korean only: an English statement names its speaker ("it said").

const STATEMENT = 'diplomatic-statement'
const WARNING = 'threat-warning'

describe('the speaker of the sentence before goes on (t24 t27 t29 t31 t45)', () => {
  it('the same organ again (국가안전국은 ... 국가안전국은): the speaker, not the attacker its sentence reports', () => {
    const r = ko(
      '대만 국가안전국은 중국과 연계된 해커 조직의 사이버 공격이 급증했다고 밝혔다. ' +
        '국가안전국은 중국이 가짜 영상을 퍼뜨려 선거에 개입하려 한다고 비판했다.',
    )
    expect(recordsOf(r, STATEMENT)).toEqual(['taiwan>china reported'])
  })
  it('the home forces (군은) after the joint staff, over a sentence naming no one', () => {
    const r = ko(
      '북한이 서해에서 위성항법장치(GPS) 교란 전파를 발사했다고 합동참모본부가 3일 밝혔다. 인명 피해는 없었다. ' +
        '군은 "북한은 교란 행위를 즉각 중단하라"고 촉구했다.',
    )
    expect(recordsOf(r, STATEMENT)).toEqual(['south-korea-jcs>north-korea reported'])
  })
  it('a title after the bare surname of the speaker before (그로시 총장은)', () => {
    const r = ko(
      '라파엘 그로시 국제원자력기구(IAEA) 사무총장은 영변에서 새 농축시설이 포착됐다고 밝혔다. ' +
        '그로시 총장은 "북한의 핵 개발 지속은 안보리 결의의 명백한 위반"이라고 지적했으며, 북한은 반응하지 않았다.',
    )
    expect(eventSlugs(r)).toContain(STATEMENT)
    expect(recordsOf(r, STATEMENT).every((x) => x.startsWith('iaea>'))).toBe(true)
  })
  it('what the speaker before adopted (결의는) speaks for it', () => {
    const r = ko(
      '유엔 인권이사회는 4일 제네바에서 북한인권결의안을 표결 없이 채택했다. ' +
        '결의는 북한에 강제노동 중단과 억류자 문제 해결을 촉구했다.',
    )
    expect(recordsOf(r, STATEMENT)).toContain('united-nations>north-korea reported')
  })
  it('a warning whose speaker is its organ named again (총참모부는 ... 으름장을 놓았다)', () => {
    const r = ko(
      '북한군 총참모부는 한국군의 경고사격을 "계획적인 도발"이라고 주장했다. ' +
        '총참모부는 같은 일이 되풀이되면 "사전 경고 없이 상응한 조치를 취할 것"이라고 으름장을 놓았다.',
    )
    expect(recordsOf(r, WARNING)).toEqual(['north-korea>south-korea reported'])
  })
  it('an unsaid subject after a connective (다만 ... 입장을 재확인했다) continues a decision announced', () => {
    const r = ko(
      '우리 정부는 우크라이나에 2천만 달러를 추가로 공여하기로 했다. ' +
        '다만 살상무기는 지원하지 않는다는 기존 입장을 재확인했다.',
    )
    expect(recordsOf(r, STATEMENT).map((x) => x.split('>')[0])).toEqual(['south-korea'])
  })
})

describe('no speaker carried over (negative cases)', () => {
  it('a sentence before that reports no one speaking: its attacker speaks nothing (북한이 ... 발사했다. 군은 ...)', () => {
    const r = ko('북한이 서해에서 GPS 교란 전파를 발사했다. 군은 교란 행위를 즉각 중단하라고 촉구했다.')
    expect(recordsOf(r, STATEMENT).filter((x) => x.startsWith('north-korea>'))).toEqual([])
  })
  it('a new subject in the sentence speaks for itself', () => {
    const r = ko(
      '대만 국가안전국은 중국의 사이버 공격이 급증했다고 밝혔다. 중국 외교부는 "근거 없는 비방"이라고 반박했다.',
    )
    expect(recordsOf(r, STATEMENT).filter((x) => x.startsWith('taiwan>'))).toEqual([])
  })
  it('a quotation of a different speaker (another person titled by a name the speaker before lacks)', () => {
    const r = ko(
      '김홍균 외교부 1차관은 21일 주한 러시아대사를 만났다고 밝혔다. ' +
        '지노비예프 대사는 "러북 협력은 한국을 겨냥하지 않는다"며 북한과의 군사협력 의혹을 반박했다.',
    )
    expect(recordsOf(r, STATEMENT).filter((x) => x.startsWith('south-korea>'))).toEqual([])
  })
  it('an analyst or a firm is no state speaker, before or after', () => {
    const analyst = ko(
      '외교부는 북한의 도발에 엄중히 대응하겠다고 밝혔다. 전문가들은 "북한은 핵 개발을 멈춰야 한다"고 촉구했다.',
    )
    expect(recordsOf(analyst, STATEMENT).filter((x) => x.includes('>north-korea'))).toEqual([])
    const firm = ko(
      '한화오션은 미 해군과 함정 정비 협약을 맺었다고 밝혔다. 이어 "미국 정부는 관세를 철회해야 한다"고 촉구했다.',
    )
    expect(eventSlugs(firm)).not.toContain(STATEMENT)
  })
  it('a speech noun that is no predicate (경고로 받아들였다) takes no speaker', () => {
    const r = ko(
      '다카이치 사나에 일본 총리는 엔화 약세를 긴장감을 갖고 주시하겠다고 밝혔다. ' +
        '시장에서는 정부가 외환시장 개입에 나설 수 있다는 경고로 받아들였다.',
    )
    expect(eventSlugs(r)).not.toContain(WARNING)
  })
})
