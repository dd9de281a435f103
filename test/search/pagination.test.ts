import { SELF } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { BASE, type SearchBody, type SeedArticle, seedArticles, seedFeeds } from './seed'

const DAY = 86_400_000
const T0 = Date.parse('2024-03-01T00:00:00Z')

/** Deterministic pseudo-random numbers (mulberry32): the same corpus on every run. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const rand = rng(42)
const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]
let nextId = 1000

/** An article on "reactor": sometimes in the title, sometimes only in the lead or body; times collide on purpose. */
function article(over: Partial<SeedArticle> = {}): SeedArticle {
  const id = nextId++
  const where = pick(['title', 'lead', 'body', 'none'])
  return {
    id,
    title: where === 'title' ? `Reactor news ${id}` : `Energy news ${id}`,
    summary: where === 'lead' ? `The reactor ${id} story.` : `Story ${id}.`,
    content: where === 'body' ? `Long body mentioning the reactor ${id}.` : `Body ${id}.`,
    published: T0 + Math.floor(rand() * 10) * DAY + pick([0, 0, 3_600_000, 7_200_000]),
    actors: [[pick(['russia', 'china', 'japan']), Math.round(rand() * 100) / 100]],
    feedId: pick([1, 2]),
    ...over,
  }
}

async function page(qs: string): Promise<SearchBody> {
  const res = await SELF.fetch(`${BASE}/api/search?${qs}`)
  expect(res.status).toBe(200)
  return res.json()
}

/** Pages through qs with `limit`, calling `between` after each page; returns every id seen, in order. */
async function pageAll(
  qs: string,
  limit: number,
  between: (pageNo: number) => Promise<void>,
): Promise<number[]> {
  const seen: number[] = []
  let cursor: string | null = null
  for (let n = 0; n < 100; n++) {
    const body = await page(`${qs}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
    seen.push(...body.items.map((i) => Number(i.id)))
    cursor = body.next_cursor
    if (!cursor) return seen
    await between(n)
  }
  throw new Error('paging did not end')
}

/** Articles arriving while someone pages: newer, older, same instant as existing ones, and new copies of existing stories. */
async function arrivals(existing: SeedArticle[]): Promise<void> {
  const sameInstant = pick(existing)
  const clusterOf = pick(existing)
  await seedArticles([
    article({ published: T0 + 30 * DAY, title: 'Reactor breaking news' }),
    article({ published: T0 - 30 * DAY, title: 'Reactor archive piece' }),
    article({ published: sameInstant.published, title: 'Reactor at the same minute' }),
    article({
      published: Number(clusterOf.published) + 1000,
      clusterId: clusterOf.clusterId ?? clusterOf.id,
      title: `Reactor copy of ${clusterOf.id}`,
    }),
  ])
}

const corpus: SeedArticle[] = []

beforeAll(async () => {
  await seedFeeds([
    { id: 1, title: 'One' },
    { id: 2, title: 'Two' },
  ])
  for (let i = 0; i < 60; i++) corpus.push(article())
  // Some stories carried twice: a later copy in the same cluster.
  for (let i = 0; i < 10; i++) {
    const base = corpus[i * 3]
    corpus.push(
      article({ clusterId: base.id, title: base.title, published: Number(base.published) + 60_000 }),
    )
  }
  await seedArticles(corpus)
})

async function checkComplete(qs: string, limit: number) {
  const before = (await page(`${qs}&limit=100`)).items.map((i) => Number(i.id))
  expect(before.length).toBeGreaterThan(limit * 2)
  const seen = await pageAll(qs, limit, () => arrivals(corpus))
  expect(new Set(seen).size, 'no item repeated').toBe(seen.length)
  const missing = before.filter((id) => !seen.includes(id))
  expect(missing, 'no item skipped').toEqual([])
}

describe('keyset paging while articles arrive', () => {
  it('date sort never repeats or skips', async () => {
    await checkComplete('sort=date', 7)
  })
  it('date sort with a tag filter (OR group walk) never repeats or skips', async () => {
    await checkComplete('actor=russia,china', 5)
  })
  it('relevance sort never repeats or skips', async () => {
    await checkComplete('q=reactor OR energy', 6)
  })
  it('relevance sort with a filter never repeats or skips', async () => {
    await checkComplete('q=reactor OR energy&feed=1', 4)
  })
  it('every copy (clusters=all) never repeats or skips', async () => {
    await checkComplete('q=reactor OR energy&clusters=all&sort=date', 9)
  })
  it('pages follow the order of a single long page', async () => {
    const all = (await page('q=energy&limit=100')).items.map((i) => Number(i.id))
    const paged = await pageAll('q=energy', 4, async () => {})
    expect(paged).toEqual(all)
  })
})
