import { type DeliveryRow, discardHeld, getDelivery, releaseHeld, resetForRedelivery } from '../db/deliveries'
import { getWatch, type WatchRow } from '../db/watches'
import type { Env } from '../env'
import { ApiError, notFound } from '../errors'
import { log } from '../lib/log'
import { iso } from '../lib/time'
import { MAX_DELIVERIES_PER_SWEEP } from '../limits'
import { sendDigestNow } from './digest'
import { enqueueDeliveries } from './outbox'

/** Sending deliveries again on an admin's word: held ones (release, discard) and failed ones (redeliver). */

/** Why this watch's deliveries cannot be sent again now (release, redeliver), or null. */
function sendBlocker(watch: WatchRow): ApiError | null {
  if (!watch.webhook_url) return new ApiError(409, 'no_webhook', 'this watch has no webhook to send to')
  if (watch.webhook_disabled_reason)
    return new ApiError(
      409,
      'webhook_disabled',
      `the webhook is disabled (${watch.webhook_disabled_reason}); PATCH the watch's webhook to re-enable it first`,
    )
  if (watch.enabled !== 1)
    return new ApiError(409, 'watch_disabled', 'the watch is disabled; PATCH {"enabled": true} first')
  return null
}

export interface ReleaseResult {
  released: number
  /** Deliveries queued now: released alerts, or the one digest that carries released matches. */
  queued: number
}

/**
 * Sends the watch's held deliveries: alerts go out again with their own webhook-id and a fresh
 * retry schedule; for a digest watch, held matches go out now as one digest. Only once the
 * webhook is live again (409 otherwise: nothing changes).
 */
export async function releaseHeldDeliveries(env: Env, id: number, now: number): Promise<ReleaseResult> {
  const watch = await getWatch(env.DB, id)
  if (!watch) throw notFound('watch')
  const blocker = sendBlocker(watch)
  if (blocker) throw blocker
  const digest = watch.delivery_mode === 'digest'
  const { pendingIds, released } = await releaseHeld(env.DB, id, digest, now)
  const queue = [...pendingIds]
  if (digest && released > pendingIds.length) queue.push(...(await sendDigestNow(env.DB, id, now)))
  await enqueueOrLeaveToSweep(env, queue, now)
  return { released, queued: queue.length }
}

/** Drops the watch's held deliveries; they stay in the log as `discarded`. Allowed in any state. */
export async function discardHeldDeliveries(env: Env, id: number, now: number): Promise<number> {
  if (!(await getWatch(env.DB, id))) throw notFound('watch')
  return discardHeld(env.DB, id, `discarded by an admin on ${iso(now)}`, now)
}

/** The queue hand-off after a release or redelivery; a failed send is left to the cron sweep. */
async function enqueueOrLeaveToSweep(env: Env, ids: number[], now: number): Promise<void> {
  try {
    await enqueueDeliveries(env, ids.slice(0, MAX_DELIVERIES_PER_SWEEP), now)
  } catch (err) {
    // The cron sweep sends them.
    log.error('release_enqueue_failed', { deliveries: ids.length, error: err })
  }
}

/** A failed delivery sent again: pending, due now, same webhook-id, a fresh retry schedule. */
export async function redeliver(
  env: Env,
  watchId: number,
  deliveryId: number,
  now: number,
): Promise<DeliveryRow> {
  const watch = await getWatch(env.DB, watchId)
  if (!watch) throw notFound('watch')
  const existing = await getDelivery(env.DB, deliveryId)
  if (!existing || existing.watch_id !== watchId) throw notFound('delivery')
  if (existing.status !== 'failed')
    throw new ApiError(
      409,
      'not_failed',
      `only failed deliveries are sent again; this one is ${existing.status}`,
    )
  const blocker = sendBlocker(watch)
  if (blocker) throw blocker
  const row = await resetForRedelivery(env.DB, deliveryId, watchId, now)
  if (!row) throw new ApiError(409, 'not_failed', 'the delivery changed state meanwhile')
  await enqueueOrLeaveToSweep(env, [row.id], now)
  return row
}
