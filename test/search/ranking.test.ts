/**
 * Relevance: weighted bm25 on a crafted set, the tie-breakers, and exact paging across the
 * ranked head, the depth and the window (src/search/relevance.ts), while articles arrive.
 */
import { SELF } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { MAX_CURSOR_CHARS, RELEVANCE_DEPTH, RELEVANCE_WINDOW } from '../../src/limits'
import { BASE, type SearchBody, type SeedArticle, seedArticles, seedFeeds } from './seed'

const HOUR = 3_600_000
const T0 = Date.parse('2025-01-01T00:00:00Z')
/** Ids shaped like production ones (epoch ms × 1024 + counter), a minute apart: the cursor carries real-size gaps. */
const idAt = (minute: number) => (T0 + minute * 60_000) * 1024 + 7

async function search(qs: string): Promise<SearchBody> {
  const res = await SELF.fetch(`${BASE}/api/search?${qs}`)
  expect(res.status, await res.clone().text()).toBe(200)
  return res.json()
}
const ids = async (qs: string) => (await search(qs)).items.map((i) => Number(i.id))

const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ')

beforeAll(async () => {
  await seedFeeds([{ id: 1, title: 'Wire' }])
  const at = (h: number) => T0 + h * HOUR
  await seedArticles([
    // Term frequency and column weights ("centrifuge"): bodies of equal length.
    {
      id: 11,
      title: 'Plant news',
      summary: 'Update.',
      content: `centrifuge ${filler(30)} centrifuge centrifuge centrifuge centrifuge`,
      published: at(5),
    },
    {
      id: 12,
      title: 'Plant news',
      summary: 'Update.',
      content: `centrifuge ${filler(34)}`,
      published: at(6),
    },
    { id: 13, title: 'Centrifuge hall opens', summary: 'Update.', content: filler(35), published: at(1) },
    // Rarity ("plutonium" is rarer than "centrifuge"): same length, one hit each.
    { id: 14, title: 'Plant news', summary: 'Update.', content: `plutonium ${filler(34)}`, published: at(2) },
    // Tie-breakers ("uranium"): identical text, different tag strength and dates.
    { id: 21, title: 'Uranium talks resume', published: at(1), actors: [['russia', 0.9]] },
    {
      id: 22,
      title: 'Uranium talks resume',
      published: at(3),
      actors: [
        ['russia', 0.2],
        ['china', 0.95],
      ],
    },
    { id: 23, title: 'Uranium talks resume', published: at(2), actors: [['russia', 0.2]] },
    { id: 24, title: 'Uranium talks resume', published: at(4), actors: [['russia', 0.2]] },
  ])
})

