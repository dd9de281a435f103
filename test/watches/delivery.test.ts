import { createExecutionContext, createMessageBatch, env, getQueueResult } from 'cloudflare:test'
import { Webhook } from 'standardwebhooks'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { deleteWatch } from '../../src/db/watches'
import type { DeliveryMessage } from '../../src/env'
import { deliveryInsertStatements } from '../../src/watches'
import { handleDeliveryDeadLetters } from '../../src/watches/delivery-consumer'
import {
  answer,
  deliveryRow,
  runDeliveryBatch,
  seedArticle,
  seedDelivery,
  seedFeed,
  seedWatch,
  stubReceiver,
  TEST_POLICY,
  testClock,
} from './helpers'

afterEach(() => vi.restoreAllMocks())

async function setup(opts: Parameters<typeof seedWatch>[0] = {}) {
  const feedId = await seedFeed('Yonhap')
  const articleId = await seedArticle({ feedId })
  const watch = await seedWatch(opts)
  const deliveryId = await seedDelivery(watch.row.id, articleId)
  return { feedId, articleId, watch, deliveryId }
}

const attemptsOf = async (id: number) =>
  (
    await env.DB.prepare('SELECT * FROM delivery_attempts WHERE delivery_id = ? ORDER BY attempt')
      .bind(id)
      .all<{ attempt: number; status_code: number | null; error: string | null }>()
  ).results

