import { claimDueFeeds, releaseFeeds } from '../db/feeds'
import type { Env, FetchMessage } from '../env'
import { log } from '../lib/log'
import { FETCH_LEASE_MINUTES, MAX_FEEDS_PER_CRON, QUEUE_BATCH_MAX } from '../limits'

/**
 * The cron handler's whole job: claim due feeds (a lease stops an overlapping run from claiming
 * them again) and fan them out to the fetch queue, one feed per message, 100 per sendBatch.
 * It fetches nothing itself, so thousands of feeds fit in one run. Returns how many were enqueued.
 */
export async function enqueueDueFeeds(env: Env, now: number): Promise<number> {
  const ids = await claimDueFeeds(env.DB, now, now + FETCH_LEASE_MINUTES * 60_000, MAX_FEEDS_PER_CRON)
  let sent = 0
  for (let i = 0; i < ids.length; i += QUEUE_BATCH_MAX) {
    const chunk = ids.slice(i, i + QUEUE_BATCH_MAX)
    try {
      await env.FETCH_QUEUE.sendBatch(
        chunk.map((feedId) => ({ body: { feedId, enqueuedAt: now } satisfies FetchMessage })),
      )
      sent += chunk.length
    } catch (err) {
      // Give the rest back at once rather than waiting for the lease to expire.
      log.error('fetch_enqueue_failed', { error: err, released: ids.length - i })
      await releaseFeeds(env.DB, ids.slice(i))
      break
    }
  }
  return sent
}
