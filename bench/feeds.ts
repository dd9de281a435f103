/**
 * 5,000 feeds in one cron run, through the real Worker (wrangler dev, local D1 and Queues):
 * 5,000 loopback feeds served by a fixture server, added through POST /api/feeds, then one cron
 * run (and a second, overlapping one 5 s later, which must enqueue nothing already claimed).
 * Reports time to drain the fetch queue, CPU per feed (the wrangler/workerd process tree, from
 * /proc), errors, and how often each feed was fetched (must be exactly once).
 *
 * Run: npm run bench -- feeds   (FEEDS=1000 for a shorter run). Writes bench/.out/feeds.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { markdownTable, startWorker, treeCpuSeconds } from './lib/wrangler'

const FEEDS = Number(process.env.FEEDS ?? 5_000)
const ITEMS_PER_FEED = 3
const ADD_CONCURRENCY = 16
const DRAIN_TIMEOUT_MS = 30 * 60_000

function feedXml(n: number): string {
  const items = Array.from(
    { length: ITEMS_PER_FEED },
    (_, i) => `<item><title>Feed ${n} report ${i}: officials review border trade talks</title>
<link>http://127.0.0.1/news/${n}/${i}</link><guid>f${n}-${i}</guid>
<pubDate>${new Date(Date.now() - (n * 3 + i) * 60_000).toUTCString()}</pubDate>
<description>Officials in region ${n} said on day ${i} that talks on border trade and customs would resume next week, while analysts expected exports of item ${n * 7 + i} to recover. The ministry said it would review shipment ${n * 13 + i}.</description></item>`,
  ).join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Loopback ${n}</title><link>http://127.0.0.1/</link><description>bench</description>${items}</channel></rss>`
}

interface FeedsFigures {
  feeds: number
  drain_seconds: number
  cpu_ms_per_feed: number
  fetches: number
  fetched_twice: number
  never_fetched: number
  feed_errors: number
  articles: number
  add_feeds_seconds: number
}

export async function runFeedsBench(): Promise<{ markdown: string; figures: FeedsFigures }> {
  const hits = new Map<string, number>()
  let lastHitAt = 0
  const server: Server = createServer((req, res) => {
    const path = req.url ?? ''
    hits.set(path, (hits.get(path) ?? 0) + 1)
    lastHitAt = Date.now()
    const n = Number(path.match(/\/feed\/(\d+)\.xml/)?.[1])
    if (!Number.isFinite(n)) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(feedXml(n))
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const port = (server.address() as AddressInfo).port
  const worker = await startWorker()
  const auth = { authorization: `Bearer ${worker.adminToken}` }
  try {
    const t0 = Date.now()
    let next = 0
    await Promise.all(
      Array.from({ length: ADD_CONCURRENCY }, async () => {
        for (let n = next++; n < FEEDS; n = next++) {
          const res = await fetch(`${worker.url}/api/feeds`, {
            method: 'POST',
            headers: { ...auth, 'content-type': 'application/json' },
            // A long interval: the run measures one fetch of each feed, not the next round.
            body: JSON.stringify({ url: `http://127.0.0.1:${port}/feed/${n}.xml`, interval_minutes: 1440 }),
          })
          if (res.status !== 201) throw new Error(`adding feed ${n}: ${res.status} ${await res.text()}`)
        }
      }),
    )
    const addSeconds = (Date.now() - t0) / 1000
    hits.clear()
    const cpu0 = treeCpuSeconds(worker.pid!)
    const start = Date.now()
    const cron = () => fetch(`${worker.url}/__scheduled?cron=${encodeURIComponent('*/5 * * * *')}`)
    await cron()
    await new Promise((r) => setTimeout(r, 5_000))
    await cron() // overlapping run: every due feed is leased, so nothing is enqueued twice
    // Drained when every feed was fetched and nothing more arrived for a while.
    while (Date.now() - start < DRAIN_TIMEOUT_MS) {
      await new Promise((r) => setTimeout(r, 2_000))
      if (hits.size >= FEEDS && Date.now() - lastHitAt > 10_000) break
    }
    const drainEnd = lastHitAt
    // The last fetches are still being stored: wait for D1 to show every feed fetched.
    let list: { feeds: { last_status: string; article_count: number }[] } = { feeds: [] }
    for (let i = 0; i < 60; i++) {
      list = (await (await fetch(`${worker.url}/api/feeds`, { headers: auth })).json()) as typeof list
      if (list.feeds.every((f) => f.last_status !== 'never')) break
      await new Promise((r) => setTimeout(r, 2_000))
    }
    const cpu = treeCpuSeconds(worker.pid!) - cpu0
    const counts = [...hits.values()]
    const figures: FeedsFigures = {
      feeds: FEEDS,
      drain_seconds: +((drainEnd - start) / 1000).toFixed(1),
      cpu_ms_per_feed: +((cpu * 1000) / FEEDS).toFixed(1),
      fetches: counts.reduce((a, b) => a + b, 0),
      fetched_twice: counts.filter((c) => c > 1).length,
      never_fetched: FEEDS - hits.size,
      feed_errors: list.feeds.filter((f) => f.last_status === 'error').length,
      articles: list.feeds.reduce((n, f) => n + f.article_count, 0),
      add_feeds_seconds: +addSeconds.toFixed(1),
    }
    const markdown = markdownTable(
      ['measure', 'value'],
      [
        ['loopback feeds (3 items each), one cron run + an overlapping run 5 s later', figures.feeds],
        ['time from the cron to the last fetch (s)', figures.drain_seconds],
        ['feeds per second', +(FEEDS / figures.drain_seconds).toFixed(1)],
        ['CPU per feed, Worker process tree (ms; fetch, parse, tag, store, queue)', figures.cpu_ms_per_feed],
        ['fetches (must equal feeds)', figures.fetches],
        ['feeds fetched more than once', figures.fetched_twice],
        ['feeds never fetched', figures.never_fetched],
        ['feeds in error', figures.feed_errors],
        ['articles stored', figures.articles],
        ['adding the feeds through POST /api/feeds (s)', figures.add_feeds_seconds],
      ],
    )
    mkdirSync('bench/.out', { recursive: true })
    writeFileSync('bench/.out/feeds.json', JSON.stringify(figures, null, 2))
    return { markdown, figures }
  } finally {
    await worker.stop().catch(() => {})
    server.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { markdown } = await runFeedsBench()
  console.log(markdown)
}
