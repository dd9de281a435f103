import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { matchesFilter } from '../../src/search/filter'
import type {
  Filter,
  MatchableArticle,
  MatchableRecord,
  QueryNode,
  RecordFilter,
} from '../../src/search/types'
import { MODALITIES, type Modality, TAGGING_MODALITIES } from '../../src/tagging/types'
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

/** Role actors: a person implies their country, as the taxonomy says (role closures below). */
const PEOPLE: Record<string, string> = { 'vladimir-putin': 'russia', 'kim-jong-un': 'north-korea' }
const ROLE_ACTORS = [...ACTORS, ...Object.keys(PEOPLE)]
const closure = (slug: string) => (PEOPLE[slug] ? [slug, PEOPLE[slug]] : [slug])

/** source=, target=, modality= as parseFilter gives them: the event groups move into the record filter. */
const recordFilter: fc.Arbitrary<Omit<RecordFilter, 'events'>> = fc
  .record({
    sources: groups(ROLE_ACTORS),
    targets: groups(ROLE_ACTORS),
    modalities: fc.subarray([...MODALITIES], { maxLength: 2 }),
  })
  .map(({ modalities, ...roles }) => ({
    ...roles,
    modalities: modalities.length ? modalities : [...TAGGING_MODALITIES],
    explicitModality: modalities.length > 0,
  }))

const filter: fc.Arbitrary<Filter> = fc
  .record({
    actors: groups(ACTORS),
    events: groups(EVENTS),
    feeds: fc.subarray([1, 2, 3], { maxLength: 2 }),
    langs: fc.subarray(['en', 'ko', 'EN', 'en-us'], { maxLength: 2 }),
    since: fc.option(fc.integer({ min: -3, max: 3 }), { nil: undefined }),
    until: fc.option(fc.integer({ min: -3, max: 3 }), { nil: undefined }),
    query: fc.option(tree, { nil: undefined, freq: 2 }),
    record: fc.option(recordFilter, { nil: undefined, freq: 2 }),
  })
  .map(({ since, until, query, record, events, ...rest }) => ({
    ...rest,
    events: record ? [] : events,
    ...(record && { record: { ...record, events } }),
    ...(since !== undefined && { since: T0 + since * DAY }),
    ...(until !== undefined && { until: T0 + until * DAY }),
    ...(query && { query: { root: query } }),
  }))

const text = fc
  .array(fc.constantFrom(...WORDS, ...KOREAN, '북한의', '미사', '.', ','), { maxLength: 12 })
  .map((w) => w.join(' '))

const record: fc.Arbitrary<MatchableRecord> = fc.record({
  event: fc.constantFrom(...EVENTS),
  modality: fc.constantFrom(...MODALITIES),
  source: fc.option(fc.constantFrom(...ROLE_ACTORS), { nil: null }).map((a) => (a ? closure(a) : [])),
  target: fc.option(fc.constantFrom(...ROLE_ACTORS), { nil: null }).map((a) => (a ? closure(a) : [])),
})

/**
 * Articles as the tagger leaves them: the actors of its records' roles (with what they imply)
 * are among its actors, and the events of records that tag (rule 4) among its events.
 */
const article: fc.Arbitrary<MatchableArticle> = fc
  .record({
    id: fc.nat(),
    title: text,
    summary: text,
    content: text,
    lang: fc.constantFrom('en', 'ko', 'en-US', 'KO', 'ko_KR'),
    feedId: fc.integer({ min: 1, max: 3 }),
    publishedAt: fc.integer({ min: -4, max: 4 }).map((d) => T0 + d * DAY),
    actors: fc.subarray(ROLE_ACTORS),
    events: fc.subarray(EVENTS),
    records: fc.array(record, { maxLength: 3 }),
  })
  .map((a) => ({
    ...a,
    actors: [...new Set([...a.actors, ...a.records.flatMap((r) => [...r.source, ...r.target])])],
    events: [
      ...new Set([
        ...a.events,
        ...a.records.filter((r) => TAGGING_MODALITIES.has(r.modality as Modality)).map((r) => r.event),
      ]),
    ],
  }))

describe('watch index', () => {
  it('returns exactly the watches whose filter matches, as evaluating every watch does', () => {
    // The property must also meet record filters that match and that do not (not only vacuous runs).
    const seen = { recordMatches: 0, recordMisses: 0 }
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
            for (const w of watches)
              if (w.filter.record) {
                if (naive.includes(w.id)) seen.recordMatches++
                else seen.recordMisses++
              }
          }
        },
      ),
      { numRuns: 300 },
    )
    expect(seen.recordMatches).toBeGreaterThan(20)
    expect(seen.recordMisses).toBeGreaterThan(20)
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
