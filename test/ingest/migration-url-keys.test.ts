/// <reference types="vite/client" />
/**
 * Migration 0006 rewrites the URL keys stored before articleUrlKey (http kept, trailing slash
 * kept) to the new form, so items seen before are still recognised after the upgrade: no
 * duplicate article, no second webhook. Its UPDATEs are run again here on rows written the old way.
 */
import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import migration from '../../migrations/0006_item_identity.sql?raw'
import { articleUrlKey } from '../../src/lib/canonical-url'
import { rss } from '../helpers/feeds'
import { ingest } from '../helpers/http'

const updates = migration
  .split(/;\s*\n/)
  .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
  .filter((s) => s.startsWith('UPDATE'))

const OLD_KEYS = [
  'http://legacy.example/news/1',
  'https://legacy.example/news/2/',
  'http://legacy.example/news/3/?id=7',
  'https://legacy.example/',
  'https://legacy.example/?p=4',
]

describe('migration 0006: stored URL keys in the new form', () => {
  it('rewrites canonical URLs and url: item keys, and the items are recognised afterwards', async () => {
    expect(updates).toHaveLength(6)
    const now = Date.now()
    const feed = await env.DB.prepare(
      `INSERT INTO feeds (url, url_key, title, next_fetch_at, created_at, updated_at)
       VALUES ('https://legacy.example/rss', 'https://legacy.example/rss', 'Legacy', ?1, ?1, ?1) RETURNING id`,
    )
      .bind(now)
      .first<{ id: number }>()
    for (const [i, key] of OLD_KEYS.entries()) {
      const id = 9_000_000 + i
      await env.DB.batch([
        env.DB.prepare(
          `INSERT INTO articles (id, canonical_url, url, title, summary, content, lang, published_at, fetched_at,
             feed_id, cluster_id, simhash, content_hash) VALUES (?1, ?2, ?2, ?3, '', '', 'en', ?4, ?4, ?5, ?1, '0000000000000000', ?6)`,
        ).bind(id, key, `Legacy ${i}`, now, feed!.id, `legacy-hash-${i}`),
        env.DB.prepare(
          'INSERT INTO article_sources (feed_id, item_key, article_id, url, first_seen_at) VALUES (?, ?, ?, ?, ?)',
        ).bind(feed!.id, `url:${key}`, id, key, now),
      ])
    }
    for (const sql of updates) await env.DB.prepare(sql).run()

    const keys = await env.DB.prepare(
      'SELECT canonical_url FROM articles WHERE id >= 9000000 AND id < 9000010 ORDER BY id',
    ).all<{ canonical_url: string }>()
    expect(keys.results.map((r) => r.canonical_url)).toEqual(OLD_KEYS.map(articleUrlKey))
    const items = await env.DB.prepare(
      'SELECT item_key FROM article_sources WHERE feed_id = ? ORDER BY article_id',
    )
      .bind(feed!.id)
      .all<{ item_key: string }>()
    expect(items.results.map((r) => r.item_key)).toEqual(OLD_KEYS.map((k) => `url:${articleUrlKey(k)}`))

    // The same items fetched again after the upgrade (no guids): all known, nothing inserted.
    const again = await ingest(
      'https://legacy.example/rss',
      rss(OLD_KEYS.map((link, i) => ({ title: `Legacy ${i}`, link }))),
    )
    expect(again.body).toMatchObject({ items: 5, inserted: 0, merged: { same_guid: 5 } })
  })
})
