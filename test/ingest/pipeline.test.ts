import {
  createExecutionContext,
  createMessageBatch,
  createScheduledController,
  env,
  getQueueResult,
  waitOnExecutionContext,
} from 'cloudflare:test'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CANDIDATES_SQL } from '../../src/db/near-duplicates'
import type { FetchMessage } from '../../src/env'
import worker from '../../src/index'
import { MAX_BACKOFF_MINUTES, MAX_FEED_BYTES } from '../../src/limits'
import { manyItems, rss } from '../helpers/feeds'
import { call, callJson, type IngestReply, ingest } from '../helpers/http'
import { type Handler, serve } from '../helpers/serve'

type Feed = {
  id: string
  url: string
  last_status: string
  last_error: string | null
  consecutive_failures: number
  next_fetch_at: string
  last_fetched_at: string | null
  article_count: number
  title: string | null
}

afterEach(() => vi.restoreAllMocks())

async function addFeed(url: string, extra: Record<string, unknown> = {}): Promise<Feed> {
  const { status, body } = await callJson<Feed>('/api/feeds', { method: 'POST', json: { url, ...extra } })
  expect(status).toBe(201)
  return body
}

const getFeed = async (id: string) => (await callJson<Feed>(`/api/feeds/${id}`)).body

/** Serves `routes` to the Worker's outbound fetch; any other URL fails like a network error. */
const serveOnly = (routes: Record<string, Handler>) => {
  const { requests, spy } = serve(routes, { unknown: 'network-error' })
  return { calls: requests, spy }
}

const articleCount = async () =>
  (await env.DB.prepare('SELECT count(*) AS n FROM articles').first<{ n: number }>())!.n

