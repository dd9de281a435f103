import { describe, expect, it } from 'vitest'
import type { TagResult } from '../../src/tagging/types'
import { rulesEn as en, rulesKo as ko } from './helpers'

// Round eighteen's actor-precision pass (s33-actors): bodies the text names as another state's, grouped by
// construction, each recurring in three batches or more of the tuning gold. Each block pairs the reading
// fixed with a party of the same words. Sentences written for these tests; read with the learned veto off.

const actors = (r: TagResult) => r.actors.map((a) => a.slug)

describe('미 before a bare Korean office: the United States owns it (t21 t59 t60 t65)', () => {
  it("미 해군, 미 육군 대장, 미 공군, 미 해병대 are the US forces, not the writer's country's", () => {
    const navy = actors(ko('미 해군 구축함 한 척이 12일 진해 군항에 들어와 닷새간 머문다.'))
    expect(navy).toContain('united-states')
    expect(navy).not.toContain('south-korea')
    const general = actors(ko('미 육군 대장 출신인 그는 3일 하와이에서 열린 행사에서 연설했다.'))
    expect(general).toContain('united-states')
    expect(general).not.toContain('south-korea')
    expect(actors(ko('미 공군 수송기가 오산 기지에 착륙했다고 관계자가 전했다.'))).not.toContain(
      'south-korea',
    )
    expect(actors(ko('미 해병대 군악대가 시청 앞 광장에서 공연을 열었다.'))).not.toContain('south-korea')
  })
  it("a bare office with no prefix, or after 한미, is still the writer's country's", () => {
    expect(actors(ko('해군은 13일 동해에서 잠수함 탐색 훈련을 했다고 밝혔다.'))).toContain('south-korea')
    const both = actors(ko('한미 해군은 14일 서해에서 연합 훈련을 시작했다.'))
    expect(both).toContain('south-korea')
    expect(both).toContain('united-states')
  })
})

describe("an organisation's bare name after another state's office-holder (t28 t33 t46)", () => {
  it('"Security Council" beside a Russian office-holder, in an article naming no UN, is Russia\'s body', () => {
    for (const text of [
      'Putin chairs Security Council session on border security',
      'The Kremlin said Shoigu would stay at the Security Council for another term.',
      'President Vladimir Putin convened the Security Council on Tuesday to discuss drone defences.',
    ]) {
      const got = actors(en(text))
      expect(got).toContain('russia')
      expect(got).not.toContain('un-security-council')
      expect(got).not.toContain('united-nations')
    }
  })
  it('it stays the UN body with no office-holder before it, or when the article names the UN', () => {
    expect(
      actors(en('The Security Council met on Friday to discuss the missile launch by North Korea.')),
    ).toContain('un-security-council')
    expect(
      actors(en('Lavrov told the Security Council that sanctions had failed, the UN said in a statement.')),
    ).toContain('un-security-council')
  })
})
