import { retagStalledStatement } from '../db/queue-state'
import type { Env, RetagMessage } from '../env'
import { log } from '../lib/log'

/**
 * The re-tag queue gave up on a step (every attempt failed). The walk stops there: articles
 * older than that step keep the tags of the previous taxonomy. That is recorded (GET /health →
 * queues.retag.stalled, with the version and where the walk stopped) and logged as an error,
 * never dropped silently; the next taxonomy change starts a new walk from the newest article.
 */
export async function handleRetagDeadLetters(batch: MessageBatch<RetagMessage>, env: Env): Promise<void> {
  const now = Date.now()
  for (const msg of batch.messages) {
    log.error('retag_step_dead_lettered', {
      taxonomy_version: msg.body.taxonomyVersion,
      before_id: msg.body.beforeId,
      attempts: msg.attempts,
    })
  }
  const last = batch.messages[batch.messages.length - 1]
  if (last) await retagStalledStatement(env.DB, { ...last.body, at: now }).run()
  batch.ackAll()
}
