import { describe, expect, it } from 'vitest'
import { tagKo } from './helpers'

// Korean recall, round fourteen: events the tagger missed with no record at all on t37-t48, taken only where
// the phrasing recurs in three tuning batches or more (docs/tagging.md §4, "Round fourteen"). Each block pairs
// the event the rules now read with a no-event sense of the same words. Sentences written for these tests.

const ko = (body: string) =>
  tagKo(body).records.map((x) => `${x.event} ${x.source}>${x.target} ${x.modality}`)
const eventsKo = (body: string) => ko(body).map((r) => r.split(' ')[0])

describe('negotiations concluded (협상을 타결했다) are an agreement (t8, t28, t37, t43)', () => {
  it('통상장관 회담에서 수산물 협상을 최종 타결했다', () => {
    expect(ko('한국과 일본은 15일 도쿄에서 열린 통상장관 회담에서 수산물 협상을 최종 타결했다.')).toContain(
      'alliance-agreement south-korea>japan reported',
    )
  })

  it('a wage deal, or talks about how to conclude: none', () => {
    expect(eventsKo('현대차 노사는 3일 임금 협상을 타결했다.')).not.toContain('alliance-agreement')
    expect(eventsKo('한국과 미국은 관세 협상 타결 방안을 논의했다.')).not.toContain('alliance-agreement')
  })
})

describe('a joint press statement (공동 언론발표문) is an agreed instrument (t25, t39, t44, t48)', () => {
  it('회담 뒤 공동 언론발표문을 발표했다', () => {
    expect(ko('윤석열 대통령과 기시다 후미오 총리는 회담 뒤 공동 언론발표문을 발표했다.')).toContain(
      'alliance-agreement yoon-suk-yeol>fumio-kishida reported',
    )
  })
})

describe("one state's troops fighting for another cooperate militarily (t19, t28, t44)", () => {
  it('북한군이 러시아 편에서 싸우고 있다', () => {
    expect(ko('국가정보원은 북한군이 러시아 편에서 싸우고 있다고 밝혔다.')).toContain(
      'military-cooperation north-korea>russia reported',
    )
  })

  it('firms fighting for a market: none', () => {
    expect(ko('중국과 일본 기업들은 시장을 위해 싸우고 있다.')).toEqual([])
  })
})

describe('a cut of US forces in Korea (주한미군 감축) is military cooperation (t40, t45, t46)', () => {
  it('주한미군 4천500명을 감축하는 방안을 검토', () => {
    expect(ko('미국 국방부는 주한미군 4천500명을 감축하는 방안을 검토하고 있다.')).toContain(
      'military-cooperation united-states>null planned',
    )
  })

  it('a government cutting its own staff: none', () => {
    expect(ko('일본 정부는 공무원 정원을 감축하기로 했다.')).toEqual([])
  })
})

describe('stepping down from an office (물러나다, 사퇴) is a leadership change (t18, t23, t43, t45, t46, t47)', () => {
  it('총리직에서 물러나겠다, 물러나지 않겠다, 사퇴설을 부인', () => {
    expect(ko('이시바 시게루 총리는 7일 총리직에서 물러나겠다고 밝혔다.')).toContain(
      'leadership-change shigeru-ishiba>null planned',
    )
    expect(ko('이시바 시게루 총리는 총리직에서 물러나지 않겠다고 밝혔다.')).toContain(
      'leadership-change shigeru-ishiba>null denied',
    )
    expect(ko('이시바 시게루 총리는 사퇴설을 부인했다.')).toContain(
      'leadership-change shigeru-ishiba>null denied',
    )
  })

  it('backing down in talks (한발 물러났다): none', () => {
    expect(eventsKo('미국은 관세 협상에서 한발 물러났다.')).not.toContain('leadership-change')
  })
})

describe("talks in a ministry's building in the host's capital are the visitor's visit (t24, t44, t46)", () => {
  it('서울 용산 국방부 청사에서 ... 회담했다', () => {
    expect(
      ko('나카타니 겐 일본 방위상은 30일 서울 용산 국방부 청사에서 안규백 국방부 장관과 회담했다.'),
    ).toContain('visit gen-nakatani>south-korea reported')
  })

  it("a minister at home in his own ministry, or the capital's body as the government: no visit", () => {
    expect(eventsKo('안규백 국방부 장관은 서울 용산 국방부 청사에서 기자회견을 열었다.')).not.toContain(
      'visit',
    )
    expect(ko('워싱턴 백악관은 북한의 미사일 발사를 규탄했다.')).toContain(
      'diplomatic-statement united-states>north-korea reported',
    )
  })
})
