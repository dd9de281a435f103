/**
 * Background re-tagging after a taxonomy change (RETAG_QUEUE consumer).
 * One message = one bounded batch: RETAG_BATCH_SIZE stored articles, newest id first, below
 * `beforeId`, re-tagged and rewritten in ONE D1 batch; then the next message is enqueued.
 * A message whose taxonomy version is older than the current one stops: the newer change has
 * enqueued its own walk from the newest article. Only tags are rewritten: no watch deliveries
 * (those belong to newly ingested articles), and ingest never waits for this.
 */
import { readRetagBatch, retagBatchStatements } from '../db/tags'
import type { Env, RetagMessage } from '../env'
import { log } from '../lib/log'
import { RETAG_BATCH_SIZE } from '../limits'
import { getCompiledTaxonomy, tagInputFor } from './index'

export interface RetagStep {
  status: 'done' | 'continued' | 'superseded'
  retagged: number
  /** The beforeId of the message enqueued next (continued only). */
  nextBeforeId: number | null
}

const RETRY_DELAY_SECONDS = 30

export async function handleRetagBatch(batch: MessageBatch<RetagMessage>, env: Env): Promise<void> {
  for (const msg of batch.messages) {
    try {
      const step = await retagStep(env, msg.body)
      log.info('retag_step', {
        taxonomy_version: msg.body.taxonomyVersion,
        before_id: msg.body.beforeId,
        status: step.status,
        retagged: step.retagged,
      })
      msg.ack()
    } catch (err) {
      log.error('retag_step_failed', { taxonomy_version: msg.body.taxonomyVersion, error: err })
      msg.retry({ delaySeconds: RETRY_DELAY_SECONDS })
    }
  }
}

/** Re-tags one batch and enqueues the next; idempotent, so an at-least-once redelivery only repeats work. */
export async function retagStep(env: Env, message: RetagMessage): Promise<RetagStep> {
  const compiled = await getCompiledTaxonomy(env.DB)
  if (compiled.version > message.taxonomyVersion)
    return { status: 'superseded', retagged: 0, nextBeforeId: null }
  // A version this isolate cannot see yet (a lagging read): retry rather than tag with the old taxonomy.
  if (compiled.version < message.taxonomyVersion)
    throw new Error(`taxonomy v${message.taxonomyVersion} not visible yet (have v${compiled.version})`)
  const rows = await readRetagBatch(env.DB, message.beforeId, RETAG_BATCH_SIZE)
  if (rows.length > 0) {
    const items = rows.map((r) => ({
      articleId: r.id,
      publishedAt: r.published_at,
      result: compiled.tagger.tag(tagInputFor(r)),
    }))
    await env.DB.batch(retagBatchStatements(env.DB, items))
  }
  if (rows.length < RETAG_BATCH_SIZE) return { status: 'done', retagged: rows.length, nextBeforeId: null }
  const nextBeforeId = rows[rows.length - 1].id
  await env.RETAG_QUEUE.send({ beforeId: nextBeforeId, taxonomyVersion: message.taxonomyVersion })
  return { status: 'continued', retagged: rows.length, nextBeforeId }
}
