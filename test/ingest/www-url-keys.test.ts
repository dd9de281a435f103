/// <reference types="vite/client" />
/**
 * A leading "www." is not part of an article's identity (articleUrlKey): a story republished under
 * the bare host, by the same feed or another one, is the same article, while the stored link keeps
 * the URL the publisher gave. Migration 0029 moves the keys stored before to that form, so items
 * seen before stay recognised; its statements are run again here on rows written the old way.
 * Through POST /api/ingest, the queue consumer and GET /api/articles/:id, in workerd.
 */
import { env } from 'cloudflare:test'
import { afterEach, describe, expect, it, vi } from 'vitest'
import migration from '../../migrations/0029_www_url_keys.sql?raw'
import { articleUrlKey } from '../../src/lib/canonical-url'
import { rss } from '../helpers/feeds'
import { callJson, ingest } from '../helpers/http'
import { consumeFetch } from '../helpers/queue-runs'
import { serve } from '../helpers/serve'

afterEach(() => vi.restoreAllMocks())

const statements = migration
  .split(/;\s*\n/)
  .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
  .filter((s) => s.startsWith('UPDATE'))

const story = (n: number, host: string) => ({
  title: `Port of Busan reopens after typhoon ${host} ${n}`,
  description: `Cranes resumed work at the port of Busan on Monday, officials said (${host} ${n}).`,
})

async function articlesLinked(pattern: string) {
  return (
    await env.DB.prepare(
      'SELECT id, canonical_url, coalesce(url, canonical_url) AS link FROM articles WHERE canonical_url LIKE ?1 OR url LIKE ?1 ORDER BY id',
    )
      .bind(pattern)
      .all<{ id: number; canonical_url: string | null; link: string }>()
  ).results
}

describe('articleUrlKey: www.host and host are one site', () => {
  const k = articleUrlKey
  it('drops the exact leading label "www." and nothing else', () => {
    expect(k('https://www.example.com/a')).toBe(k('https://example.com/a'))
    expect(k('http://WWW.Example.COM./a/?utm_source=rss')).toBe('https://example.com/a')
    expect(k('https://www.yna.co.kr/view/AKR1?section=nk')).toBe('https://yna.co.kr/view/AKR1?section=nk')
    expect(k('https://www.example.com:8443/a')).toBe('https://example.com:8443/a')
    expect(k('https://www.한국.kr/a')).toBe('https://xn--3e0b707e.kr/a')
  })

  it.each([
    'https://www2.example.com/a',
    'https://wwwx.com/a',
    'https://www-news.example.com/a',
    'https://news.www.example.com/a',
    'https://www.com/a',
    'https://mywww.example.com/a',
  ])('leaves a host that merely contains "www" alone: %s', (url) => {
    expect(k(url)).toBe(url)
  })
})

