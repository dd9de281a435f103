import { beforeAll, describe, expect, it } from 'vitest'
import { callJson } from '../helpers/http'
import { all, decode, page, resultTitles, seedFixtureFeeds } from './helpers'

beforeAll(() => seedFixtureFeeds())

interface Edge {
  source: string | null
  event: string
  target: string | null
  count: number
  latest_article_id: string
}

const api = async (qs: string) =>
  (await callJson<{ edges: Edge[]; articles: number }>(`/api/relations?${qs}`, { token: null })).body

/** Every story of a filter through GET /api/search, following cursors. */
async function stories(qs: string): Promise<{ id: string; title: string }[]> {
  const out: { id: string; title: string }[] = []
  let cursor: string | null = null
  do {
    const c: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''
    const { body } = await callJson<{ items: { id: string; title: string }[]; next_cursor: string | null }>(
      `/api/search?${qs}&limit=100${c}`,
      { token: null },
    )
    out.push(...body.items)
    cursor = body.next_cursor
  } while (cursor)
  return out
}

/** The table's rows as [data-edge, count, latest article id]. */
const rows = (html: string) =>
  [...html.matchAll(/<tr data-edge="([^"]*)">([\s\S]*?)<\/tr>/g)].map((m) => ({
    edge: m[1],
    count: Number(m[2].match(/<td class="num"><a href="[^"]*">(\d+)/)![1]),
    latest: m[2].match(/href="\/articles\/(\d+)"/)![1],
    narrow: decode(m[2].match(/<td class="num"><a href="([^"]*)"/)![1]),
  }))

describe('the relations page (/relations)', () => {
  it('shows the edges of GET /api/relations for the same filter, row for row', async () => {
    for (const qs of ['', 'event=arms-trade', 'source=russia', 'q=missile', 'modality=denied', 'lang=ko']) {
      const expected = await api(qs)
      const { status, html } = await page(`/relations${qs ? `?${qs}` : ''}`)
      expect(status, qs).toBe(200)
      expect(
        rows(html).map((r) => [r.edge, r.count, r.latest]),
        qs,
      ).toEqual(
        expected.edges.map((e) => [
          `${e.source ?? ''} ${e.event} ${e.target ?? ''}`,
          e.count,
          e.latest_article_id,
        ]),
      )
    }
    expect((await api('')).edges.length).toBeGreaterThan(3)
    expect((await api('modality=denied')).edges.length).toBeGreaterThan(0)
  })

  it('is an accessible table: caption, column headers, each count naming its relation', async () => {
    const { html } = await page('/relations?event=arms-trade')
    const table = html.slice(html.indexOf('<table class="relations"'), html.indexOf('</table>'))
    expect(table).toMatch(/<caption class="sr-only">Relations: [^<]*arms-trade[^<]*<\/caption>/)
    expect(all(table, /<th scope="col"[^>]*>([^<]*)<\/th>/g)).toEqual([
      'Source',
      'Events',
      'Target',
      'Stories',
      'Latest story',
    ])
    const text = decode(table.replace(/<[^>]+>/g, ''))
    expect(text).toMatch(
      /\d+ Stories stating this: Source: [^→]+ → Events: Arms transfer or arms deal → Target: /,
    )
  })

  it('links each edge to the search narrowed to it, which finds its latest story among its stories', async () => {
    const { html } = await page('/relations?lang=en')
    const edges = rows(html)
    expect(edges.length).toBeGreaterThan(0)
    for (const e of edges) {
      const url = new URL(e.narrow, 'http://x')
      expect(url.pathname).toBe('/')
      expect(url.searchParams.get('lang')).toBe('en')
      const [source, event, target] = e.edge.split(' ')
      expect(url.searchParams.get('event')).toBe(event)
      expect(url.searchParams.get('source')).toBe(source || null)
      expect(url.searchParams.get('target')).toBe(target || null)
      // A role also matches the actors it implies (source=russia: Lavrov): at least the edge's stories.
      const found = await stories(url.search.slice(1))
      expect(found.length, e.edge).toBeGreaterThanOrEqual(e.count)
      expect(found.map((s) => s.id)).toContain(e.latest)
      // The search page shows the same first results as the API.
      const narrowed = await page(e.narrow)
      expect(resultTitles(narrowed.html)).toEqual(found.slice(0, 20).map((s) => s.title))
    }
  })

  it('answers a filter the API refuses with a 400 page that says why', async () => {
    for (const qs of ['modality=rumoured', 'source=nobody-at-all']) {
      const { status, html } = await page(`/relations?${qs}`)
      expect(status, qs).toBe(400)
      expect(html).toContain('role="alert"')
      expect(html).not.toContain('<table class="relations"')
    }
  })

  it('speaks Korean with a Korean reader', async () => {
    const { html } = await page('/relations', { 'accept-language': 'ko' })
    expect(html).toContain('<h1>누가 누구에게 무엇을</h1>')
    expect(html).toContain('<th scope="col">주체</th>')
  })
})

