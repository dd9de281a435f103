import { describe, expect, it } from 'vitest'
import { rulesEn as en, eventSlugs as events, rulesKo as ko, recordsOf as records } from './helpers'

// Round seventeen's military-cooperation and attack-clash pass (branch s29-coop): constructions the gold labels
// that the rules missed, each recurring in three batches or more. Each block pairs the construction with words
// that read alike and are none. Sentences written for these tests; read with the learned veto off.

const COOP = 'military-cooperation'
const STRIKE = 'attack-clash'

describe('sharing or exchanging data and intelligence between forces (t21 t29 t62 t68)', () => {
  it('shared or exchanged data or intelligence is military cooperation', () => {
    expect(
      events(en('Japan and South Korea began sharing radar data on Chinese naval movements this week.')),
    ).toContain(COOP)
    expect(
      events(
        en(
          'The South Korean and U.S. militaries will exchange satellite tracking data under the new arrangement.',
        ),
      ),
    ).toContain(COOP)
    expect(events(en('South Korea and Japan restored their intelligence-sharing pact on Friday.'))).toContain(
      COOP,
    )
    expect(events(ko('한국과 일본은 북한 미사일 관련 군사정보를 다시 교환하기로 했다.'))).toContain(COOP)
    expect(events(ko('한국과 미국, 일본은 북한 미사일 경보정보를 실시간으로 공유하기 시작했다.'))).toContain(
      COOP,
    )
    expect(events(ko('한국과 일본은 지소미아를 완전히 정상화하기로 했다.'))).toContain(COOP)
  })
  it('not shared data centres, cyber intelligence, a crypto exchange or a prisoner exchange', () => {
    expect(
      events(en('Naver of South Korea and a Japanese rival agreed to share data centres in Japan.')),
    ).not.toContain(COOP)
    expect(
      events(en('South Korea and the United States agreed to share intelligence on North Korean hacking.')),
    ).not.toContain(COOP)
    expect(
      events(
        en(
          'Japanese intelligence officials said North Korea stole $300 million from a crypto exchange in Japan.',
        ),
      ),
    ).not.toContain(COOP)
    expect(events(ko('우크라이나와 러시아는 포로 명단 정보를 교환하고 포로 교환을 진행했다.'))).not.toContain(
      COOP,
    )
  })
})

describe("a strike by 'its' forces, told by the state that owns them (t22 t27; t42 t45 t46)", () => {
  it("is the reporting state's strike", () => {
    expect(
      records(
        en(
          "Ukraine's navy said its drones struck an oil depot near Novorossiysk overnight, setting it ablaze.",
        ),
        STRIKE,
      ),
    ).toContain('ukraine>null reported')
    expect(
      records(
        en(
          'Russia\'s defence ministry said its forces had carried out a "massive strike" with drones on Ukrainian airfields.',
        ),
        STRIKE,
      ),
    ).toContain('russia>ukraine reported')
  })
  it('not when no state speaks for the forces', () => {
    expect(
      events(en('The developer said its drones struck the port in the final mission of the new game.')),
    ).not.toContain(STRIKE)
  })
})

describe('a ship sunk or set ablaze is harm done (t22 t42)', () => {
  it('a strike that sank a ship is one with no other side named', () => {
    expect(events(ko('우크라이나군은 흑해에서 초계함 1척을 공격해 격침했다고 밝혔다.'))).toContain(STRIKE)
    expect(
      events(en('Ukraine said its sea drones attacked a patrol ship in the Black Sea and sank it.')),
    ).toContain(STRIKE)
  })
  it('not a strike with no one hurt and nothing sunk', () => {
    expect(events(ko('북한은 서해상으로 해안포를 사격했다.'))).not.toContain(STRIKE)
  })
})
