import { createExecutionContext, createMessageBatch, env, getQueueResult } from 'cloudflare:test'
import { Webhook } from 'standardwebhooks'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Env, FetchMessage } from '../../src/env'
import { handleFetchBatch } from '../../src/ingest/consumer'
import { rss } from '../helpers/feeds'
import { call, callJson, ingest } from '../helpers/http'
import { answer, type Captured, listDeliveries, stubReceiver, until, watchOf } from './helpers'

/**
 * One alert per story, end to end: real routes, the real ingest (dedupe puts copies from other
 * outlets in one cluster), the real delivery queue and consumer, a stubbed receiver.
 */

interface StandardPayload {
  type: string
  data: {
    watch: { id: string }
    article: { id: string; title: string }
    copies: { id: string; url: string; feed: { title: string | null } }[]
    copy_count: number
  }
}

const HOOK = { url: 'https://hooks.example/stories', format: 'standard' }

/** A wire story as each outlet carries it: the same body with the outlet's light edits. */
const wire = (lead: string, outlet: string, extra = '') =>
  `${lead} The visit was announced by both foreign ministries late on Monday, and officials said talks would ` +
  `cover economic cooperation, security on the peninsula and the war in Ukraine. Analysts in Seoul said the ` +
  `trip signals deepening military ties between the two countries, which signed a mutual defence treaty last ` +
  `year. The United States and South Korea have warned that arms transfers would violate UN Security Council ` +
  `resolutions. ${extra} (${outlet})`

const story = (n: number) =>
  `Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Tuesday for talks with North Korean leader ` +
  `Kim Jong Un, his ministry said, in visit number ${n} of a series this year.`

let rx: ReturnType<typeof stubReceiver>
let secret: string
const secrets = new Map<string, string>()

async function createWatch(name: string, filter: string, extra: Record<string, unknown> = {}) {
  const r = await callJson<{ id: string; secret: string; notify: string }>('/api/watches', {
    method: 'POST',
    json: { name, filter, webhook: HOOK, ...extra },
  })
  expect(r.status).toBe(201)
  secrets.set(r.body.id, r.body.secret)
  return r.body
}

const deliveries = (id: string) => listDeliveries(id)
const postsFor = (id: string) => rx.requests.filter((r) => watchOf(r) === id)
const verified = (req: Captured) =>
  new Webhook(secrets.get(watchOf(req)!) ?? secret).verify(req.body, req.headers) as StandardPayload

async function clusterOf(url: string): Promise<number> {
  const row = await env.DB.prepare('SELECT cluster_id FROM articles WHERE coalesce(url, canonical_url) = ?')
    .bind(url)
    .first<{ cluster_id: number }>()
  return row!.cluster_id
}

beforeAll(() => {
  rx = stubReceiver(answer('ok'))
})
afterAll(() => vi.restoreAllMocks())

