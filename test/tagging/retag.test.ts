import { createExecutionContext, createMessageBatch, env, getQueueResult } from 'cloudflare:test'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  decodeRecords,
  readRecordsStatement,
  recordRowStatements,
  type StoredRelation,
} from '../../src/db/records'
import { bumpVersionStatement, readActorRow, updateActorStatement } from '../../src/db/taxonomy'
import type { RetagMessage } from '../../src/env'
import { RETAG_BATCH_SIZE } from '../../src/limits'
import { enqueueRequestedRetag } from '../../src/tagging/requested-retag'
import { handleRetagBatch } from '../../src/tagging/retag'
import type { EventRecord } from '../../src/tagging/types'
import { storedMentions } from '../helpers/mentions'

const ARTICLES = RETAG_BATCH_SIZE + 7
const FIRST_ID = 1000

/** Stored articles inserted directly, with stale tags (as if tagged by an older taxonomy). */
async function seedArticles(): Promise<void> {
  const rows = Array.from({ length: ARTICLES }, (_, i) => FIRST_ID + i)
  for (const id of rows) {
    await env.DB.prepare(
      `INSERT INTO articles (id, title, summary, content, lang, published_at, fetched_at, feed_id, cluster_id, simhash, content_hash, actors, events)
       VALUES (?1, ?2, '', ?3, 'en', ?4, ?4, 1, ?1, '0000000000000000', 'h' || ?1, 'japan', 'protest')`,
    )
      .bind(
        id,
        `Hermit Kingdom story ${id}`,
        'The Hermit Kingdom fired a ballistic missile on Tuesday.',
        1_735_000_000_000 + id,
      )
      .run()
    // Tag rows carry their article's published_at (part of their primary key since migration 0009).
    await env.DB.prepare(
      `INSERT INTO article_actors (actor, article_id, published_at, strength) VALUES ('japan', ?1, ?2, 1)`,
    )
      .bind(id, 1_735_000_000_000 + id)
      .run()
  }
}

/** Adds an alias the way the admin route does (definition + version bump), returning the new version. */
async function addAlias(alias: string): Promise<number> {
  const row = (await readActorRow(env.DB, 'north-korea'))!
  const data = JSON.parse(row.data) as { aliases: Record<string, string[]> }
  data.aliases.en.push(alias)
  const [, bump] = await env.DB.batch([
    updateActorStatement(
      env.DB,
      { slug: 'north-korea', name: row.name, data: JSON.stringify(data), previousData: row.data },
      Date.now(),
    ),
    bumpVersionStatement(env.DB),
  ])
  return Number((bump.results[0] as { version: number }).version)
}

async function runMessage(body: RetagMessage, id: string) {
  const batch = createMessageBatch<RetagMessage>('seismo-retag', [
    { id, timestamp: new Date(), attempts: 1, body },
  ])
  const ctx = createExecutionContext()
  await handleRetagBatch(batch, env)
  return getQueueResult(batch, ctx)
}

/** Keeps the consumer's follow-up messages instead of enqueueing them, so the test drives the chain. */
function captureSends(sent: RetagMessage[]): void {
  vi.spyOn(env.RETAG_QUEUE, 'send').mockImplementation(async (body) => {
    sent.push(body as RetagMessage)
    return { metadata: { metrics: { backlogCount: 0, backlogBytes: 0 } } } as unknown as QueueSendResponse
  })
}

afterEach(() => vi.restoreAllMocks())