describe('webhook delivery', () => {
  it('a 2xx delivers a signed Standard Webhooks message the official library verifies', async () => {
    const { watch, deliveryId, articleId } = await setup()
    const rx = stubReceiver(answer('ok', { status: 200 }))
    const clock = testClock()
    const result = await runDeliveryBatch([deliveryId], { policy: TEST_POLICY, now: clock.now })

    expect(result.explicitAcks).toHaveLength(1)
    expect(rx.requests).toHaveLength(1)
    const req = rx.requests[0]
    expect(req.url).toBe('https://hooks.example/seismo')
    expect(req.headers['content-type']).toMatch(/application\/json/)
    const payload = new Webhook(watch.secret).verify(req.body, req.headers) as {
      type: string
      timestamp: string
      data: {
        watch: { id: string; name: string }
        article: { id: string; title: string; actors: string[]; feed: { title: string } }
      }
    }
    expect(payload.type).toBe('article.matched')
    expect(payload.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
    expect(payload.data.watch).toEqual({ id: String(watch.row.id), name: 'Lavrov in Pyongyang' })
    expect(payload.data.article).toMatchObject({
      id: String(articleId),
      actors: ['russia', 'north-korea'],
      feed: { title: 'Yonhap' },
    })
    expect(() =>
      new Webhook(`whsec_${btoa('another secret of enough length!')}`).verify(req.body, req.headers),
    ).toThrow()

    const row = await deliveryRow(deliveryId)
    expect(row).toMatchObject({
      status: 'delivered',
      attempts: 1,
      last_status_code: 200,
      last_error: null,
      next_attempt_at: null,
    })
    expect(req.headers['webhook-id']).toBe(row!.message_id)
  })

  it('a receiver failing twice then succeeding sees the same webhook-id each time, on the backoff schedule', async () => {
    const { watch, deliveryId } = await setup()
    const rx = stubReceiver(
      answer('busy', { status: 500 }),
      new Error('connection reset'),
      answer(null, { status: 204 }),
    )
    const clock = testClock()
    const opts = { policy: TEST_POLICY, now: clock.now }

    const first = await runDeliveryBatch([deliveryId], opts)
    expect(first.retryDelays).toEqual([5])
    let row = await deliveryRow(deliveryId)
    expect(row).toMatchObject({ status: 'pending', attempts: 1, last_status_code: 500 })
    expect(row!.next_attempt_at).toBe(clock.now() + 5_000)
    expect(row!.last_error).toContain('HTTP 500: busy')

    // The queue redelivers early: nothing is sent, the message waits for the rest of the delay.
    clock.advance(1_000)
    const early = await runDeliveryBatch([deliveryId], opts)
    expect(early.retryDelays).toEqual([4])
    expect(rx.requests).toHaveLength(1)

    clock.advance(4_000)
    const second = await runDeliveryBatch([deliveryId], opts)
    expect(second.retryDelays).toEqual([300])
    row = await deliveryRow(deliveryId)
    expect(row).toMatchObject({ status: 'pending', attempts: 2, last_status_code: null })
    expect(row!.last_error).toContain('connection reset')
    expect(row!.next_attempt_at).toBe(clock.now() + 300_000)

    clock.advance(300_000)
    const third = await runDeliveryBatch([deliveryId], opts)
    expect(third.explicitAcks).toHaveLength(1)
    expect(await deliveryRow(deliveryId)).toMatchObject({
      status: 'delivered',
      attempts: 3,
      last_status_code: 204,
      last_error: null,
    })

    expect(rx.requests).toHaveLength(3)
    expect(new Set(rx.requests.map((r) => r.headers['webhook-id'])).size).toBe(1)
    // Each retry is signed afresh for its own timestamp (verify() would refuse the test clock's future times).
    for (const r of rx.requests) {
      const signedAt = new Date(Number(r.headers['webhook-timestamp']) * 1000)
      expect(r.headers['webhook-signature']).toBe(
        new Webhook(watch.secret).sign(r.headers['webhook-id'], signedAt, r.body),
      )
    }
    expect(new Set(rx.requests.map((r) => r.headers['webhook-timestamp'])).size).toBe(3)
    expect((await attemptsOf(deliveryId)).map((a) => [a.attempt, a.status_code])).toEqual([
      [1, 500],
      [2, null],
      [3, 204],
    ])
  })

  it('a receiver that always fails ends failed after the last attempt, with every attempt visible', async () => {
    const { deliveryId } = await setup()
    const rx = stubReceiver(answer('nope', { status: 502 }))
    const clock = testClock()
    const opts = { policy: TEST_POLICY, now: clock.now }
    const delays: (number | undefined)[] = []
    for (let i = 0; i < TEST_POLICY.delaysMs.length + 1; i++) {
      const r = await runDeliveryBatch([deliveryId], opts)
      delays.push(r.retryDelays[0])
      const row = await deliveryRow(deliveryId)
      if (row!.next_attempt_at) clock.set(row!.next_attempt_at)
    }
    expect(delays).toEqual([5, 300, 1800, undefined])
    const row = await deliveryRow(deliveryId)
    expect(row).toMatchObject({ status: 'failed', attempts: 4, last_status_code: 502, next_attempt_at: null })
    expect(row!.last_error).toContain('gave up after 4 attempts')
    expect(await attemptsOf(deliveryId)).toHaveLength(4)

    // Another message for it (the sweep, a duplicate) sends nothing more.
    clock.advance(10 * 3600_000)
    const again = await runDeliveryBatch([deliveryId], opts)
    expect(again.explicitAcks).toHaveLength(1)
    expect(rx.requests).toHaveLength(4)
  })

  it('a timeout counts as a failed attempt and is retried', async () => {
    const { deliveryId } = await setup()
    const rx = stubReceiver(
      (_req, signal) =>
        new Promise<Response>((resolve, reject) => {
          // Answers only after a second, unless the attempt's AbortSignal ends it first (as fetch does).
          const late = setTimeout(() => resolve(new Response('too late')), 1_000)
          signal?.addEventListener('abort', () => {
            clearTimeout(late)
            reject(signal.reason)
          })
        }),
    )
    const started = Date.now()
    const r = await runDeliveryBatch([deliveryId], {
      policy: { ...TEST_POLICY, timeoutMs: 50 },
      now: () => Date.now(),
    })
    expect(Date.now() - started).toBeLessThan(900)
    expect(r.retryMessages).toHaveLength(1)
    expect(rx.requests).toHaveLength(1)
    expect((await deliveryRow(deliveryId))!.last_error).toMatch(/timed out after 50 ms/)
  })

  it('Retry-After on a 429 or 503 pushes the next attempt back (capped), seconds or HTTP date', async () => {
    const { deliveryId } = await setup()
    const clock = testClock()
    stubReceiver(answer('slow down', { status: 429, headers: { 'retry-after': '120' } }))
    const r = await runDeliveryBatch([deliveryId], { policy: TEST_POLICY, now: clock.now })
    expect(r.retryDelays).toEqual([120])
    expect((await deliveryRow(deliveryId))!.next_attempt_at).toBe(clock.now() + 120_000)

    vi.restoreAllMocks()
    clock.advance(120_000)
    stubReceiver(
      answer('maintenance', { status: 503, headers: { 'retry-after': 'Thu, 01 Jan 2099 00:00:00 GMT' } }),
    )
    const r2 = await runDeliveryBatch([deliveryId], { policy: TEST_POLICY, now: clock.now })
    expect(r2.retryDelays).toEqual([24 * 3600])

    vi.restoreAllMocks()
    clock.set((await deliveryRow(deliveryId))!.next_attempt_at!)
    // Retry-After on a 500 is not a throttle signal: the schedule applies.
    stubReceiver(answer('err', { status: 500, headers: { 'retry-after': '7200' } }))
    const r3 = await runDeliveryBatch([deliveryId], { policy: TEST_POLICY, now: clock.now })
    expect(r3.retryDelays).toEqual([1800])
  })

  it('410 Gone holds the delivery and disables the webhook; later and pending deliveries are held, not lost', async () => {
    const { watch, deliveryId, feedId } = await setup()
    const other = await seedDelivery(watch.row.id, await seedArticle({ feedId }))
    stubReceiver(answer('gone', { status: 410 }))
    const r = await runDeliveryBatch([deliveryId], { policy: TEST_POLICY, now: () => Date.now() })
    expect(r.explicitAcks).toHaveLength(1)
    const gone = await deliveryRow(deliveryId)
    expect(gone).toMatchObject({ status: 'held', attempts: 1, last_status_code: 410, next_attempt_at: null })
    expect(gone!.last_error).toMatch(/410 Gone.*held until released or discarded/)
    const w = await env.DB.prepare('SELECT webhook_disabled_reason FROM watches WHERE id = ?')
      .bind(watch.row.id)
      .first<{ webhook_disabled_reason: string }>()
    expect(w!.webhook_disabled_reason).toMatch(/410 Gone/)

    // A match while the webhook is disabled is recorded as held (it used to be dropped).
    const late = await seedArticle({ feedId })
    await env.DB.batch(deliveryInsertStatements(env.DB, late, [watch.row.id], Date.now()))
    const lateRow = await env.DB.prepare(
      'SELECT status, next_attempt_at FROM deliveries WHERE article_id = ?',
    )
      .bind(late)
      .first()
    expect(lateRow).toEqual({ status: 'held', next_attempt_at: null })

    // A delivery already pending is held at its next attempt, without a request.
    vi.restoreAllMocks()
    const rx = stubReceiver(answer('ok'))
    await runDeliveryBatch([other], { policy: TEST_POLICY, now: () => Date.now() })
    expect(rx.requests).toHaveLength(0)
    const row = await deliveryRow(other)
    expect(row).toMatchObject({ status: 'held', attempts: 0 })
    expect(row!.last_error).toMatch(/webhook is disabled/)
  })

  it('duplicate queue messages for one delivery produce one POST', async () => {
    const { deliveryId } = await setup()
    const rx = stubReceiver(async () => {
      await new Promise((r) => setTimeout(r, 20))
      return new Response('ok')
    })
    // Two copies in one batch run concurrently; a third arrives after delivery.
    const r = await runDeliveryBatch([deliveryId, deliveryId], { policy: TEST_POLICY, now: () => Date.now() })
    expect(r.explicitAcks).toHaveLength(2)
    await runDeliveryBatch([deliveryId], { policy: TEST_POLICY, now: () => Date.now() })
    expect(rx.requests).toHaveLength(1)
    expect(await deliveryRow(deliveryId)).toMatchObject({ status: 'delivered', attempts: 1 })
  })

  it('deleting a watch removes its pending deliveries: a queued message for one sends nothing', async () => {
    const { watch, deliveryId } = await setup()
    expect(await deleteWatch(env.DB, watch.row.id)).toBe(true)
    expect(await deliveryRow(deliveryId)).toBeNull()
    const rx = stubReceiver(answer('ok'))
    const r = await runDeliveryBatch([deliveryId], { policy: TEST_POLICY, now: () => Date.now() })
    expect(r.explicitAcks).toHaveLength(1)
    expect(rx.requests).toHaveLength(0)
  })

  it('a redirect is not followed and counts as a failure', async () => {
    const { deliveryId } = await setup()
    const rx = stubReceiver(answer(null, { status: 302, headers: { location: 'http://169.254.169.254/' } }))
    await runDeliveryBatch([deliveryId], { policy: TEST_POLICY, now: () => Date.now() })
    expect(rx.requests).toHaveLength(1)
    const row = await deliveryRow(deliveryId)
    expect(row).toMatchObject({ status: 'pending', last_status_code: 302 })
    expect(row!.last_error).toMatch(/redirects are not followed/)
  })

  it('a webhook URL the SSRF rules refuse is never requested', async () => {
    const { deliveryId } = await setup({ url: 'http://127.0.0.1:9/hook' })
    const rx = stubReceiver(answer('ok'))
    await runDeliveryBatch([deliveryId], { policy: TEST_POLICY, now: () => Date.now() }).then(() => undefined)
    // Tests run with ALLOW_PRIVATE_URLS=true, so loopback is allowed here...
    expect(rx.requests).toHaveLength(1)
    // ...and refused without it.
    const { processDelivery } = await import('../../src/watches/deliver')
    const second = await setup({ url: 'http://127.0.0.1:9/hook' })
    await processDelivery({ ...env, ALLOW_PRIVATE_URLS: 'false' }, second.deliveryId, {
      policy: TEST_POLICY,
      now: () => Date.now(),
    })
    expect(rx.requests).toHaveLength(1)
    const row = await deliveryRow(second.deliveryId)
    expect(row).toMatchObject({ status: 'failed', attempts: 0 })
    expect(row!.last_error).toMatch(/webhook URL refused/)
  })

  it('the dead-letter queue marks its deliveries failed, never leaving them pending', async () => {
    const { deliveryId } = await setup()
    const batch = createMessageBatch<DeliveryMessage>('seismo-deliveries-dlq', [
      { id: 'dl-1', timestamp: new Date(), attempts: 21, body: { deliveryId } },
    ])
    const ctx = createExecutionContext()
    await handleDeliveryDeadLetters(batch, env)
    const result = await getQueueResult(batch, ctx)
    expect(result.ackAll).toBe(true)
    const row = await deliveryRow(deliveryId)
    expect(row!.status).toBe('failed')
    expect(row!.last_error).toMatch(/dead-lettered/)
  })
})