describe('POST /api/feeds/:id/fetch', () => {
  it('ingests a fetched feed, then answers a conditional GET 304 without parsing anything', async () => {
    const url = 'https://cond.example/rss.xml'
    const feed = await addFeed(url)
    const doc = rss(manyItems(5, 'cond'), { title: 'Conditional News' })
    const { calls } = serveOnly({
      [url]: (req) =>
        req.headers.get('if-none-match') === '"v1"'
          ? new Response(null, { status: 304, headers: { etag: '"v1"' } })
          : new Response(doc, {
              headers: {
                'content-type': 'application/rss+xml',
                etag: '"v1"',
                'last-modified': 'Wed, 04 Nov 2026 10:00:00 GMT',
              },
            }),
    })

    const first = await callJson<IngestReply>(`/api/feeds/${feed.id}/fetch`, { method: 'POST' })
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ status: 'ok', items: 5, inserted: 5, duplicates: 0 })
    expect(calls[0].headers.get('user-agent')).toMatch(/Seismo/)

    const second = await callJson<IngestReply>(`/api/feeds/${feed.id}/fetch`, { method: 'POST' })
    expect(second.body).toMatchObject({ status: 'not_modified', items: 0, inserted: 0, duplicates: 0 })
    expect(calls[1].headers.get('if-none-match')).toBe('"v1"')
    expect(calls[1].headers.get('if-modified-since')).toBe('Wed, 04 Nov 2026 10:00:00 GMT')

    const after = await getFeed(feed.id)
    expect(after).toMatchObject({
      last_status: 'not_modified',
      consecutive_failures: 0,
      article_count: 5,
      title: 'Conditional News',
    })
  })

  it('re-fetching an unchanged feed without validators inserts nothing and counts duplicates', async () => {
    const url = 'https://plain.example/rss.xml'
    const feed = await addFeed(url)
    const doc = rss(manyItems(4, 'plain'))
    serveOnly({ [url]: () => new Response(doc) })
    expect(
      (await callJson<IngestReply>(`/api/feeds/${feed.id}/fetch`, { method: 'POST' })).body.inserted,
    ).toBe(4)
    const again = await callJson<IngestReply>(`/api/feeds/${feed.id}/fetch`, { method: 'POST' })
    expect(again.body).toMatchObject({ status: 'ok', items: 4, inserted: 0, duplicates: 4 })
  })

  it('records failures on the feed with exponential backoff, capped, and honours Retry-After', async () => {
    const url = 'https://flaky.example/rss.xml'
    const feed = await addFeed(url, { interval_minutes: 30 })
    let status = 500
    serveOnly({
      [url]: () => new Response('oops', { status, headers: status === 429 ? { 'retry-after': '7200' } : {} }),
    })

    const t0 = Date.now()
    const r1 = await callJson<IngestReply>(`/api/feeds/${feed.id}/fetch`, { method: 'POST' })
    expect(r1.body.status).toBe('error')
    expect(r1.body.error).toMatch(/500/)
    let f = await getFeed(feed.id)
    expect(f).toMatchObject({ last_status: 'error', consecutive_failures: 1 })
    expect(f.last_error).toMatch(/500/)
    const wait1 = Date.parse(f.next_fetch_at) - t0
    expect(wait1).toBeGreaterThanOrEqual(29 * 60_000)
    expect(wait1).toBeLessThanOrEqual(31 * 60_000)

    await callJson(`/api/feeds/${feed.id}/fetch`, { method: 'POST' })
    f = await getFeed(feed.id)
    expect(f.consecutive_failures).toBe(2)
    expect(Date.parse(f.next_fetch_at) - Date.now()).toBeGreaterThan(59 * 60_000)

    status = 429
    await callJson(`/api/feeds/${feed.id}/fetch`, { method: 'POST' })
    f = await getFeed(feed.id)
    expect(f.consecutive_failures).toBe(3)
    expect(Date.parse(f.next_fetch_at) - Date.now()).toBeGreaterThan(119 * 60_000)

    // Many failures later the wait is capped at 24 h, and the feed is still listed.
    await env.DB.prepare('UPDATE feeds SET consecutive_failures = 40 WHERE id = ?')
      .bind(Number(feed.id))
      .run()
    status = 500
    await callJson(`/api/feeds/${feed.id}/fetch`, { method: 'POST' })
    f = await getFeed(feed.id)
    expect(Date.parse(f.next_fetch_at) - Date.now()).toBeLessThanOrEqual(MAX_BACKOFF_MINUTES * 60_000 + 1000)
    expect(f.consecutive_failures).toBe(41)

    // Recovery resets the failure count.
    status = 200
    vi.restoreAllMocks()
    serveOnly({ [url]: () => new Response(rss(manyItems(1, 'recovered'))) })
    await callJson(`/api/feeds/${feed.id}/fetch`, { method: 'POST' })
    expect(await getFeed(feed.id)).toMatchObject({
      last_status: 'ok',
      consecutive_failures: 0,
      last_error: null,
    })
  })

  it('stores the new URL after a permanent redirect, not after a temporary one', async () => {
    const oldUrl = 'https://moved.example/old.xml'
    const newUrl = 'https://moved.example/new.xml'
    const feed = await addFeed(oldUrl)
    serveOnly({
      [oldUrl]: () => new Response(null, { status: 301, headers: { location: newUrl } }),
      [newUrl]: () => new Response(rss(manyItems(1, 'moved'))),
    })
    expect((await callJson<IngestReply>(`/api/feeds/${feed.id}/fetch`, { method: 'POST' })).body.status).toBe(
      'ok',
    )
    expect((await getFeed(feed.id)).url).toBe(newUrl)

    const temp = await addFeed('https://temp.example/feed.xml')
    vi.restoreAllMocks()
    serveOnly({
      'https://temp.example/feed.xml': () =>
        new Response(null, { status: 302, headers: { location: 'https://temp.example/elsewhere.xml' } }),
      'https://temp.example/elsewhere.xml': () => new Response(rss(manyItems(1, 'temp'))),
    })
    await callJson(`/api/feeds/${temp.id}/fetch`, { method: 'POST' })
    expect((await getFeed(temp.id)).url).toBe('https://temp.example/feed.xml')
  })

  it('records a document that is not a feed as a feed error, not a crash', async () => {
    const url = 'https://html.example/news'
    const feed = await addFeed(url)
    serveOnly({
      [url]: () =>
        new Response('<!doctype html><html><body>Hello</body></html>', {
          headers: { 'content-type': 'text/html' },
        }),
    })
    const r = await callJson<IngestReply>(`/api/feeds/${feed.id}/fetch`, { method: 'POST' })
    expect(r.status).toBe(200)
    expect(r.body.status).toBe('error')
    expect(r.body.error).toMatch(/not_a_feed/)
    expect((await getFeed(feed.id)).consecutive_failures).toBe(1)
  })
})

