import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { matchesFilter } from '../../src/search/filter'
import type { Filter, MatchableArticle, QueryNode } from '../../src/search/types'
import { type IndexedWatch, indexKeysFor, WatchIndex } from '../../src/watches/matcher-index'

/**
 * The index must return exactly the watches whose filter matches (matchesFilter, evaluated for
 * every watch), whatever the filters: random query trees (words, phrases, Korean words and
 * bigrams, lone prefix characters, punctuation-only leaves, AND / OR / NOT nested), tags with
 * OR groups, feeds, languages as parsed and as they might be stored oddly, dates.
 */

const ACTORS = ['russia', 'north-korea', 'china', 'united-states']
const EVENTS = ['visit', 'sanctions', 'missile-launch']
const WORDS = [
  'missile',
  'launch',
  'lavrov',
  'sanctions',
  'drill',
  'talks',
  'pyongyang',
  'foreign',
  'minister',
  'e-mail',
  'U.S.',
]
const KOREAN = ['북한은', '미사일을', '발사했다', '북한', '정상회담', '평양', '미사일', '남북한']
const LEAVES = [
  ...WORDS,
  ...KOREAN,
  '북',
  '미',
  '평양에',
  '...',
  'missile launch',
  'foreign minister',
  '미사일 발사',
  'lavrov talks pyongyang',
]

const leaf: fc.Arbitrary<QueryNode> = fc
  .tuple(fc.constantFrom(...LEAVES), fc.boolean())
  .map(([text, phrase]) => ({ kind: phrase || text.includes(' ') ? 'phrase' : 'term', text }))

const { tree } = fc.letrec<{ tree: QueryNode }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc
      .array(tie('tree'), { minLength: 2, maxLength: 3 })
      .map((children): QueryNode => ({ kind: 'and', children })),
    fc
      .array(tie('tree'), { minLength: 2, maxLength: 3 })
      .map((children): QueryNode => ({ kind: 'or', children })),
    tie('tree').map((child): QueryNode => ({ kind: 'not', child })),
  ),
}))

const groups = (slugs: string[]) =>
  fc.array(fc.subarray(slugs, { minLength: 1, maxLength: 2 }), { maxLength: 2 })
const DAY = 86_400_000
const T0 = Date.UTC(2026, 9, 8)

const filter: fc.Arbitrary<Filter> = fc
  .record({
    actors: groups(ACTORS),
    events: groups(EVENTS),
    feeds: fc.subarray([1, 2, 3], { maxLength: 2 }),
    langs: fc.subarray(['en', 'ko', 'EN', 'en-us'], { maxLength: 2 }),
    since: fc.option(fc.integer({ min: -3, max: 3 }), { nil: undefined }),
    until: fc.option(fc.integer({ min: -3, max: 3 }), { nil: undefined }),
    query: fc.option(tree, { nil: undefined, freq: 2 }),
  })
  .map(({ since, until, query, ...rest }) => ({
    ...rest,
    ...(since !== undefined && { since: T0 + since * DAY }),
    ...(until !== undefined && { until: T0 + until * DAY }),
    ...(query && { query: { root: query } }),
  }))

const text = fc
  .array(fc.constantFrom(...WORDS, ...KOREAN, '북한의', '미사', '.', ','), { maxLength: 12 })
  .map((w) => w.join(' '))

const article: fc.Arbitrary<MatchableArticle> = fc.record({
  id: fc.nat(),
  title: text,
  summary: text,
  content: text,
  lang: fc.constantFrom('en', 'ko', 'en-US', 'KO', 'ko_KR'),
  feedId: fc.integer({ min: 1, max: 3 }),
  publishedAt: fc.integer({ min: -4, max: 4 }).map((d) => T0 + d * DAY),
  actors: fc.subarray(ACTORS),
  events: fc.subarray(EVENTS),
})

describe('watch index', () => {
  it('returns exactly the watches whose filter matches, as evaluating every watch does', () => {
    fc.assert(
      fc.property(
        fc.array(filter, { minLength: 1, maxLength: 40 }),
        fc.array(article, { minLength: 1, maxLength: 8 }),
        (filters, articles) => {
          const watches: IndexedWatch[] = filters.map((f, i) => ({
            id: 1000 - i * 7,
            filter: f,
            keys: indexKeysFor(f),
          }))
          const index = new WatchIndex(watches, matchesFilter)
          for (const a of articles) {
            const naive = watches
              .filter((w) => matchesFilter(w.filter, a))
              .map((w) => w.id)
              .sort((x, y) => x - y)
            expect(index.match(a)).toEqual(naive)
            const candidates = new Set(index.candidates(a).map((w) => w.id))
            for (const id of naive) expect(candidates.has(id)).toBe(true)
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('agrees on filters parseFilter never gives (as an old stored one might be): odd languages, an empty group', () => {
    const odd: Filter[] = [
      { actors: [], events: [], feeds: [], langs: ['EN'] },
      { actors: [], events: [], feeds: [], langs: ['en-us'] },
      { actors: [], events: [], feeds: [], langs: ['en', 'EN'] },
      { actors: [[]], events: [], feeds: [], langs: [] },
      { actors: [['russia'], []], events: [], feeds: [], langs: [] },
    ]
    const watches = odd.map((f, i) => ({ id: i + 1, filter: f, keys: indexKeysFor(f) }))
    const index = new WatchIndex(watches, matchesFilter)
    for (const lang of ['en', 'EN', 'en-US', 'ko']) {
      const a: MatchableArticle = {
        id: 1,
        title: 't',
        summary: '',
        content: '',
        lang,
        feedId: 1,
        publishedAt: T0,
        actors: ['russia'],
        events: [],
      }
      expect(index.match(a)).toEqual(watches.filter((w) => matchesFilter(w.filter, a)).map((w) => w.id))
    }
  })

  it('sees each article afresh: nothing of the previous lookup leaks into the next', () => {
    const known = (q: string): Filter => ({
      actors: [],
      events: [],
      feeds: [],
      langs: [],
      q,
      query: { root: { kind: 'phrase', text: q } },
    })
    const watches = [
      { id: 1, filter: known('missile launch'), keys: indexKeysFor(known('missile launch')) },
      { id: 2, filter: known('미사일'), keys: indexKeysFor(known('미사일')) },
    ]
    const index = new WatchIndex(watches, matchesFilter)
    const base = { summary: '', content: '', lang: 'en', feedId: 1, publishedAt: T0, actors: [], events: [] }
    expect(index.match({ ...base, id: 1, title: 'missile launch and 미사일' })).toEqual([1, 2])
    expect(index.match({ ...base, id: 2, title: 'launch missile, 미사 일' })).toEqual([])
    expect(index.match({ ...base, id: 3, title: 'the missile', content: 'launch 미사일을' })).toEqual([2])
  })
})
