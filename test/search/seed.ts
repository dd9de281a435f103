/** Test data written straight into D1 (articles, feeds, tags, index rows), independent of the ingest path. */
import { env } from 'cloudflare:test'
import { STRENGTH_UNITS } from '../../src/db/tags'
import { searchIndexStatements } from '../../src/search/indexer'

export interface SeedArticle {
  id: number
  title: string
  summary?: string
  content?: string
  lang?: string
  /** ISO string or epoch ms. */
  published: string | number
  fetchedAt?: number
  feedId?: number
  clusterId?: number
  url?: string
  /** slug or [slug, strength]. */
  actors?: (string | [string, number])[]
  events?: (string | [string, number])[]
  mentions?: { event: string; actors: string[]; sentence: string; inTitle?: boolean }[]
}

export const ms = (t: string | number) => (typeof t === 'number' ? t : Date.parse(t))

export async function seedFeeds(feeds: { id: number; title: string }[]): Promise<void> {
  await env.DB.batch(
    feeds.map((f) =>
      env.DB.prepare(
        `INSERT INTO feeds (id, url, url_key, title, next_fetch_at, created_at, updated_at) VALUES (?, ?, ?, ?, 0, 0, 0)
         ON CONFLICT (id) DO NOTHING`,
      ).bind(f.id, `https://feed${f.id}.example/rss`, `feed${f.id}.example/rss`, f.title),
    ),
  )
}

const tagPairs = (tags: (string | [string, number])[] = []) =>
  tags.map((t) => (typeof t === 'string' ? ([t, 0.5] as [string, number]) : t))

export function seedStatements(a: SeedArticle): D1PreparedStatement[] {
  const db = env.DB
  const published = ms(a.published)
  const actors = tagPairs(a.actors)
  const events = tagPairs(a.events)
  const url = a.url ?? `https://news.example/${a.id}`
  return [
    db
      .prepare(
        `INSERT INTO articles (id, canonical_url, url, title, summary, content, lang, published_at, fetched_at, feed_id,
           cluster_id, simhash, content_hash, actors, events)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '0000000000000000', ?, ?, ?)`,
      )
      .bind(
        a.id,
        url,
        url,
        a.title,
        a.summary ?? '',
        a.content ?? '',
        a.lang ?? 'en',
        published,
        a.fetchedAt ?? published,
        a.feedId ?? 1,
        a.clusterId ?? a.id,
        `hash${a.id}`,
        actors.map((t) => t[0]).join(' '),
        events.map((t) => t[0]).join(' '),
      ),
    db
      .prepare(
        `INSERT INTO article_sources (feed_id, item_key, article_id, url, first_seen_at) VALUES (?, ?, ?, ?, ?)`,
      )
      .bind(a.feedId ?? 1, `url:${url}`, a.id, url, published),
    ...actors.map(([slug, strength]) =>
      db
        .prepare('INSERT INTO article_actors (actor, article_id, published_at, strength) VALUES (?, ?, ?, ?)')
        .bind(slug, a.id, published, Math.round(strength * STRENGTH_UNITS)),
    ),
    ...events.map(([slug, strength]) =>
      db
        .prepare('INSERT INTO article_events (event, article_id, published_at, strength) VALUES (?, ?, ?, ?)')
        .bind(slug, a.id, published, Math.round(strength * STRENGTH_UNITS)),
    ),
    ...(a.mentions ?? []).map((m, seq) =>
      db
        .prepare(
          'INSERT INTO article_mentions (article_id, seq, event, actors, sentence, in_title) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .bind(a.id, seq, m.event, m.actors.join(' '), m.sentence, m.inTitle ? 1 : 0),
    ),
    ...searchIndexStatements(db, [
      { id: a.id, title: a.title, summary: a.summary ?? '', content: a.content ?? '' },
    ]),
  ]
}

export async function seedArticles(list: SeedArticle[]): Promise<void> {
  const statements = list.flatMap(seedStatements)
  for (let i = 0; i < statements.length; i += 50) await env.DB.batch(statements.slice(i, i + 50))
}

export interface SearchBody {
  items: {
    id: string
    title: string
    snippet?: string | null
    cluster_id: string
    actors: string[]
    events: string[]
    feed: { id: string }
  }[]
  next_cursor: string | null
}

export const BASE = 'https://seismo.test'