describe('POST /api/ingest', () => {
  it('creates the feed when unknown and ingests the document; a second ingest is all duplicates', async () => {
    const url = 'https://ingest.example/feed.xml'
    const doc = rss(manyItems(3, 'ing'), { title: 'Ingest Daily' })
    const first = await ingest(url, doc)
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ status: 'ok', items: 3, inserted: 3, duplicates: 0 })
    const second = await ingest(url, doc)
    expect(second.body).toMatchObject({ status: 'ok', items: 3, inserted: 0, duplicates: 3 })
    const feeds = (await callJson<{ feeds: Feed[] }>('/api/feeds')).body.feeds.filter((f) => f.url === url)
    expect(feeds).toHaveLength(1)
    expect(feeds[0]).toMatchObject({ title: 'Ingest Daily', article_count: 3 })
  })

  it('answers 422 not_a_feed for an HTML page and writes nothing (no feed created)', async () => {
    const before = await articleCount()
    const r = await ingest(
      'https://notafeed.example/page',
      '<html><head><title>x</title></head><body><p>hi</p></body></html>',
      'text/html',
    )
    expect(r.status).toBe(422)
    expect(r.body).toMatchObject({ error: { code: 'not_a_feed' } })
    expect(await articleCount()).toBe(before)
    const feeds = (await callJson<{ feeds: Feed[] }>('/api/feeds')).body.feeds
    expect(feeds.some((f) => f.url.includes('notafeed.example'))).toBe(false)
  })

  it(`answers 413 body_too_large above ${MAX_FEED_BYTES} bytes, streamed`, async () => {
    const huge = new Uint8Array(MAX_FEED_BYTES + 1).fill(0x20)
    const r = await ingest('https://huge.example/feed', huge)
    expect(r.status).toBe(413)
    expect(r.body).toMatchObject({ error: { code: 'body_too_large' } })
  })

  it('requires the url parameter and the admin token', async () => {
    expect((await call('/api/ingest', { method: 'POST', body: rss([]) })).status).toBe(400)
    expect(
      (await call('/api/ingest?url=https://x.example/f', { method: 'POST', body: rss([]), token: null }))
        .status,
    ).toBe(401)
  })

  it('stores a 100-item feed in a small, bounded number of D1 round trips', async () => {
    const r = await ingest('https://bulk.example/feed', rss(manyItems(100, 'bulk')))
    expect(r.body).toMatchObject({ status: 'ok', inserted: 100 })
    expect(r.body.round_trips).toBeGreaterThan(0)
    expect(r.body.round_trips).toBeLessThanOrEqual(10)
    // Rows of every table travel packed (bulkInsert): a dozen or so statements, whatever the item count.
    expect(r.body.d1_statements).toBeLessThanOrEqual(20)
    const again = await ingest('https://bulk.example/feed', rss(manyItems(100, 'bulk')))
    expect(again.body.round_trips).toBeLessThanOrEqual(10)
  })
})

