import { describe, expect, it } from 'vitest'
import { rulesEn as en, eventSlugs as events, rulesKo as ko, recordsOf as records } from './helpers'

// Round eighteen's recall pass on the weaker events (threat-warning, humanitarian): constructions the gold
// labels that no trigger caught, each recurring in three batches or more. Each block pairs the construction
// with words that read alike and are none. Sentences written for these tests; read with the learned veto off,
// so the rules alone decide.

const THREAT = 'threat-warning'
const HUMANITARIAN = 'humanitarian'

describe('a vow of countermeasures in quotation marks (first t9 t11 t22 t46)', () => {
  it("is the threat of the clause's subject", () => {
    expect(
      records(
        en(
          "Russia's foreign ministry said Moscow would take 'appropriate countermeasures' against Japan over the new deployment.",
        ),
        THREAT,
      ),
    ).toEqual(['russia>japan reported'])
    expect(
      records(
        en(
          "The defence ministry said Beijing would take 'firm and forceful countermeasures' to protect its interests.",
        ),
        THREAT,
      ),
    ).toEqual(['china>null reported'])
  })
  it('not measures against a heat wave', () => {
    expect(
      events(en("The mayor said the city would take 'countermeasures' against the heat wave.")),
    ).not.toContain(THREAT)
  })
})

describe('a Korean vow of armed response (무력으로 대응하겠다, 무력을 행사할 것; t42 t63 t70)', () => {
  it('is a threat', () => {
    expect(
      records(ko('북한 국방성은 "한국 함정이 수역을 넘으면 즉시 무력으로 대응하겠다"고 밝혔다.'), THREAT),
    ).toEqual(['north-korea>south-korea reported'])
    expect(
      records(ko('김여정 부부장은 담화에서 "적들이 또 침범한다면 무력을 행사할 것"이라고 말했다.'), THREAT),
    ).toEqual(['kim-yo-jong>null reported'])
  })
  it('not force already used', () => {
    expect(events(ko('정부는 지난해 연평도 포격 당시 무력으로 대응했다고 설명했다.'))).not.toContain(THREAT)
  })
})

describe('North Koreans returned to the North (북측에 송환, 북측으로 돌려보내; t16 t42 t51 t54 t63)', () => {
  it('is humanitarian', () => {
    expect(
      records(
        ko('통일부는 동해에서 구조한 북한 주민 3명을 다음 주 판문점을 통해 북측에 송환할 예정이라고 밝혔다.'),
        HUMANITARIAN,
      ),
    ).toEqual(['south-korea>north-korea planned'])
    expect(
      records(
        ko('정부는 표류하다 구조된 북한 어민 2명을 어제 서해 해상에서 북측으로 돌려보냈다.'),
        HUMANITARIAN,
      ),
    ).toEqual(['south-korea>north-korea reported'])
  })
  it('not a fugitive extradited', () => {
    expect(events(ko('법무부는 사기 혐의로 수배된 범죄인을 미국에서 송환했다.'))).not.toContain(HUMANITARIAN)
  })
})

describe('people sent back across a border (t21 t22 t26 t58 t63)', () => {
  it('is humanitarian', () => {
    expect(
      records(
        en(
          'Seoul plans to send them back across the maritime border once the North replies, a ministry official said of the three rescued fishermen.',
        ),
        HUMANITARIAN,
      ),
    ).toEqual(['south-korea>north-korea planned'])
    expect(
      records(
        en('China sent back about 40 North Koreans caught near the border last week, a rights group said.'),
        HUMANITARIAN,
      ),
    ).toEqual(['china>north-korea reported'])
  })
  it('not a bill or equipment sent back', () => {
    expect(
      events(en('The committee sent the bill back to the National Assembly for revision.')),
    ).not.toContain(HUMANITARIAN)
    expect(events(en('Moscow sent back the damaged air-defence radars for repair.'))).not.toContain(
      HUMANITARIAN,
    )
  })
})
