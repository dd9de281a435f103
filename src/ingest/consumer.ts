import { type FeedRow, fetchOutcomeStatement, getFeed } from '../db/feeds'
import type { Env, FetchMessage } from '../env'
import { log } from '../lib/log'
import { FETCH_RETRY_DELAY_SECONDS } from '../limits'
import { fetchAndIngest } from './pipeline'
import { nextAfterFailure } from './schedule'

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

/**
 * The fetch queue gave up on these messages (every attempt crashed: a platform failure, or a feed
 * that breaks the pipeline). Each feed is shown as failing, with the reason and the usual
 * backoff, so it is neither forgotten (stuck on its lease) nor hammered; the next due fetch tries
 * it again. Only the write failing makes the message come back.
 */
export async function handleFetchDeadLetters(batch: MessageBatch<FetchMessage>, env: Env): Promise<void> {
  const now = Date.now()
  for (const msg of batch.messages) {
    try {
      const feed = await getFeed(env.DB, msg.body.feedId)
      log.error('feed_fetch_dead_lettered', {
        feed_id: msg.body.feedId,
        attempts: msg.attempts,
        found: !!feed,
      })
      if (feed) await deadLetterStatement(env.DB, feed, now).run()
      msg.ack()
    } catch (err) {
      log.error('feed_dead_letter_failed', { feed_id: msg.body.feedId, error: err })
      msg.retry({ delaySeconds: FETCH_RETRY_DELAY_SECONDS })
    }
  }
}

function deadLetterStatement(db: D1Database, feed: FeedRow, now: number): D1PreparedStatement {
  const failures = feed.consecutive_failures + 1
  return fetchOutcomeStatement(db, feed.id, {
    status: 'error',
    error: DEAD_LETTER_ERROR,
    consecutiveFailures: failures,
    fetchedAt: now,
    nextFetchAt: nextAfterFailure(now, feed.interval_minutes, failures),
  })
}

export const DEAD_LETTER_ERROR =
  'dead-lettered: every fetch attempt crashed (see feed_fetch_crashed in the logs); retried with backoff'
