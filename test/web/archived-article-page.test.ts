import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { runArchiver } from '../../src/archive/archiver'
import { ingestWire, wireItems } from '../archive/seed'
import { callJson } from '../helpers/http'
import { decode, page } from './helpers'

interface Detail {
  content: string
  mentions: { sentence: string }[]
  event_records: { sentence: string }[]
}

/** The page's text with tags dropped and entities decoded, whitespace collapsed. */
const text = (html: string) => decode(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ')

describe('the article page of an archived article', () => {
  it('shows the body, evidence and record sentences read back from R2, as before archiving', async () => {
    await ingestWire('https://web-archive.example/rss', wireItems(3, 'wa', 300))
    const ids = (
      await env.DB.prepare(
        "SELECT a.id FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE f.url = 'https://web-archive.example/rss' ORDER BY a.id",
      ).all<{ id: number }>()
    ).results.map((r) => r.id)
    const before = await Promise.all(ids.map(async (id) => (await page(`/articles/${id}`)).html))
    expect((await runArchiver(env, Date.now())).archived).toBeGreaterThanOrEqual(ids.length)
    for (const [k, id] of ids.entries()) {
      const detail = (await callJson<Detail>(`/api/articles/${id}`, { token: null })).body
      expect(detail.content.length).toBeGreaterThan(100)
      const { status, html } = await page(`/articles/${id}`)
      expect(status).toBe(200)
      const shown = text(html)
      expect(shown).toContain(detail.content.split('\n')[0].trim().replace(/\s+/g, ' ').slice(0, 80))
      expect(detail.event_records.length + detail.mentions.length).toBeGreaterThan(0)
      for (const r of [...detail.event_records, ...detail.mentions]) expect(shown).toContain(r.sentence)
      // Archiving changes where the text is read from, not what the page shows.
      // ("3 h ago" is left out: the clock may cross a boundary between the two renders.)
      const main = (h: string) => h.slice(h.indexOf('<main')).replace(/<span data-relative[^<]*<\/span>/g, '')
      expect(main(html)).toEqual(main(before[k]))
    }
  })
})
