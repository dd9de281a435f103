import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn, rulesKo } from './helpers'

describe('a trip told as a repeat names the earlier one (background visit)', () => {
  it('English: "his second trip to the North in two weeks"', () => {
    const r = rulesEn(
      'Russian Security Council Secretary Sergei Shoigu met Kim Jong Un in Pyongyang on Tuesday, his second trip to North Korea in two weeks.',
    )
    expect(recordsOf(r, 'visit')).toContain('sergei-shoigu>north-korea reported')
    expect(recordsOf(r, 'visit')).toContain('sergei-shoigu>north-korea background')
  })

  it('Korean: 보름 만에 또 방북', () => {
    const a = rulesKo(
      '세르게이 쇼이구 러시아 국가안보회의 서기가 17일 보름 만에 또 방북해 김정은 국무위원장과 회담했다.',
    )
    expect(recordsOf(a, 'visit')).toContain('sergei-shoigu>north-korea background')
  })

  it('a first visit in years, or days since taking office, adds no earlier trip', () => {
    const r = rulesEn(
      'Russian President Vladimir Putin arrived in North Korea on Wednesday for his first visit in 24 years.',
    )
    expect(recordsOf(r, 'visit')).not.toContain('vladimir-putin>north-korea background')
    const k = rulesKo('이재명 대통령은 취임 82일 만에 미국을 방문했다.')
    expect(recordsOf(k, 'visit')).not.toContain('lee-jae-myung>united-states background')
  })
})
