import { iso } from '../lib/time'
import { packedTextColumn, unpackRow } from './article-text'

/** The public article object (the Article schema of /openapi.json), shared by search, feeds and webhooks. */
export interface ArticleView {
  id: string
  title: string
  url: string | null
  summary: string
  published_at: string
  fetched_at: string
  lang: string
  author: string | null
  image_url: string | null
  feed: { id: string; title: string | null }
  actors: string[]
  events: string[]
  cluster_id: string
  /** true: the body lives in the R2 archive (GET /api/articles/:id still returns it; q-search no longer finds it). */
  archived: boolean
}

/** The article row joined with its feed's title, as the SELECTs in src/db produce it. */
export interface ArticleRow {
  id: number
  title: string
  url: string | null
  summary: string
  published_at: number
  fetched_at: number
  lang: string
  author: string | null
  image_url: string | null
  feed_id: number
  feed_title: string | null
  actors: string
  events: string
  cluster_id: number
  archived: number
  /** The summary's stored form when the row is packed (src/db/article-text.ts); toArticleView reads it. */
  packed_text?: string | null
}

/**
 * SQL: an article's URL. articles.url is NULL when the link is exactly its canonical URL (the
 * article URL key, derived from the link: migrations/0020_lean_rows.sql), which then stands for it.
 */
export const articleUrl = (alias: string) => `coalesce(${alias}.url, ${alias}.canonical_url)`

/**
 * SQL: the URL an item had in its feed (article_sources `s` of article `a`). '' stands for the
 * article's own link (0020: the item that created an article has exactly its link); NULL is an
 * item without one.
 */
export const sourceUrl = (s: string, a: string) => `iif(${s}.url = '', ${articleUrl(a)}, ${s}.url)`

/** Columns to SELECT (with `FROM articles a JOIN feeds f ON f.id = a.feed_id`) to build an ArticleRow. */
export const ARTICLE_ROW_COLUMNS =
  `a.id, a.title, ${articleUrl('a')} AS url, a.summary, a.published_at, a.fetched_at, a.lang, a.author, ` +
  'a.image_url, a.feed_id, ' +
  'f.title AS feed_title, a.actors, a.events, a.cluster_id, a.archive_batch IS NOT NULL AS archived, ' +
  packedTextColumn('a')

const splitSlugs = (s: string) => (s ? s.split(' ').filter(Boolean) : [])

export function toArticleView(r: ArticleRow): ArticleView {
  return {
    id: String(r.id),
    title: r.title,
    url: r.url,
    summary: unpackRow(r).summary,
    published_at: iso(r.published_at)!,
    fetched_at: iso(r.fetched_at)!,
    lang: r.lang,
    author: r.author,
    image_url: r.image_url,
    feed: { id: String(r.feed_id), title: r.feed_title },
    actors: splitSlugs(r.actors),
    events: splitSlugs(r.events),
    cluster_id: String(r.cluster_id),
    archived: r.archived === 1,
  }
}