describe('a story under www.host and under host is one article', () => {
  it('another feed republishing it under the bare host is merged, and each keeps its own link', async () => {
    const s = story(1, 'cross')
    const a = await ingest(
      'https://www-outlet.example/rss',
      rss([{ ...s, guid: 'w-1', link: 'https://www.busan-port.example/news/typhoon-1' }]),
    )
    const b = await ingest(
      'https://bare-outlet.example/rss',
      rss([{ ...s, guid: 'b-1', link: 'https://busan-port.example/news/typhoon-1' }]),
    )
    expect(a.body).toMatchObject({ inserted: 1 })
    expect(b.body).toMatchObject({ items: 1, inserted: 0, duplicates: 1, merged: { same_url: 1 } })
    const rows = await articlesLinked('%busan-port.example/news/typhoon-1')
    expect(rows).toEqual([
      {
        id: expect.any(Number),
        canonical_url: 'https://busan-port.example/news/typhoon-1',
        link: 'https://www.busan-port.example/news/typhoon-1',
      },
    ])
    const detail = await callJson<{
      url: string
      duplicates: { url: string | null; feed: { id: string } }[]
    }>(`/api/articles/${rows[0].id}`)
    expect(detail.body.url).toBe('https://www.busan-port.example/news/typhoon-1')
    expect(detail.body.duplicates).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          url: 'https://busan-port.example/news/typhoon-1',
          feed: expect.anything(),
        }),
      ]),
    )
  })

  it('a feed without guids that moves its links to the bare host stores nothing new (consumer, then the fetch route)', async () => {
    const feedUrl = 'https://moving.example/rss'
    const items = (host: string) =>
      [1, 2].map((n) => ({ ...story(n, 'moving'), link: `https://${host}/a/${n}` }))
    let host = 'www.moving.example'
    serve({ [feedUrl]: () => new Response(rss(items(host))) }, { unknown: 'network-error' })
    const added = await callJson<{ id: string }>('/api/feeds', { method: 'POST', json: { url: feedUrl } })
    await consumeFetch(env, Number(added.body.id))
    expect(await articlesLinked('%moving.example/a/%')).toHaveLength(2)
    host = 'moving.example'
    const again = await callJson(`/api/feeds/${added.body.id}/fetch`, { method: 'POST' })
    expect(again.body).toMatchObject({ status: 'ok', items: 2, inserted: 0, merged: { same_guid: 2 } })
    const feed = await callJson<{
      article_count: number
      last_ingest: { inserted: number; duplicates: number }
    }>(`/api/feeds/${added.body.id}`)
    expect(feed.body.last_ingest).toMatchObject({ inserted: 0, duplicates: 2 })
    expect(await articlesLinked('%moving.example/a/%')).toHaveLength(2)
  })

  it('unrelated hosts that merely contain "www" stay separate articles', async () => {
    const s = story(3, 'lookalike')
    const links = [
      'https://lookalike.example/a/3',
      'https://www2.lookalike.example/a/3',
      'https://wwwlookalike.example/a/3',
    ]
    for (const [i, link] of links.entries())
      await ingest(
        `https://lookalike-feed-${i}.example/rss`,
        rss([{ ...s, title: `${s.title} ${i}`, guid: `l-${i}`, link }]),
      )
    const rows = await articlesLinked('%lookalike.example/a/3')
    expect(rows.map((r) => r.canonical_url).sort()).toEqual([...links].sort())
  })
})

