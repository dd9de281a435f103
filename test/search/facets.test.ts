import { env, SELF } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { readFacets } from '../../src/db/facets'
import { trendCounts } from '../../src/db/trends'
import { FACET_MAX_ENTRIES, FACET_SAMPLE } from '../../src/limits'
import { parseFilter } from '../../src/search/filter'
import { toFts } from '../../src/search/query'
import type { Filter } from '../../src/search/types'
import { BASE, type SeedArticle, seedArticles, seedFeeds } from './seed'

/**
 * Facet counts and trend counts on a corpus whose truth the test computes itself: 240
 * articles, wire copies in clusters (a copy's id is larger than its first article's, its
 * publication time sometimes earlier: late feeds), tags, two languages, and words drawn so
 * that each query matches a different share. Every path (the FTS stream, the date walks, the
 * trend's FTS and range drivers) must give the brute-force answer.
 */
const WORDS = ['alpha', 'bravo', 'charlie', 'delta']
const ACTORS = ['russia', 'china', 'japan', 'north-korea']
const EVENTS = ['visit', 'sanctions', 'missile-launch']
const T0 = Date.parse('2024-03-01T00:00:00Z')
const HOUR = 3_600_000

interface Doc {
  id: number
  cluster: number
  published: number
  lang: string
  words: Set<string>
  actors: string[]
  events: string[]
}

function corpus(): Doc[] {
  let seed = 7
  const rnd = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    return seed / 2_147_483_648
  }
  const docs: Doc[] = []
  for (let id = 1; id <= 240; id++) {
    const base = docs.length > 5 && rnd() < 0.25 ? docs[docs.length - 1 - Math.floor(rnd() * 5)] : null
    const words = new Set(WORDS.filter((_, i) => rnd() < [0.7, 0.35, 0.15, 0.05][i]))
    docs.push({
      id,
      cluster: base ? base.cluster : id,
      // Mostly in arrival order, with late and back-dated copies.
      published: T0 + id * HOUR + Math.floor((rnd() - 0.5) * 30 * HOUR),
      lang: rnd() < 0.3 ? 'ko' : 'en',
      words: base ? new Set([...base.words].filter(() => rnd() < 0.8)) : words,
      actors: ACTORS.filter(() => rnd() < 0.35),
      events: EVENTS.filter(() => rnd() < 0.3),
    })
  }
  return docs
}

const DOCS = corpus()
const known = { actors: new Set(ACTORS), events: new Set(EVENTS) }
const filterOf = (qs: string): Filter => parseFilter(new URLSearchParams(qs), known)

function matches(d: Doc, f: Filter): boolean {
  const q = f.q?.toLowerCase()
  if (q && !d.words.has(q)) return false
  if (f.langs.length && !f.langs.includes(d.lang)) return false
  if (f.since !== undefined && d.published < f.since) return false
  if (f.until !== undefined && d.published > f.until) return false
  if (!f.actors.every((g) => g.some((s) => d.actors.includes(s)))) return false
  return f.events.every((g) => g.some((s) => d.events.includes(s)))
}

/** Each story's representative: its earliest matching article (smallest id). */
function representatives(f: Filter): Doc[] {
  const matching = DOCS.filter((d) => matches(d, f))
  return matching.filter((d) => !matching.some((o) => o.cluster === d.cluster && o.id < d.id))
}

/** The facet sample as documented: with q, stories whose representative is among the newest `limit` matching articles by id; without q, the newest `limit` stories by publication. */
function expectedSample(f: Filter, limit: number): Doc[] {
  const reps = representatives(f)
  if (f.q) {
    const newest = DOCS.filter((d) => matches(d, f))
      .sort((a, b) => b.id - a.id)
      .slice(0, limit)
    const floor = Math.min(...newest.map((d) => d.id))
    return reps.filter((d) => d.id >= floor)
  }
  return reps.sort((a, b) => b.published - a.published || b.id - a.id).slice(0, limit)
}

const tally = (docs: Doc[], key: 'actors' | 'events') => {
  const m = new Map<string, number>()
  for (const d of docs) for (const s of d[key]) m.set(s, (m.get(s) ?? 0) + 1)
  return m
}

beforeAll(async () => {
  await seedFeeds([{ id: 1, title: 'Wire' }])
  const seed: SeedArticle[] = DOCS.map((d) => ({
    id: d.id,
    clusterId: d.cluster,
    title: `Report ${d.id}`,
    summary: [...d.words].join(' '),
    lang: d.lang,
    published: d.published,
    actors: d.actors,
    events: d.events,
  }))
  await seedArticles(seed)
})

const FILTERS = [
  'q=alpha',
  'q=bravo',
  'q=delta',
  'q=alpha&actor=russia',
  'q=bravo&lang=ko&event=sanctions,visit',
  'q=charlie&since=2024-03-03&until=2024-03-08',
  '',
  'actor=china',
  'actor=japan,north-korea&event=visit',
  'lang=en&since=2024-03-04',
]

