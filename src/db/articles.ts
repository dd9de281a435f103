/** SQL of the article detail (GET /api/articles/:id): one batch, one round trip. */
import { MAX_DUPLICATES } from '../limits'
import { plainContentColumn, unpackRow } from './article-text'
import { ARTICLE_ROW_COLUMNS, type ArticleRow, articleUrl, sourceUrl } from './article-view'
import { type MentionSqlRow, mentionRows, readMentionsStatement } from './mentions'
import { decodeRecords, type RecordRow, readRecordsStatement, type StoredRelation } from './records'
import { mentionSentence } from './tags'

export interface ArticleDetailRow extends ArticleRow {
  content: string
  /** Set when archived: where its record is in R2. */
  archive_key: string | null
  archive_offset: number | null
  archive_length: number | null
}

export interface MentionRow {
  event: string
  actors: string
  sentence: string
  in_title: number
}

export interface DuplicateRow {
  id: number
  url: string | null
  feed_id: number
  feed_title: string | null
}

export interface ArticleDetailRows {
  article: ArticleDetailRow | null
  mentions: MentionRow[]
  records: RecordRow[]
  /** Other articles of the same near-duplicate cluster, oldest first. */
  clusterMembers: DuplicateRow[]
  /** Other feeds that carried this very article (same canonical URL). */
  otherSources: DuplicateRow[]
}

export async function readArticleDetail(db: D1Database, id: number): Promise<ArticleDetailRows> {
  const [article, mentions, members, sources, records] = await db.batch([
    db
      .prepare(
        `SELECT ${ARTICLE_ROW_COLUMNS}, ${plainContentColumn('a')}, a.archive_offset, a.archive_length,
           (SELECT object_key FROM archive_batches WHERE id = a.archive_batch) AS archive_key
         FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE a.id = ?1`,
      )
      .bind(id),
    readMentionsStatement(db, id),
    db
      .prepare(
        `SELECT a.id, ${articleUrl('a')} AS url, a.feed_id, f.title AS feed_title
         FROM articles a JOIN feeds f ON f.id = a.feed_id
         WHERE a.cluster_id = (SELECT cluster_id FROM articles WHERE id = ?1) AND a.id <> ?1
         ORDER BY a.id LIMIT ?2`,
      )
      .bind(id, MAX_DUPLICATES),
    db
      .prepare(
        `SELECT s.article_id AS id, ${sourceUrl('s', 'a')} AS url, s.feed_id, f.title AS feed_title
         FROM article_sources s JOIN feeds f ON f.id = s.feed_id JOIN articles a ON a.id = s.article_id
         WHERE s.article_id = ?1 AND s.feed_id <> (SELECT feed_id FROM articles WHERE id = ?1)
         ORDER BY s.first_seen_at, s.feed_id LIMIT ?2`,
      )
      .bind(id, MAX_DUPLICATES),
    readRecordsStatement(db, id),
  ])
  const row = article.results[0]
    ? (unpackRow(article.results[0] as ArticleDetailRow) as ArticleDetailRow)
    : null
  return {
    article: row,
    // Sentences stored as spans are cut from the text just read (an archived row has no mentions left).
    mentions: row
      ? mentionRows(mentions.results as MentionSqlRow[]).map((m) => ({
          event: m.event,
          actors: m.actors,
          sentence: mentionSentence(m, row),
          in_title: m.in_title,
        }))
      : [],
    records: decodeRecords(records.results as StoredRelation[]),
    clusterMembers: members.results as DuplicateRow[],
    otherSources: sources.results as DuplicateRow[],
  }
}
