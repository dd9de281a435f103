import { describe, expect, it } from 'vitest'
import { BadQuery } from '../../src/errors'
import { canonicalFilter, describeFilter, matchesFilter, parseFilter } from '../../src/search/filter'
import type { MatchableArticle } from '../../src/search/types'

const known = {
  actors: new Set(['russia', 'north-korea', 'china', 'united-states']),
  events: new Set(['arms-trade', 'missile-launch', 'sanctions']),
}
const parse = (qs: string) => parseFilter(new URLSearchParams(qs), known)
const codeOf = (qs: string) => {
  try {
    parse(qs)
    return null
  } catch (e) {
    expect(e).toBeInstanceOf(BadQuery)
    return (e as BadQuery).code
  }
}

const article = (over: Partial<MatchableArticle> = {}): MatchableArticle => ({
  id: 1,
  title: 'Russia ships shells to North Korea',
  summary: '',
  content: 'Arms transfers continue.',
  lang: 'en',
  feedId: 3,
  publishedAt: Date.parse('2024-05-01T12:00:00Z'),
  actors: ['russia', 'north-korea'],
  events: ['arms-trade'],
  ...over,
})

describe('parseFilter', () => {
  it('reads comma as OR within a param and repeated params as AND', () => {
    const f = parse('actor=russia,china&actor=north-korea&event=arms-trade')
    expect(f.actors).toEqual([['russia', 'china'], ['north-korea']])
    expect(f.events).toEqual([['arms-trade']])
  })
  it('reads feeds and languages as OR lists, primary language subtags', () => {
    const f = parse('feed=3,4&feed=5&lang=en-US,KO')
    expect(f.feeds).toEqual([3, 4, 5])
    expect(f.langs).toEqual(['en', 'ko'])
  })
  it('makes a date-only until cover the whole day', () => {
    const f = parse('since=2024-05-01&until=2024-05-01')
    expect(f.since).toBe(Date.parse('2024-05-01T00:00:00Z'))
    expect(f.until).toBe(Date.parse('2024-05-02T00:00:00Z') - 1)
    expect(parse('until=2024-05-01T10:00:00%2B09:00').until).toBe(Date.parse('2024-05-01T01:00:00Z'))
    // An unencoded + arrives as a space: still read as the offset it was.
    expect(parse('until=2024-05-01T10:00:00+09:00').until).toBe(Date.parse('2024-05-01T01:00:00Z'))
  })
  it('names the unknown slug and refuses bad values', () => {
    expect(codeOf('actor=russia,narnia')).toBe('unknown_actor')
    expect(codeOf('event=picnic')).toBe('unknown_event')
    expect(codeOf('since=2024-13-01')).toBe('invalid_date')
    expect(codeOf('feed=1.5')).toBe('invalid_feed')
    expect(codeOf('feed=-2')).toBe('invalid_feed')
    expect(codeOf('lang=e')).toBe('invalid_lang')
    expect(codeOf('q="open')).toBe('unbalanced_quotes')
  })
  it('bounds slugs per param, groups and the whole filter', () => {
    expect(codeOf(`actor=${Array(21).fill('russia').join(',')}`)).toBe('too_many_filters')
    expect(codeOf(Array(11).fill('actor=russia').join('&'))).toBe('too_many_filters')
  })
  it('ANDs repeated q params and ignores blank ones', () => {
    expect(parse('q=russia&q=shells').q).toBe('russia shells')
    expect(parse('q=%20').query).toBeUndefined()
  })
  it('gives the same canonical form whatever the order', () => {
    expect(canonicalFilter(parse('actor=china,russia&lang=ko,en'))).toBe(
      canonicalFilter(parse('lang=en,ko&actor=russia,china')),
    )
    expect(canonicalFilter(parse('actor=china'))).not.toBe(canonicalFilter(parse('actor=russia')))
  })
})