describe('facet counts', () => {
  for (const qs of FILTERS)
    for (const limit of [7, 40, FACET_SAMPLE]) {
      it(`${qs || '(no filter)'}, newest ${limit} stories: the brute-force counts`, async () => {
        const f = filterOf(qs)
        const got = await readFacets(env.DB, { filter: f, fts: f.query ? toFts(f.query) : undefined, limit })
        const sample = expectedSample(f, limit)
        expect(got.total).toBe(sample.length)
        expect(got.actors).toEqual(tally(sample, 'actors'))
        expect(got.events).toEqual(tally(sample, 'events'))
        const all = representatives(f).length
        expect(got.cut).toBe(f.q ? DOCS.filter((d) => matches(d, f)).length >= limit : all >= limit)
      })
    }
})

describe('trend counts', () => {
  for (const qs of FILTERS)
    it(`${qs || '(no filter)'}: every driver counts the stories of each day exactly`, async () => {
      const f = filterOf(qs)
      const from = f.since ?? T0
      const to = f.until ?? T0 + 260 * HOUR
      const expected = new Map<number, number>()
      for (let day = Math.floor(from / 86_400_000); day <= Math.floor(to / 86_400_000); day++) {
        const inDay = DOCS.filter(
          (d) => matches(d, { ...f, since: from, until: to }) && Math.floor(d.published / 86_400_000) === day,
        )
        if (inDay.length) expected.set(day, new Set(inDay.map((d) => d.cluster)).size)
      }
      const fts = f.query ? toFts(f.query) : undefined
      for (const qDriver of fts ? (['fts', 'set', 'probe'] as const) : [undefined]) {
        const spec = { filter: f, fts, qDriver, widthMs: 86_400_000, offsetMs: 0, from, to, collapse: true }
        expect(await trendCounts(env.DB, spec), qDriver).toEqual(expected)
      }
    })
})

describe('GET /api/search?facets=', () => {
  const api = async (qs: string) => {
    const res = await SELF.fetch(`${BASE}/api/search?${qs}`)
    return { status: res.status, body: (await res.json()) as Record<string, unknown> }
  }

  it('adds the facets of the filter, bounded, leaving a slug the filter requires on its own out', async () => {
    const { status, body } = await api('q=alpha&actor=russia&facets=actor,event')
    expect(status).toBe(200)
    const sample = expectedSample(filterOf('q=alpha&actor=russia'), FACET_SAMPLE)
    const facets = body.facets as { actor: { slug: string; count: number }[]; event: unknown[] }
    expect(facets).toMatchObject({ stories: sample.length, sample: FACET_SAMPLE, complete: true })
    const actors = [...tally(sample, 'actors')]
      .filter(([slug]) => slug !== 'russia')
      .map(([slug, count]) => ({ slug, count }))
      .sort((a, b) => b.count - a.count || (a.slug < b.slug ? -1 : 1))
    expect(facets.actor).toEqual(actors.slice(0, FACET_MAX_ENTRIES))
    expect(facets.event.length).toBeGreaterThan(0)
    // The same results as without facets.
    const plain = await api('q=alpha&actor=russia')
    expect(body.items).toEqual(plain.body.items)
    expect(plain.body.facets).toBeUndefined()
  })

  it('lists the members of an OR group and answers only the kinds asked for', async () => {
    const { body } = await api('actor=japan,north-korea&facets=actor')
    const facets = body.facets as Record<string, { slug: string }[]>
    expect(facets.event).toBeUndefined()
    expect(facets.actor.map((e) => e.slug)).toEqual(expect.arrayContaining(['japan', 'north-korea']))
  })

  it('refuses an unknown kind with a 400 invalid_request', async () => {
    for (const bad of ['facets=actors', 'facets=actor,feed', 'facets=', 'facets=actor,event,actor']) {
      const { status, body } = await api(`q=alpha&${bad}`)
      expect(status, bad).toBe(400)
      expect((body.error as { code: string }).code, bad).toBe('invalid_request')
    }
  })

  it('is documented in /openapi.json', async () => {
    const doc = (await (await SELF.fetch(`${BASE}/openapi.json`)).json()) as {
      paths: Record<string, { get: { parameters: { name: string }[] } }>
      components: { schemas: Record<string, { properties: Record<string, unknown> }> }
    }
    expect(doc.paths['/api/search'].get.parameters.map((p) => p.name)).toContain('facets')
    expect(Object.keys(doc.components.schemas.SearchPage.properties)).toContain('facets')
    expect(Object.keys(doc.components.schemas.Facets.properties)).toEqual(
      expect.arrayContaining(['actor', 'event', 'stories', 'sample', 'complete']),
    )
  })
})
