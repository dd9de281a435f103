/**
 * SQL of event records (migrations/0010_event_records.sql): writing an article's records, and
 * reading them back with their sentences cut from the stored article text (no sentence copies).
 */
import { MAX_RECORDS_PER_ARTICLE } from '../limits'
import { spanText } from '../tagging/normalise'
import type { EventRecord, Modality } from '../tagging/types'
import { bulkInsert } from './bulk'

/** One article's records, as tag writers pass them. */
export interface ArticleRecords {
  articleId: number
  publishedAt: number
  records: EventRecord[]
}

/**
 * The records of NEW articles (or of articles whose records were just deleted), packed into
 * shared multi-row INSERTs. Beyond MAX_RECORDS_PER_ARTICLE only records adding an (event,
 * source, target, modality) not yet stored are kept, so no relation an article states is lost.
 */
export function recordRowStatements(db: D1Database, items: ArticleRecords[]): D1PreparedStatement[] {
  return bulkInsert(
    db,
    'INSERT INTO article_records (article_id, seq, event, source, target, modality, in_title, sent_start, ' +
      'sent_end, published_at)',
    items.flatMap((i) =>
      boundedRecords(i.records).map((r, seq) => [
        i.articleId,
        seq,
        r.event,
        r.source,
        r.target,
        r.modality,
        r.inTitle ? 1 : 0,
        r.start,
        r.end,
        i.publishedAt,
      ]),
    ),
    'ON CONFLICT DO NOTHING',
  )
}

/** At most MAX_RECORDS_PER_ARTICLE records: every distinct relation first, then repeats in order. */
export function boundedRecords(records: EventRecord[]): EventRecord[] {
  if (records.length <= MAX_RECORDS_PER_ARTICLE) return records
  const key = (r: EventRecord) => `${r.event} ${r.source} ${r.target} ${r.modality}`
  const seen = new Set<string>()
  const first: EventRecord[] = []
  const repeats: EventRecord[] = []
  for (const r of records) {
    if (seen.has(key(r))) repeats.push(r)
    else {
      seen.add(key(r))
      first.push(r)
    }
  }
  const keep = new Set([...first, ...repeats].slice(0, MAX_RECORDS_PER_ARTICLE))
  return records.filter((r) => keep.has(r))
}

export interface RecordRow {
  event: string
  source: string | null
  target: string | null
  modality: Modality
  in_title: number
  sent_start: number
  sent_end: number
}

/** A stored article's records in order (the detail route batches this statement with the article's). */
export function readRecordsStatement(db: D1Database, articleId: number): D1PreparedStatement {
  return db
    .prepare(
      'SELECT event, source, target, modality, in_title, sent_start, sent_end FROM article_records ' +
        'WHERE article_id = ?1 ORDER BY seq',
    )
    .bind(articleId)
}

/** The text the tagger read: an article's title, and its body (content, else summary). */
export interface TaggedText {
  title: string
  content: string | null
  summary: string
}

/** A stored sentence span cut from the text the tagger read (whitespace collapsed as the tagger shows it). */
export function spanSentence(inTitle: number, start: number, end: number, text: TaggedText): string {
  return spanText(inTitle === 1 ? text.title : text.content || text.summary, start, end)
}

/** The sentence of a record. */
export const recordSentence = (r: RecordRow, text: TaggedText): string =>
  spanSentence(r.in_title, r.sent_start, r.sent_end, text)
