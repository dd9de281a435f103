import { Webhook } from 'standardwebhooks'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { rss } from '../helpers/feeds'
import { call, callJson, ingest } from '../helpers/http'
import { type Captured, listDeliveries, runCron, stubReceiver, until, watchOf } from './helpers'

/**
 * Nothing silently dropped: after a 410 disables a webhook, matches keep being recorded as held
 * deliveries; the watch says how many; once the webhook is PATCHed back, release sends them and
 * discard drops them, both visible in the delivery log. Real routes, ingest, queue and consumer.
 */

interface WatchJson {
  id: string
  secret: string
  held: number
  webhook: { disabled_reason: string | null } | null
}
type ErrorJson = { error: { code: string; message: string } }

afterEach(() => vi.restoreAllMocks())

let feedSeq = 0

/** A receiver that answers 410 Gone while `gone` holds, and 200 after. */
function receiver() {
  const state = { gone: true }
  const rx = stubReceiver(() => new Response(state.gone ? 'gone' : 'ok', { status: state.gone ? 410 : 200 }))
  return { ...rx, state }
}

async function createWatch(name: string, extra: Record<string, unknown> = {}) {
  const r = await callJson<WatchJson>('/api/watches', {
    method: 'POST',
    json: {
      name,
      filter: `q=${name}`,
      webhook: { url: `https://hooks.example/${name}`, format: 'standard' },
      ...extra,
    },
  })
  expect(r.status).toBe(201)
  return r.body
}

/** n new articles whose titles carry `word` (distinct stories: no folding). */
async function publish(word: string, n: number) {
  feedSeq++
  const items = Array.from({ length: n }, (_, i) => ({
    title: `${word} report ${feedSeq}-${i}: ${['talks', 'storm', 'budget', 'court', 'election'][i % 5]} ${i * 37}`,
    link: `https://held-${feedSeq}.example/${i}`,
    description: `${word} ${i}: ${'unrelated filler '.repeat(3)} topic${feedSeq}x${i} code${i * 97} mark${feedSeq * 13 + i}.`,
  }))
  const r = await ingest(`https://held-${feedSeq}.example/rss`, rss(items))
  expect(r.body.inserted).toBe(n)
}

const deliveries = (id: string) => listDeliveries(id)
const getWatch = async (id: string) => (await callJson<WatchJson>(`/api/watches/${id}`)).body
const statuses = async (id: string) => (await deliveries(id)).map((d) => d.status).sort()

/** Ingest the first match, and wait for the receiver's 410 to disable the webhook. */
async function disabledByGone(w: WatchJson, word: string) {
  await publish(word, 1)
  return until(
    () => getWatch(w.id),
    (x) => x.webhook?.disabled_reason != null,
  )
}

