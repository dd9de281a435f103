import { describe, expect, it } from 'vitest'
import { recordsOf, rulesKo } from './helpers'

describe('what a pact stipulates under a condition is its content (military-cooperation)', () => {
  it('조약 4조는 ...: an article of the pact just told of binds the two parties the last sentence named', () => {
    const r = rulesKo(
      '북한과 러시아가 조약에 서명했다. 조약 4조는 한쪽이 무력 침공을 받으면 다른 쪽이 지체 없이 군사적 원조를 ' +
        '제공하도록 규정하고 있다.',
    )
    expect(recordsOf(r, 'military-cooperation')).toContain('north-korea>russia reported')
  })

  it("~할 경우 ... 규정하고 있다: the stipulating verb makes the condition the pact's content", () => {
    const r = rulesKo(
      '북한과 러시아가 조약에 서명했다. 조약은 한쪽이 침략당할 경우 상호 지원을 규정하고 있다.',
    )
    expect(recordsOf(r, 'military-cooperation')).toContain('north-korea>russia reported')
  })

  it('not a condition a speaker states without an instrument: still supposed', () => {
    const r = rulesKo('러시아는 북한이 공격받을 경우 군사적 원조를 제공할 수 있다고 밝혔다.')
    expect(recordsOf(r, 'military-cooperation').some((x) => x.endsWith('reported'))).toBe(false)
  })

  it('not 규정에 (a regulation noun) after a condition', () => {
    const r = rulesKo('정부는 러시아가 북한에 상호 지원을 할 경우 규정에 따라 제재하겠다고 밝혔다.')
    expect(recordsOf(r, 'military-cooperation').some((x) => x.endsWith('reported'))).toBe(false)
  })

  it('회담 후 (a bare talks noun before the time word) tells when; the speaker is not cut off as an earlier act', () => {
    const r = rulesKo(
      '푸틴 대통령과 김정은 위원장이 평양에서 조약에 서명했다. 푸틴 대통령은 회담 후 언론 발표에서 "새 조약은 ' +
        '한쪽이 침략당할 경우 상호 지원을 규정하고 있다"고 밝혔다.',
    )
    expect(recordsOf(r, 'military-cooperation').some((x) => x.endsWith('reported'))).toBe(true)
  })
})
