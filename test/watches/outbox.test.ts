import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import type { DeliveryMessage, Env } from '../../src/env'
import { DELIVERY_DISPATCH_GRACE_MS, DELIVERY_REDISPATCH_AFTER_MS } from '../../src/limits'
import { deliveryInsertStatements, dispatchNewDeliveries } from '../../src/watches'
import { sweepDueDeliveries } from '../../src/watches/delivery-consumer'
import { deliveryRow, seedArticle, seedFeed, seedWatch } from './helpers'

/** An env whose delivery queue records what is sent (the real one would start the consumer). */
function recordingEnv(opts: { failSend?: boolean } = {}) {
  const sent: number[] = []
  const queue = {
    async send(body: DeliveryMessage) {
      if (opts.failSend) throw new Error('queue unavailable')
      sent.push(body.deliveryId)
    },
    async sendBatch(messages: Iterable<MessageSendRequest<DeliveryMessage>>) {
      if (opts.failSend) throw new Error('queue unavailable')
      for (const m of messages) sent.push(m.body.deliveryId)
    },
  }
  return { env: { ...env, DELIVERY_QUEUE: queue as unknown as Queue<DeliveryMessage> } as Env, sent }
}

const idsOf = async (articleId: number) =>
  (
    await env.DB.prepare('SELECT id FROM deliveries WHERE article_id = ? ORDER BY id')
      .bind(articleId)
      .all<{ id: number }>()
  ).results.map((r) => r.id)

describe('delivery outbox', () => {
  it('one delivery per (watch, article), however often the insert runs', async () => {
    const feedId = await seedFeed()
    const articleId = await seedArticle({ feedId })
    const a = await seedWatch()
    const b = await seedWatch()
    const now = Date.now()
    await env.DB.batch(deliveryInsertStatements(env.DB, articleId, [a.row.id, b.row.id, a.row.id], now))
    await env.DB.batch(deliveryInsertStatements(env.DB, articleId, [a.row.id, b.row.id], now + 1))
    const rows = (
      await env.DB.prepare(
        'SELECT watch_id, status, message_id FROM deliveries WHERE article_id = ? ORDER BY watch_id',
      )
        .bind(articleId)
        .all<{ watch_id: number; status: string; message_id: string }>()
    ).results
    expect(rows.map((r) => [r.watch_id, r.status])).toEqual([
      [a.row.id, 'pending'],
      [b.row.id, 'pending'],
    ])
    expect(rows[0].message_id).toMatch(/^msg_[0-9a-f]{32}$/)
    expect(rows[0].message_id).not.toBe(rows[1].message_id)
  })

  it('skips a watch deleted since matching instead of failing the ingest batch', async () => {
    const feedId = await seedFeed()
    const articleId = await seedArticle({ feedId })
    const w = await seedWatch()
    await env.DB.prepare('DELETE FROM watches WHERE id = ?').bind(w.row.id).run()
    await env.DB.batch(deliveryInsertStatements(env.DB, articleId, [w.row.id, 987654], Date.now()))
    expect(await idsOf(articleId)).toEqual([])
  })

  it('dispatch sends each new delivery once and marks it enqueued', async () => {
    const feedId = await seedFeed()
    const articleId = await seedArticle({ feedId })
    const w = await seedWatch()
    await env.DB.batch(deliveryInsertStatements(env.DB, articleId, [w.row.id], Date.now()))
    const rec = recordingEnv()
    await dispatchNewDeliveries(rec.env, [articleId])
    await dispatchNewDeliveries(rec.env, [articleId])
    expect(rec.sent).toEqual(await idsOf(articleId))
    expect((await deliveryRow(rec.sent[0]))!.enqueued_at).not.toBeNull()
  })

  it('a failed send loses nothing: the cron sweep sends it later', async () => {
    const feedId = await seedFeed()
    const articleId = await seedArticle({ feedId })
    const w = await seedWatch()
    const created = Date.now()
    await env.DB.batch(deliveryInsertStatements(env.DB, articleId, [w.row.id], created))
    const broken = recordingEnv({ failSend: true })
    await expect(dispatchNewDeliveries(broken.env, [articleId])).resolves.toBeUndefined()
    const [id] = await idsOf(articleId)
    expect((await deliveryRow(id))!.enqueued_at).toBeNull()

    const rec = recordingEnv()
    // Within the grace period dispatchNewDeliveries may still be running: the sweep leaves it.
    await sweepDueDeliveries(rec.env, created + 1_000)
    const sends = () => rec.sent.filter((x) => x === id).length
    expect(sends()).toBe(0)
    await sweepDueDeliveries(rec.env, created + DELIVERY_DISPATCH_GRACE_MS + 1)
    expect(sends()).toBe(1)
    // Enqueued now: the next run does not send it again unless its message is long overdue.
    await sweepDueDeliveries(rec.env, created + DELIVERY_DISPATCH_GRACE_MS + 60_000)
    expect(sends()).toBe(1)
    await sweepDueDeliveries(rec.env, created + DELIVERY_DISPATCH_GRACE_MS + DELIVERY_REDISPATCH_AFTER_MS + 2)
    expect(sends()).toBe(2)
  })

  it('the sweep leaves deliveries that are leased, finished or not yet due', async () => {
    const feedId = await seedFeed()
    const w = await seedWatch()
    const now = Date.now()
    const ids: number[] = []
    for (let i = 0; i < 4; i++) {
      const articleId = await seedArticle({ feedId })
      await env.DB.batch(deliveryInsertStatements(env.DB, articleId, [w.row.id], now - 3_600_000))
      ids.push((await idsOf(articleId))[0])
    }
    const [leased, delivered, notDue, stranded] = ids
    await env.DB.batch([
      env.DB.prepare('UPDATE deliveries SET lease_until = ? WHERE id = ?').bind(now + 60_000, leased),
      env.DB.prepare(`UPDATE deliveries SET status = 'delivered', next_attempt_at = NULL WHERE id = ?`).bind(
        delivered,
      ),
      env.DB.prepare('UPDATE deliveries SET next_attempt_at = ?, enqueued_at = ? WHERE id = ?').bind(
        now + 300_000,
        now - 1000,
        notDue,
      ),
    ])
    const rec = recordingEnv()
    await sweepDueDeliveries(rec.env, now)
    expect(rec.sent.filter((id) => ids.includes(id))).toEqual([stranded])
  })
})

describe('the story decision at ingest', () => {
  it('reads only indexes: the story key, the cluster, the (watch, article) key; never a watch’s whole history', async () => {
    const [statement] = deliveryInsertStatements(env.DB, 1, [1, 2], Date.now())
    // The SQL text of a prepared statement (workerd's D1 keeps it as `statement`).
    const sql = (statement as unknown as { statement: string }).statement
    const plan = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
      .bind(1, Date.now(), '[1,2]')
      .all<{ detail: string }>()
    const details = plan.results.map((r) => r.detail).join(' | ')
    expect(details).toMatch(/SEARCH d USING COVERING INDEX deliveries_story \(watch_id=\? AND story_key=\?\)/)
    expect(details).toMatch(/SEARCH c USING COVERING INDEX articles_cluster \(cluster_id=\?\)/)
    expect(details).toMatch(
      /SEARCH d USING (COVERING )?INDEX sqlite_autoindex_deliveries_1 \(watch_id=\? AND article_id=\?\)/,
    )
    expect(details).not.toMatch(/deliveries_watch|SCAN (d|c|a|w)\b/)
    // Each watch's lookups run once, not once per column that reads them.
    expect(details.match(/CORRELATED SCALAR SUBQUERY/g)).toHaveLength(2)
  })
})
