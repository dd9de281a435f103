import type { DeliveryMessage, Env, FetchMessage, RetagMessage } from './env'
import { handleFetchBatch, handleFetchDeadLetters } from './ingest/consumer'
import { log } from './lib/log'
import { handleRetagBatch } from './tagging/retag'
import { handleRetagDeadLetters } from './tagging/retag-dead-letters'
import { handleDeliveryBatch, handleDeliveryDeadLetters } from './watches/delivery-consumer'

/**
 * The queue names of wrangler.toml, the one source of them (test/queues.test.ts checks that this
 * list and wrangler.toml's producers, consumers and dead-letter queues are the same names).
 */
export const QUEUES = {
  fetch: 'seismo-fetch',
  fetchDeadLetters: 'seismo-fetch-dlq',
  deliveries: 'seismo-deliveries',
  deliveriesDeadLetters: 'seismo-deliveries-dlq',
  retag: 'seismo-retag',
  retagDeadLetters: 'seismo-retag-dlq',
} as const

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES]

type Consumer = (batch: MessageBatch<never>, env: Env) => Promise<void>
const consumer = <T>(handle: (batch: MessageBatch<T>, env: Env) => Promise<void>) => handle as Consumer

/** Every queue the Worker consumes, and who consumes it: every queue of QUEUES has one. */
export const CONSUMERS: Record<QueueName, Consumer> = {
  [QUEUES.fetch]: consumer<FetchMessage>(handleFetchBatch),
  [QUEUES.fetchDeadLetters]: consumer<FetchMessage>(handleFetchDeadLetters),
  [QUEUES.deliveries]: consumer<DeliveryMessage>(handleDeliveryBatch),
  [QUEUES.deliveriesDeadLetters]: consumer<DeliveryMessage>(handleDeliveryDeadLetters),
  [QUEUES.retag]: consumer<RetagMessage>(handleRetagBatch),
  [QUEUES.retagDeadLetters]: consumer<RetagMessage>(handleRetagDeadLetters),
}

/** Seconds before a message of an unknown queue comes back (a deploy that knows it may be rolling out). */
const UNKNOWN_QUEUE_RETRY_SECONDS = 300

/**
 * The Worker's queue handler. A batch from a queue this code does not know (a wrangler.toml
 * binding added without its consumer, a rename half rolled out) is never acknowledged: every
 * message is retried, so it ends in that queue's dead-letter queue (or keeps coming back) rather
 * than vanishing, and each batch is logged as an error.
 */
export async function consumeQueue(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  const handle = (CONSUMERS as Record<string, Consumer | undefined>)[batch.queue]
  if (handle) return handle(batch as MessageBatch<never>, env)
  log.error('queue_batch_unknown', {
    queue: batch.queue,
    messages: batch.messages.length,
    known: Object.keys(CONSUMERS),
    action: 'retried, not acknowledged',
  })
  batch.retryAll({ delaySeconds: UNKNOWN_QUEUE_RETRY_SECONDS })
}
