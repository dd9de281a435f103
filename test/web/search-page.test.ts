import { beforeAll, describe, expect, it } from 'vitest'
import { callJson } from '../helpers/http'
import { all, decode, page, resultTitles, seedFixtureFeeds } from './helpers'

beforeAll(() => seedFixtureFeeds())

interface ApiPage {
  items: { id: string; title: string; actors: string[]; events: string[]; cluster_id: string }[]
  next_cursor: string | null
}

/** Every story of a filter through the API, following cursors (what the page must agree with). */
async function apiAll(query: string): Promise<ApiPage['items']> {
  const out: ApiPage['items'] = []
  let cursor: string | null = null
  do {
    const sep = query ? '&' : ''
    const { body }: { body: ApiPage } = await callJson<ApiPage>(
      `/api/search?${query}${sep}limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      { token: null },
    )
    out.push(...body.items)
    cursor = body.next_cursor
  } while (cursor)
  return out
}

describe('the search page, server-rendered', () => {
  it('shows the first page of the same results as GET /api/search, in the same order', async () => {
    const { status, html } = await page('/?q=missile')
    expect(status).toBe(200)
    const api = await callJson<ApiPage>('/api/search?q=missile&limit=20', { token: null })
    expect(resultTitles(html)).toEqual(api.body.items.map((i) => i.title))
    expect(resultTitles(html).length).toBeGreaterThan(3)
  })

  it('marks the matched words in the summary with <mark> and nothing else', async () => {
    const { html } = await page('/?q=ballistic')
    const marks = all(html, /<mark>([^<]*)<\/mark>/g)
    expect(marks.length).toBeGreaterThan(0)
    for (const m of marks) expect(m.toLowerCase()).toBe('ballistic')
  })

  it('finds Korean with a particle attached (북한 in 북한이) and marks the Korean word', async () => {
    const { html } = await page(`/?q=${encodeURIComponent('북한')}`)
    expect(resultTitles(html)).toContain('북한, 동해상으로 탄도미사일 발사…합참')
    expect(all(html, /<mark>([^<]*)<\/mark>/g)).toContain('북한')
  })

  it('counts facets over the current result set, exactly as the results carry the tags', async () => {
    const { html } = await page('/?q=missile')
    const stories = await apiAll('q=missile')
    const expected = new Map<string, number>()
    for (const s of stories) for (const a of s.actors) expected.set(a, (expected.get(a) ?? 0) + 1)
    const facet = html.slice(html.indexOf('data-facet="actor"'), html.indexOf('data-facet="event"'))
    const shown = [...facet.matchAll(/data-slug="([^"]+)">[^<]*<\/a><span class="n">(\d+)/g)]
    expect(shown.length).toBeGreaterThan(2)
    for (const [, slug, n] of shown) expect([slug, Number(n)]).toEqual([slug, expected.get(slug)])
    // Ordered by count, largest first.
    const counts = shown.map((m) => Number(m[2]))
    expect([...counts].sort((a, b) => b - a)).toEqual(counts)
  })

  it('links each facet and each chip to the current URL plus that tag (AND), with the cursor dropped', async () => {
    const { html } = await page('/?q=missile&lang=en')
    expect(html).toContain('href="/?q=missile&amp;lang=en&amp;actor=japan"')
    expect(html).toContain('href="/?q=missile&amp;lang=en&amp;event=missile-launch"')
    const narrowed = await page('/?q=missile&lang=en&actor=japan')
    const japan = await apiAll('q=missile&lang=en&actor=japan')
    expect(resultTitles(narrowed.html)).toEqual(japan.map((s) => s.title))
    // The filter shows as a chip that removes it.
    expect(narrowed.html).toContain('href="/?q=missile&amp;lang=en" data-remove="actor"')
  })

  it('says "+N sources" for a story several outlets carried, and lists the others', async () => {
    const { html } = await page('/?q=%22East+Sea%22&lang=en')
    const item = html.slice(html.indexOf('into East Sea: JCS'))
    const details = item.slice(0, item.indexOf('</details>'))
    expect(details).toContain('<summary>+1 source</summary>')
    expect(details).toContain('The Korea Herald - National')
  })

  it('pages with a plain link through the API cursor when JavaScript is off, never repeating a story', async () => {
    const first = await page('/')
    const next = first.html.match(/<a class="button" href="([^"]+)" data-load-more/)
    expect(next).not.toBeNull()
    const second = await page(decode(next![1]))
    expect(second.status).toBe(200)
    const a = resultTitles(first.html)
    const b = resultTitles(second.html)
    expect(a.length).toBe(20)
    expect(b.length).toBeGreaterThan(0)
    expect(a.filter((t) => b.includes(t))).toEqual([])
    const everything = await apiAll('')
    expect([...a, ...b]).toEqual(everything.map((s) => s.title))
    expect(second.html).toContain('Back to the first page')
  })

  it('answers "Load more" with just the next items and pager (Seismo-Fragment: results)', async () => {
    const first = await page('/')
    const next = decode(first.html.match(/<a class="button" href="([^"]+)" data-load-more/)![1])
    const fragment = await page(next, { 'seismo-fragment': 'results' })
    expect(fragment.html.startsWith('<ol class="results" id="results">')).toBe(true)
    expect(fragment.html).not.toContain('<html')
    expect(fragment.html).not.toContain('data-facet')
    expect(resultTitles(fragment.html).length).toBeGreaterThan(0)
  })

  it('is a GET form whose fields are the filter grammar, so search works without JavaScript', async () => {
    const { html } = await page('/?q=missile&actor=japan&lang=en&since=2020-01-01')
    const start = html.indexOf('<form method="get" action="/"')
    const form = html.slice(start, html.indexOf('</form>', start))
    expect(form).toContain('name="q" value="missile"')
    expect(form).toContain('<input type="hidden" name="actor" value="japan"/>')
    expect(form).toContain('<option value="en" selected="">')
    expect(form).toContain('name="since" value="2020-01-01"')
    expect(form).toMatch(/<label for="q">Search<\/label>/)
  })

  it('turns a filter the API refuses into a 400 page that says why (not JSON, not a 500)', async () => {
    for (const [path, code] of [
      ['/?actor=nope', 'unknown actor slug "nope"'],
      ['/?q=%22unbalanced', 'without its closing'],
      ['/?since=yesterday', 'since must be an ISO 8601 date'],
      ['/?q=x&cursor=garbage', 'cursor'],
    ]) {
      const { status, html, res } = await page(path)
      expect(status, path).toBe(400)
      expect(res.headers.get('content-type')).toMatch(/^text\/html/)
      expect(html).toContain('role="alert"')
      expect(decode(html).toLowerCase()).toContain(code.toLowerCase())
    }
  })

  it('gives the Subscribe feed URLs of exactly the filter (no cursor, sort or chart range)', async () => {
    const { html } = await page('/?q=missile&actor=japan&sort=date&trend=7')
    expect(html).toContain('value="https://seismo.test/rss.xml?q=missile&amp;actor=japan"')
    expect(html).toContain('value="https://seismo.test/atom.xml?q=missile&amp;actor=japan"')
    expect(html).toContain('value="https://seismo.test/feed.json?q=missile&amp;actor=japan"')
    expect(html).toContain('<link rel="alternate" type="application/rss+xml"')
  })

  it('draws the trend of the filter over 7, 30 or 90 days with the surge marked and a table twin', async () => {
    for (const days of [7, 30, 90]) {
      const { html } = await page(`/?actor=north-korea&trend=${days}`)
      const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'))
      expect(all(svg, /<rect class="(bar(?: surge)?)"/g).length).toBe(days)
      expect(svg).toContain('role="img"')
      const rows = html.slice(html.indexOf('<tbody>', html.indexOf('class="trend')))
      expect(all(rows.slice(0, rows.indexOf('</tbody>')), /<tr>(<th)/g).length).toBe(days)
    }
    const { html } = await page('/?actor=north-korea')
    // Five launch stories on one day against a quiet week: the chart says so in words too.
    expect(html).toContain('class="bar surge"')
    expect(html).toMatch(/Surge on [^:]+: \d+ stories/)
  })
})

describe('the search page and the API agree', () => {
  interface Facet {
    slug: string
    count: number
  }
  /** The facet entries a page shows, per kind, as {slug, count}. */
  const pageFacets = (html: string, kind: 'actor' | 'event'): Facet[] => {
    const start = html.indexOf(`data-facet="${kind}"`)
    if (start < 0) return []
    const list = html.slice(start, html.indexOf('</ul>', start))
    return [...list.matchAll(/data-slug="([^"]+)">[^<]*<\/a><span class="n">(\d+)/g)].map((m) => ({
      slug: m[1],
      count: Number(m[2]),
    }))
  }

  it('renders the facets of GET /api/search?facets=actor,event, number for number', async () => {
    for (const qs of [
      'q=missile',
      'actor=north-korea',
      '',
      `q=${encodeURIComponent('북한')}`,
      'lang=en&event=missile-launch',
    ]) {
      const { html } = await page(`/?${qs}`)
      const { body } = await callJson<{ facets: { actor: Facet[]; event: Facet[] } }>(
        `/api/search?${qs}${qs ? '&' : ''}facets=actor,event`,
        { token: null },
      )
      expect(pageFacets(html, 'actor'), qs).toEqual(body.facets.actor)
      expect(pageFacets(html, 'event'), qs).toEqual(body.facets.event)
      expect(body.facets.actor.length + body.facets.event.length, qs).toBeGreaterThan(0)
    }
  })

  /** The chart's table twin: [day, count] rows. */
  const tableRows = (html: string) => {
    const table = html.slice(html.indexOf('<tbody>', html.indexOf('class="trend')))
    return [
      ...table
        .slice(0, table.indexOf('</tbody>'))
        .matchAll(/<time datetime="([^"]+)">[^<]*<\/time><\/th><td class="num">(\d+)/g),
    ].map((m) => [m[1], Number(m[2])])
  }
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)

  it("charts a filter's own dates: its bars are /api/trends of that range, per day or per week", async () => {
    for (const [range, interval] of [
      [`since=${day(-12)}&until=${day(0)}`, 'day'],
      [`since=${day(-200)}`, 'week'],
    ]) {
      const qs = `actor=north-korea&${range}`
      const { html } = await page(`/?${qs}`)
      const { body } = await callJson<{ buckets: { start: string; count: number }[] }>(
        `/api/trends?${qs}&interval=${interval}`,
        { token: null },
      )
      const rows = tableRows(html)
      expect(rows, qs).toEqual(body.buckets.map((b) => [b.start.slice(0, 10), b.count]))
      expect(
        rows.some(([, n]) => Number(n) > 0),
        qs,
      ).toBe(true)
      // The 7/30/90 switch does not apply: the chart says whose dates it shows.
      expect(html, qs).not.toContain('aria-label="Range"')
      expect(html, qs).toContain('The chart covers the dates of the filter.')
      expect(html, qs).toContain(interval === 'day' ? 'Stories per day, ' : 'Stories per week, ')
    }
  })

  it('keeps a long range to its last 157 weeks, and draws no chart for a range that has not begun', async () => {
    const { html } = await page('/?since=2001-01-01&until=2026-12-31')
    expect(tableRows(html)).toHaveLength(157)
    expect(html).toContain('The chart covers the last three years of the filter’s dates.')
    const future = await page(`/?since=${day(30)}`)
    expect(future.status).toBe(200)
    expect(future.html).not.toContain('class="trend')
  })
})
