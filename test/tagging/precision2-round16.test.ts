import { describe, expect, it } from 'vitest'
import type { TagResult } from '../../src/tagging/types'
import { rulesEn as en, eventSlugs as events, rulesKo as ko } from './helpers'

// Round sixteen's second precision pass (events invented in snippets about something else), learned from the
// tuning gold. Sentences written for these tests; read with the learned veto off, so the rules alone decide.

const modalities = (r: TagResult, event: string) =>
  r.records.filter((x) => x.event === event).map((x) => x.modality)

describe('an attack named as what damaged the thing the news is about is its cause, recalled (t27 t42 t64)', () => {
  it('"damaged by Russian missile and drone strikes", 공습으로 ... 파괴된: background', () => {
    const grid = en(
      'Japan will provide $50 million to help Ukraine rebuild substations damaged by Russian missile and drone strikes, the foreign ministry said on Friday.',
    )
    expect(events(grid)).not.toContain('attack-clash')
    expect(events(grid)).toContain('aid')
    expect(modalities(grid, 'attack-clash')).toContain('background')
    const port = ko(
      '정부는 러시아의 공격으로 크게 파손된 우크라이나 항만 시설 복구에 1천만 달러를 지원하기로 했다고 밝혔다.',
    )
    expect(events(port)).not.toContain('attack-clash')
    expect(events(port)).toContain('aid')
  })
  it('the strikes themselves, or what they destroyed, are the news', () => {
    expect(
      events(
        en('Russian missile and drone strikes damaged power facilities across Ukraine overnight, Kyiv said.'),
      ),
    ).toContain('attack-clash')
    expect(
      events(ko('러시아의 공습으로 우크라이나 전력망이 크게 파괴됐다고 우크라이나 정부가 밝혔다.')),
    ).toContain('attack-clash')
  })
})

describe('a passive or nominalised damage predicate still reports the attack', () => {
  it('"was hit by Russian strikes", 파괴된 것으로 집계됐다', () => {
    expect(
      events(
        en('The Ukrainian city of Kharkiv was hit by Russian missile strikes on Monday, officials said.'),
      ),
    ).toContain('attack-clash')
    expect(
      events(
        ko('러시아의 공습으로 우크라이나 발전소 10곳이 파괴된 것으로 집계됐다고 우크라이나 정부가 밝혔다.'),
      ),
    ).toContain('attack-clash')
  })
})