describe('deduplication across feeds', () => {
  const wire = (outlet: string, extra: string) =>
    `North Korea fired a ballistic missile into the East Sea on Tuesday, South Korea's Joint Chiefs of Staff said, ` +
    `the latest in a series of launches that have raised tensions on the peninsula. The missile was launched from ` +
    `the Pyongyang area at around 7:10 a.m. and flew about 600 kilometres before landing in waters off the east coast, ` +
    `the JCS said in a text message to reporters. Japan's defence ministry also reported the launch and said the ` +
    `missile appeared to have fallen outside its exclusive economic zone. The United States condemned the launch and ` +
    `called on Pyongyang to return to dialogue. ${extra} (${outlet})`

  it('the same canonical URL from two feeds is one article with two sources', async () => {
    const a = await ingest(
      'https://outlet-a.example/rss',
      rss([
        {
          title: 'Shared story',
          link: 'https://wire.example/story/1?utm_source=a&utm_medium=rss',
          guid: 'a-1',
          description: 'Body',
        },
      ]),
    )
    const b = await ingest(
      'https://outlet-b.example/rss',
      rss([
        {
          title: 'Shared story',
          link: 'https://WIRE.example/story/1#comments',
          guid: 'b-77',
          description: 'Body',
        },
      ]),
    )
    expect(a.body.inserted).toBe(1)
    expect(b.body).toMatchObject({ inserted: 0, duplicates: 1 })
    const rows = await env.DB.prepare(
      "SELECT a.id, count(s.feed_id) AS sources FROM articles a JOIN article_sources s ON s.article_id = a.id WHERE a.canonical_url = 'https://wire.example/story/1' GROUP BY a.id",
    ).all<{ id: number; sources: number }>()
    expect(rows.results).toEqual([expect.objectContaining({ sources: 2 })])
  })

  it('looks near-duplicate candidates up by band key within the window only (index ranges, never a scan)', async () => {
    const plan = await env.DB.prepare(`EXPLAIN QUERY PLAN ${CANDIDATES_SQL}`)
      .bind('[[0,1234],[0,5678]]', 1_000, 19, 50)
      .all<{ detail: string }>()
    const details = plan.results.map((r) => r.detail).join(' | ')
    expect(details).toMatch(/SEARCH b USING PRIMARY KEY \(key=\? AND rep_id>\?\)/)
    expect(details).toMatch(/SEARCH near_duplicate_bands USING PRIMARY KEY \(key=\? AND rep_id>\?\)/)
    expect(details).toMatch(/SEARCH r USING INTEGER PRIMARY KEY \(rowid=\?\)/)
    expect(details).not.toMatch(/SCAN (b|r|near_duplicate_bands|near_duplicate_reps)\b/)
  })

  it('a wire story carried by two outlets with small edits shares a cluster; a different story does not', async () => {
    await ingest(
      'https://wire-a.example/rss',
      rss([
        {
          title: 'N. Korea fires ballistic missile into East Sea: JCS',
          link: 'https://wire-a.example/1',
          description: wire('Yonhap', ''),
        },
      ]),
    )
    await ingest(
      'https://wire-b.example/rss',
      rss([
        {
          title: 'North Korea fires ballistic missile into East Sea',
          link: 'https://wire-b.example/x/9',
          description: wire('Korea Times', 'It was the third launch this month.'),
        },
        {
          title: 'Seoul and Tokyo agree to expand youth exchanges',
          link: 'https://wire-b.example/x/10',
          description:
            'South Korea and Japan agreed on Wednesday to double the number of students in their youth exchange programme, ' +
            'officials said after a meeting of education ministers in Busan. The programme, launched in 1998, brings high school ' +
            'students to each country for two weeks of homestays, classes and cultural visits, and will now include vocational schools.',
        },
      ]),
    )
    const rows = (
      await env.DB.prepare(
        "SELECT coalesce(url, canonical_url) AS url, cluster_id, id FROM articles WHERE coalesce(url, canonical_url) LIKE 'https://wire-_.example/%' ORDER BY id",
      ).all<{ url: string; cluster_id: number; id: number }>()
    ).results
    const byUrl = Object.fromEntries(rows.map((r) => [r.url, r]))
    expect(byUrl['https://wire-b.example/x/9'].cluster_id).toBe(byUrl['https://wire-a.example/1'].cluster_id)
    expect(byUrl['https://wire-b.example/x/10'].cluster_id).not.toBe(
      byUrl['https://wire-a.example/1'].cluster_id,
    )
    expect(byUrl['https://wire-b.example/x/10'].cluster_id).toBe(byUrl['https://wire-b.example/x/10'].id)
  })
})

