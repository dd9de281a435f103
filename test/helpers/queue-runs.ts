import { createExecutionContext, createMessageBatch, env, getQueueResult } from 'cloudflare:test'
import type { Env, FetchMessage } from '../../src/env'
import { handleFetchBatch } from '../../src/ingest/consumer'
import { storedMentions } from './mentions'

/**
 * Helpers of the fault-injection and queue-interleaving tests: namespaced stories that never look
 * like another run's, one fetch-queue delivery to the real consumer, and the stored state of a
 * run's feeds with the run-specific parts taken out.
 */

/** Words of a namespace's own (seeded): stories of different runs share no shingles. */
export function wordsOf(ns: string, n: number): string[] {
  let h = 2166136261
  for (const ch of ns) h = Math.imul(h ^ ch.charCodeAt(0), 16777619)
  const syllables = 'ka ro mi tes van dor eli pun sar gu lom fe ri tan bo chel mar ven pa lu'.split(' ')
  return Array.from({ length: n }, () => {
    let w = ''
    for (let k = 0; k < 3; k++) {
      h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0
      w += syllables[h % syllables.length]
    }
    return w
  })
}

/** One delivery of a fetch message to the real consumer; `enqueuedAt` old = a stale duplicate. */
export async function consumeFetch(testEnv: Env, feedId: number, attempts = 1, enqueuedAt = Date.now()) {
  const batch = createMessageBatch<FetchMessage>('seismo-fetch', [
    { id: `m-${feedId}-${attempts}`, timestamp: new Date(), attempts, body: { feedId, enqueuedAt } },
  ])
  const ctx = createExecutionContext()
  await handleFetchBatch(batch, testEnv)
  return getQueueResult(batch, ctx)
}

export interface StoredArticle {
  /** The item's link without its query (tracking parameters), the namespace replaced by NS. */
  url: string
  /** The URL of its story's representative (the same form). */
  story: string
  tagged: boolean
  actors: string
  events: string
  sources: number
  search_rows: number
  actor_rows: number
  event_rows: number
  mentions: number
  /** watch name:alert|folded, by watch. */
  deliveries: string | null
}

/** Every article of these feeds (by first source), ordered by URL, with the rows that hang off it. */
export async function storedArticles(feedIds: number[], ns: string): Promise<StoredArticle[]> {
  const norm = (s: string) => s.replaceAll(ns, 'NS').replace(/\?.*$/, '')
  const { results } = await env.DB.prepare(
    `SELECT a.id, coalesce(a.url, a.canonical_url) AS url, a.title, a.actors, a.events, coalesce(r.url, r.canonical_url) AS rep_url,
       (SELECT count(*) FROM article_sources s WHERE s.article_id = a.id) AS sources,
       (SELECT count(*) FROM article_search WHERE rowid = a.id) AS search_rows,
       (SELECT count(*) FROM article_actors t WHERE t.article_id = a.id) AS actor_rows,
       (SELECT count(*) FROM article_events t WHERE t.article_id = a.id) AS event_rows,
       (SELECT group_concat(w.name || ':' || CASE d.status WHEN 'folded' THEN 'folded' ELSE 'alert' END, ',')
          FROM (SELECT * FROM deliveries ORDER BY watch_id) d JOIN watches w ON w.id = d.watch_id
          WHERE d.article_id = a.id) AS deliveries
     FROM articles a JOIN articles r ON r.id = a.cluster_id
     WHERE a.feed_id IN (SELECT value FROM json_each(?1))`,
  )
    .bind(JSON.stringify(feedIds))
    .all<Record<string, string | number | null>>()
  const mentionCount = new Map<number, number>()
  for (const m of await storedMentions(results.map((a) => Number(a.id))))
    mentionCount.set(m.article_id, (mentionCount.get(m.article_id) ?? 0) + 1)
  return results
    .map((a) => ({
      url: norm(String(a.url)),
      story: norm(String(a.rep_url)),
      tagged: String(a.title).startsWith('North Korea'),
      actors: String(a.actors),
      events: String(a.events),
      sources: Number(a.sources),
      search_rows: Number(a.search_rows),
      actor_rows: Number(a.actor_rows),
      event_rows: Number(a.event_rows),
      mentions: mentionCount.get(Number(a.id)) ?? 0,
      deliveries: a.deliveries === null ? null : String(a.deliveries).replaceAll(ns, 'NS'),
    }))
    .sort((x, y) => x.url.localeCompare(y.url))
}
