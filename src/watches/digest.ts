import { collectingWatches, type DigestPlan, digestStatements, newMessageId } from '../db/deliveries'
import type { DigestEvery } from '../db/watches'
import type { Env } from '../env'
import { MAX_DIGESTS_PER_CRON } from '../limits'

/**
 * Digests: a digest watch's matches are `collected` as they arrive; once a period is over, the
 * cron turns whatever waits into ONE delivery of kind watch.digest (nothing at all for an empty
 * period). From there it is a delivery like any other: one webhook-id for all its retries,
 * signed, retried, held while the webhook is disabled, redeliverable.
 */

export const DIGEST_PERIODS = ['15m', '1h', '1d'] as const satisfies readonly DigestEvery[]

export const DIGEST_PERIOD_MS: Record<DigestEvery, number> = {
  '15m': 15 * 60_000,
  '1h': 60 * 60_000,
  '1d': 24 * 60 * 60_000,
}

/** The end of the last finished period at `at`. Periods are aligned in UTC: :00/:15/:30/:45, whole hours, midnight. */
export function periodEndBefore(at: number, every: DigestEvery): number {
  const ms = DIGEST_PERIOD_MS[every]
  return Math.floor(at / ms) * ms
}

/**
 * Cron: builds the digest of every watch whose period ended with matches waiting (at most
 * MAX_DIGESTS_PER_CRON watches per run, oldest waiting first), in one D1 batch. `at` is the cron's
 * scheduled time (it picks the period), `now` stamps the rows. A watch switched from digest back
 * to instant delivery sends what it had collected as a last digest. Returns the new digests that
 * are pending (to enqueue); a digest of a webhook disabled meanwhile is held.
 */
export async function buildDueDigests(env: Env, at: number, now: number): Promise<number[]> {
  const plans: DigestPlan[] = []
  for (const w of await collectingWatches(env.DB, MAX_DIGESTS_PER_CRON)) {
    const every = w.delivery_mode === 'digest' ? (w.digest_every as DigestEvery | null) : null
    const end = every ? periodEndBefore(at, every) : at
    if (w.oldest >= end) continue
    const start = every ? end - DIGEST_PERIOD_MS[every] : end
    plans.push({ watchId: w.watch_id, messageId: newMessageId(), periodStart: start, periodEnd: end, now })
  }
  return runDigestPlans(env.DB, plans)
}

/**
 * Release of a digest watch's held matches: they are sent now, as one digest with everything the
 * watch has collected so far (the regular digest then carries only what arrives later).
 */
export async function sendDigestNow(db: D1Database, watchId: number, now: number): Promise<number[]> {
  const end = now + 1 // includes matches stamped this very millisecond
  return runDigestPlans(db, [{ watchId, messageId: newMessageId(), periodStart: end, periodEnd: end, now }])
}

async function runDigestPlans(db: D1Database, plans: DigestPlan[]): Promise<number[]> {
  if (plans.length === 0) return []
  const results = await db.batch(plans.flatMap((p) => digestStatements(db, p)))
  const perPlan = results.length / plans.length
  return plans.flatMap((_, i) =>
    (results[i * perPlan].results as { id: number; status: string }[])
      .filter((r) => r.status === 'pending')
      .map((r) => r.id),
  )
}
