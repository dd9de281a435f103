import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { rss } from '../helpers/feeds'
import { call, callJson, ingest } from '../helpers/http'

/**
 * The whole data path through the real routes: a raw feed document in, then the same article
 * found by search (English and Korean, text and tag filters), read in detail with its sentence
 * mentions and its other sources, and served in a filtered RSS feed.
 */

interface Article {
  id: string
  title: string
  url: string
  summary: string
  published_at: string
  fetched_at: string
  lang: string
  feed: { id: string; title: string | null }
  actors: string[]
  events: string[]
  cluster_id: string
}

const lavrov = {
  title: 'Lavrov arrives in Pyongyang for talks on arms cooperation',
  link: 'https://wire.example/en/lavrov-pyongyang?utm_source=rss',
  guid: 'wire-en-1',
  pubDate: 'Tue, 10 Nov 2026 09:30:00 +0900',
  description:
    '<p>Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Tuesday for a two-day visit, ' +
    'North Korean state media said.</p><p>Washington and Seoul have accused North Korea of supplying ' +
    'artillery shells and ballistic missiles to Russia for its war in Ukraine.</p>',
}

const korean = {
  title: '북한, 동해상으로 탄도미사일 발사…합참 "정밀 분석 중"',
  link: 'https://wire.example/ko/missile-1',
  guid: 'wire-ko-1',
  pubDate: 'Wed, 11 Nov 2026 07:40:00 +0900',
  description:
    '<p>북한이 11일 오전 동해상으로 단거리 탄도미사일을 발사했다고 합동참모본부가 밝혔다.</p>' +
    '<p>합참은 "우리 군은 감시와 경계를 강화한 가운데 미국, 일본과 관련 정보를 긴밀히 공유하고 있다"고 말했다.</p>',
}

describe('ingest → search → article → feed', () => {
  it('serves an ingested article through search, detail and a filtered feed, tagged by actor and event', async () => {
    const r1 = await ingest('https://wire.example/en/rss', rss([lavrov], { title: 'Wire EN', lang: 'en' }))
    expect(r1.body).toMatchObject({ status: 'ok', inserted: 1 })
    const r2 = await ingest('https://wire.example/ko/rss', rss([korean], { title: '통신 KO', lang: 'ko' }))
    expect(r2.body).toMatchObject({ status: 'ok', inserted: 1 })

    // Full text + tag filters (repeated param = AND).
    const found = await callJson<{ items: Article[]; next_cursor: string | null }>(
      '/api/search?q=Lavrov&actor=russia&actor=north-korea&event=visit',
      { token: null },
    )
    expect(found.status).toBe(200)
    expect(found.body.items).toHaveLength(1)
    const article = found.body.items[0]
    expect(article).toMatchObject({
      title: lavrov.title,
      url: 'https://wire.example/en/lavrov-pyongyang?utm_source=rss',
      lang: 'en',
      published_at: '2026-11-10T00:30:00Z',
      feed: { title: 'Wire EN' },
    })
    expect(article.actors).toEqual(expect.arrayContaining(['sergei-lavrov', 'russia', 'north-korea']))
    expect(article.events).toContain('visit')
    expect(article.summary).not.toMatch(/<p>/)

    // Korean: a 2-syllable query finds words carrying particles; tags work in Korean too.
    const ko = await callJson<{ items: Article[] }>(`/api/search?q=${encodeURIComponent('북한')}&lang=ko`, {
      token: null,
    })
    expect(ko.body.items.map((i) => i.url)).toEqual(['https://wire.example/ko/missile-1'])
    expect(ko.body.items[0].actors).toContain('north-korea')
    expect(ko.body.items[0].events).toContain('missile-launch')
    const phrase = await callJson<{ items: Article[] }>(
      `/api/search?q=${encodeURIComponent('미사일 발사')}`,
      { token: null },
    )
    expect(phrase.body.items.map((i) => i.url)).toContain('https://wire.example/ko/missile-1')

    // Detail: plain-text content and sentence-level mentions.
    const detail = await callJson<
      Article & {
        content: string
        mentions: { event: string; actors: string[]; sentence: string }[]
        duplicates: unknown[]
      }
    >(`/api/articles/${article.id}`, { token: null })
    expect(detail.status).toBe(200)
    expect(detail.body.content).toContain('arrived in Pyongyang')
    const visit = detail.body.mentions.find((m) => m.event === 'visit')
    expect(visit).toBeDefined()
    expect(visit!.actors).toEqual(expect.arrayContaining(['russia']))
    expect(visit!.sentence.length).toBeGreaterThan(10)

    // The same story re-carried by another outlet under the same canonical URL shows as a duplicate source.
    const again = await ingest(
      'https://mirror.example/rss',
      rss([{ ...lavrov, link: 'https://wire.example/en/lavrov-pyongyang', guid: 'mirror-9' }], {
        title: 'Mirror',
      }),
    )
    expect(again.body).toMatchObject({ inserted: 0, duplicates: 1 })
    const detail2 = await callJson<{
      duplicates: { id: string; url: string; feed: { id: string; title: string | null } }[]
    }>(`/api/articles/${article.id}`, { token: null })
    expect(detail2.body.duplicates.map((d) => d.feed.title)).toContain('Mirror')

    // Filtered RSS: the article, with actor and event slugs as categories.
    const feed = await call('/rss.xml?actor=russia&event=visit', { token: null })
    expect(feed.status).toBe(200)
    expect(feed.headers.get('content-type')).toMatch(/rss\+xml/)
    const doc = new XMLParser({
      ignoreAttributes: false,
      isArray: (n) => n === 'item' || n === 'category',
    }).parse(await feed.text())
    const items = doc.rss.channel.item as { title: string; category: (string | { '#text': string })[] }[]
    expect(items.map((i) => i.title)).toEqual([lavrov.title])
    const categories = items[0].category.map((c) => (typeof c === 'string' ? c : c['#text']))
    expect(categories).toEqual(expect.arrayContaining(['russia', 'visit']))
    expect(doc.rss.channel.title).toContain('russia')
  })

  it('refuses an unknown slug with a 400 that names it, never a 500', async () => {
    const r = await callJson<{ error: { code: string; message: string } }>('/api/search?actor=atlantis', {
      token: null,
    })
    expect(r.status).toBe(400)
    expect(r.body.error.message).toContain('atlantis')
  })
})
