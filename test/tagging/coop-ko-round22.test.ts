import { describe, expect, it } from 'vitest'
import { eventSlugs as events, rulesKo as ko, recordsOf as records } from './helpers'

// Round twenty-two's Korean military-cooperation recall pass (branch s49-coop-ko): constructions of the tuning gold
// the rules missed. Each block pairs the construction with words that read alike and are none. Sentences written
// for these tests; read with the learned veto off.

const COOP = 'military-cooperation'

describe('국방 분야 협력, 군사 분야 협력 between two states (t34 t82; 군사기술 분야 협력 of t12 already read)', () => {
  it('the defence-field cooperation two sides discussed, after the pair is named', () => {
    const r = ko(
      '러시아 국방장관이 이끄는 대표단이 평양에 도착해 김정은 국무위원장을 만났다. 양측은 국방 분야 협력을 더욱 강화하는 문제를 논의했으며, 김 위원장은 러시아를 계속 지지하겠다고 밝혔다.',
    )
    expect(events(r)).toContain(COOP)
    // The pair (양측) is both parties, not the actor of the clause after the trigger.
    expect(records(r, COOP)).toEqual(['russia>north-korea reported'])
  })

  it('military-field cooperation said to be expanding', () => {
    expect(
      records(
        ko('러시아 국방장관은 "러시아와 북한 간 군사 분야 협력이 모든 방면에서 확대되고 있다"고 말했다.'),
        COOP,
      ),
    ).toEqual(['russia>north-korea reported'])
  })

  it('not other fields of cooperation, nor a defence-field official or a military-field accord', () => {
    expect(events(ko('한국과 일본은 안보 분야 협력 강화를 위한 공동선언에 서명했다.'))).not.toContain(COOP)
    expect(events(ko('한국과 베트남은 관광 분야 협력을 넓혀 나가기로 했다.'))).not.toContain(COOP)
    expect(
      events(ko('국가정보원은 북한 해킹조직이 국방 분야 공무원 이메일 해킹을 시도했다고 밝혔다.')),
    ).not.toContain(COOP)
  })
})

describe('a pair of states as subject (한미는, 양측은) is both parties of a symmetric noun', () => {
  it('persons named as the pair (두 정상은) are left as before', () => {
    const r = ko(
      '이재명 대통령이 백악관에서 도널드 트럼프 미국 대통령과 정상회담을 했다. 두 정상은 군사협력을 강화하는 방안을 논의했다.',
    )
    expect(records(r, COOP)).toEqual(['lee-jae-myung>donald-trump reported'])
  })
})

describe('technology received (이전받*) from the 로부터 state (t26 t79 t85)', () => {
  it('the giver is the 로부터 state, the receiver the clause subject', () => {
    const r = ko('군 당국은 북한이 러시아로부터 무인기 관련 기술을 이전받았을 가능성을 배제하지 않고 있다.')
    expect(records(r, COOP)).toContain('russia>north-korea speculative')
  })

  it('not a civilian technology received, nor a transfer with one state only', () => {
    expect(events(ko('삼성전자는 미국 기업으로부터 반도체 기술을 이전받았다고 밝혔다.'))).not.toContain(COOP)
    expect(events(ko('한 중소기업이 대학으로부터 기술을 이전받아 제품을 개발했다.'))).not.toContain(COOP)
  })
})

describe('troops stationed (주둔시키*) or put on the front (전선 투입*) for another state (t13 t26)', () => {
  it('forces kept stationed in another state, the sender named before in its sentence', () => {
    const r = ko('국정원은 북한이 약 1만 명의 병력을 러시아 쿠르스크 일대에 계속 주둔시키고 있다고 밝혔다.')
    expect(records(r, COOP)).toContain('north-korea>russia reported')
  })

  it('troops moved to another state ahead of their front-line deployment', () => {
    expect(
      events(ko('국가정보원은 북한군 특수부대가 러시아로 이동해 전선 투입을 앞두고 있다고 밝혔다.')),
    ).toContain(COOP)
  })

  it('not a front-line deployment named with one state only', () => {
    expect(
      events(ko('그는 "북한군의 전선 투입 양상에 따라 단계적으로 대응할 것"이라고 말했다.')),
    ).not.toContain(COOP)
  })
})
