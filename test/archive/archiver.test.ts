import {
  createExecutionContext,
  createScheduledController,
  env,
  waitOnExecutionContext,
} from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { runArchiver } from '../../src/archive/archiver'
import worker from '../../src/index'
import {
  ARCHIVE_BATCH_ARTICLES,
  ARCHIVE_RECOVER_AFTER_MS,
  DEFAULT_ARCHIVE_AFTER_DAYS,
  MAX_ARCHIVE_BATCHES_PER_RUN,
} from '../../src/limits'
import { callJson } from '../helpers/http'
import { ingestWire, wireItems } from './seed'

interface Detail {
  id: string
  content: string
  archived: boolean
  mentions: unknown[]
  actors: string[]
  events: string[]
  title: string
  summary: string
  cluster_id: string
}

const OLD = 1_100
let before: Map<string, Detail>

async function details(ids: string[]): Promise<Map<string, Detail>> {
  const out = new Map<string, Detail>()
  for (const id of ids) out.set(id, (await callJson<Detail>(`/api/articles/${id}`)).body)
  return out
}

const rowState = () =>
  env.DB.prepare(
    `SELECT (SELECT count(*) FROM articles WHERE archive_batch IS NULL AND published_at < ?1) AS old_hot,
            (SELECT count(*) FROM articles WHERE archive_batch IS NOT NULL) AS archived,
            (SELECT count(*) FROM articles WHERE published_at >= ?1) AS recent,
            (SELECT count(*) FROM article_search) AS fts,
            (SELECT count(*) FROM article_mentions m JOIN articles a ON a.id = m.article_id WHERE a.archive_batch IS NOT NULL)
              + (SELECT count(*) FROM article_mention_lists m JOIN articles a ON a.id = m.article_id
                 WHERE a.archive_batch IS NOT NULL) AS archived_mentions`,
  )
    .bind(Date.now() - DEFAULT_ARCHIVE_AFTER_DAYS * 86_400_000)
    .first<{ old_hot: number; archived: number; recent: number; fts: number; archived_mentions: number }>()

beforeAll(async () => {
  await ingestWire('https://old-a.example/rss', wireItems(500, 'a', 300))
  await ingestWire('https://old-b.example/rss', wireItems(500, 'b', 250))
  await ingestWire('https://old-c.example/rss', wireItems(OLD - 1_000, 'c', 200))
  await ingestWire('https://new.example/rss', wireItems(30, 'n', 2))
  const ids = await env.DB.prepare('SELECT id FROM articles ORDER BY id').all<{ id: number }>()
  // Keep a sample (every 37th) to compare after archiving: reading 1,100 details would be slow.
  before = await details(ids.results.filter((_, i) => i % 37 === 0).map((r) => String(r.id)))
}, 120_000)