describe('one alert per story', () => {
  it('new watches default to story; a copy from a second outlet is folded into the first delivery', async () => {
    const w = await createWatch('Lavrov trip', 'q=lavrov pyongyang visit')
    secret = w.secret
    expect(w.notify).toBe('story')
    const perArticle = await createWatch('Lavrov trip, every copy', 'q=lavrov pyongyang visit', {
      notify: 'article',
    })

    const first = 'https://outlet-a.example/lavrov-1'
    await ingest(
      'https://outlet-a.example/rss',
      rss([{ title: 'Lavrov arrives in Pyongyang', link: first, description: wire(story(1), 'Outlet A') }]),
    )
    const [lead] = await until(
      () => deliveries(w.id),
      (l) => l[0]?.status === 'delivered',
    )
    expect(lead).toMatchObject({ status: 'delivered', folded_into: null })
    expect(lead.story_key).toBe(String(await clusterOf(first)))

    const second = 'https://outlet-b.example/world/77'
    await ingest(
      'https://outlet-b.example/rss',
      rss([
        {
          title: 'Russia’s Lavrov arrives in Pyongyang for talks',
          link: second,
          description: wire(story(1), 'Outlet B', 'Kim greeted him at the airport.'),
        },
      ]),
    )
    expect(await clusterOf(second)).toBe(await clusterOf(first))

    // Story mode: the copy is logged as folded into the first delivery, and nothing more is sent.
    const list = await deliveries(w.id)
    expect(list.map((d) => [d.status, d.folded_into])).toEqual([
      ['folded', lead.id],
      ['delivered', null],
    ])
    expect(list[0].webhook_id).not.toBe(lead.webhook_id)
    const everyCopy = await until(
      () => deliveries(perArticle.id),
      (l) => l.length === 2 && l.every((d) => d.status === 'delivered'),
    )
    expect(everyCopy.map((d) => d.status)).toEqual(['delivered', 'delivered'])
    expect(postsFor(perArticle.id)).toHaveLength(2)
    expect(postsFor(w.id)).toHaveLength(1)
    expect(verified(postsFor(w.id)[0]).data).toMatchObject({ copies: [], copy_count: 0 })

    // Switched to story mode, a watch does not alert again for a story it already alerted.
    await call(`/api/watches/${perArticle.id}`, { method: 'PATCH', json: { notify: 'story' } })
    await ingest(
      'https://outlet-e.example/rss',
      rss([
        {
          title: 'Lavrov meets Kim in Pyongyang',
          link: 'https://outlet-e.example/3',
          description: wire(story(1), 'Outlet E', 'The talks ran late.'),
        },
      ]),
    )
    const switched = await deliveries(perArticle.id)
    expect(switched[0]).toMatchObject({ status: 'folded', folded_into: everyCopy[1].id })
    expect((await deliveries(w.id))[0]).toMatchObject({ status: 'folded', folded_into: lead.id })
  })

  it('a copy that arrives before the story alert goes out is listed in it (here: its retry)', async () => {
    const w = await createWatch('Lavrov, second trip', 'q=lavrov "visit number 2"')
    let attempts = 0
    vi.restoreAllMocks()
    rx = stubReceiver((req) => {
      if (watchOf(req) === w.id && ++attempts === 1) return new Response('busy', { status: 500 })
      return new Response('ok')
    })
    const first = 'https://outlet-c.example/lavrov-2'
    await ingest(
      'https://outlet-c.example/rss',
      rss([{ title: 'Lavrov in Pyongyang again', link: first, description: wire(story(2), 'Outlet C') }]),
    )
    const [lead] = await until(
      () => deliveries(w.id),
      (l) => l[0]?.status === 'pending' && attempts === 1,
    )
    const copy = 'https://outlet-d.example/news/lavrov'
    await ingest(
      'https://outlet-d.example/rss',
      rss([
        {
          title: 'Lavrov is in Pyongyang again',
          link: copy,
          description: wire(story(2), 'Outlet D', 'He was met by Choe Son Hui.'),
        },
      ]),
    )
    // The retry (5 s later, through the queue) carries the copy folded in meanwhile.
    const done = await until(
      () => deliveries(w.id),
      (l) => l.some((d) => d.id === lead.id && d.status === 'delivered'),
      15_000,
    )
    expect(done.find((d) => d.id === lead.id)!.status).toBe('delivered')
    const posts = postsFor(w.id)
    expect(posts).toHaveLength(2)
    expect(new Set(posts.map((p) => p.headers['webhook-id']))).toEqual(new Set([lead.webhook_id]))
    const payload = verified(posts[1])
    expect(payload.data.copy_count).toBe(1)
    expect(payload.data.copies.map((c) => c.url)).toEqual([copy])
  })
})

/**
 * Two queue consumers ingest two copies at the same moment. A barrier on the D1 binding holds
 * each consumer's store transaction until both have planned, so both plans are made against
 * the same database (neither sees the other's copy) and both commit: the decision can only come
 * from the transactions themselves.
 */
