import { describe, expect, it } from 'vitest'
import type { TagResult } from '../../src/tagging/types'
import { rulesKo as ko, rulesOnly } from './helpers'

// Round fifteen's second precision pass: false alarms and wrong events of the tuning set (t49-t56 first),
// grouped by construction (docs/tagging.md §4, "Round fifteen: precision, second pass"). Each block pairs the
// no-event reading with a real event of the same words. Sentences written for these tests; read with the
// learned veto off, so the rules alone must decide.

const recordsOf = (r: TagResult, event: string) =>
  r.records.filter((x) => x.event === event).map((x) => `${x.source}>${x.target} ${x.modality}`)

describe('권한대행 as a title is no leadership change; taking the office is (t46, t47, t55)', () => {
  it('an acting president named by the title does something else', () => {
    expect(
      recordsOf(
        ko(
          '한덕수 대통령 권한대행 국무총리는 26일 정부서울청사에서 재난대책회의를 주재하고 산불 진화를 지시했다.',
        ),
        'leadership-change',
      ),
    ).toEqual([])
    expect(
      recordsOf(ko('이번 조치는 최상목 대통령 권한대행 체제에서 나온 첫 결정이다.'), 'leadership-change'),
    ).toEqual([])
  })
  it('taking up the acting presidency, or the government passing to it, is one', () => {
    expect(
      recordsOf(
        ko('탄핵소추안 가결로 한덕수 국무총리가 14일 대통령 권한대행을 맡았다.'),
        'leadership-change',
      ),
    ).not.toEqual([])
    expect(recordsOf(ko('', '한덕수 총리, 대통령 권한대행 체제 돌입'), 'leadership-change')).not.toEqual([])
  })
})

describe('a habit recalled: "has for years denounced" as "has long condemned" (gold t3, t23, t40, t41, t52)', () => {
  const en = (body: string) => rulesOnly('en', 'x', body)
  it('a perfect with a span of years before the statement is background', () => {
    expect(
      recordsOf(
        en('North Korea has for years denounced the annual drills as rehearsals for an invasion.'),
        'diplomatic-statement',
      ),
    ).toEqual(['north-korea>null background'])
    expect(
      recordsOf(
        en('Pyongyang have for decades condemned the drills as an invasion rehearsal.'),
        'diplomatic-statement',
      ).every((r) => r.endsWith('background')),
    ).toBe(true)
  })
  it('a statement made today after "for years" is not', () => {
    expect(
      recordsOf(
        en('North Korea on Tuesday denounced the drills, which it said had for years rehearsed an invasion.'),
        'diplomatic-statement',
      ),
    ).toContain('north-korea>null reported')
  })
})

describe('the time since an act (발사 사흘 만, 회담 열흘 만에) names it as the past (gold t36, t37, t40, t46, t52)', () => {
  it('the act counted from is background', () => {
    expect(recordsOf(ko('', '한미일, 연합공중훈련…北 ICBM 발사 사흘 만'), 'missile-launch')).toEqual([
      'north-korea>null background',
    ])
    expect(recordsOf(ko('북한은 정찰위성 발사 5일 만에 또 담화를 냈다.'), 'missile-launch')).toEqual([
      'north-korea>null background',
    ])
  })
  it('the act itself after its own interval, or to come, is not', () => {
    expect(recordsOf(ko('북한이 1년 만에 대륙간탄도미사일을 발사했다.'), 'missile-launch')).toEqual([
      'north-korea>null reported',
    ])
    expect(
      recordsOf(ko('북한은 발사 사흘 전 국제해사기구에 위성 발사 계획을 통보했다.'), 'missile-launch'),
    ).not.toContain('north-korea>null background')
  })
})

describe('the dead named by how they died are remembered: "soldiers killed in the Korean War" (gold t25, t26, t41, t52, t53)', () => {
  const en = (title: string, body = '') => rulesOnly('en', title, body)
  it('a killing in a phrase a preposition or a verb of remembrance governs is background', () => {
    expect(
      recordsOf(
        en('South Korea returns remains of 25 Chinese soldiers killed in Korean War'),
        'attack-clash',
      ),
    ).toEqual(['south-korea>china background'])
    expect(
      recordsOf(
        en(
          'x',
          'Yoon laid a wreath to mark the day, which honours 55 South Korean sailors killed in clashes with North Korea.',
        ),
        'attack-clash',
      ).every((r) => r.endsWith('background')),
    ).toBe(true)
  })
  it('a killing reported today is not', () => {
    const reported = (r: string[]) => r.some((x) => x.endsWith('reported'))
    expect(
      reported(
        recordsOf(
          en('x', 'Ukrainian officials said nine people were killed in a Russian missile attack on Kyiv.'),
          'attack-clash',
        ),
      ),
    ).toBe(true)
    expect(
      reported(
        recordsOf(
          en('Ukraine says 30 North Korean soldiers killed in Russian offensive in Kursk'),
          'attack-clash',
        ),
      ),
    ).toBe(true)
    expect(
      reported(
        recordsOf(
          en(
            'x',
            "Seoul received the bodies of two soldiers killed in Tuesday's clash with North Korean troops.",
          ),
          'attack-clash',
        ),
      ),
    ).toBe(true)
  })
})
