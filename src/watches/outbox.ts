import { markEnqueued, strandedDeliveryIds, undispatchedDeliveryIds } from '../db/deliveries'
import type { DeliveryMessage, Env } from '../env'
import { log } from '../lib/log'
import {
  DELIVERY_DISPATCH_GRACE_MS,
  DELIVERY_REDISPATCH_AFTER_MS,
  MAX_DELIVERIES_PER_SWEEP,
  QUEUE_BATCH_MAX,
} from '../limits'
import { buildDueDigests } from './digest'

/**
 * The deliveries table is an outbox: rows are written in the ingest transaction, then handed to
 * the delivery queue. A send that fails (or a Worker that dies in between) leaves the row
 * pending with no message; the cron sweep finds it and sends it again. Duplicate messages are
 * harmless: the consumer claims a delivery before attempting it.
 */

/** Sends one message per delivery id (sendBatch of ≤ 100) and records the hand-off. */
export async function enqueueDeliveries(env: Env, ids: number[], now: number): Promise<void> {
  for (let i = 0; i < ids.length; i += QUEUE_BATCH_MAX) {
    const part = ids.slice(i, i + QUEUE_BATCH_MAX)
    await env.DELIVERY_QUEUE.sendBatch(
      part.map((deliveryId): { body: DeliveryMessage } => ({ body: { deliveryId } })),
    )
    await markEnqueued(env.DB, part, now)
  }
}

/**
 * After the ingest commit: queue the new deliveries of these articles. Never throws: the
 * articles are stored, and anything not sent here is sent by the next sweep.
 */
export async function dispatchNewDeliveries(env: Env, articleIds: number[]): Promise<void> {
  if (articleIds.length === 0) return
  try {
    const ids = await undispatchedDeliveryIds(env.DB, articleIds)
    await enqueueDeliveries(env, ids, Date.now())
  } catch (err) {
    // The cron sweep sends them.
    log.error('delivery_dispatch_failed', { articles: articleIds.length, error: err })
  }
}

/** Cron: re-enqueue pending deliveries whose message was never sent or is long overdue. */
export async function sweepDueDeliveries(env: Env, now: number): Promise<number> {
  const ids = await strandedDeliveryIds(env.DB, now, {
    dispatchGraceMs: DELIVERY_DISPATCH_GRACE_MS,
    redispatchAfterMs: DELIVERY_REDISPATCH_AFTER_MS,
    limit: MAX_DELIVERIES_PER_SWEEP,
  })
  await enqueueDeliveries(env, ids, now)
  return ids.length
}

/**
 * The delivery side of the cron run: digests whose period ended are built and queued, then the
 * sweep re-sends stranded deliveries. `scheduledTime` picks the digest periods. One failing step
 * does not stop the other; both are retried by the next run.
 */
export async function runDeliveryCron(env: Env, scheduledTime: number): Promise<void> {
  try {
    const now = Date.now()
    await enqueueDeliveries(env, await buildDueDigests(env, scheduledTime, now), now)
  } catch (err) {
    // The next cron run tries again.
    log.error('digest_build_failed', { error: err })
  }
  await sweepDueDeliveries(env, Date.now())
}