describe('cron → queue → consumer', () => {
  it('the cron run enqueues each due feed once, in one message each, and fetches nothing itself', async () => {
    const feeds = await Promise.all([
      addFeed('https://cron-a.example/rss'),
      addFeed('https://cron-b.example/rss'),
    ])
    const sent: MessageSendRequest<FetchMessage>[] = []
    const queue = {
      sendBatch: async (msgs: Iterable<MessageSendRequest<FetchMessage>>) => void sent.push(...msgs),
      send: async () => {},
    }
    const { calls } = serveOnly({})
    const ctx = createExecutionContext()
    await worker.scheduled(
      createScheduledController({ cron: '*/5 * * * *', scheduledTime: Date.now() }),
      { ...env, FETCH_QUEUE: queue as unknown as Queue<FetchMessage> },
      ctx,
    )
    await waitOnExecutionContext(ctx)
    const ids = sent.map((m) => String(m.body.feedId))
    for (const f of feeds) expect(ids.filter((id) => id === f.id)).toHaveLength(1)
    expect(calls).toHaveLength(0)

    // An overlapping cron run does not enqueue the claimed feeds again.
    const sentBefore = sent.length
    const ctx2 = createExecutionContext()
    await worker.scheduled(
      createScheduledController({ cron: '*/5 * * * *', scheduledTime: Date.now() }),
      { ...env, FETCH_QUEUE: queue as unknown as Queue<FetchMessage> },
      ctx2,
    )
    await waitOnExecutionContext(ctx2)
    expect(
      sent.slice(sentBefore).filter((m) => feeds.some((f) => f.id === String(m.body.feedId))),
    ).toHaveLength(0)
  })

  it('fans out hundreds of due feeds in sendBatch chunks of at most 100 messages', async () => {
    const now = Date.now()
    const rows = Array.from(
      { length: 250 },
      (_, i) => `('https://many.example/${i}', 'https://many.example/${i}', ${now - 1000}, ${now}, ${now})`,
    )
    await env.DB.prepare(
      `INSERT INTO feeds (url, url_key, next_fetch_at, created_at, updated_at) VALUES ${rows.join(',')}`,
    ).run()
    const batches: number[] = []
    const queue = {
      sendBatch: async (msgs: MessageSendRequest<FetchMessage>[]) => void batches.push([...msgs].length),
      send: async () => {},
    }
    const ctx = createExecutionContext()
    await worker.scheduled(
      createScheduledController({ cron: '*/5 * * * *', scheduledTime: now }),
      { ...env, FETCH_QUEUE: queue as unknown as Queue<FetchMessage> },
      ctx,
    )
    await waitOnExecutionContext(ctx)
    expect(Math.max(...batches)).toBeLessThanOrEqual(100)
    expect(batches.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(250)
  })

  it('the consumer ingests one feed per message, and a redelivered message does not ingest twice', async () => {
    const url = 'https://queue.example/rss'
    const feed = await addFeed(url)
    const { calls } = serveOnly({ [url]: () => new Response(rss(manyItems(3, 'queued'))) })
    const enqueuedAt = Date.now()
    const message = {
      id: 'm1',
      timestamp: new Date(),
      attempts: 1,
      body: { feedId: Number(feed.id), enqueuedAt },
    }
    const batch = createMessageBatch<FetchMessage>('seismo-fetch', [message, { ...message, id: 'm2' }])
    const ctx = createExecutionContext()
    await worker.queue(batch, env, ctx)
    const result = await getQueueResult(batch, ctx)
    expect(result.explicitAcks.sort()).toEqual(['m1', 'm2'])
    expect(result.retryMessages).toEqual([])
    expect(calls.filter((c) => c.url === url)).toHaveLength(1)
    expect(await getFeed(feed.id)).toMatchObject({ last_status: 'ok', article_count: 3 })
    const n = await env.DB.prepare(
      "SELECT count(*) AS n FROM articles WHERE coalesce(url, canonical_url) LIKE 'https://news.example/queued/%'",
    ).first<{ n: number }>()
    expect(n!.n).toBe(3)
  })

  it('a fetch failure inside the consumer is recorded on the feed and acknowledged (not retried forever)', async () => {
    const url = 'https://down.example/rss'
    const feed = await addFeed(url)
    serveOnly({}) // every fetch is a network error
    const batch = createMessageBatch<FetchMessage>('seismo-fetch', [
      {
        id: 'd1',
        timestamp: new Date(),
        attempts: 1,
        body: { feedId: Number(feed.id), enqueuedAt: Date.now() },
      },
    ])
    const ctx = createExecutionContext()
    await worker.queue(batch, env, ctx)
    const result = await getQueueResult(batch, ctx)
    expect(result.explicitAcks).toEqual(['d1'])
    expect(await getFeed(feed.id)).toMatchObject({ last_status: 'error', consecutive_failures: 1 })
  })
})
