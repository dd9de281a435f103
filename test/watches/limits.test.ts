import { env } from 'cloudflare:test'
import { Webhook } from 'standardwebhooks'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MAX_DIGEST_ARTICLES, MAX_DIGESTS_PER_CRON, MAX_STORY_COPIES_LISTED } from '../../src/limits'
import { buildDueDigests } from '../../src/watches/digest'
import { answer, runDeliveryBatch, seedFeed, seedWatch, stubReceiver, TEST_POLICY } from './helpers'

/** The named bounds of digests and story alerts, at their edges (rows seeded in bulk with SQL). */

afterEach(() => vi.restoreAllMocks())

const HOUR = 3_600_000
let base = 50_000_000

/** `count` articles of one feed, each older than the one before; returns the first (newest) id. */
async function seedArticles(count: number): Promise<number> {
  const feedId = await seedFeed('Bulk Wire')
  base += 10_000
  const first = base + 1
  await env.DB.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?2)
     INSERT INTO articles (id, canonical_url, url, title, summary, content, lang, published_at, fetched_at,
                           feed_id, cluster_id, simhash, content_hash, actors, events)
     SELECT ?1 + i, 'https://bulk.example/' || (?1 + i), 'https://bulk.example/' || (?1 + i), 'Bulk story ' || i,
            'A summary.', '', 'en', ?3 - i * 1000, ?3, ?4, ?1 + i, '0000000000000000', 'bulk' || (?1 + i), '', ''
       FROM n`,
  )
    .bind(first, count, Date.now(), feedId)
    .run()
  return first
}

/** Match rows of `watchId` for articles [first, first + count), in `status`. */
async function seedMatches(watchId: number, first: number, count: number, status: string, extra = '') {
  await env.DB.prepare(
    `INSERT INTO deliveries (watch_id, article_id, status, message_id, created_at, updated_at${extra ? ', folded_into' : ''})
     SELECT ?1, id, ?4, 'msg_' || lower(hex(randomblob(16))), ?5, ?5${extra ? `, ${extra}` : ''}
       FROM articles WHERE id >= ?2 AND id < ?2 + ?3`,
  )
    .bind(watchId, first, count, status, Date.now() - HOUR)
    .run()
}

describe('digest bounds', () => {
  it(`one cron run builds at most ${MAX_DIGESTS_PER_CRON} digests; the next run builds the rest`, async () => {
    const first = await seedArticles(1)
    const watches = []
    for (let i = 0; i <= MAX_DIGESTS_PER_CRON; i++) watches.push(await seedWatch({ every: '15m' }))
    for (const w of watches) await seedMatches(w.row.id, first, 1, 'collected')
    const at = Date.now() + HOUR
    expect(await buildDueDigests(env, at, Date.now())).toHaveLength(MAX_DIGESTS_PER_CRON)
    expect(await buildDueDigests(env, at, Date.now())).toHaveLength(1)
    expect(await buildDueDigests(env, at, Date.now())).toHaveLength(0)
  })

  it(`a digest carries the newest ${MAX_DIGEST_ARTICLES} articles and says how many it left out`, async () => {
    const w = await seedWatch({ every: '1h' })
    const first = await seedArticles(MAX_DIGEST_ARTICLES + 1)
    await seedMatches(w.row.id, first, MAX_DIGEST_ARTICLES + 1, 'collected')
    const [digestId] = await buildDueDigests(env, Date.now() + 2 * HOUR, Date.now())
    const rx = stubReceiver(answer('ok'))
    await runDeliveryBatch([digestId], { policy: TEST_POLICY, now: () => Date.now() })
    const payload = new Webhook(w.secret).verify(rx.requests[0].body, rx.requests[0].headers) as {
      data: { count: number; omitted: number; articles: { id: string }[] }
    }
    expect(payload.data.count).toBe(MAX_DIGEST_ARTICLES + 1)
    expect(payload.data.omitted).toBe(1)
    expect(payload.data.articles).toHaveLength(MAX_DIGEST_ARTICLES)
    // Newest first: the oldest one is the one left out (it stays in the log, attached to the digest).
    expect(payload.data.articles[0].id).toBe(String(first))
    expect(payload.data.articles.map((a) => a.id)).not.toContain(String(first + MAX_DIGEST_ARTICLES))
  })
})

describe('story alert bounds', () => {
  it(`an alert lists ${MAX_STORY_COPIES_LISTED} copies and counts them all`, async () => {
    const w = await seedWatch({ notify: 'story' })
    const first = await seedArticles(MAX_STORY_COPIES_LISTED + 2)
    await env.DB.prepare(
      `INSERT INTO deliveries (watch_id, article_id, status, story_key, message_id, next_attempt_at, created_at, updated_at)
       VALUES (?1, ?2, 'pending', ?2, 'msg_lead', ?3, ?3, ?3)`,
    )
      .bind(w.row.id, first, Date.now())
      .run()
    const lead = await env.DB.prepare('SELECT id FROM deliveries WHERE message_id = ?')
      .bind('msg_lead')
      .first<{ id: number }>()
    await seedMatches(w.row.id, first + 1, MAX_STORY_COPIES_LISTED + 1, 'folded', String(lead!.id))
    const rx = stubReceiver(answer('ok'))
    await runDeliveryBatch([lead!.id], { policy: TEST_POLICY, now: () => Date.now() })
    const payload = new Webhook(w.secret).verify(rx.requests[0].body, rx.requests[0].headers) as {
      data: { copies: { id: string }[]; copy_count: number }
    }
    expect(payload.data.copy_count).toBe(MAX_STORY_COPIES_LISTED + 1)
    expect(payload.data.copies).toHaveLength(MAX_STORY_COPIES_LISTED)
    expect(payload.data.copies[0].id).toBe(String(first + 1)) // in the order they were folded
  })
})
