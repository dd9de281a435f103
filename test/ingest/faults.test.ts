import { env } from 'cloudflare:test'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { type FaultMode, faultyD1 } from '../helpers/faulty-d1'
import { rss } from '../helpers/feeds'
import { callJson } from '../helpers/http'
import { consumeFetch, storedArticles, wordsOf } from '../helpers/queue-runs'
import { answer, stubReceiver } from '../watches/helpers'

/**
 * D1 failing in the middle of an ingest, at every round trip in turn, before the round trip ran
 * (D1 unavailable) or after it ran (the answer lost): the queue message is retried, and once it
 * is redelivered the end state equals one clean pass: no article without its sources, search row,
 * tags, mentions or deliveries, no delivery without its article, nothing twice.
 */

const KEYWORD = 'faultline'

/** A document: a story with the keyword, another outlet's copy of it, and a tagged story of its own. */
function documentOf(ns: string): string {
  const w = wordsOf(ns, 60)
  const story = `${w.slice(0, 20).join(' ')} ${KEYWORD} ${w.slice(20, 40).join(' ')}.`
  return rss([
    {
      title: `${w[40]} ${w[41]} ${KEYWORD}`,
      link: `https://${ns}.example/a/1`,
      guid: `${ns}-1`,
      description: story,
    },
    {
      title: `${w[40]} ${w[41]} ${KEYWORD} - wire`,
      link: `https://${ns}.example/a/2`,
      guid: `${ns}-2`,
      description: `${story} ${w[42]} ${w[43]}.`,
    },
    {
      title: `North Korea fires a ballistic missile, ${w[44]} says`,
      link: `https://${ns}.example/a/3`,
      guid: `${ns}-3`,
      description: `North Korea fired a ballistic missile into the sea on Tuesday, South Korea's military said. ${w
        .slice(45, 58)
        .join(' ')}.`,
    },
  ])
}

async function addFeed(ns: string): Promise<number> {
  const url = `https://${ns}.example/rss`
  rx.feeds.set(url, documentOf(ns))
  const r = await callJson<{ id: string }>('/api/feeds', { method: 'POST', json: { url } })
  expect(r.status).toBe(201)
  return Number(r.body.id)
}

/** The feed's stored state: its articles and what the feed row says of the last ingest. */
async function snapshot(feedId: number, ns: string) {
  const feed = await env.DB.prepare(
    'SELECT last_status, consecutive_failures, article_count, last_ingest FROM feeds WHERE id = ?1',
  )
    .bind(feedId)
    .first<{
      last_status: string
      consecutive_failures: number
      article_count: number
      last_ingest: string
    }>()
  const ingest = JSON.parse(feed?.last_ingest ?? '{}') as Record<string, unknown>
  return {
    articles: await storedArticles([feedId], ns),
    feed: {
      status: feed?.last_status,
      failures: feed?.consecutive_failures,
      articles: feed?.article_count,
      inserted: ingest.inserted,
      duplicates: ingest.duplicates,
    },
  }
}

let rx: ReturnType<typeof stubReceiver>
let reference: Awaited<ReturnType<typeof snapshot>>
let roundTrips = 0

beforeAll(async () => {
  rx = stubReceiver(answer('ok'))
  vi.spyOn(console, 'log').mockImplementation(() => undefined)
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
  for (const notify of ['article', 'story']) {
    const w = await callJson('/api/watches', {
      method: 'POST',
      json: { name: notify, filter: `q=${KEYWORD}`, notify, webhook: { url: 'https://hooks.example/f' } },
    })
    expect(w.status).toBe(201)
  }
  const feedId = await addFeed('reference')
  const counting = faultyD1(env.DB, 0)
  await consumeFetch({ ...env, DB: counting.db }, feedId, 1)
  roundTrips = counting.operations()
  reference = await snapshot(feedId, 'reference')
})
afterAll(() => vi.restoreAllMocks())

describe('one clean pass, the reference', () => {
  it('stores three articles, two of one story, each with every row it needs and its deliveries', () => {
    expect(roundTrips).toBeGreaterThan(3)
    expect(reference.articles).toHaveLength(3)
    expect(new Set(reference.articles.map((a) => a.story)).size).toBe(2)
    for (const a of reference.articles) expect(a).toMatchObject({ sources: 1, search_rows: 1 })
    const tagged = reference.articles.find((a) => a.tagged)!
    expect(tagged.actor_rows).toBeGreaterThan(0)
    expect(tagged.mentions).toBeGreaterThan(0)
    expect(reference.articles.map((a) => a.deliveries).sort()).toEqual([
      'article:alert,story:alert',
      'article:alert,story:folded',
      null,
    ])
  })
})

describe.each(['before', 'after'] as FaultMode[])('D1 fails at one round trip (%s it ran)', (mode) => {
  it('at every round trip of the ingest: retried, and the redelivery ends as one clean pass', async () => {
    for (let n = 1; n <= roundTrips + 1; n++) {
      const ns = `fault-${mode}-${n}`
      const feedId = await addFeed(ns)
      const faulty = faultyD1(env.DB, n, mode)
      const first = await consumeFetch({ ...env, DB: faulty.db }, feedId, 1)
      const stored = (await snapshot(feedId, ns)).articles.length
      // Nothing committed (or committed without the consumer knowing): the message comes back.
      if (faulty.fired() && stored === 0) expect(first.retryMessages, `${ns}`).toHaveLength(1)
      // The queue redelivers it (also after a success: at-least-once), and the end state is whole.
      await consumeFetch(env, feedId, 2)
      expect(await snapshot(feedId, ns), ns).toEqual(reference)
    }
  })
})

describe('the database after every fault', () => {
  it('holds no article without its rows and no delivery without its article', async () => {
    const count = async (sql: string) => (await env.DB.prepare(sql).first<{ n: number }>())!.n
    expect(
      await count(`SELECT count(*) AS n FROM articles a
        WHERE NOT EXISTS (SELECT 1 FROM article_sources s WHERE s.article_id = a.id)
           OR NOT EXISTS (SELECT 1 FROM article_search WHERE rowid = a.id)`),
    ).toBe(0)
    expect(
      await count(`SELECT count(*) AS n FROM deliveries d
        WHERE d.article_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = d.article_id)`),
    ).toBe(0)
    // Every article with the keyword has its delivery for both watches (alert or folded).
    expect(
      await count(`SELECT count(*) AS n FROM articles a WHERE a.title LIKE '%${KEYWORD}%'
        AND (SELECT count(*) FROM deliveries d WHERE d.article_id = a.id) <> 2`),
    ).toBe(0)
  })
})
