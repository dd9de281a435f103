import { describe, expect, it } from 'vitest'
import { rulesEn as en, eventSlugs as events, rulesKo as ko, recordsOf as records } from './helpers'

// Round twenty-one's military-cooperation recall pass (branch s44-coop): constructions of the tuning gold the
// rules missed. Each block pairs the construction with words that read alike and are none. Sentences written
// for these tests; read with the learned veto off.

const COOP = 'military-cooperation'

describe('"dispatched" is a verb of sending, as "sent" (t45; the engineers of t18 t25)', () => {
  it('the state that dispatches forces is the source, the state they go to the target', () => {
    expect(
      records(en('North Korea has dispatched about 6,000 troops to Russia, officials said.'), COOP),
    ).toEqual(['north-korea>russia reported'])
    expect(
      records(
        en('North Korea dispatched 3,000 military engineers to Russia to clear mines, Seoul said.'),
        COOP,
      ),
    ).toEqual(['north-korea>russia reported'])
  })

  it('a count before forces coordinated with workers keeps the deployment', () => {
    expect(
      events(
        en(
          'North Korea has dispatched about 5,000 military engineers and construction workers to Russia to rebuild roads.',
        ),
      ),
    ).toContain(COOP)
  })

  it('dispatching a letter or an envoy is no deployment', () => {
    expect(events(en('South Korea dispatched a letter of protest to Japan on Monday.'))).not.toContain(COOP)
    expect(events(en('China dispatched its envoy to Russia for talks on Ukraine.'))).not.toContain(COOP)
  })
})

describe('a roadmap for the wartime operational control transfer agreed (t9 t20 t33 t82)', () => {
  it('agreeing to draw up or adopting the roadmap is joint command planning', () => {
    expect(
      events(
        en(
          'The two defence chiefs agreed to draw up a roadmap for transferring wartime operational control from the U.S.-led command to South Korea.',
        ),
      ),
    ).toContain(COOP)
    expect(
      events(ko('한국과 미국 국방장관은 전시작전통제권 전환 로드맵을 내년 중 마련하기로 했다.')),
    ).toContain(COOP)
    expect(events(ko('한미 국방장관은 전작권 전환 로드맵에 합의했다.'))).toContain(COOP)
  })

  it('a roadmap only discussed in English, or a roadmap of anything else, is none', () => {
    // Round twenty-five reads two defence chiefs discussing the transfer's roadmap in Korean as cooperation (논의,
    // 의제: t20 t34 t104; two held-out events gained); the English "discussed a roadmap" was not judged and stays none.
    expect(
      events(ko('한국과 미국 국방장관은 전시작전통제권 전환 로드맵과 주한미군 역할 조정 문제를 논의했다.')),
    ).toContain(COOP)
    expect(
      events(
        en('South Korea and the U.S. discussed a roadmap for transferring wartime operational control.'),
      ),
    ).not.toContain(COOP)
    expect(events(en('Japan and China agreed on a roadmap for tourism and trade exchanges.'))).not.toContain(
      COOP,
    )
    expect(events(ko('한국과 일본은 탄소중립 로드맵을 마련하기로 합의했다.'))).not.toContain(COOP)
  })
})

describe('a treaty pledging mutual military help: the hyphened and "help" forms (t44 t75; t50 is a date)', () => {
  it('a mutual-assistance clause or military help if either is attacked is mutual defence', () => {
    expect(
      events(
        en(
          'Putin said the mutual-assistance clause of his treaty with Kim Jong Un applied only in case of aggression.',
        ),
      ),
    ).toContain(COOP)
    expect(
      events(en('Russia and North Korea sign pact pledging military help if either is attacked')),
    ).toContain(COOP)
  })

  it('a mutual-assistance fund, or military help asked for, is none', () => {
    expect(
      events(en('Japanese and South Korean farmers set up a mutual-assistance fund for poor harvests.')),
    ).not.toContain(COOP)
    expect(events(en('Ukraine asked Japan for more military help on Monday.'))).not.toContain(COOP)
  })
})

// Joint deterrence planning (the taxonomy's definition) written as its content, whatever the body that plans it:
// one ally's conventional forces integrated with the other's nuclear operations (CNI). t14 t20 t22 t24 t39 t43
// t46 t59 t76 t82; t5-ko-024 labels the same guidelines without it, the one tag this costs.
describe('integrating one state’s conventional forces with another’s nuclear operations', () => {
  it('the integration guidelines or the integrated exercise are joint deterrence planning', () => {
    expect(
      events(
        en(
          'Seoul and Washington agreed to complete guidelines for integrating South Korean conventional forces with U.S. nuclear operations.',
        ),
      ),
    ).toContain(COOP)
    expect(
      events(
        en('The guidelines integrate U.S. nuclear forces with South Korea’s conventional capabilities.'),
      ),
    ).toContain(COOP)
    expect(events(ko('한국과 미국은 미국 핵 작전과 한국 재래식 전력을 통합하는 방안을 점검했다.'))).toContain(
      COOP,
    )
    expect(events(ko('한미 양국은 핵·재래식 통합 도상연습을 하반기에 실시하기로 했다.'))).toContain(COOP)
  })

  it('one state’s own forces, or conventional forces without the integration, are none', () => {
    expect(
      events(en('North Korea said it would integrate its conventional forces with its nuclear arsenal.')),
    ).not.toContain(COOP)
    expect(
      events(
        en('South Korea and the U.S. compared the size of their conventional forces and nuclear arsenals.'),
      ),
    ).not.toContain(COOP)
    expect(events(ko('북한은 재래식 전력과 핵무력을 통합하겠다고 밝혔다.'))).not.toContain(COOP)
    expect(events(ko('한국과 일본은 재래식 전력 증강에 나섰다.'))).not.toContain(COOP)
  })
})

// Round nineteen's troops fighting beside or for another state (함께 싸우*, 위해 싸우*), with the verbs of helping
// and supporting: 북한이 러시아를 돕고 있다 (t5), 러시아군을 지원하던 북한군 병사 (t46); t23's 러시아군과 함께
// 우크라이나를 공격 (an object between 함께 and the verb) is left. English "troops ... support/help" was read already.
describe('one state’s troops helping or supporting another’s', () => {
  it('돕고 있다, 지원하던 with a troop word and two states, as "troops supporting" in English', () => {
    expect(
      records(ko('우크라이나는 생포한 북한군 병사들을 공개하며 북한이 러시아를 돕고 있다고 밝혔다.'), COOP),
    ).toEqual(['north-korea>russia reported'])
    expect(
      events(ko('우크라이나군은 쿠르스크에서 러시아군을 지원하던 북한군 병사 3명을 생포했다.')),
    ).toContain(COOP)
    expect(events(en('Kyiv said North Korean troops were supporting Russian forces in Kursk.'))).toContain(
      COOP,
    )
  })

  it('help with no troop word, or troops helping at home, is none', () => {
    expect(events(ko('미국은 중국이 러시아를 돕고 있다고 주장했다.'))).not.toContain(COOP)
    expect(events(ko('국방부는 장병 2천여 명이 산불 피해 복구를 돕고 있다고 밝혔다.'))).not.toContain(COOP)
  })
})
