import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn } from './helpers'

const modalities = (body: string, event: string) =>
  recordsOf(rulesEn(body), event).map((r) => r.split(' ')[1])

describe('"last" before a month\'s name dates its clause, as "last month" does', () => {
  it('"signed the accord during Kim\'s trip last March": a signing recalled, background', () => {
    expect(
      modalities(
        "Russia and North Korea signed the railway accord in Moscow during Kim Jong Un's trip last March.",
        'alliance-agreement',
      ),
    ).toEqual(['background'])
    expect(
      modalities('Japan and the Philippines signed the pact last October.', 'alliance-agreement'),
    ).toEqual(['background'])
  })

  it('still news: a signing today, "since last June" (a reference point), a month disclosed now', () => {
    expect(modalities('Japan and the Philippines signed the pact on Monday.', 'alliance-agreement')).toEqual([
      'reported',
    ])
    expect(
      modalities(
        'North Korea fired a ballistic missile on Tuesday, its first launch since last June.',
        'missile-launch',
      ),
    ).toEqual(['reported'])
    expect(
      modalities(
        'A North Korean diplomat in Vietnam defected to South Korea last October, the spy agency confirmed on Tuesday.',
        'humanitarian',
      ),
    ).not.toContain('background')
  })

  it('a plan to sign is no month gone by', () => {
    expect(
      modalities('Japan and the Philippines may sign the pact next week.', 'alliance-agreement'),
    ).not.toContain('background')
  })
})
