import { env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { rss } from '../helpers/feeds'
import { call, callJson, ingest } from '../helpers/http'

/**
 * Event records end to end: ingested through POST /api/ingest (the real tagger on the migrated
 * taxonomy), stored as sentence offsets, read back on the article, and filtered everywhere the
 * filter grammar is used (search, feeds, trends, watch feeds, relations).
 */

const FEED = 'https://wire.example/records.rss'
const day = (d: number) => new Date(Date.UTC(2025, 2, d, 3)).toUTCString()

const ITEMS = {
  russiaToNk: {
    title: 'Russia supplies air defence systems to North Korea',
    description:
      'Russia supplied air defence systems to North Korea last week, a South Korean official said on Monday.',
    day: 3,
  },
  putinPledge: {
    title: 'Putin pledges more weapons for Pyongyang',
    description: 'Vladimir Putin pledged to supply more weapons to North Korea next year.',
    day: 4,
  },
  nkToRussia: {
    title: 'North Korea ships artillery shells to Russia',
    description:
      'North Korea shipped millions of artillery shells to Russia, the U.S. State Department said.',
    day: 5,
  },
  koreanNkToRussia: {
    title: '북한, 러시아에 포탄 공급',
    description: '국가정보원은 북한이 러시아에 포탄 수백만 발을 공급했다고 밝혔다.',
    day: 6,
  },
  denial: {
    title: 'Pyongyang denies sending troops to Russia',
    description: "North Korea's foreign ministry denied reports that it had sent troops to Russia.",
    day: 7,
  },
  speculative: {
    title: 'North Korea could conduct nuclear test, analysts say',
    description: 'North Korea may conduct a nuclear test in the coming months, analysts said on Tuesday.',
    day: 8,
  },
} as const

type Key = keyof typeof ITEMS
const ids = {} as Record<Key, string>

interface Item {
  id: string
  events: string[]
  actors: string[]
}
interface Record_ {
  event: string
  source: string | null
  target: string | null
  modality: string
  sentence: string
  in_title: boolean
}

const search = async (q: string) =>
  (await callJson<{ items: Item[] }>(`/api/search?${q}&limit=50`, { token: null })).body.items
const idsOf = (items: { id: string }[]) => items.map((i) => i.id).sort()
const keysOf = (...keys: Key[]) => keys.map((k) => ids[k]).sort()

beforeAll(async () => {
  const doc = rss(
    Object.entries(ITEMS).map(([key, i]) => ({
      title: i.title,
      link: `https://wire.example/records/${key}`,
      guid: key,
      description: i.description,
      pubDate: day(i.day),
    })),
  )
  const r = await ingest(FEED, doc)
  expect(r.status).toBe(200)
  const rows = await env.DB.prepare('SELECT id, coalesce(url, canonical_url) AS url FROM articles').all<{
    id: number
    url: string
  }>()
  for (const row of rows.results) ids[row.url.split('/').pop() as Key] = String(row.id)
})

describe('event records on the article', () => {
  it('returns who did what to whom, with the sentence cut from the stored text', async () => {
    const { status, body } = await callJson<{ event_records: Record_[]; events: string[]; content: string }>(
      `/api/articles/${ids.nkToRussia}`,
      { token: null },
    )
    expect(status).toBe(200)
    expect(body.event_records).toContainEqual({
      event: 'arms-trade',
      source: 'north-korea',
      target: 'russia',
      modality: 'reported',
      sentence: 'North Korea shipped millions of artillery shells to Russia, the U.S. State Department said.',
      in_title: false,
    })
    expect(body.event_records.some((r) => r.in_title && r.sentence === ITEMS.nkToRussia.title)).toBe(true)
    // No sentence is stored: only offsets.
    const row = await env.DB.prepare('SELECT * FROM article_relations LIMIT 1').first()
    expect(Object.keys(row!)).not.toContain('sentence')
  })

  it('tags the article with reported, planned and denied records only (rule 4)', async () => {
    const spec = await callJson<{ event_records: Record_[]; events: string[] }>(
      `/api/articles/${ids.speculative}`,
      {
        token: null,
      },
    )
    expect(spec.body.event_records.map((r) => r.modality)).toContain('speculative')
    expect(spec.body.events).not.toContain('nuclear-weapons')
    const denial = await callJson<{ event_records: Record_[]; events: string[] }>(
      `/api/articles/${ids.denial}`,
      {
        token: null,
      },
    )
    expect(denial.body.events).toEqual(
      expect.arrayContaining(['military-cooperation', 'diplomatic-statement']),
    )
    expect(denial.body.event_records).toContainEqual(
      expect.objectContaining({ event: 'military-cooperation', source: 'north-korea', modality: 'denied' }),
    )
  })
})

describe('source, target and modality filters', () => {
  it('event + source + target means one record with all three', async () => {
    // Putin's pledge counts for source=russia (a person matches the country he implies).
    expect(idsOf(await search('event=arms-trade&source=russia&target=north-korea'))).toEqual(
      keysOf('russiaToNk', 'putinPledge'),
    )
    expect(idsOf(await search('event=arms-trade&source=north-korea&target=russia'))).toEqual(
      keysOf('nkToRussia', 'koreanNkToRussia'),
    )
    // Both countries are tagged on every one of these articles: actor= cannot tell the direction.
    expect(
      idsOf(await search('event=arms-trade&actor=russia&actor=north-korea')).length,
    ).toBeGreaterThanOrEqual(4)
  })

  it('a person is a narrower source than their country', async () => {
    expect(idsOf(await search('source=vladimir-putin'))).toEqual(keysOf('putinPledge'))
  })

  it('modality= restricts which records count, and reaches records that do not tag the article', async () => {
    expect(idsOf(await search('event=nuclear-weapons'))).toEqual([])
    expect(idsOf(await search('event=nuclear-weapons&modality=speculative'))).toEqual(keysOf('speculative'))
    expect(idsOf(await search('modality=denied&target=russia'))).toEqual(keysOf('denial'))
    expect(idsOf(await search('event=arms-trade&source=russia&modality=planned'))).toEqual(
      keysOf('putinPledge'),
    )
  })

  it('keeps actor= meaning either role or a plain mention', async () => {
    const russia = idsOf(await search('actor=russia'))
    for (const k of ['russiaToNk', 'putinPledge', 'nkToRussia', 'koreanNkToRussia', 'denial'] as Key[])
      expect(russia).toContain(ids[k])
  })

  it('refuses unknown slugs and modalities with 400s', async () => {
    const bad = await callJson<{ error: { code: string } }>('/api/search?source=narnia', { token: null })
    expect(bad.status).toBe(400)
    expect(bad.body.error.code).toBe('unknown_actor')
    const mod = await callJson<{ error: { code: string } }>('/api/search?modality=rumoured', { token: null })
    expect(mod.status).toBe(400)
    expect(mod.body.error.code).toBe('unknown_modality')
    for (const path of ['/rss.xml?target=atlantis', '/api/trends?modality=x', '/api/relations?source=x'])
      expect((await call(path, { token: null })).status).toBe(400)
  })

  it('filters the feed outputs and trends the same way', async () => {
    const feed = await callJson<{ items: { id: string; title: string }[] }>(
      '/feed.json?event=arms-trade&source=north-korea&target=russia',
      { token: null },
    )
    expect(feed.status).toBe(200)
    expect(feed.body.items.map((i) => i.title).sort()).toEqual(
      [ITEMS.nkToRussia.title, ITEMS.koreanNkToRussia.title].sort(),
    )
    const rssDoc = await (await call('/rss.xml?source=vladimir-putin', { token: null })).text()
    expect(rssDoc).toContain(ITEMS.putinPledge.title)
    expect(rssDoc).not.toContain(ITEMS.russiaToNk.title)
    const atom = await (await call('/atom.xml?target=russia&modality=denied', { token: null })).text()
    expect(atom).toContain(ITEMS.denial.title)
    const trends = await callJson<{ buckets: { start: string; count: number }[] }>(
      '/api/trends?event=arms-trade&source=north-korea&since=2025-03-01&until=2025-03-10',
      { token: null },
    )
    expect(
      trends.body.buckets.filter((b) => b.count > 0).map((b) => [b.start.slice(0, 10), b.count]),
    ).toEqual([
      ['2025-03-05', 1],
      ['2025-03-06', 1],
    ])
  })

  it("serves a watch's feed with its record filter", async () => {
    const created = await callJson<{ id: string }>('/api/watches', {
      method: 'POST',
      json: { name: 'NK arms to Russia', filter: 'event=arms-trade&source=north-korea&target=russia' },
    })
    expect(created.status).toBe(201)
    const feed = await callJson<{ items: { title: string }[] }>(`/watches/${created.body.id}/feed.json`, {
      token: null,
    })
    expect(feed.body.items.map((i) => i.title).sort()).toEqual(
      [ITEMS.nkToRussia.title, ITEMS.koreanNkToRussia.title].sort(),
    )
    const bad = await callJson<{ error: { code: string } }>('/api/watches', {
      method: 'POST',
      json: { name: 'x', filter: 'modality=maybe' },
    })
    expect(bad.status).toBe(400)
  })
})

interface Edge {
  source: string | null
  event: string
  target: string | null
  count: number
  latest_article_id: string
}

describe('GET /api/relations', () => {
  it('answers the edges with counts and the latest article, most frequent first', async () => {
    const { status, body } = await callJson<{ edges: Edge[]; articles: number; truncated: boolean }>(
      '/api/relations?event=arms-trade',
      { token: null },
    )
    expect(status).toBe(200)
    expect(body.truncated).toBe(false)
    const nkRu = body.edges.find((e) => e.source === 'north-korea' && e.target === 'russia')
    expect(nkRu).toEqual({
      source: 'north-korea',
      event: 'arms-trade',
      target: 'russia',
      count: 2,
      latest_article_id: ids.koreanNkToRussia,
      latest_at: expect.any(String),
    })
    expect(body.edges.every((e) => e.event === 'arms-trade')).toBe(true)
    const counts = body.edges.map((e) => e.count)
    expect([...counts].sort((a, b) => b - a)).toEqual(counts)
  })

  it('takes the record filter: source, modality, dates; and a limit', async () => {
    const denied = await callJson<{ edges: Edge[] }>('/api/relations?modality=denied', { token: null })
    expect(denied.body.edges).toEqual([
      expect.objectContaining({
        source: 'north-korea',
        event: 'military-cooperation',
        target: 'russia',
        count: 1,
      }),
    ])
    const putin = await callJson<{ edges: Edge[] }>('/api/relations?source=vladimir-putin', { token: null })
    expect(putin.body.edges.map((e) => [e.source, e.event, e.target])).toEqual([
      ['vladimir-putin', 'arms-trade', 'north-korea'],
    ])
    const early = await callJson<{ edges: Edge[] }>('/api/relations?until=2025-03-04', { token: null })
    expect(early.body.edges.every((e) => e.source !== 'north-korea' || e.event !== 'arms-trade')).toBe(true)
    const one = await callJson<{ edges: Edge[] }>('/api/relations?limit=1', { token: null })
    expect(one.body.edges).toHaveLength(1)
    expect((await call('/api/relations?limit=0', { token: null })).status).toBe(400)
  })

  it('is described in /openapi.json', async () => {
    type Op = { get?: { parameters?: { name: string }[] } }
    const doc = await callJson<{ paths: Record<string, Op> }>('/openapi.json', { token: null })
    expect(doc.body.paths['/api/relations']).toBeDefined()
    // The record filters are documented wherever the filter grammar is.
    for (const path of ['/api/search', '/api/relations', '/api/trends', '/rss.xml', '/feed.json']) {
      const names = (doc.body.paths[path]?.get?.parameters ?? []).map((p) => p.name)
      expect(names, path).toEqual(expect.arrayContaining(['source', 'target', 'modality']))
    }
  })
})
