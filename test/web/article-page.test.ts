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