describe('retag consumer', () => {
  it('re-tags stored articles newest first in bounded batches, chaining the next batch, without deliveries', async () => {
    await seedArticles()
    const version = await addAlias('Hermit Kingdom')
    const sent: RetagMessage[] = []
    captureSends(sent)

    const first = await runMessage({ beforeId: null, taxonomyVersion: version }, 'r1')
    expect(first.ackAll || first.explicitAcks.includes('r1')).toBe(true)
    // The newest RETAG_BATCH_SIZE articles are re-tagged; the older ones wait for the next message.
    const newest = await env.DB.prepare('SELECT actors, events FROM articles WHERE id = ?')
      .bind(FIRST_ID + ARTICLES - 1)
      .first<{ actors: string; events: string }>()
    expect(newest!.actors.split(' ')).toContain('north-korea')
    expect(newest!.events.split(' ')).toContain('missile-launch')
    const oldest = await env.DB.prepare('SELECT actors FROM articles WHERE id = ?')
      .bind(FIRST_ID)
      .first<{ actors: string }>()
    expect(oldest!.actors).toBe('japan')
    expect(sent).toEqual([{ beforeId: FIRST_ID + ARTICLES - RETAG_BATCH_SIZE, taxonomyVersion: version }])

    await runMessage(sent[0], 'r2')
    expect(sent).toHaveLength(1) // the last, partial batch enqueues nothing more
    const stale = await env.DB.prepare(
      "SELECT COUNT(*) AS n FROM articles WHERE actors NOT LIKE '%north-korea%'",
    ).first<{ n: number }>()
    expect(stale!.n).toBe(0)
    // Old relational rows were replaced, not added to.
    const japan = await env.DB.prepare(
      "SELECT COUNT(*) AS n FROM article_actors WHERE actor = 'japan'",
    ).first<{ n: number }>()
    expect(japan!.n).toBe(0)
    const nk = await env.DB.prepare(
      "SELECT COUNT(*) AS n, MIN(strength) AS s FROM article_actors WHERE actor = 'north-korea'",
    ).first<{ n: number; s: number }>()
    expect(nk).toMatchObject({ n: ARTICLES })
    expect(nk!.s).toBeGreaterThan(0)
    const mentions = (await storedMentions()).filter((m) => m.event === 'missile-launch')
    expect(mentions.length).toBeGreaterThanOrEqual(ARTICLES)
    const deliveries = await env.DB.prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'deliveries'",
    ).first()
    if (deliveries)
      expect((await env.DB.prepare('SELECT COUNT(*) AS n FROM deliveries').first<{ n: number }>())!.n).toBe(0)
  })

  it('stops a walk superseded by a newer taxonomy version', async () => {
    const sent: RetagMessage[] = []
    captureSends(sent)
    const old = await addAlias('Juche Republic')
    await addAlias('Juche State')
    await env.DB.prepare("UPDATE articles SET actors = 'stale'").run()
    const result = await runMessage({ beforeId: null, taxonomyVersion: old }, 's1')
    expect(result.ackAll || result.explicitAcks.includes('s1')).toBe(true)
    expect(sent).toEqual([])
    const touched = await env.DB.prepare("SELECT COUNT(*) AS n FROM articles WHERE actors != 'stale'").first<{
      n: number
    }>()
    expect(touched!.n).toBe(0)
  })

  it('re-derives event records, replacing the old ones, pointing at the stored sentence', async () => {
    const sent: RetagMessage[] = []
    captureSends(sent)
    const id = 5000
    const content =
      'Seoul said on Monday. The Hermit Kingdom fired a ballistic missile toward Japan on Tuesday.'
    await env.DB.batch([
      env.DB.prepare(
        `INSERT INTO articles (id, title, summary, content, lang, published_at, fetched_at, feed_id, cluster_id, simhash, content_hash)
         VALUES (?1, 'Launch', '', ?2, 'en', ?3, ?3, 1, ?1, '0000000000000000', 'h5000')`,
      ).bind(id, content, 1_900_000_000_000),
      ...recordRowStatements(env.DB, [
        {
          articleId: id,
          publishedAt: 0,
          records: [
            {
              event: 'protest',
              source: 'japan',
              target: null,
              modality: 'reported',
              inTitle: false,
              start: 0,
              end: 5,
              sentence: 'Seoul',
            } satisfies EventRecord,
          ],
        },
      ]),
    ])
    const version = await addAlias('Hermit Kingdom')
    await runMessage({ beforeId: id + 1, taxonomyVersion: version }, 'rec1')
    const rows = {
      results: decodeRecords((await readRecordsStatement(env.DB, id).all<StoredRelation>()).results),
    }
    expect(rows.results.map((r) => [r.event, r.source, r.target, r.modality])).toEqual([
      ['missile-launch', 'north-korea', 'japan', 'reported'],
    ])
    const r = rows.results[0]
    expect(content.slice(r.sent_start, r.sent_end)).toBe(
      'The Hermit Kingdom fired a ballistic missile toward Japan on Tuesday.',
    )
  })

  it('queues the re-tag a migration asked for on the next cron run, once', async () => {
    const sent: RetagMessage[] = []
    captureSends(sent)
    // Migration 0006 (the default taxonomy for event records) left the request.
    const version = Number(
      (await env.DB.prepare("SELECT value FROM meta WHERE key = 'retag_requested'").first<{
        value: string
      }>())!.value,
    )
    expect(await enqueueRequestedRetag(env)).toBe(true)
    expect(sent).toEqual([{ beforeId: null, taxonomyVersion: version }])
    expect(await enqueueRequestedRetag(env)).toBe(false)
    expect(sent).toHaveLength(1)
  })
})