describe('who did what to whom on the search page', () => {
  it('has source, target and modality selects in the GET form, showing the URL’s values', async () => {
    const { html } = await page('/?source=russia&target=north-korea&modality=denied')
    const start = html.indexOf('<form method="get" action="/"')
    const form = html.slice(start, html.indexOf('</form>', start))
    const chosen = (id: string) =>
      all(
        form.slice(form.indexOf(`<select id="${id}"`)).split('</select>')[0],
        /<option value="([^"]*)" selected/g,
      )
    expect(chosen('source')).toEqual(['russia'])
    expect(chosen('target')).toEqual(['north-korea'])
    expect(chosen('modality')).toEqual(['denied'])
    expect(form).toContain('<details class="relation-fields" open="">')
    expect(form).toContain('<legend class="sr-only">Who did what to whom</legend>')
    // Nothing selected without them.
    const plain = (await page('/')).html
    expect(plain).toContain('<details class="relation-fields"><summary>')
    const source = plain.slice(plain.indexOf('<select id="source"')).split('</select>')[0]
    expect(all(source, /<option value="([^"]*)" selected/g)).toEqual([])
  })

  it('keeps a value the select cannot show (an OR group, a second group) so the form sends it back', async () => {
    const { html } = await page('/?source=russia,china&target=japan&target=north-korea')
    expect(html).toContain('<option value="russia,china" selected="">russia,china</option>')
    expect(html).toContain('<input type="hidden" name="target" value="north-korea"/>')
  })

  it('shows the stories of GET /api/search for the same record filter, with chips that remove each part', async () => {
    const qs = 'source=russia&event=arms-trade&modality=denied'
    const { status, html } = await page(`/?${qs}`)
    expect(status).toBe(200)
    const expected = await stories(qs)
    expect(expected.length).toBeGreaterThan(0)
    expect(resultTitles(html)).toEqual(expected.slice(0, 20).map((s) => s.title))
    expect(html).toContain('href="/?event=arms-trade&amp;modality=denied" data-remove="source"')
    expect(html).toContain('href="/?source=russia&amp;event=arms-trade" data-remove="modality"')
    expect(decode(html)).toContain('Modality: denied')
    // The relations view of the same filter, and feeds that keep it.
    expect(html).toContain(`href="/relations?${qs.replaceAll('&', '&amp;')}" data-relations-link`)
    expect(decode(html)).toContain(`/rss.xml?${qs}`)
  })

  it('takes the form as submitted with nothing chosen (every select empty) as no filter', async () => {
    const empty = 'q=&source=&target=&modality=&actor=&event=&lang=&since=&until='
    const { status, html } = await page(`/?${empty}`)
    expect(status).toBe(200)
    expect(resultTitles(html)).toEqual((await stories('')).slice(0, 20).map((s) => s.title))
    expect((await page(`/relations?${empty}`)).status).toBe(200)
  })

  it('refuses an unknown modality like the API, on the page', async () => {
    const { status, html } = await page('/?modality=rumoured')
    expect(status).toBe(400)
    expect(html).toContain('role="alert"')
  })
})
