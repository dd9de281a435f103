import { env } from 'cloudflare:test'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Env } from '../../src/env'
import { type FaultMode, faultyD1 } from '../helpers/faulty-d1'
import { rss } from '../helpers/feeds'
import { callJson } from '../helpers/http'
import { consumeFetch, type StoredArticle, storedArticles, wordsOf } from '../helpers/queue-runs'
import { answer, stubReceiver } from '../watches/helpers'

/**
 * Fetch-queue messages duplicated, reordered, delivered two at a time and redelivered after
 * partial work (a D1 failure at some round trip, before or after it ran): whatever the
 * interleaving, once every message has finally gone through, the end state is the same (a
 * fast-check property over interleavings, with the suite's fixed seed).
 *
 * Three outlets, four stories: X told by A and (a copy) by B, Y told by A and republished by B
 * under its own link plus tracking parameters, Z told by B and (a copy) by C, W by C alone.
 */
const FEEDS = ['a', 'b', 'c'] as const
type Feed = (typeof FEEDS)[number]

function documents(ns: string): Record<Feed, string> {
  const w = wordsOf(ns, 120)
  const story = (from: number, keyword = '') => `${w.slice(from, from + 25).join(' ')} ${keyword}.`
  const [x, y, z, v] = [story(0, `${ns}kw`), story(25), story(50, `${ns}kw`), story(75)]
  const link = (feed: Feed, n: number) => `https://${ns}-${feed}.example/${n}`
  return {
    a: rss([
      { title: `${w[100]} ${w[101]}`, link: link('a', 1), guid: 'a1', description: x },
      { title: `${w[102]} ${w[103]}`, link: link('a', 2), guid: 'a2', description: y },
    ]),
    b: rss([
      { title: `${w[100]} ${w[101]} - B`, link: link('b', 1), guid: 'b1', description: `${x} ${w[110]}.` },
      {
        title: `${w[102]} ${w[103]}`,
        link: `${link('a', 2)}?utm_source=b&utm_medium=rss`,
        guid: 'b2',
        description: y,
      },
      { title: `${w[104]} ${w[105]}`, link: link('b', 3), guid: 'b3', description: z },
    ]),
    c: rss([
      { title: `${w[104]} ${w[105]} - C`, link: link('c', 1), guid: 'c1', description: `${z} ${w[111]}.` },
      { title: `${w[106]} ${w[107]}`, link: link('c', 2), guid: 'c2', description: v },
    ]),
  }
}

interface Step {
  /** One consumer, or two at the same time. */
  feeds: Feed[]
  /** A D1 failure in the first consumer of the step. */
  fault: { at: number; mode: FaultMode } | null
  /** A fresh claim (ingests again) or a stale duplicate (skipped once the feed was fetched). */
  fresh: boolean
}

const stepArb: fc.Arbitrary<Step> = fc.record({
  feeds: fc.uniqueArray(fc.constantFrom(...FEEDS), { minLength: 1, maxLength: 2 }),
  fault: fc.option(
    fc.record({ at: fc.integer({ min: 1, max: 8 }), mode: fc.constantFrom<FaultMode>('before', 'after') }),
    {
      freq: 2,
    },
  ),
  fresh: fc.boolean(),
})

let rx: ReturnType<typeof stubReceiver>
let run = 0

async function setUp(ns: string): Promise<Record<Feed, number>> {
  const docs = documents(ns)
  const ids = {} as Record<Feed, number>
  for (const f of FEEDS) {
    const url = `https://${ns}-${f}.example/rss`
    rx.feeds.set(url, docs[f])
    const r = await callJson<{ id: string }>('/api/feeds', { method: 'POST', json: { url } })
    ids[f] = Number(r.body.id)
  }
  for (const notify of ['article', 'story']) {
    const w = await callJson('/api/watches', {
      method: 'POST',
      json: {
        name: `${ns}-${notify}`,
        filter: `q=${ns}kw`,
        notify,
        // Loopback with nothing listening (tests never reach a real host, nor its DNS): the alert rows
        // are what this test checks; the background delivery attempts just fail.
        webhook: { url: 'http://127.0.0.1:9/q' },
      },
    })
    expect(w.status).toBe(201)
  }
  return ids
}

async function play(ids: Record<Feed, number>, steps: Step[]): Promise<void> {
  for (const step of steps) {
    await Promise.all(
      step.feeds.map((f, i) => {
        const db = i === 0 && step.fault ? faultyD1(env.DB, step.fault.at, step.fault.mode).db : env.DB
        return consumeFetch({ ...env, DB: db } as Env, ids[f], 1, step.fresh ? Date.now() + 86_400_000 : 0)
      }),
    )
  }
  // The queue redelivers until each message has gone through: a last clean delivery of each.
  for (const f of FEEDS) await consumeFetch(env, ids[f], 2, Date.now() + 86_400_000)
}

/** The end state every interleaving must reach (order decides only which copy leads a story). */
function expectWhole(articles: StoredArticle[]): void {
  expect(articles.map((a) => a.url)).toEqual([
    'https://NS-a.example/1',
    'https://NS-a.example/2',
    'https://NS-b.example/1',
    'https://NS-b.example/3',
    'https://NS-c.example/1',
    'https://NS-c.example/2',
  ])
  const byUrl = new Map(articles.map((a) => [a.url.replace('https://NS-', '').replace('.example/', ''), a]))
  const storyOf = (k: string) => byUrl.get(k)!.story
  // Stories: X = {a1, b1}, Y = {a2}, Z = {b3, c1}, W = {c2}, each represented by one of its own.
  expect(storyOf('a1')).toBe(storyOf('b1'))
  expect(storyOf('b3')).toBe(storyOf('c1'))
  expect(new Set(['a1', 'a2', 'b3', 'c2'].map(storyOf)).size).toBe(4)
  expect(byUrl.get('a2')!.sources).toBe(2) // the republished link folded into A's article
  for (const a of articles) {
    expect(a.search_rows, a.url).toBe(1)
    expect(a.sources, a.url).toBe(a.url.endsWith('a.example/2') ? 2 : 1)
  }
  // Article mode: one alert per matching article; story mode: one alert per story, the copy folded.
  const alerts = (k: string) => byUrl.get(k)!.deliveries?.split(',') ?? []
  for (const [first, copy] of [
    ['a1', 'b1'],
    ['b3', 'c1'],
  ]) {
    const both = [...alerts(first), ...alerts(copy)].sort()
    expect(both).toEqual(['NS-article:alert', 'NS-article:alert', 'NS-story:alert', 'NS-story:folded'])
  }
  for (const k of ['a2', 'c2']) expect(alerts(k)).toEqual([])
}

beforeAll(() => {
  rx = stubReceiver(answer('ok'))
  vi.spyOn(console, 'log').mockImplementation(() => undefined)
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
})
afterAll(() => vi.restoreAllMocks())

describe('fetch messages duplicated, reordered and redelivered after partial work', () => {
  it('one clean pass in order stores the expected state (the reference)', async () => {
    const ns = 'qref'
    const ids = await setUp(ns)
    await play(ids, [])
    expectWhole(await storedArticles(Object.values(ids), ns))
  })

  it('any interleaving with faults ends in the same state', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 2, maxLength: 8 }), async (steps) => {
        const ns = `q${++run}`
        const ids = await setUp(ns)
        await play(ids, steps)
        expectWhole(await storedArticles(Object.values(ids), ns))
      }),
      { numRuns: 12 },
    )
  }, 120_000)
})
