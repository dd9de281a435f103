/**
 * A feed whose server cut the body mid-document, through the real fetch path (queue consumer,
 * fetch, decode, parse, store) and the HTTP routes: a cut JSON Feed is reported exactly as a cut
 * RSS document is (status ok, the complete items stored, the same warning in last_ingest and in
 * POST /api/ingest's answer), and a cut document of JSON that is no JSON Feed stays an error.
 * Bodies come from a stubbed global fetch, never the network.
 */
import { env } from 'cloudflare:test'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { rss } from '../helpers/feeds'
import { callJson, ingest } from '../helpers/http'
import { consumeFetch } from '../helpers/queue-runs'

const stories = (host: string) =>
  [1, 2, 3].map((n) => ({
    id: `${host}-${n}`,
    url: `https://${host}/news/${n}`,
    title: `Cut feed story ${n} from ${host}`,
    content_text: `Story ${n}: officials in Seoul said the talks would resume next week.`,
  }))

/** The document cut inside its third item (the body a dropped connection leaves). */
function jsonFeedCut(host: string, version: string): string {
  const doc = JSON.stringify({ version, title: `JSON ${host}`, items: stories(host) })
  return doc.slice(0, doc.lastIndexOf('"content_text"'))
}

function rssCut(host: string): string {
  const doc = rss(
    stories(host).map((s) => ({ title: s.title, link: s.url, guid: s.id, description: s.content_text })),
  )
  return doc.slice(0, doc.lastIndexOf('<description>'))
}

const BODIES = new Map<string, { body: string; type: string }>()

beforeAll(() => {
  vi.spyOn(console, 'log').mockImplementation(() => undefined)
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = new Request(input, init)
    const doc = BODIES.get(req.url)
    if (!doc) return new Response('not found', { status: 404 })
    return new Response(doc.body, { headers: { 'content-type': doc.type } })
  })
})
afterAll(() => vi.restoreAllMocks())

interface FeedView {
  last_status: string
  last_error: string | null
  article_count: number
  consecutive_failures: number
  last_ingest: { status: string; items: number; inserted: number; warnings: string[] } | null
}

async function fetchOnce(url: string, body: string, type: string): Promise<FeedView> {
  BODIES.set(url, { body, type })
  const added = await callJson<{ id: string }>('/api/feeds', { method: 'POST', json: { url } })
  expect(added.status).toBe(201)
  await consumeFetch(env, Number(added.body.id))
  return (await callJson<FeedView>(`/api/feeds/${added.body.id}`)).body
}

const CUT_WARNING =
  /^document truncated or badly closed \(malformed (JSON|XML): .*\); kept the 2 complete item\(s\) before the break; 1 incomplete item\(s\) after them left out$/

/** What a feed cut in its third item reports, whatever its format: ok, the two complete items, one warning. */
function expectTwoKeptOneWarning(view: FeedView) {
  expect(view).toMatchObject({
    last_status: 'ok',
    last_error: null,
    article_count: 2,
    consecutive_failures: 0,
  })
  expect(view.last_ingest).toMatchObject({ status: 'ok', items: 2, inserted: 2 })
  expect(view.last_ingest!.warnings).toHaveLength(1)
  expect(view.last_ingest!.warnings[0]).toMatch(CUT_WARNING)
}

describe('a body cut mid-document, fetched by the queue consumer', () => {
  let xml: FeedView
  beforeAll(async () => {
    xml = await fetchOnce(
      'https://cut-rss.example/feed.xml',
      rssCut('cut-rss.example'),
      'application/rss+xml',
    )
  })

  it('RSS (the reference): ok, the two complete items stored, one warning', () => {
    expectTwoKeptOneWarning(xml)
  })

  it.each([
    ['1.0', 'https://jsonfeed.org/version/1'],
    ['1.1', 'https://jsonfeed.org/version/1.1'],
  ])('JSON Feed %s: reported exactly as the cut RSS document', async (v, version) => {
    const host = `cut-json-${v.replace('.', '-')}.example`
    const json = await fetchOnce(
      `https://${host}/feed.json`,
      jsonFeedCut(host, version),
      'application/feed+json',
    )
    expectTwoKeptOneWarning(json)
    // Same wording as the XML path, apart from the parser's own message.
    const shape = (w: string) => w.replace(/\(malformed .*\);/, '(…);')
    expect(shape(json.last_ingest!.warnings[0])).toBe(shape(xml.last_ingest!.warnings[0]))
    const { results } = await env.DB.prepare(
      `SELECT a.title FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE f.url = ? ORDER BY a.title`,
    )
      .bind(`https://${host}/feed.json`)
      .all<{ title: string }>()
    expect(results.map((r) => r.title)).toEqual([
      `Cut feed story 1 from ${host}`,
      `Cut feed story 2 from ${host}`,
    ])
  })

  it('a cut JSON document that is no JSON Feed is still an error, nothing stored', async () => {
    const host = 'cut-other-json.example'
    const doc = JSON.stringify({ items: stories(host), kind: 'search results' })
    const feed = await fetchOnce(`https://${host}/data.json`, doc.slice(0, -40), 'application/json')
    expect(feed.last_status).toBe('error')
    expect(feed.last_error).toMatch(/malformed JSON/)
    expect(feed.article_count).toBe(0)
  })

  it('the same cut JSON Feed through POST /api/ingest answers the warning too', async () => {
    const host = 'cut-ingest.example'
    const reply = await ingest(
      `https://${host}/feed.json`,
      jsonFeedCut(host, 'https://jsonfeed.org/version/1.1'),
      'application/feed+json',
    )
    expect(reply.status).toBe(200)
    expect(reply.body).toMatchObject({ status: 'ok', items: 2, inserted: 2 })
    expect(reply.body.warnings).toHaveLength(1)
    expect(reply.body.warnings![0]).toMatch(CUT_WARNING)
  })
})