describe('relevance: weighted bm25', () => {
  it('puts a headline hit first, then more body hits before fewer', async () => {
    expect(await ids('q=centrifuge')).toEqual([13, 11, 12])
  })
  it('weighs a rare word above a frequent one (inverse document frequency)', async () => {
    const order = await ids('q=centrifuge OR plutonium')
    expect(order.indexOf(14)).toBeLessThan(order.indexOf(12))
  })
  it('breaks ties by the strength of the tags the filter names, then by freshness', async () => {
    // No tag filter: the strongest tag of each article (22 has china 0.95).
    expect(await ids('q=uranium')).toEqual([22, 21, 24, 23])
    // actor=russia: russia's strength decides, then the newer of the equals.
    expect(await ids('q=uranium&actor=russia')).toEqual([21, 24, 22, 23])
  })
  it('pages in the order of one long page', async () => {
    const all = await ids('q=uranium OR centrifuge OR plutonium&limit=100')
    const paged: number[] = []
    let cursor: string | null = null
    do {
      const body: SearchBody = await search(
        `q=uranium OR centrifuge OR plutonium&limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      )
      paged.push(...body.items.map((i) => Number(i.id)))
      cursor = body.next_cursor
    } while (cursor)
    expect(paged).toEqual(all)
  })
})

describe('relevance: window, depth and tail while articles arrive', () => {
  // "isotope": 40 old articles with it in the headline (outside the window), then WINDOW + 20
  // newer ones with it once in the body, 10 of which (mid-window) also carry it in the headline.
  const old = Array.from(
    { length: 40 },
    (_, i): SeedArticle => ({
      id: idAt(i),
      title: `Isotope headline ${i}`,
      content: filler(20),
      published: T0 + i * 60_000,
    }),
  )
  const recent = Array.from({ length: RELEVANCE_WINDOW + 20 }, (_, i): SeedArticle => {
    const minute = 100 + i
    const headline = i >= RELEVANCE_WINDOW / 2 && i < RELEVANCE_WINDOW / 2 + 10
    return {
      id: idAt(minute),
      title: headline ? `Isotope headline new ${i}` : `Lab note ${i}`,
      content: `isotope ${filler(20)}`,
      published: T0 + minute * 60_000,
    }
  })
  const headlined = recent.filter((a) => a.title.startsWith('Isotope')).map((a) => a.id)
  let arrivals = 0

  beforeAll(async () => {
    await seedArticles([...old, ...recent])
  }, 120_000)

  it('ranks within the newest window, then shows every other match exactly once, newest first', async () => {
    const seen: number[] = []
    let cursor: string | null = null
    let pages = 0
    do {
      const body: SearchBody = await search(
        `q=isotope&limit=30${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      )
      seen.push(...body.items.map((i) => Number(i.id)))
      cursor = body.next_cursor
      if (cursor) expect(cursor.length).toBeLessThanOrEqual(MAX_CURSOR_CHARS)
      // Arrivals between pages, with the word in the headline: they move bm25's statistics and
      // would rank first, but they came after this pass began.
      if (pages++ % 5 === 0) {
        arrivals++
        await seedArticles([
          {
            id: idAt(5000 + arrivals),
            title: 'Isotope breaking news',
            content: 'isotope isotope',
            published: T0 + 5000 * 60_000,
          },
        ])
      }
    } while (cursor && pages < 100)

    expect(new Set(seen).size, 'no repeats').toBe(seen.length)
    const expected = [...old, ...recent].map((a) => a.id)
    expect(
      [...seen].sort((a, b) => a - b),
      'no skips, no arrivals',
    ).toEqual(expected.sort((a, b) => a - b))
    // The ten headline hits inside the window rank first, although older than many body hits.
    expect(headlined).toHaveLength(10)
    expect(new Set(seen.slice(0, 10))).toEqual(new Set(headlined))
    // The first RELEVANCE_DEPTH are ranked; the rest come newest first (ids descending).
    const rest = seen.slice(RELEVANCE_DEPTH)
    expect(rest).toEqual([...rest].sort((a, b) => b - a))
    // Old headline hits lie outside the window: they come last, in the tail.
    expect(new Set(seen.slice(-old.length))).toEqual(new Set(old.map((a) => a.id)))
  })

  it('a fresh pass sees the arrivals, ranked first', async () => {
    expect(arrivals).toBeGreaterThan(1)
    const first = await ids(`q=isotope&limit=${arrivals}`)
    expect(first.every((id) => id > idAt(5000))).toBe(true)
  })
})

describe('relevance: clusters collapse inside the window', () => {
  // "tritium": one old story outside the window, then a full window of copies of five stories.
  const old: SeedArticle = { id: idAt(20_000), title: 'Tritium report', published: T0 + 20_000 * 60_000 }
  const copies = Array.from({ length: RELEVANCE_WINDOW }, (_, i): SeedArticle => {
    const minute = 30_000 + i
    const story = i % 5
    return {
      id: idAt(minute),
      clusterId: idAt(30_000 + story),
      title: `Tritium story ${story}`,
      published: T0 + minute * 60_000,
    }
  })

  beforeAll(async () => {
    await seedArticles([old, ...copies])
  }, 120_000)

  it('shows each story once, then the older matches beyond the full window', async () => {
    const seen: number[] = []
    let cursor: string | null = null
    do {
      const body: SearchBody = await search(
        `q=tritium&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      )
      seen.push(...body.items.map((i) => Number(i.id)))
      cursor = body.next_cursor
    } while (cursor && seen.length < 50)
    // The five stories by their first copy, then the old story: nothing else, nothing twice.
    expect(new Set(seen.slice(0, 5))).toEqual(new Set([0, 1, 2, 3, 4].map((i) => idAt(30_000 + i))))
    expect(seen.slice(5)).toEqual([old.id])
  })

  it('an earlier copy older than the window still hides the later ones', async () => {
    // A late copy of the old story lands in the window: the story stays represented by its first copy.
    await seedArticles([
      {
        id: idAt(40_000),
        clusterId: old.id,
        title: 'Tritium report, updated',
        published: T0 + 40_000 * 60_000,
      },
    ])
    const all = await ids('q=tritium&limit=100')
    expect(all).toContain(old.id)
    expect(all).not.toContain(idAt(40_000))
    expect(all).toHaveLength(6)
  })
})

describe('relevance: phrases and exclusions rank by their words, match exactly', () => {
  // Newest first: "water ... heavy" (the words, not the phrase) fills more than a window, while the
  // phrase "heavy water" sits in older articles and in a few recent ones; some carry "leak".
  const words = Array.from({ length: RELEVANCE_WINDOW + 10 }, (_, i): SeedArticle => {
    const minute = 60_000 + i * 2
    return {
      id: idAt(minute),
      title: `Water report ${i}`,
      content: `water levels and heavy rain ${i}`,
      published: T0 + minute * 60_000,
    }
  })
  const phrase = Array.from({ length: 40 }, (_, i): SeedArticle => {
    // 30 older than every "words" article, 10 among them.
    const minute = i < 30 ? 50_000 + i : 60_001 + (i - 30) * 2
    return {
      id: idAt(minute),
      title: `Plant ${i}`,
      content: `heavy water ${i % 4 === 0 ? 'leak' : 'stock'}`,
      published: T0 + minute * 60_000,
    }
  })

  beforeAll(async () => {
    await seedArticles([...words, ...phrase])
  }, 120_000)

  async function pageThrough(q: string, limit: number): Promise<number[]> {
    const seen: number[] = []
    let cursor: string | null = null
    do {
      const body: SearchBody = await search(
        `q=${encodeURIComponent(q)}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      )
      seen.push(...body.items.map((i) => Number(i.id)))
      cursor = body.next_cursor
    } while (cursor && seen.length < 500)
    return seen
  }

  it('shows every phrase match exactly once and nothing that only has the words', async () => {
    const seen = await pageThrough('"heavy water"', 7)
    expect(new Set(seen).size).toBe(seen.length)
    expect([...seen].sort((a, b) => a - b)).toEqual(phrase.map((a) => a.id).sort((a, b) => a - b))
  })

  it('applies exclusions exactly', async () => {
    const seen = await pageThrough('"heavy water" -leak', 6)
    const expected = phrase.filter((a) => !a.content!.includes('leak')).map((a) => a.id)
    expect(new Set(seen).size).toBe(seen.length)
    expect([...seen].sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b))
  })
})
