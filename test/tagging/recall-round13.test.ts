import { describe, expect, it } from 'vitest'
import { tag, tagKo } from './helpers'

// Recall from triggers for events the tagger missed with no record at all on t21-t42, taken only where the
// phrasing recurs in three tuning batches or more (docs/tagging.md §4, "Round thirteen"). Each block pairs
// the event the rules now read with a no-event sense of the same words. Sentences written for these tests.

const records = (r: ReturnType<typeof tag>) =>
  r.records.map((x) => `${x.event} ${x.source}>${x.target} ${x.modality}`)
const en = (body: string) => records(tag('', body))
const ko = (body: string) => records(tagKo(body))

describe('a sale of weapons is an arms transfer (t21, t24, t34, t42)', () => {
  it('"approved the possible sale of ... interceptors to South Korea"', () => {
    expect(
      en(
        'The State Department approved the possible sale of 200 Patriot interceptors to South Korea, the Pentagon said.',
      ),
    ).toContain('arms-trade united-states>south-korea planned')
  })

  it('a sale of goods that are no weapons, or sales figures: no arms trade', () => {
    expect(en('The Commerce Department approved the sale of 500 electric buses to Japan.')).toEqual([])
    expect(en('Samsung reported record sales of smartphones in Japan.')).toEqual([])
  })
})

describe('a person defecting across a border is humanitarian (t26, t36, t42)', () => {
  it('"said he wanted to defect to South Korea"', () => {
    expect(
      en(
        'A North Korean soldier crossed the demarcation line on Tuesday and said he wanted to defect to South Korea.',
      ),
    ).toContain('humanitarian north-korea>south-korea planned')
  })

  it("a product's defects, a drama's defector: none", () => {
    expect(en('Samsung recalled 10,000 washing machines over defects.')).toEqual([])
    expect(en('The drama follows a North Korean soldier who defects across the DMZ.')).toEqual([])
  })
})

describe('two states co-producing weapons cooperate militarily (t22, t34, t40)', () => {
  it('"agreed to co-produce air-to-air missiles"', () => {
    expect(en('The United States and Japan agreed to co-produce air-to-air missiles.')).toContain(
      'military-cooperation united-states>japan planned',
    )
  })

  it('firms co-producing trucks: none', () => {
    expect(en('Hyundai and Toyota agreed to co-produce hydrogen trucks.')).toEqual([])
  })
})

describe('핵무장화 is nuclear armament (t27, t30, t34, t35, t42)', () => {
  it('해군의 핵무장화를 다그쳐야', () => {
    // The rules leave the source empty; the learned filler fills it, with the speaker or, since its round
    // twenty retrain on the relabelled gold, the state whose navy arms: either is right (lenient scoring).
    const got = ko('김정은 국무위원장은 해군의 핵무장화를 다그쳐야 한다고 말했다.')
    expect(
      got.filter((r) => /^nuclear-weapons (kim-jong-un|north-korea)>null reported$/.test(r)),
    ).toHaveLength(1)
  })

  it('국산화, a game: none', () => {
    expect(ko('정부는 원전 산업의 핵심 부품 국산화를 추진한다고 밝혔다.')).toEqual([])
    expect(ko('게임 속 가상 국가의 핵무장화가 끝나면 새 아이템이 주어진다.')).toEqual([])
  })
})

describe('중러 연합 공중전략순찰 is a joint exercise (t24, t27, t42)', () => {
  it('연합 공중전략순찰을 벌였다', () => {
    expect(ko('합참은 중국과 러시아 군용기들이 연합 공중전략순찰을 벌였다고 밝혔다.')).toContain(
      'military-exercise china>russia reported',
    )
  })

  it('a police patrol: none', () => {
    expect(ko('경찰은 연휴 기간 주요 관광지에서 특별 순찰을 벌였다.')).toEqual([])
  })
})
