import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { runArchiver } from '../../src/archive/archiver'
import { callJson } from '../helpers/http'
import { ingestWire, wireItems } from './seed'

interface Detail {
  content: string
  event_records: { event: string; source: string | null; sentence: string; in_title: boolean }[]
}

describe('event records of an archived article', () => {
  it('keep their rows (filters still find them) and read their sentences from the R2 body', async () => {
    await ingestWire('https://records-archive.example/rss', wireItems(4, 'ar', 300))
    const ids = (
      await env.DB.prepare(
        "SELECT a.id FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE f.url = 'https://records-archive.example/rss' ORDER BY a.id",
      ).all<{ id: number }>()
    ).results.map((r) => r.id)
    const before = await Promise.all(
      ids.map(async (id) => (await callJson<Detail>(`/api/articles/${id}`, { token: null })).body),
    )
    expect(before.some((d) => d.event_records.some((r) => !r.in_title))).toBe(true)

    expect((await runArchiver(env, Date.now())).archived).toBeGreaterThanOrEqual(4)
    const trimmed = await env.DB.prepare(
      `SELECT count(*) AS n FROM articles WHERE id IN (${ids.join(',')}) AND content = ''`,
    ).first<{ n: number }>()
    expect(trimmed?.n).toBe(ids.length)

    for (const [k, id] of ids.entries()) {
      const after = (await callJson<Detail>(`/api/articles/${id}`, { token: null })).body
      // The same records, sentences cut from the archived body exactly as from the live one.
      expect(after.event_records).toEqual(before[k].event_records)
      for (const r of after.event_records.filter((x) => !x.in_title))
        expect(after.content).toContain(r.sentence.slice(0, 20))
    }
    // The record filters still match archived articles.
    const hits = await callJson<{ items: { id: string }[] }>(
      '/api/search?source=north-korea&event=missile-launch&since=2000-01-01&limit=50',
      { token: null },
    )
    expect(hits.body.items.map((i) => Number(i.id))).toContain(ids[0])
  })
})
