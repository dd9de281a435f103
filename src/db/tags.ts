/**
 * SQL that stores an article's tags: article_actors, article_events, article_mention_lists (mentions),
 * article_relations (event records) and the denormalised slug lists.
 */

import { MAX_MENTION_SENTENCE_CHARS, MAX_MENTIONS_PER_ARTICLE } from '../limits'
import type { TagResult } from '../tagging/types'
import { type StoredTextRow, textColumns, unpackRow } from './article-text'
import { bulkInsert } from './bulk'
import { deleteMentionsStatements, mentionListStatements } from './mentions'
import { recordRowStatements, spanSentence, type TaggedText } from './records'

function clip(sentence: string): string {
  return sentence.length <= MAX_MENTION_SENTENCE_CHARS
    ? sentence
    : `${sentence.slice(0, MAX_MENTION_SENTENCE_CHARS - 1)}…`
}

/**
 * A mention's sentence as stored: a span into the article's text (migration 0014_mention_offsets),
 * or a copy (rows of before, and sentences whose span would not read back exactly); see mentions.ts.
 */
export interface StoredMentionText {
  sentence: string
  in_title: number
  sent_start: number | null
  sent_end: number | null
}

/** The sentence of a stored mention, exactly as it was written (clipped alike). */
export function mentionSentence(m: StoredMentionText, text: TaggedText): string {
  return m.sent_start === null || m.sent_end === null
    ? m.sentence
    : clip(spanSentence(m.in_title, m.sent_start, m.sent_end, text))
}

/** One article's tags, as the writers below take them. */
export interface ArticleTags {
  articleId: number
  publishedAt: number
  result: TagResult
}

/**
 * Tag strength as stored (migrations/0020_lean_rows.sql): thousandths as an integer, 1-2 bytes
 * instead of an 8-byte REAL. The tagger rounds strength to three decimals, so this is exact.
 */
export const STRENGTH_UNITS = 1000
const storedStrength = (t: { strength: number }) => Math.round(t.strength * STRENGTH_UNITS)

/**
 * The tag rows of NEW articles (no rows exist yet), packed into multi-row INSERTs across all of
 * them (a 100-item ingest is a handful of statements, not three per article), without touching
 * the articles rows: the ingest store writes actors/events into its own INSERT.
 */
export function tagRowStatements(db: D1Database, items: ArticleTags[]): D1PreparedStatement[] {
  return [
    ...bulkInsert(
      db,
      'INSERT INTO article_actors (actor, article_id, published_at, strength)',
      items.flatMap((i) =>
        i.result.actors.map((t) => [t.slug, i.articleId, i.publishedAt, storedStrength(t)]),
      ),
      'ON CONFLICT DO NOTHING',
    ),
    ...bulkInsert(
      db,
      'INSERT INTO article_events (event, article_id, published_at, strength)',
      items.flatMap((i) =>
        i.result.events.map((t) => [t.slug, i.articleId, i.publishedAt, storedStrength(t)]),
      ),
      'ON CONFLICT DO NOTHING',
    ),
    ...mentionListStatements(
      db,
      items.map((i) => ({
        articleId: i.articleId,
        mentions: i.result.mentions.slice(0, MAX_MENTIONS_PER_ARTICLE).map((m) => ({
          event: m.event,
          actors: m.actors,
          inTitle: m.inTitle,
          start: m.start >= 0 ? m.start : -1,
          end: m.end,
          sentence: m.start >= 0 ? '' : clip(m.sentence),
        })),
      })),
    ),
    ...recordRowStatements(
      db,
      items.map((i) => ({ articleId: i.articleId, publishedAt: i.publishedAt, records: i.result.records })),
    ),
  ]
}

/** The tag rows plus the denormalised slug lists on the articles row (an article stored without tags, or a retag). */
export function tagWriteStatements(
  db: D1Database,
  articleId: number,
  publishedAt: number,
  result: TagResult,
): D1PreparedStatement[] {
  return [
    ...tagRowStatements(db, [{ articleId, publishedAt, result }]),
    slugListStatement(db, articleId, result),
  ]
}

/** The denormalised slug lists on the articles row (what article objects show as actors/events). */
function slugListStatement(db: D1Database, articleId: number, result: TagResult): D1PreparedStatement {
  return db
    .prepare('UPDATE articles SET actors = ?, events = ? WHERE id = ?')
    .bind(result.actors.map((t) => t.slug).join(' '), result.events.map((t) => t.slug).join(' '), articleId)
}

/**
 * Statements that replace the tags of many stored articles at once (one retag batch): set-based deletes, then
 * the inserts.
 */
export function retagBatchStatements(db: D1Database, items: ArticleTags[]): D1PreparedStatement[] {
  if (items.length === 0) return []
  const ids = JSON.stringify(items.map((i) => i.articleId))
  // Tag rows are found by primary key (slug, published_at, article_id): the article's current
  // slugs are on its articles row, which the same batch rewrites only after these deletes.
  const tagDelete = (table: string, column: 'actor' | 'event') =>
    db
      .prepare(
        `DELETE FROM ${table} WHERE (${column}, published_at, article_id) IN (
           SELECT s.value, a.published_at, a.id
           FROM articles a, json_each('["' || replace(a.${column}s, ' ', '","') || '"]') s
           WHERE a.id IN (SELECT value FROM json_each(?1)))`,
      )
      .bind(ids)
  const deletes = [
    tagDelete('article_actors', 'actor'),
    tagDelete('article_events', 'event'),
    ...deleteMentionsStatements(db, 'SELECT value FROM json_each(?1)', [ids]),
    db
      .prepare('DELETE FROM article_relations WHERE article_id IN (SELECT value FROM json_each(?1))')
      .bind(ids),
  ]
  return [
    ...deletes,
    ...tagRowStatements(db, items),
    ...items.map((i) => slugListStatement(db, i.articleId, i.result)),
  ]
}

export interface RetagArticleRow {
  id: number
  title: string
  summary: string
  content: string
  lang: string
  published_at: number
}

/**
 * The next batch of stored articles to re-tag, newest id first, strictly below `beforeId` (null =
 * from the newest). Archived articles are skipped: their text is in R2, and tagging what D1 still
 * holds (title and summary) would replace their tags with poorer ones.
 */
export async function readRetagBatch(
  db: D1Database,
  beforeId: number | null,
  limit: number,
): Promise<RetagArticleRow[]> {
  const { results } = await db
    .prepare(
      `SELECT a.id, a.title, ${textColumns('a')}, a.lang, a.published_at FROM articles a
       WHERE (?1 IS NULL OR a.id < ?1) AND a.archive_batch IS NULL ORDER BY a.id DESC LIMIT ?2`,
    )
    .bind(beforeId, limit)
    .all<RetagArticleRow & StoredTextRow>()
  return results.map((r) => unpackRow(r) as RetagArticleRow)
}