function barrierEnv(parties: number): { env: Env; arrived: () => number } {
  let arrived = 0
  let open: () => void
  const gate = new Promise<void>((resolve) => {
    open = resolve
  })
  const db = new Proxy(env.DB, {
    get(target, prop) {
      if (prop === 'batch')
        return async (statements: D1PreparedStatement[]) => {
          // The store's write is the big batch; the reads before it (state, matcher) are small.
          if (statements.length >= 6) {
            if (++arrived >= parties) open()
            await gate
          }
          return target.batch(statements)
        }
      const value = Reflect.get(target, prop)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
  return { env: { ...env, DB: db }, arrived: () => arrived }
}

async function addFeed(url: string): Promise<number> {
  const r = await callJson<{ id: string }>('/api/feeds', { method: 'POST', json: { url } })
  expect(r.status).toBe(201)
  return Number(r.body.id)
}

async function consume(testEnv: Env, feedId: number) {
  const batch = createMessageBatch<FetchMessage>('seismo-fetch', [
    { id: `fetch-${feedId}`, timestamp: new Date(), attempts: 1, body: { feedId, enqueuedAt: Date.now() } },
  ])
  const ctx = createExecutionContext()
  await handleFetchBatch(batch, testEnv)
  return getQueueResult(batch, ctx)
}

describe('two copies ingested by two queue consumers at the same moment', () => {
  it('give one story alert; the other copy is folded (an article-mode watch gets both)', async () => {
    vi.restoreAllMocks()
    rx = stubReceiver(answer('ok'))
    // The story broke before the desk started watching it.
    const rep = 'https://outlet-r.example/lavrov-3'
    await ingest(
      'https://outlet-r.example/rss',
      rss([{ title: 'Lavrov lands in Pyongyang', link: rep, description: wire(story(3), 'Outlet R') }]),
    )
    const w = await createWatch('Lavrov, third trip', 'q=lavrov "visit number 3"')
    const control = await createWatch('Lavrov, third trip, every copy', 'q=lavrov "visit number 3"', {
      notify: 'article',
    })

    const copies = {
      x: 'https://outlet-x.example/a/lavrov',
      y: 'https://outlet-y.example/b/lavrov',
    }
    const feedX = await addFeed('https://outlet-x.example/rss')
    const feedY = await addFeed('https://outlet-y.example/rss')
    rx.feeds.set(
      'https://outlet-x.example/rss',
      rss([
        { title: 'Lavrov in Pyongyang for talks with Kim', link: copies.x, description: wire(story(3), 'X') },
      ]),
    )
    rx.feeds.set(
      'https://outlet-y.example/rss',
      rss([
        {
          title: 'Lavrov holds talks in Pyongyang',
          link: copies.y,
          description: wire(story(3), 'Y', 'Talks lasted three hours.'),
        },
      ]),
    )

    const race = barrierEnv(2)
    const results = await Promise.all([consume(race.env, feedX), consume(race.env, feedY)])
    expect(race.arrived()).toBe(2) // both transactions were planned before either committed
    for (const r of results) expect(r.explicitAcks).toHaveLength(1)
    const cluster = await clusterOf(rep)
    expect([await clusterOf(copies.x), await clusterOf(copies.y)]).toEqual([cluster, cluster])

    const list = await until(
      () => deliveries(w.id),
      (l) => l.some((d) => d.status === 'delivered'),
    )
    expect(list).toHaveLength(2)
    const alerted = list.filter((d) => d.status !== 'folded')
    expect(alerted).toHaveLength(1)
    expect(alerted[0].story_key).toBe(String(cluster))
    const folded = list.find((d) => d.status === 'folded')!
    expect(folded.folded_into).toBe(alerted[0].id)

    const both = await until(
      () => deliveries(control.id),
      (l) => l.length === 2 && l.every((d) => d.status === 'delivered'),
    )
    expect(both).toHaveLength(2)
    await new Promise((r) => setTimeout(r, 1_500)) // nothing else may arrive later
    expect(postsFor(w.id)).toHaveLength(1)
    expect(postsFor(control.id)).toHaveLength(2)
  })
})

describe('two copies of a NEW story ingested by two queue consumers at the same moment', () => {
  it('make one story and one alert: the second commit re-plans and joins the first', async () => {
    vi.restoreAllMocks()
    rx = stubReceiver(answer('ok'))
    const w = await createWatch('Choe in Moscow', 'q=choe moscow')
    const control = await createWatch('Choe in Moscow, every copy', 'q=choe moscow', { notify: 'article' })
    // Nothing of this story is stored yet: both consumers plan against a database without it.
    const copies = {
      p: 'https://outlet-p.example/a/lavrov-4',
      q: 'https://outlet-q.example/b/lavrov-4',
    }
    const feedP = await addFeed('https://outlet-p.example/rss')
    const feedQ = await addFeed('https://outlet-q.example/rss')
    rx.feeds.set(
      'https://outlet-p.example/rss',
      rss([{ title: 'Choe Son Hui arrives in Moscow', link: copies.p, description: moscow('P') }]),
    )
    rx.feeds.set(
      'https://outlet-q.example/rss',
      rss([
        {
          title: 'North Korean foreign minister Choe arrives in Moscow',
          link: copies.q,
          description: moscow('Q', 'She was met by deputy minister Andrei Rudenko.'),
        },
      ]),
    )

    const race = barrierEnv(2)
    const results = await Promise.all([consume(race.env, feedP), consume(race.env, feedQ)])
    // Both planned before either committed; the loser's batch failed on the guard and was planned again
    // (without the guard each starts a story: two clusters, two alerts).
    expect(race.arrived()).toBeGreaterThanOrEqual(2)
    for (const r of results) expect(r.explicitAcks).toHaveLength(1)
    const [p, q] = [await clusterOf(copies.p), await clusterOf(copies.q)]
    expect(p).toBe(q)
    const reps = await env.DB.prepare('SELECT count(*) AS n FROM near_duplicate_reps WHERE id IN (?1, ?2)')
      .bind(await articleId(copies.p), await articleId(copies.q))
      .first<{ n: number }>()
    expect(reps?.n).toBe(1)

    const list = await until(
      () => deliveries(w.id),
      (l) => l.some((d) => d.status === 'delivered'),
    )
    expect(list.map((d) => d.status).sort()).toEqual(['delivered', 'folded'])
    await until(
      () => deliveries(control.id),
      (l) => l.length === 2 && l.every((d) => d.status === 'delivered'),
    )
    await new Promise((r) => setTimeout(r, 1_500)) // nothing else may arrive later
    expect(postsFor(w.id)).toHaveLength(1)
    expect(postsFor(control.id)).toHaveLength(2)
  })
})

/** A story no other test carries: its copies can only cluster with each other. */
const moscow = (outlet: string, extra = '') =>
  `North Korean Foreign Minister Choe Son Hui arrived in Moscow on Sunday at the start of a week-long tour ` +
  `that will also take her to Minsk, state media reported. Her delegation includes officials in charge of ` +
  `trade, and the agenda lists grain deliveries, tourism on the Tumen river and a new bridge over it, due to ` +
  `open next spring. Diplomats in Seoul expect the tour to prepare a summit later in the year. ${extra} (${outlet})`

async function articleId(url: string): Promise<number> {
  const row = await env.DB.prepare('SELECT id FROM articles WHERE coalesce(url, canonical_url) = ?')
    .bind(url)
    .first<{ id: number }>()
  return row!.id
}

describe('watches created before story mode', () => {
  it('are migrated as article mode (one alert per article, as before)', async () => {
    const now = Date.now()
    const row = await env.DB.prepare(
      `INSERT INTO watches (name, filter, filter_json, created_at, updated_at) VALUES ('old', 'q=x', '{}', ?1, ?1) RETURNING id`,
    )
      .bind(now)
      .first<{ id: number }>()
    const got = await callJson<{ notify: string; delivery: unknown }>(`/api/watches/${row!.id}`)
    expect(got.body).toMatchObject({ notify: 'article', delivery: { mode: 'instant', every: null } })
    expect((await call(`/api/watches/${row!.id}`, { method: 'DELETE' })).status).toBe(204)
  })
})
