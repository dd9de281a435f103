/**
 * SQL of the queues' visible state (GET /health → queues): the work each queue holds, read from
 * the rows the messages point at (Queues has no depth API a Worker can call), and the re-tag walk
 * the re-tag dead-letter queue stopped.
 */

export interface QueueDepths {
  fetch: {
    /** Feeds claimed by a cron run whose fetch message is not handled yet: the fetch queue's depth. */
    in_flight: number
    /** Feeds due and waiting for the next cron run to claim them. */
    due: number
    /** Enabled feeds whose last fetch failed (backing off). */
    failing: number
  }
  deliveries: {
    /** Deliveries still to send (first attempt or a retry): the delivery queue's work. */
    pending: number
    /** ...of which due now (a retry whose time has come, or one never handed to the queue). */
    due: number
    /** Matches held while a webhook is disabled (410 Gone), waiting for release or discard. */
    held: number
  }
}

export async function readQueueDepths(db: D1Database, now: number): Promise<QueueDepths> {
  const row = await db
    .prepare(
      `SELECT
         (SELECT count(*) FROM feeds WHERE deleted_at IS NULL AND enabled = 1 AND lease_until > ?1) AS in_flight,
         (SELECT count(*) FROM feeds WHERE enabled = 1 AND deleted_at IS NULL AND next_fetch_at <= ?1
            AND lease_until <= ?1) AS due_feeds,
         (SELECT count(*) FROM feeds WHERE deleted_at IS NULL AND enabled = 1 AND last_status = 'error') AS failing,
         (SELECT count(*) FROM deliveries WHERE status = 'pending') AS pending,
         (SELECT count(*) FROM deliveries WHERE status = 'pending' AND next_attempt_at <= ?1) AS due_deliveries,
         (SELECT count(*) FROM deliveries WHERE status = 'held') AS held`,
    )
    .bind(now)
    .first<Record<string, number>>()
  const n = (k: string) => row?.[k] ?? 0
  return {
    fetch: { in_flight: n('in_flight'), due: n('due_feeds'), failing: n('failing') },
    deliveries: { pending: n('pending'), due: n('due_deliveries'), held: n('held') },
  }
}

const RETAG_STALLED_KEY = 'retag_stalled'

export interface RetagStall {
  taxonomyVersion: number
  beforeId: number | null
  at: number
}

export function retagStalledStatement(db: D1Database, stall: RetagStall): D1PreparedStatement {
  return db
    .prepare(
      'INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    )
    .bind(RETAG_STALLED_KEY, JSON.stringify(stall))
}

/**
 * The re-tag walk the dead-letter queue stopped, while it still matters: a later taxonomy change
 * walks every article again, so a stall of an older version is over.
 */
export async function readRetagStall(db: D1Database, currentVersion: number): Promise<RetagStall | null> {
  const row = await db
    .prepare('SELECT value FROM meta WHERE key = ?1')
    .bind(RETAG_STALLED_KEY)
    .first<{ value: string }>()
  if (!row) return null
  const stall = JSON.parse(row.value) as RetagStall
  return stall.taxonomyVersion >= currentVersion ? stall : null
}
