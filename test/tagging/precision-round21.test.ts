import { describe, expect, it } from 'vitest'
import { eventSlugs, recordsOf, rulesEn, rulesKo } from './helpers'

// Round twenty-one, precision. Sentences written for these tests (the helpers date them 1 June 2025).

// A meeting a statement criticises is what the statement reacts to: background (t9 t32 t59 t71 t84).
describe('a meeting a statement criticises is its context', () => {
  it('English: "condemned a NATO summit", "denounced a U.N. Security Council meeting"', () => {
    const a = rulesEn(
      "North Korea's Foreign Ministry on Wednesday condemned a NATO summit in The Hague, KCNA said.",
    )
    expect(eventSlugs(a)).toContain('diplomatic-statement')
    expect(eventSlugs(a)).not.toContain('meeting-summit')
    expect(recordsOf(a, 'meeting-summit').every((x) => x.endsWith('background'))).toBe(true)
    const b = rulesEn(
      "Kim Yo Jong on Tuesday denounced a U.N. Security Council meeting convened over the launch as a 'gangster-like' act.",
    )
    expect(eventSlugs(b)).not.toContain('meeting-summit')
  })

  it('English: a summit held before the criticism in its own clause stays news', () => {
    const r = rulesEn(
      "Japan and China held a summit in Tokyo on Monday and condemned North Korea's missile launch.",
    )
    expect(eventSlugs(r)).toContain('meeting-summit')
    expect(eventSlugs(r)).toContain('diplomatic-statement')
  })

  it('Korean: 회의를 ... 비난했다, 정상회의 선언이 ... 매도했다며, a quoted verdict 정상회의는 ... 공모', () => {
    const a = rulesKo(
      "북한 국방성 대변인은 12일 담화에서 최근 워싱턴에서 열린 한미 핵협의그룹(NCG) 3차 회의를 '핵전쟁 도발 선언'이라고 비난했다.",
    )
    expect(eventSlugs(a)).toContain('diplomatic-statement')
    expect(eventSlugs(a)).not.toContain('meeting-summit')
    const b = rulesKo(
      "북한 외무성은 12일 대변인 담화를 내고 나토 워싱턴 정상회의 선언이 북러 간 정상적인 협력을 '불법'으로 매도했다며 '강력히 규탄한다'고 밝혔다.",
    )
    expect(eventSlugs(b)).not.toContain('meeting-summit')
    const c = rulesKo('', '최선희 "한미일 정상회의는 대결 공모"…美 정조준')
    expect(eventSlugs(c)).not.toContain('meeting-summit')
  })

  it('Korean: 정상회담을 열고 ... 규탄했다 holds the summit first, reported', () => {
    const r = rulesKo('한미 정상은 정상회담을 열고 북한의 미사일 발사를 규탄했다.')
    expect(eventSlugs(r)).toContain('meeting-summit')
    expect(eventSlugs(r)).toContain('diplomatic-statement')
  })
})

// 회의 연설에서: a speech at a session with no other party names the session as a venue (t61 t73 t87).
describe('a speech at a meeting', () => {
  it('Korean: 회의 연설에서 is no meeting between parties', () => {
    const r = rulesKo('김정은 국무위원장은 회의 연설에서 "핵무력 건설 정책은 영구화됐다"고 말했다.')
    expect(eventSlugs(r)).not.toContain('meeting-summit')
  })

  it('Korean: a summit named before its speech stays a summit', () => {
    const r = rulesKo('윤석열 대통령은 G7 정상회의 연설에서 북한의 핵 위협을 규탄했다.')
    expect(eventSlugs(r)).toContain('meeting-summit')
  })
})

// What is said in a sentence of a match's play is a team's (t59 t75 t81 t87).
describe('sports complaints and praise', () => {
  const match = 'Japan beat North Korea 2-1 in the final at the National Stadium on Wednesday. '

  it('English: a coach complaining about the refereeing, a team denied an equaliser', () => {
    const a = rulesEn(
      `${match}North Korea's coach complained afterwards about the refereeing, calling several decisions "unacceptable".`,
    )
    expect(eventSlugs(a)).not.toContain('diplomatic-statement')
    const b = rulesEn("Japan, who fired 14 shots to North Korea's nine, were denied an equaliser late on.")
    expect(eventSlugs(b)).not.toContain('diplomatic-statement')
  })

  it("English: praise of the players' spirit (a possessive) is a team's", () => {
    const r = rulesEn(`${match}North Korean state media hailed the players' "victory spirit" on Monday.`)
    expect(eventSlugs(r)).not.toContain('diplomatic-statement')
  })

  it('English: a denial with no match in it stays a statement', () => {
    const r = rulesEn('China denied supplying weapons to Russia on Monday.')
    expect(eventSlugs(r)).toContain('diplomatic-statement')
  })

  it('Korean: 선수들이 심판진을 둘러싸고 항의; a protest to a state stays a statement', () => {
    const a = rulesKo('경기 중 북한 선수들이 심판진을 둘러싸고 거세게 항의하는 장면도 나왔다.')
    expect(eventSlugs(a)).not.toContain('diplomatic-statement')
    const b = rulesKo('한국 정부는 일본의 독도 영유권 주장에 항의했다.')
    expect(eventSlugs(b)).toContain('diplomatic-statement')
  })
})

// Investigators pinning an attack on someone make a finding, not a statement (en-016 t35 t39 t72).
describe('investigators blaming hackers', () => {
  it('English: "FBI blames North Korea for hack" reports the attack, no statement', () => {
    const r = rulesEn('The FBI blames North Korea for the $1.5 billion Bybit hack.')
    expect(eventSlugs(r)).toContain('cyberattack')
    expect(eventSlugs(r)).not.toContain('diplomatic-statement')
    const s = rulesEn('', 'Japan, FBI blame North Korean hackers for $308 million DMM Bitcoin theft')
    expect(eventSlugs(s)).not.toContain('diplomatic-statement')
  })

  it('English: a state blaming another stays a statement', () => {
    const r = rulesEn('South Korea blamed North Korea for the attack on its warship.')
    expect(recordsOf(r, 'diplomatic-statement')).toContain('south-korea>north-korea reported')
  })
})

// A headline asking about an act asserts nothing (t34 t79; as t18 t36 read).
describe('question headlines', () => {
  it('English: a noun phrase asked after a label', () => {
    const r = rulesEn('', 'Analysis: A second-term Trump-Kim summit? Washington insiders see long odds')
    expect(eventSlugs(r)).not.toContain('meeting-summit')
    expect(recordsOf(r, 'meeting-summit').every((x) => x.endsWith('speculative'))).toBe(true)
  })

  it('English: a statement of a summit is reported', () => {
    const r = rulesEn('', 'Trump and Kim hold summit at Panmunjom')
    expect(eventSlugs(r)).toContain('meeting-summit')
  })

  it('Korean: the question closes its headline segment at the ellipsis', () => {
    const r = rulesKo('', '트럼프, 방한 중 판문점 찾을까…"가능성 배제 못 해"')
    expect(eventSlugs(r)).not.toContain('visit')
  })

  it('Korean: a plan before the ellipsis is still reported', () => {
    const r = rulesKo('', '정부, 대북 독자제재 추진…북한 기업 포함될까')
    expect(eventSlugs(r)).toContain('sanctions')
  })
})
