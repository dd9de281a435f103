import { failPendingStatement } from '../db/deliveries'
import type { DeliveryMessage, Env } from '../env'
import { log } from '../lib/log'
import { DELIVERY_LEASE_MS } from '../limits'
import { DEFAULT_DELIVERY_OPTIONS, type DeliveryOptions, processDelivery } from './deliver'

export { runDeliveryCron, sweepDueDeliveries } from './outbox'

/** After an unexpected error (D1 unavailable...), try again once any lease taken has expired. */
const ERROR_RETRY_SECONDS = Math.ceil(DELIVERY_LEASE_MS / 1000) + 1

/**
 * Delivery-queue consumer: one delivery per message, attempted concurrently within a batch.
 * A failed attempt is retried through the queue (msg.retry with the backoff delay); the attempt
 * count and the schedule live in D1, so the message only carries the delivery id.
 */
export async function handleDeliveryBatch(
  batch: MessageBatch<DeliveryMessage>,
  env: Env,
  opts: DeliveryOptions = DEFAULT_DELIVERY_OPTIONS,
): Promise<void> {
  await Promise.all(
    batch.messages.map(async (msg) => {
      try {
        const verdict = await processDelivery(env, msg.body.deliveryId, opts)
        if (verdict.action === 'ack') msg.ack()
        else msg.retry({ delaySeconds: verdict.delaySeconds })
      } catch (err) {
        log.error('delivery_crashed', { delivery_id: msg.body.deliveryId, error: err })
        msg.retry({ delaySeconds: ERROR_RETRY_SECONDS })
      }
    }),
  )
}

/**
 * The queue gave up on these messages: their deliveries end as failed (visible, redeliverable), never
 * silently pending.
 */
export async function handleDeliveryDeadLetters(
  batch: MessageBatch<DeliveryMessage>,
  env: Env,
): Promise<void> {
  const now = Date.now()
  const statements = batch.messages.map((m) =>
    failPendingStatement(
      env.DB,
      m.body.deliveryId,
      'dead-lettered: the delivery queue gave up on this message',
      now,
    ),
  )
  if (statements.length) await env.DB.batch(statements)
  batch.ackAll()
}
