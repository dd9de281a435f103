import { newApp } from './app'
import { runArchiver } from './archive/archiver'
import { packStoredText } from './archive/pack-text'
import type { DeliveryMessage, Env, FetchMessage, RetagMessage } from './env'
import { handleFetchBatch } from './ingest/consumer'
import { maintainNearDuplicateIndex } from './ingest/near-duplicate-index'
import { enqueueDueFeeds } from './ingest/scheduler'
import { log } from './lib/log'
import { registerRoutes } from './routes'
import { enqueueRequestedRetag } from './tagging/requested-retag'
import { handleRetagBatch } from './tagging/retag'
import { handleDeliveryBatch, handleDeliveryDeadLetters, runDeliveryCron } from './watches/delivery-consumer'

/** Worker entry: wiring only. */
const app = newApp()
registerRoutes(app)

export { app }

export default {
  fetch: app.fetch,

  async scheduled(controller: ScheduledController, env: Env, ctx: ExecutionContext): Promise<void> {
    // The cron run fetches nothing itself: it fans due feeds out to the fetch queue, builds the
    // webhook digests whose period ended, and re-enqueues deliveries whose retry time has come.
    await enqueueDueFeeds(env, Date.now())
    ctx.waitUntil(runDeliveryCron(env, controller.scheduledTime))
    ctx.waitUntil(maintainNearDuplicateIndex(env.DB, Date.now()))
    ctx.waitUntil(runArchiver(env, Date.now()))
    // A migration that changed the default taxonomy asks for stored articles to be re-tagged.
    ctx.waitUntil(enqueueRequestedRetag(env))
    ctx.waitUntil(packStoredText(env.DB))
  },

  async queue(batch: MessageBatch<unknown>, env: Env, _ctx: ExecutionContext): Promise<void> {
    switch (batch.queue) {
      case 'seismo-fetch':
        return handleFetchBatch(batch as MessageBatch<FetchMessage>, env)
      case 'seismo-deliveries':
        return handleDeliveryBatch(batch as MessageBatch<DeliveryMessage>, env)
      case 'seismo-deliveries-dlq':
        return handleDeliveryDeadLetters(batch as MessageBatch<DeliveryMessage>, env)
      case 'seismo-retag':
        return handleRetagBatch(batch as MessageBatch<RetagMessage>, env)
      default:
        log.warn('queue_batch_unknown', { queue: batch.queue, messages: batch.messages.length })
        batch.ackAll()
    }
  },
} satisfies ExportedHandler<Env>