describe('migration 0029: keys stored with "www." in the new form', () => {
  it('rewrites canonical URLs and item keys, keeps every link, and the items are recognised afterwards', async () => {
    expect(statements).toHaveLength(5)
    const now = Date.now()
    const feed = await env.DB.prepare(
      `INSERT INTO feeds (url, url_key, title, next_fetch_at, created_at, updated_at)
       VALUES ('https://legacy-www.example/rss', 'https://legacy-www.example/rss', 'Legacy', ?1, ?1, ?1) RETURNING id`,
    )
      .bind(now)
      .first<{ id: number }>()
    const feedId = feed!.id
    // Rows as the code before 0029 wrote them: key = articleUrlKey with www; url NULL when equal (0020).
    const OLD = [
      {
        key: 'https://www.legacy-www.example/n/1',
        url: null,
        item: 'url:https://www.legacy-www.example/n/1',
      },
      {
        key: 'https://www.legacy-www.example/n/2',
        url: 'http://www.legacy-www.example/n/2/?utm_source=rss',
        item: 'url:https://www.legacy-www.example/n/2',
      },
      // A guid shared by two items: the second was stored under its secondary key.
      {
        key: 'https://www.legacy-www.example/n/3',
        url: null,
        item: 'guid:shared|url:https://www.legacy-www.example/n/3',
      },
      // Not "www." labels: untouched.
      {
        key: 'https://www2.legacy-www.example/n/4',
        url: null,
        item: 'url:https://www2.legacy-www.example/n/4',
      },
      { key: 'https://www.com/n/5', url: null, item: 'url:https://www.com/n/5' },
      { key: 'https://wwwlegacy.example/n/6', url: null, item: 'url:https://wwwlegacy.example/n/6' },
    ]
    const ids = OLD.map((_, i) => 9_100_000 + i)
    for (const [i, row] of OLD.entries()) {
      await env.DB.batch([
        env.DB.prepare(
          `INSERT INTO articles (id, canonical_url, url, title, summary, content, lang, published_at, fetched_at,
             feed_id, cluster_id, simhash, content_hash) VALUES (?1, ?2, ?3, ?4, '', '', 'en', ?5, ?5, ?6, ?1, '0000000000000000', ?7)`,
        ).bind(ids[i], row.key, row.url, `Legacy www ${i}`, now, feedId, `legacy-www-hash-${i}`),
        env.DB.prepare(
          'INSERT INTO article_sources (feed_id, item_key, article_id, url, first_seen_at) VALUES (?, ?, ?, ?, ?)',
        ).bind(feedId, row.item, ids[i], '', now),
      ])
    }
    // Both spellings stored as two articles before: the bare one keeps the key, the www one its own.
    const pair = [9_100_100, 9_100_101]
    for (const [i, key] of [
      'https://www.legacy-www.example/pair',
      'https://legacy-www.example/pair',
    ].entries())
      await env.DB.prepare(
        `INSERT INTO articles (id, canonical_url, url, title, summary, content, lang, published_at, fetched_at,
           feed_id, cluster_id, simhash, content_hash) VALUES (?1, ?2, NULL, ?3, '', '', 'en', ?4, ?4, ?5, ?1, '0000000000000000', ?6)`,
      )
        .bind(pair[i], key, `Pair ${i}`, now, feedId, `legacy-www-pair-${i}`)
        .run()
    const links = async () =>
      (
        await env.DB.prepare(
          'SELECT id, coalesce(url, canonical_url) AS link FROM articles WHERE id BETWEEN 9100000 AND 9100200 ORDER BY id',
        ).all<{ id: number; link: string }>()
      ).results

    const before = await links()
    for (const sql of statements) await env.DB.prepare(sql).run()
    expect(await links()).toEqual(before)

    const keys = await env.DB.prepare(
      'SELECT id, canonical_url, url FROM articles WHERE id BETWEEN 9100000 AND 9100200 ORDER BY id',
    ).all<{ id: number; canonical_url: string; url: string | null }>()
    expect(keys.results.map((r) => r.canonical_url)).toEqual([
      ...OLD.map((r) => articleUrlKey(r.key)),
      'https://www.legacy-www.example/pair',
      'https://legacy-www.example/pair',
    ])
    // A link stored as its key stays lean where the key did not move.
    expect(keys.results.filter((r) => r.url === r.canonical_url)).toEqual([])
    expect(keys.results.find((r) => r.id === pair[0])!.url).toBeNull()
    const items = await env.DB.prepare(
      'SELECT item_key FROM article_sources WHERE feed_id = ? ORDER BY article_id',
    )
      .bind(feedId)
      .all<{ item_key: string }>()
    expect(items.results.map((r) => r.item_key)).toEqual([
      'url:https://legacy-www.example/n/1',
      'url:https://legacy-www.example/n/2',
      'guid:shared|url:https://legacy-www.example/n/3',
      'url:https://www2.legacy-www.example/n/4',
      'url:https://www.com/n/5',
      'url:https://wwwlegacy.example/n/6',
    ])

    // The same items fetched again after the upgrade, as the publisher still spells them: all known.
    const again = await ingest(
      'https://legacy-www.example/rss',
      rss(
        [0, 1, 3, 4, 5].map((i) => ({
          title: `Legacy www ${i}`,
          link: OLD[i].url ?? OLD[i].key,
        })),
      ),
    )
    expect(again.body).toMatchObject({ items: 5, inserted: 0, merged: { same_guid: 5 } })
    // And under the bare host from another feed: folded into the stored article, not a new one.
    const bare = await ingest(
      'https://aggregator-www.example/rss',
      rss([{ title: 'Legacy www 0', guid: 'agg-1', link: 'https://legacy-www.example/n/1' }]),
    )
    expect(bare.body).toMatchObject({ items: 1, inserted: 0, merged: { same_url: 1 } })
  })
})
