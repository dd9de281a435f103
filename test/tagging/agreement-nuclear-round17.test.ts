import { describe, expect, it } from 'vitest'
import { inflectWord } from '../../src/tagging/forms'
import { rulesEn as en, eventSlugs as events, rulesKo as ko, recordsOf } from './helpers'

// Round eighteen's agreement and nuclear pass, learned from the tuning gold. Sentences written for these tests;
// read with the learned veto off (article date 2025-06-01), so the rules alone decide.

describe('the British spelling of an -ization trigger is the same trigger (en t20 t39 t48 t61 t64)', () => {
  it('denuclearisation matches as denuclearization does', () => {
    expect(inflectWord('denuclearization')).toEqual(
      expect.arrayContaining(['denuclearization', 'denuclearisation', 'denuclearisations']),
    )
    const r = en(
      'North Korea said on Tuesday it would never accept talks on its denuclearisation, calling the demand absurd.',
    )
    expect(events(r)).toContain('nuclear-weapons')
  })
  it('only -ization words get it (exercise, praise keep their spelling)', () => {
    expect(inflectWord('exercise')).not.toContain('exercize')
    expect(inflectWord('praise').some((w) => w.includes('iz'))).toBe(false)
  })
})

describe('a named instrument adopted, signed or endorsed is an agreement (en t8 t20 t68; joint document t45 t59 t62)', () => {
  it('adopted the Washington Declaration, adopted the Camp David Principles', () => {
    const a = en(
      'Joe Biden and Yoon Suk Yeol adopted the Washington Declaration at the White House on Wednesday.',
    )
    expect(events(a)).toContain('alliance-agreement')
    const b = en(
      "Joe Biden, Yoon Suk Yeol and Fumio Kishida adopted the 'Camp David Principles' at their summit on Friday.",
    )
    expect(events(b)).toContain('alliance-agreement')
  })
  it('a capitalised Declaration with no act of adopting or signing is no agreement', () => {
    const r = en(
      'Yoon Suk Yeol quoted the Declaration of Independence in his speech to Congress on Thursday.',
    )
    expect(events(r)).not.toContain('alliance-agreement')
  })
  it('endorsed a joint document; a joint document only mentioned is none', () => {
    const a = en(
      'Yoon Suk Yeol and Joe Biden endorsed a joint document on nuclear deterrence guidelines on Thursday.',
    )
    expect(events(a)).toContain('alliance-agreement')
    const b = en('Yoon Suk Yeol said a joint document with Japan was not on the table this year.')
    expect(events(b)).not.toContain('alliance-agreement')
  })
})

describe('a strategic nuclear submarine is a nuclear weapon, a nuclear-powered one is not (ko tu t7 t30 t59)', () => {
  it('미국의 전략핵잠수함 부산 입항, a U.S. nuclear-armed submarine docked in Busan', () => {
    const a = ko('미국의 오하이오급 전략핵잠수함이 18일 부산 해군작전기지에 입항했다.')
    expect(recordsOf(a, 'nuclear-weapons')).toContain('united-states>null reported')
    const b = en('A U.S. nuclear-armed submarine docked in Busan on Tuesday for the first time since 1981.')
    expect(events(b)).toContain('nuclear-weapons')
  })
  it('미 핵추진 잠수함 입항: a nuclear-powered submarine is no nuclear weapon', () => {
    const r = ko('미 해군 로스앤젤레스급 핵추진 잠수함 아나폴리스함이 18일 제주 해군기지에 입항했다.')
    expect(events(r)).not.toContain('nuclear-weapons')
  })
})
