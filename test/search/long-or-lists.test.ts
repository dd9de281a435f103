import { beforeAll, describe, expect, it } from 'vitest'
import { D1_MAX_COMPOUND_TERMS, MAX_SLUGS_PER_PARAM } from '../../src/limits'
import goldText from '../fixtures/tagging-gold.jsonl?raw'
import { rss } from '../helpers/feeds'
import { callJson, ingest } from '../helpers/http'

/**
 * OR lists longer than the compound SELECT D1 accepts (D1_MAX_COMPOUND_TERMS arms: a sixth failed
 * every such search with a 500): a search walks one arm per slug, feed or language, so long lists
 * are nested in groups. Through the Worker, on real-shaped gold snippets in seven feeds, each long
 * list must answer exactly the newest of what its single-value searches answer together.
 */
interface Gold {
  id: string
  lang: string
  title: string
  body: string
}
const GOLD = goldText
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Gold)
  .slice(0, 140)
const FEEDS = 7
const feedIds: string[] = []

type Page = { items: { id: string; published_at: string }[] }
const ids = async (qs: string) => {
  const { status, body } = await callJson<Page>(`/api/search?${qs}&clusters=all&limit=100`, { token: null })
  expect(status, qs).toBe(200)
  return body.items
}
/** The newest 100 of the single-value searches' answers together, newest first (ties by id). */
const unionOf = async (param: string, values: string[]) => {
  const all = new Map<string, string>()
  for (const v of values) for (const i of await ids(`${param}=${v}`)) all.set(i.id, i.published_at)
  return [...all]
    .sort((a, b) => b[1].localeCompare(a[1]) || Number(b[0]) - Number(a[0]))
    .slice(0, 100)
    .map(([id]) => id)
}

beforeAll(async () => {
  for (let f = 0; f < FEEDS; f++) {
    const items = GOLD.filter((_, i) => i % FEEDS === f).map((g, i) => ({
      title: g.title,
      description: g.body,
      link: `https://news${f}.example/${g.id}`,
      guid: g.id,
      pubDate: new Date(Date.UTC(2025, 0, 1 + i, f)).toUTCString(),
    }))
    const { status, body } = await ingest(`https://news${f}.example/feed.xml`, rss(items))
    expect(status).toBe(200)
    feedIds.push(String(body.feed_id))
  }
})

describe('OR lists longer than one compound SELECT', () => {
  const events = [
    'visit',
    'meeting-summit',
    'alliance-agreement',
    'diplomatic-statement',
    'military-cooperation',
    'arms-trade',
    'nuclear-weapons',
    'missile-launch',
    'military-exercise',
    'threat-warning',
    'sanctions',
    'cyberattack',
  ]
  const actors = ['russia', 'china', 'japan', 'north-korea', 'south-korea', 'united-states', 'ukraine']

  it('are longer than D1 takes in one compound and within what a filter accepts', () => {
    expect(events.length).toBeGreaterThan(2 * D1_MAX_COMPOUND_TERMS)
    expect(actors.length).toBeGreaterThan(D1_MAX_COMPOUND_TERMS)
    expect(FEEDS).toBeGreaterThan(D1_MAX_COMPOUND_TERMS)
    expect(events.length).toBeLessThanOrEqual(MAX_SLUGS_PER_PARAM)
  })

  it.each([
    ['event', events],
    ['actor', actors],
  ])('%s= with many slugs answers what its single slugs answer together', async (param, values) => {
    const want = await unionOf(param, values)
    expect(want.length).toBeGreaterThan(20)
    expect((await ids(`${param}=${values.join(',')}`)).map((i) => i.id)).toEqual(want)
  })

  it('feed= with seven feeds answers every article, newest first', async () => {
    const want = await unionOf('feed', feedIds)
    expect(want.length).toBe(100)
    expect((await ids(`feed=${feedIds.join(',')}`)).map((i) => i.id)).toEqual(want)
  })

  it('relations with many events count what the record filter of each event counts', async () => {
    type Edges = { edges: { source: string | null; event: string; target: string | null; count: number }[] }
    const one = await Promise.all(
      events.map((e) => callJson<Edges>(`/api/relations?event=${e}&clusters=all&limit=200`, { token: null })),
    )
    const want = one.flatMap((r) => r.body.edges.map((e) => [e.source, e.event, e.target, e.count]))
    const { status, body } = await callJson<Edges>(
      `/api/relations?event=${events.join(',')}&clusters=all&limit=200`,
      { token: null },
    )
    expect(status).toBe(200)
    expect(want.length).toBeGreaterThan(10)
    expect(body.edges.map((e) => [e.source, e.event, e.target, e.count]).sort()).toEqual(want.sort())
  })
})
