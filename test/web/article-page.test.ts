import { beforeAll, describe, expect, it } from 'vitest'
import { callJson } from '../helpers/http'
import { all, decode, page, seedFixtureFeeds } from './helpers'

interface Detail {
  id: string
  title: string
  mentions: { event: string; actors: string[]; sentence: string }[]
  duplicates: { id: string; feed: { title: string } }[]
}

let detail: Detail

beforeAll(async () => {
  await seedFixtureFeeds()
  const { body } = await callJson<{ items: { id: string }[] }>('/api/search?q=%22East+Sea%22&lang=en', {
    token: null,
  })
  detail = (await callJson<Detail>(`/api/articles/${body.items[0].id}`, { token: null })).body
})

describe('the article page', () => {
  it('shows the title, outlet, time, text and a link to the source', async () => {
    const { status, html } = await page(`/articles/${detail.id}`)
    expect(status).toBe(200)
    expect(html).toContain(`<h1 lang="en">${detail.title}</h1>`)
    expect(html).toContain('Yonhap News Agency - North Korea')
    expect(html).toMatch(/<time datetime="\d{4}-\d\d-\d\dT[\d:]+Z" data-local="true">/)
    expect(html).toContain('North Korea fired a short-range ballistic missile toward the East Sea')
    expect(html).toContain('rel="noreferrer">Read at the source</a>')
  })

  it('lists every evidence sentence of GET /api/articles/:id under its event, and per actor', async () => {
    const { html } = await page(`/articles/${detail.id}`)
    expect(detail.mentions.length).toBeGreaterThan(0)
    const actorsAt = html.indexOf('data-evidence="actors"')
    for (const m of detail.mentions) {
      const start = html.indexOf(`<li data-event="${m.event}">`)
      const next = html.indexOf('<li data-event=', start + 1)
      const block = html.slice(start, next > 0 && next < actorsAt ? next : actorsAt)
      expect(decode(block)).toContain(m.sentence)
      for (const actor of m.actors) {
        const a = html.slice(html.indexOf(`<li data-actor="${actor}">`))
        expect(decode(a.slice(0, a.indexOf('</li>')))).toMatch(/named in \d+ sentences? with an event/)
      }
    }
  })

  it('lists the other outlets that carried the story, as the API does', async () => {
    expect(detail.duplicates.map((d) => d.feed.title)).toContain('The Korea Herald - National')
    const { html } = await page(`/articles/${detail.id}`)
    const copies = html.slice(html.indexOf('data-copies'))
    expect(copies).toContain('The Korea Herald - National')
  })

  it('links each tag to a search for it', async () => {
    const { html } = await page(`/articles/${detail.id}`)
    expect(all(html, /<a class="chip event" href="([^"]+)"/g)).toContain('/?event=missile-launch')
  })

  it('answers an unknown or malformed id with a 404 page', async () => {
    for (const id of ['999999', 'abc', '0', '1e5']) {
      const { status, html } = await page(`/articles/${id}`)
      expect(status, id).toBe(404)
      expect(html).toContain('There is no article with this id.')
    }
  })
})

interface RecordView {
  event: string
  source: string | null
  target: string | null
  modality: string
  sentence: string
}

describe('the article page: who did what to whom', () => {
  /** Every seeded article's API detail (the page must show exactly its event_records). */
  async function details(): Promise<(Detail & { event_records: RecordView[] })[]> {
    const { body } = await callJson<{ items: { id: string }[] }>('/api/search?limit=100&clusters=all', {
      token: null,
    })
    return Promise.all(
      body.items.map(
        async (i) =>
          (await callJson<Detail & { event_records: RecordView[] }>(`/api/articles/${i.id}`, { token: null }))
            .body,
      ),
    )
  }

  it('shows each record of GET /api/articles/:id in order: source → event → target, modality, sentence', async () => {
    const withRecords = (await details()).filter((d) => d.event_records.length > 0)
    expect(withRecords.length).toBeGreaterThan(3)
    const modalities = new Set<string>()
    for (const d of withRecords) {
      const { html } = await page(`/articles/${d.id}`)
      const list = html.slice(
        html.indexOf('data-records'),
        html.indexOf('</ol>', html.indexOf('data-records')),
      )
      const items = list.split('<li data-record=').slice(1)
      expect(items.length, d.title).toBe(d.event_records.length)
      for (const [k, r] of d.event_records.entries()) {
        modalities.add(r.modality)
        const item = decode(items[k].replace(/<[^>]+>/g, ''))
        const role = (slug: string | null, label: string) => `${label}: ${slug === null ? 'unspecified' : ''}`
        expect(item, d.title).toContain(r.sentence)
        expect(item).toContain(role(r.source, 'Source'))
        expect(item).toContain(role(r.target, 'Target'))
        expect(item).toContain(`Modality: ${r.modality}`)
        // The relation links to the search for its stories.
        const href = decode(items[k].match(/<a href="([^"]+)"/)![1])
        const params = new URL(href, 'http://x').searchParams
        expect([params.get('source'), params.get('event'), params.get('target')]).toEqual([
          r.source,
          r.event,
          r.target,
        ])
      }
    }
    // The fixtures state events as reported and as denied (Moscow denies an arms deal).
    expect(modalities).toContain('reported')
    expect(modalities).toContain('denied')
  })

  it('names the roles in the reader’s language (Korean UI)', async () => {
    const d = (await details()).find((x) => x.event_records.some((r) => r.source === 'russia'))!
    const { html } = await page(`/articles/${d.id}`, { 'accept-language': 'ko' })
    const list = decode(html.slice(html.indexOf('data-records')).replace(/<[^>]+>/g, ''))
    expect(list).toContain('주체: 러시아')
    expect(html).toContain('<h2 id="records-h">누가 누구에게 무엇을</h2>')
  })
})