describe('archiver: old articles move to R2 in bounded, crash-safe batches', () => {
  it('a crash between the R2 write and the D1 trim loses nothing, and the next run redoes the batch once', async () => {
    const state0 = await rowState()
    expect(state0?.old_hot).toBe(OLD)
    await expect(
      runArchiver(env, Date.now(), {
        afterObjectWritten: () => {
          throw new Error('simulated crash')
        },
      }),
    ).rejects.toThrow('simulated crash')
    // Nothing left D1: every old article is still hot, searchable and whole.
    const state1 = await rowState()
    expect(state1).toEqual(state0)
    const pending = await env.DB.prepare(
      "SELECT object_key FROM archive_batches WHERE state = 'writing'",
    ).all<{
      object_key: string
    }>()
    expect(pending.results).toHaveLength(1)
    expect(await env.ARCHIVE.head(pending.results[0].object_key)).not.toBeNull()
    const health = await callJson<{ archive: { pending_batches: number } }>('/health')
    expect(health.body.archive.pending_batches).toBe(1)

    // A run right after leaves the young 'writing' batch alone (it could be a live run's)...
    const early = await runArchiver(env, Date.now(), {
      afterObjectWritten: () => {
        throw new Error('stop before trimming')
      },
    }).catch((e: Error) => e.message)
    expect(early).toBe('stop before trimming')
    const writing = await env.DB.prepare(
      "SELECT count(*) AS n FROM archive_batches WHERE state = 'writing'",
    ).first<{
      n: number
    }>()
    expect(writing?.n).toBe(2)
    // ...and once ARCHIVE_RECOVER_AFTER_MS has passed, the next run deletes both and archives everything once.
    const run = await runArchiver(env, Date.now() + ARCHIVE_RECOVER_AFTER_MS + 1_000)
    expect(run.recovered).toBe(2)
    expect(await env.ARCHIVE.head(pending.results[0].object_key)).toBeNull()
    expect(run.batches).toBeLessThanOrEqual(MAX_ARCHIVE_BATCHES_PER_RUN)
    expect(run.archived).toBe(OLD)
  })

  it('writes batches of at most ARCHIVE_BATCH_ARTICLES, each article exactly once, and trims D1', async () => {
    const batches = await env.DB.prepare(
      'SELECT id, object_key, articles, bytes, state FROM archive_batches ORDER BY id',
    ).all<{ id: number; object_key: string; articles: number; bytes: number; state: string }>()
    expect(batches.results.length).toBe(Math.ceil(OLD / ARCHIVE_BATCH_ARTICLES))
    for (const b of batches.results) {
      expect(b.state).toBe('done')
      expect(b.articles).toBeLessThanOrEqual(ARCHIVE_BATCH_ARTICLES)
      expect((await env.ARCHIVE.head(b.object_key))?.size).toBe(b.bytes)
    }
    expect(batches.results.reduce((n, b) => n + b.articles, 0)).toBe(OLD)
    // Exactly the objects of done batches exist in R2: the crashed run's object is gone.
    const listed = await env.ARCHIVE.list({ prefix: 'articles/' })
    expect(listed.objects.map((o) => o.key).sort()).toEqual(batches.results.map((b) => b.object_key).sort())
    const state = await rowState()
    expect(state).toMatchObject({ old_hot: 0, archived: OLD, recent: 30, archived_mentions: 0 })
    expect(state?.fts).toBe(30)
    const bodies = await env.DB.prepare(
      "SELECT count(*) AS n FROM articles WHERE archive_batch IS NOT NULL AND content <> ''",
    ).first<{ n: number }>()
    expect(bodies?.n).toBe(0)
  })

  it('a re-run finds nothing more to do (idempotent)', async () => {
    const run = await runArchiver(env, Date.now())
    expect(run).toMatchObject({ archived: 0, batches: 0, recovered: 0 })
  })

  it('GET /api/articles/:id returns an archived article in full, as it was', async () => {
    let archivedSeen = 0
    for (const [id, was] of before) {
      const now = (await callJson<Detail>(`/api/articles/${id}`)).body
      expect(now.content).toBe(was.content)
      expect(now.mentions).toEqual(was.mentions)
      expect(now).toMatchObject({
        title: was.title,
        summary: was.summary,
        actors: was.actors,
        events: was.events,
      })
      expect(now.cluster_id).toBe(was.cluster_id)
      if (now.archived) archivedSeen++
      expect(was.archived).toBe(false)
    }
    expect(archivedSeen).toBeGreaterThan(20)
    expect([...before.values()].some((d) => d.mentions.length > 0)).toBe(true)
  })

  it('search lists archived articles by filter and says so; q searches the hot window only', async () => {
    const listed = await callJson<{ items: { archived: boolean; published_at: string }[] }>(
      '/api/search?actor=north-korea&sort=date&limit=100&clusters=all',
    )
    expect(listed.status).toBe(200)
    expect(listed.body.items.some((i) => i.archived)).toBe(true)
    expect(listed.body.items.some((i) => !i.archived)).toBe(true)
    const q = await callJson<{ items: { archived: boolean }[] }>(
      '/api/search?q=ledger&limit=100&clusters=all',
    )
    expect(q.body.items.length).toBeGreaterThan(0)
    expect(q.body.items.every((i) => !i.archived)).toBe(true)
  })

  it('/health reports database size and archive state', async () => {
    const h = await callJson<{
      articles: number
      database: { bytes: number }
      archive: Record<string, unknown>
    }>('/health')
    expect(h.body.database.bytes).toBeGreaterThan(0)
    expect(h.body.archive).toMatchObject({
      hot_window_days: DEFAULT_ARCHIVE_AFTER_DAYS,
      hot_articles: 30,
      archived_articles: OLD,
      batches: Math.ceil(OLD / ARCHIVE_BATCH_ARTICLES),
      pending_batches: 0,
      last_run: expect.objectContaining({ mode: 'schedule' }),
    })
  })

  it('runs from the cron trigger', async () => {
    await ingestWire('https://old-d.example/rss', wireItems(3, 'd', 400))
    const ctx = createExecutionContext()
    await worker.scheduled(
      createScheduledController({ cron: '*/5 * * * *', scheduledTime: Date.now() }),
      env,
      ctx,
    )
    await waitOnExecutionContext(ctx)
    expect((await rowState())?.old_hot).toBe(0)
  })
})
