import { describe, expect, it } from 'vitest'
import type { TagResult } from '../../src/tagging/types'
import { rulesEn as en, eventSlugs as events, rulesKo as ko } from './helpers'

// Round sixteen's precision pass (false alarms on snippets that report no event), learned from the tuning gold:
// each block pairs the no-event reading with a real event of the same words. Sentences written for these tests;
// read with the learned veto off (article date 2025-06-01), so the rules alone decide.

const modalities = (r: TagResult, event: string) =>
  r.records.filter((x) => x.event === event).map((x) => x.modality)

describe("a trigger word alone in scare quotes, in English too (en t9 t57; ko's t47)", () => {
  it("a mascot 'election', tariffs 'sanctioned' by economists: no event", () => {
    expect(
      events(
        en('The Jeonju kimchi festival opened on Saturday with a mascot \u2018election\u2019 for children.'),
      ),
    ).not.toContain('election')
    expect(
      events(
        en("Trade scholars in Busan said the new Japanese export rules had been 'sanctioned' by nobody."),
      ),
    ).not.toContain('sanctions')
  })
  it("the word said ('regret') and the unquoted act are events", () => {
    expect(
      events(
        en("South Korea's foreign ministry expressed 'regret' over Japan's textbook decision on Friday."),
      ),
    ).toContain('diplomatic-statement')
    expect(
      events(en('The European Union sanctioned three Russian banks on Monday for helping North Korea.')),
    ).toContain('sanctions')
  })
})

describe('an act "after" a clause dated in a past year is earlier still (t54 t61)', () => {
  it('sank in March 2010 after an attack, collapsed in 2002 after officials accused: background', () => {
    const sank = en(
      'The navy opened a memorial hall on Friday for the frigate Chungmu, which sank in May 2011 after a North Korean torpedo attack that killed 12 sailors.',
    )
    expect(events(sank)).not.toContain('attack-clash')
    const deal = en(
      'The new book recounts how the accord collapsed in 2003 after U.S. officials accused North Korea of cheating.',
    )
    expect(events(deal)).not.toContain('diplomatic-statement')
  })
  it('an attack "after" an undated clause is the news', () => {
    expect(
      events(
        en(
          'A South Korean patrol boat sank on Friday after a North Korean torpedo attack that killed 12 sailors.',
        ),
      ),
    ).toContain('attack-clash')
  })
})

describe('a pact whose parties are firms is a contract (t17 t52 t60)', () => {
  it("a country's firm and another firm sign an MOU or purchase deals: no alliance-agreement", () => {
    expect(
      events(
        en(
          'Samsung Heavy Industries and Japan Airlines signed a memorandum of understanding on Tuesday to develop electric ground vehicles.',
        ),
      ),
    ).not.toContain('alliance-agreement')
    expect(
      events(
        en(
          "Inpex, Japan's largest gas developer, signed two long-term supply agreements on Monday with Canadian producers.",
        ),
      ),
    ).not.toContain('alliance-agreement')
  })
  it('states signing are an alliance-agreement', () => {
    expect(
      events(en('Japan and the Philippines signed a reciprocal access agreement on Monday in Manila.')),
    ).toContain('alliance-agreement')
  })
})

describe('an election as the time of another act is one already held (ko t36 t48 t60)', () => {
  it('대선 이후, 대선 승리 이후, 당선 직후: background', () => {
    const dollar = ko('미국 대선 이후 엔화 약세가 이어지면서 일본 수출주가 강세를 보였다.')
    expect(events(dollar)).not.toContain('election')
    expect(modalities(dollar, 'election')).toContain('background')
    expect(
      events(
        ko('트럼프 당선인이 대선 승리 이후 관세 인상을 예고하면서 수출 기업들의 우려가 커졌다는 분석이다.'),
      ),
    ).not.toContain('election')
    expect(
      events(ko('이시바 시게루 총리가 자민당 총재 당선 직후 한 발언이 올해의 유행어로 뽑혔다.')),
    ).not.toContain('election')
  })
  it('an election still to come (이달 말 ... 선거 이후) and an election held are events', () => {
    expect(
      modalities(
        ko('이달 말 자민당 총재 선거 이후 새 내각이 출범하면 외무상이 교체될 가능성이 있다.'),
        'election',
      ),
    ).not.toContain('background')
    expect(events(ko('대만에서 13일 총통 선거가 치러져 민진당 후보가 당선됐다.'))).toContain('election')
  })
})

describe('the comma of "June 22, 1965" is inside the date (background.ts)', () => {
  it('a treaty signed on a day of a past year, the year after that comma: background', () => {
    const r = en(
      'When Seoul and Tokyo signed the fisheries treaty on June 22, 1965, neither side expected it to last.',
    )
    expect(modalities(r, 'alliance-agreement')).toContain('background')
    expect(modalities(r, 'alliance-agreement')).not.toContain('reported')
  })
})