describe('matchesFilter (watches)', () => {
  it('applies every condition like the search does', () => {
    expect(matchesFilter(parse('actor=russia&actor=north-korea&event=arms-trade'), article())).toBe(true)
    expect(matchesFilter(parse('actor=china,russia'), article())).toBe(true)
    expect(matchesFilter(parse('actor=china'), article())).toBe(false)
    expect(matchesFilter(parse('feed=4'), article())).toBe(false)
    expect(matchesFilter(parse('lang=ko'), article())).toBe(false)
    expect(matchesFilter(parse('until=2024-05-01'), article())).toBe(true)
    expect(matchesFilter(parse('since=2024-05-02'), article())).toBe(false)
    expect(matchesFilter(parse('q=shells -drill'), article())).toBe(true)
    expect(matchesFilter(parse('q="arms transfers"'), article())).toBe(true)
    expect(matchesFilter(parse('q=missile'), article())).toBe(false)
  })
})

describe('describeFilter', () => {
  it('describes actor groups, events, q, languages and dates', () => {
    expect(describeFilter(parse('actor=russia&actor=north-korea&event=arms-trade'))).toBe(
      'russia + north-korea · arms-trade',
    )
    expect(describeFilter(parse('actor=china,russia&q=shells&lang=en,ko'))).toBe(
      'china,russia · "shells" · en,ko',
    )
    expect(describeFilter(parse('feed=3&since=2024-05-01&until=2024-05-31'))).toBe(
      'feed 3 · since 2024-05-01 · until 2024-05-31',
    )
    expect(describeFilter(parse('until=2024-05-31T12:00:00Z'))).toBe('until 2024-05-31T12:00:00Z')
    expect(describeFilter(parse(''))).toBe('all articles')
  })
})

describe('record filters: source, target, modality', () => {
  it('move the event groups into one record constraint, modality defaulting to the tagging ones', () => {
    const f = parse('event=arms-trade&source=russia&target=north-korea,china&actor=china')
    expect(f.events).toEqual([])
    expect(f.actors).toEqual([['china']])
    expect(f.record).toEqual({
      events: [['arms-trade']],
      sources: [['russia']],
      targets: [['north-korea', 'china']],
      modalities: ['reported', 'planned', 'denied'],
      explicitModality: false,
    })
    expect(parse('modality=denied,speculative&modality=denied').record?.modalities).toEqual([
      'denied',
      'speculative',
    ])
    // Without source/target/modality, event= keeps its article-level meaning (rule 4).
    expect(parse('event=arms-trade').record).toBeUndefined()
  })

  it('refuses unknown slugs and modalities, and counts role slugs twice against the limit', () => {
    expect(codeOf('source=narnia')).toBe('unknown_actor')
    expect(codeOf('target=arms-trade')).toBe('unknown_actor')
    expect(codeOf('modality=rumoured')).toBe('unknown_modality')
    const many = Array.from({ length: 21 }, () => 'russia').join('&source=')
    expect(codeOf(`source=${many}`)).toBe('too_many_filters')
  })

  it('matches one record with everything at once; a role matches the actors it implies', () => {
    const f = parse('event=arms-trade&source=russia&target=north-korea')
    const rec = (source: string[], target: string[], modality = 'reported' as const) => ({
      event: 'arms-trade',
      modality,
      source,
      target,
    })
    expect(matchesFilter(f, article({ records: [rec(['russia'], ['north-korea'])] }))).toBe(true)
    expect(matchesFilter(f, article({ records: [rec(['vladimir-putin', 'russia'], ['north-korea'])] }))).toBe(
      true,
    )
    // Russia as a source in one record and North Korea as a target in another is not the relation.
    expect(
      matchesFilter(f, article({ records: [rec(['russia'], ['ukraine']), rec(['china'], ['north-korea'])] })),
    ).toBe(false)
    expect(matchesFilter(f, article({ records: [rec(['north-korea'], ['russia'])] }))).toBe(false)
    expect(
      matchesFilter(f, article({ records: [rec(['russia'], ['north-korea'], 'speculative' as 'reported')] })),
    ).toBe(false)
    expect(matchesFilter(f, article())).toBe(false)
  })

  it('has one canonical form and a readable description', () => {
    const a = parse('target=north-korea&source=russia&event=arms-trade&modality=planned,denied')
    const b = parse('modality=denied,planned&event=arms-trade&source=russia&target=north-korea')
    expect(canonicalFilter(a)).toBe(canonicalFilter(b))
    expect(canonicalFilter(a)).not.toBe(
      canonicalFilter(parse('event=arms-trade&source=north-korea&target=russia')),
    )
    expect(describeFilter(a)).toBe('russia → arms-trade → north-korea (planned,denied)')
  })
})
