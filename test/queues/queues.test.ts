import { createExecutionContext, createMessageBatch, env, getQueueResult } from 'cloudflare:test'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { FetchMessage, RetagMessage } from '../../src/env'
import worker from '../../src/index'
import { DEAD_LETTER_ERROR } from '../../src/ingest/consumer'
import { CONSUMERS, QUEUES } from '../../src/queues'
import wranglerToml from '../../wrangler.toml?raw'
import { callJson } from '../helpers/http'

/** Every `key = "value"` of wrangler.toml's [[queues.*]] tables, by table kind. */
function queueTables(toml: string): { kind: string; fields: Record<string, string> }[] {
  const tables: { kind: string; fields: Record<string, string> }[] = []
  let current: { kind: string; fields: Record<string, string> } | null = null
  for (const line of toml.split('\n')) {
    const header = /^\s*\[\[?([^\]]+)\]\]?\s*$/.exec(line)
    if (header) {
      current = header[1].startsWith('queues.') ? { kind: header[1], fields: {} } : null
      if (current) tables.push(current)
      continue
    }
    const field = /^\s*(\w+)\s*=\s*"([^"]*)"/.exec(line)
    if (current && field) current.fields[field[1]] = field[2]
  }
  return tables
}

const tables = queueTables(wranglerToml)
const consumed = tables.filter((t) => t.kind === 'queues.consumers').map((t) => t.fields.queue)
const deadLetters = tables.flatMap((t) => (t.fields.dead_letter_queue ? [t.fields.dead_letter_queue] : []))
const produced = tables.filter((t) => t.kind === 'queues.producers').map((t) => t.fields.queue)

function batchOf<T>(queue: string, bodies: T[]) {
  return createMessageBatch<T>(
    queue,
    bodies.map((body, i) => ({ id: `m${i}`, timestamp: new Date(), attempts: 4, body })),
  )
}

async function consume<T>(queue: string, bodies: T[]) {
  const batch = batchOf(queue, bodies)
  const ctx = createExecutionContext()
  await worker.queue(batch as MessageBatch<unknown>, env, ctx)
  return getQueueResult(batch, ctx)
}

afterEach(() => vi.restoreAllMocks())

describe('queue names come from one place', () => {
  it('the code names exactly the queues wrangler.toml declares', () => {
    const declared = new Set([...consumed, ...deadLetters, ...produced])
    expect([...declared].sort()).toEqual(Object.values(QUEUES).sort())
  })

  it('every queue wrangler.toml delivers to the Worker has a consumer, dead-letter queues included', () => {
    expect(consumed.sort()).toEqual(Object.keys(CONSUMERS).sort())
    for (const dlq of deadLetters) expect(consumed).toContain(dlq)
  })

  it('every consumer with retries has a dead-letter queue (nothing is dropped after the last retry)', () => {
    const retried = tables.filter((t) => t.kind === 'queues.consumers' && !t.fields.queue.endsWith('-dlq'))
    for (const t of retried) expect(t.fields.dead_letter_queue, t.fields.queue).toBeTruthy()
  })
})

describe('a batch from a queue the Worker does not know', () => {
  it('is retried, never acknowledged, and logged as an error', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const result = await consume('seismo-renamed', [{ feedId: 1 }, { feedId: 2 }])
    expect(result.explicitAcks).toEqual([])
    expect(result.ackAll).toBe(false)
    expect(result.retryBatch.retry).toBe(true)
    const line = JSON.parse(String(errors.mock.calls[0][0]))
    expect(line).toMatchObject({
      level: 'error',
      event: 'queue_batch_unknown',
      queue: 'seismo-renamed',
      messages: 2,
    })
  })
})

describe('the fetch dead-letter queue', () => {
  it('shows each dead-lettered feed as failing with backoff, not forgotten on its lease', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const created = await callJson<{ id: string }>('/api/feeds', {
      method: 'POST',
      json: { url: 'https://crashing.example/rss', interval_minutes: 30 },
    })
    const feedId = Number(created.body.id)
    // The cron run claimed it (a lease), then every fetch attempt crashed.
    await env.DB.prepare('UPDATE feeds SET lease_until = ?2 WHERE id = ?1')
      .bind(feedId, Date.now() + 600_000)
      .run()
    const before = Date.now()
    const result = await consume<FetchMessage>(QUEUES.fetchDeadLetters, [{ feedId, enqueuedAt: before }])
    expect(result.explicitAcks).toEqual(['m0'])

    const feed = await callJson<Record<string, unknown>>(`/api/feeds/${feedId}`)
    expect(feed.body).toMatchObject({
      last_status: 'error',
      last_error: DEAD_LETTER_ERROR,
      consecutive_failures: 1,
    })
    const next = Date.parse(String(feed.body.next_fetch_at))
    expect(next).toBeGreaterThanOrEqual(before + 30 * 60_000 - 1_000)
    const health = await callJson<{ queues: { fetch: { in_flight: number; failing: number } } }>('/health')
    expect(health.body.queues.fetch).toMatchObject({ in_flight: 0, failing: 1 })
  })

  it('a message for a feed deleted meanwhile is acknowledged', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const result = await consume<FetchMessage>(QUEUES.fetchDeadLetters, [{ feedId: 999_999, enqueuedAt: 0 }])
    expect(result.explicitAcks).toEqual(['m0'])
  })
})

describe('the re-tag dead-letter queue', () => {
  it('records where the walk of the current taxonomy stopped (GET /health), until a newer change', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const version = Number(
      (
        await env.DB.prepare("SELECT value FROM meta WHERE key = 'taxonomy_version'").first<{
          value: string
        }>()
      )?.value ?? 1,
    )
    const result = await consume<RetagMessage>(QUEUES.retagDeadLetters, [
      { beforeId: 12345, taxonomyVersion: version },
    ])
    expect(result.ackAll).toBe(true)
    type Health = { queues: { retag: { stalled: { taxonomy_version: number; before_id: string } | null } } }
    const stalled = (await callJson<Health>('/health')).body.queues.retag.stalled
    expect(stalled).toMatchObject({ taxonomy_version: version, before_id: '12345' })

    await env.DB.prepare("UPDATE meta SET value = ?1 WHERE key = 'taxonomy_version'")
      .bind(String(version + 1))
      .run()
    expect((await callJson<Health>('/health')).body.queues.retag.stalled).toBeNull()
  })
})
