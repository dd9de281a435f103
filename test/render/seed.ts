import { env } from 'cloudflare:test'
import { searchIndexStatements } from '../../src/search/indexer'

/**
 * Articles written straight into D1 (rows, tag rows and the full-text index), so feed output
 * tests do not depend on the ingest path. Times are epoch ms.
 */
export interface SeedArticle {
  id: number
  feedId: number
  title: string
  summary?: string
  url?: string | null
  lang?: string
  author?: string | null
  imageUrl?: string | null
  publishedAt: number
  fetchedAt?: number
  actors?: string[]
  events?: string[]
  clusterId?: number
}

export async function seedFeed(id: number, title: string): Promise<void> {
  const now = Date.now()
  await env.DB.prepare(
    'INSERT INTO feeds (id, url, url_key, title, next_fetch_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  )
    .bind(id, `https://feeds.example/${id}.xml`, `feeds.example/${id}.xml`, title, now + 86_400_000, now, now)
    .run()
}

function seedStatements(a: SeedArticle): D1PreparedStatement[] {
  const db = env.DB
  const summary = a.summary ?? `${a.title}.`
  const url = a.url === undefined ? `https://news.example/${a.id}` : a.url
  const actors = a.actors ?? []
  const events = a.events ?? []
  return [
    db
      .prepare(
        `INSERT INTO articles (id, canonical_url, url, title, summary, content, author, image_url, lang, published_at,
           fetched_at, feed_id, cluster_id, simhash, content_hash, actors, events)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .bind(
        a.id,
        `canon:${a.id}`,
        url,
        a.title,
        summary,
        summary,
        a.author ?? null,
        a.imageUrl ?? null,
        a.lang ?? 'en',
        a.publishedAt,
        a.fetchedAt ?? a.publishedAt,
        a.feedId,
        a.clusterId ?? a.id,
        a.id.toString(16).padStart(16, '0'),
        `hash-${a.id}`,
        actors.join(' '),
        events.join(' '),
      ),
    ...actors.map((slug) =>
      db
        .prepare(
          'INSERT INTO article_actors (actor, article_id, published_at, strength) VALUES (?, ?, ?, 1000)',
        )
        .bind(slug, a.id, a.publishedAt),
    ),
    ...events.map((slug) =>
      db
        .prepare(
          'INSERT INTO article_events (event, article_id, published_at, strength) VALUES (?, ?, ?, 1000)',
        )
        .bind(slug, a.id, a.publishedAt),
    ),
    ...searchIndexStatements(db, [{ id: a.id, title: a.title, summary, content: summary }]),
  ]
}

/** Inserts the articles in one batch (one transaction), as the ingest store does. */
export async function seedArticles(articles: SeedArticle[]): Promise<void> {
  await env.DB.batch(articles.flatMap(seedStatements))
}
