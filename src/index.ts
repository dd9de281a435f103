import { newApp } from './app'
import { runArchiver } from './archive/archiver'
import { packStoredText } from './archive/pack-text'
import type { Env } from './env'
import { maintainNearDuplicateIndex } from './ingest/near-duplicate-index'
import { enqueueDueFeeds } from './ingest/scheduler'
import { consumeQueue } from './queues'
import { registerRoutes } from './routes'
import { enqueueRequestedRetag } from './tagging/requested-retag'
import { runDeliveryCron } from './watches/delivery-consumer'

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

  queue(batch: MessageBatch<unknown>, env: Env, _ctx: ExecutionContext): Promise<void> {
    return consumeQueue(batch, env)
  },
} satisfies ExportedHandler<Env>
