import { getFeed } from '../db/feeds'
import type { Env, FetchMessage } from '../env'
import { log } from '../lib/log'
import { FETCH_RETRY_DELAY_SECONDS } from '../limits'
import { fetchAndIngest } from './pipeline'

/**
 * Fetch-queue consumer: one feed per message. Delivery is at-least-once, so a message whose feed
 * was already handled after it was enqueued (next_fetch_at moved past enqueuedAt) is acknowledged
 * without fetching; the writes themselves are idempotent anyway. Feed failures are recorded on the
 * feed and acknowledged; only platform errors are retried (and end in the dead-letter queue).
 */
export async function handleFetchBatch(batch: MessageBatch<FetchMessage>, env: Env): Promise<void> {
  for (const msg of batch.messages) {
    try {
      const feed = await getFeed(env.DB, msg.body.feedId)
      if (feed?.enabled !== 1 || feed.next_fetch_at > msg.body.enqueuedAt) {
        msg.ack()
        continue
      }
      const report = await fetchAndIngest(env, feed, Date.now())
      log.info('feed_fetched', { feed_id: feed.id, ...report })
      msg.ack()
    } catch (err) {
      log.error('feed_fetch_crashed', { feed_id: msg.body.feedId, error: err })
      msg.retry({ delaySeconds: FETCH_RETRY_DELAY_SECONDS })
    }
  }
}