describe('held deliveries', () => {
  it('matches while the webhook is disabled are held, counted on the watch, and released once re-enabled', async () => {
    const rx = receiver()
    const w = await createWatch('sanctions')
    const disabled = await disabledByGone(w, 'sanctions')
    expect(disabled.webhook!.disabled_reason).toMatch(/410 Gone/)
    expect(disabled.held).toBe(1) // the delivery that met the 410 is held too

    await publish('sanctions', 2)
    expect(await statuses(w.id)).toEqual(['held', 'held', 'held'])
    expect((await getWatch(w.id)).held).toBe(3)
    const listed = await callJson<{ watches: WatchJson[] }>('/api/watches')
    expect(listed.body.watches.find((x) => x.id === w.id)!.held).toBe(3)

    // Release needs a live webhook: a clear 409, nothing changes.
    const early = await callJson<ErrorJson>(`/api/watches/${w.id}/deliveries/release`, { method: 'POST' })
    expect(early.status).toBe(409)
    expect(early.body.error.code).toBe('webhook_disabled')
    expect((await getWatch(w.id)).held).toBe(3)

    // Re-enabling keeps them held: the user chooses.
    rx.state.gone = false
    const patched = await callJson<WatchJson>(`/api/watches/${w.id}`, {
      method: 'PATCH',
      json: { webhook: { url: 'https://hooks.example/sanctions', format: 'standard' } },
    })
    expect(patched.body).toMatchObject({ held: 3, webhook: { disabled_reason: null } })
    const heldIds = new Map((await deliveries(w.id)).map((d) => [d.webhook_id, d.id]))
    const postsBefore = rx.requests.length
    await new Promise((r) => setTimeout(r, 1_000))
    expect(rx.requests.length).toBe(postsBefore)

    const released = await callJson<{ released: number; queued: number }>(
      `/api/watches/${w.id}/deliveries/release`,
      { method: 'POST' },
    )
    expect(released.body).toEqual({ released: 3, queued: 3 })
    const done = await until(
      () => statuses(w.id),
      (s) => s.every((x) => x === 'delivered'),
    )
    expect(done).toEqual(['delivered', 'delivered', 'delivered'])
    expect((await getWatch(w.id)).held).toBe(0)
    // Each went out once, under the webhook-id it was given when it matched, signed.
    const sent = rx.requests.slice(postsBefore).filter((r) => watchOf(r) === w.id)
    expect(sent.map((r) => r.headers['webhook-id']).sort()).toEqual([...heldIds.keys()].sort())
    for (const r of sent) expect(() => new Webhook(w.secret).verify(r.body, r.headers)).not.toThrow()

    // Nothing left to release.
    const again = await callJson<{ released: number }>(`/api/watches/${w.id}/deliveries/release`, {
      method: 'POST',
    })
    expect(again.body).toEqual({ released: 0, queued: 0 })
  })

  it('discard drops held deliveries for good, visibly in the log', async () => {
    const rx = receiver()
    const w = await createWatch('tariffs')
    await disabledByGone(w, 'tariffs')
    await publish('tariffs', 2)
    expect((await getWatch(w.id)).held).toBe(3)

    // Discarding needs no live webhook.
    const r = await callJson<{ discarded: number }>(`/api/watches/${w.id}/deliveries/discard`, {
      method: 'POST',
    })
    expect(r.body).toEqual({ discarded: 3 })
    const log = await deliveries(w.id)
    expect(log.map((d) => d.status)).toEqual(['discarded', 'discarded', 'discarded'])
    expect(log[0].last_error).toMatch(/discarded by an admin/)
    expect((await getWatch(w.id)).held).toBe(0)

    rx.state.gone = false
    const sentBefore = rx.requests.length
    await call(`/api/watches/${w.id}`, {
      method: 'PATCH',
      json: { webhook: { url: 'https://hooks.example/tariffs', format: 'standard' } },
    })
    const released = await callJson<{ released: number }>(`/api/watches/${w.id}/deliveries/release`, {
      method: 'POST',
    })
    expect(released.body.released).toBe(0)
    await new Promise((res) => setTimeout(res, 1_000))
    expect(rx.requests.length).toBe(sentBefore)
  })

  it('a digest watch releases its held matches as one digest', async () => {
    const rx = receiver()
    const w = await createWatch('drought', { delivery: { mode: 'digest', every: '1h' }, notify: 'article' })
    await publish('drought', 1)
    // The first digest meets the 410.
    await runCron(Date.now() + 2 * 3600_000)
    await until(
      () => getWatch(w.id),
      (x) => x.webhook?.disabled_reason != null,
    )
    await publish('drought', 4)
    expect((await getWatch(w.id)).held).toBe(5) // the digest, and four matches

    rx.state.gone = false
    await call(`/api/watches/${w.id}`, {
      method: 'PATCH',
      json: { webhook: { url: 'https://hooks.example/drought', format: 'standard' } },
    })
    const released = await callJson<{ released: number; queued: number }>(
      `/api/watches/${w.id}/deliveries/release`,
      { method: 'POST' },
    )
    // The held digest goes again; the four held matches go now as one new digest.
    expect(released.body).toEqual({ released: 5, queued: 2 })
    const digests = await until(
      () => listDeliveries(w.id, '?kind=watch.digest'),
      (l) => l.length === 2 && l.every((d) => d.status === 'delivered'),
    )
    expect(digests.map((d) => d.article_count)).toEqual([4, 1])
    const sent = rx.requests.filter((r: Captured) => watchOf(r) === w.id && r.headers['webhook-signature'])
    const counts = sent
      .map((r) => new Webhook(w.secret).verify(r.body, r.headers) as { data: { count: number } })
      .map((p) => p.data.count)
    expect(counts).toEqual([1, 1, 4]) // the 410'd attempt, its release, the new digest
  })

  it('answers clear errors: unknown watch 404, no webhook 409', async () => {
    expect((await call('/api/watches/999999/deliveries/release', { method: 'POST' })).status).toBe(404)
    expect((await call('/api/watches/999999/deliveries/discard', { method: 'POST' })).status).toBe(404)
    const plain = await callJson<{ id: string }>('/api/watches', {
      method: 'POST',
      json: { name: 'feeds only', filter: 'q=x' },
    })
    const r = await callJson<ErrorJson>(`/api/watches/${plain.body.id}/deliveries/release`, {
      method: 'POST',
    })
    expect(r.status).toBe(409)
    expect(r.body.error.code).toBe('no_webhook')
  })
})
