/**
 * SQL and storage form of an article's sentence mentions (migrations/0018_mention_lists.sql): one
 * article_mention_lists row per article whose `data` BLOB is
 *   byte 0     MENTION_LIST_FORMAT (1)
 *   varint     how many distinct slugs, then each as varint UTF-8 length + bytes
 *   per mention, in order: varint event (slug index), varint actor count, varint actor indexes,
 *              varint start·4 + copy·2 + in_title, then the span's length (varint), or for a copy
 *              (copy = 1, start 0) the sentence as varint UTF-8 length + bytes.
 * Rows of article_mentions written before that migration are read alongside (legacy form).
 */
import { fromHex, toHex } from '../lib/hex'
import { VarintReader, VarintWriter } from '../lib/varint'
import { bulkInsert } from './bulk'

/** The first byte of a mention list. A new encoding gets a new number; readers keep every one they know. */
export const MENTION_LIST_FORMAT = 1

/** A mention as written: a span into the text the tagger read, or (start < 0) a copy of `sentence`. */
export interface MentionToStore {
  event: string
  actors: string[]
  inTitle: boolean
  start: number
  end: number
  sentence: string
}

/** A stored mention as readers get it, in either form (legacy rows have the same columns). */
export interface StoredMentionRow {
  event: string
  /** Actor slugs, space-separated. */
  actors: string
  /** The copy, or '' when the sentence is a span. */
  sentence: string
  in_title: number
  sent_start: number | null
  sent_end: number | null
}

export function encodeMentions(mentions: MentionToStore[]): Uint8Array {
  const index = new Map<string, number>()
  for (const m of mentions)
    for (const slug of [m.event, ...m.actors]) if (!index.has(slug)) index.set(slug, index.size)
  const w = new VarintWriter().uint(MENTION_LIST_FORMAT).uint(index.size)
  for (const slug of index.keys()) w.text(slug)
  for (const m of mentions) {
    w.uint(index.get(m.event)!).uint(m.actors.length)
    for (const a of m.actors) w.uint(index.get(a)!)
    const title = m.inTitle ? 1 : 0
    if (m.start < 0) w.uint(2 + title).text(m.sentence)
    else w.uint(m.start * 4 + title).uint(m.end - m.start)
  }
  return w.bytes()
}

/** Inverse of encodeMentions, in the readers' row shape; throws on a truncated or unknown BLOB. */
export function decodeMentions(data: Uint8Array): StoredMentionRow[] {
  const r = new VarintReader(data)
  const format = r.uint()
  if (format !== MENTION_LIST_FORMAT) throw new Error(`mention list of unknown format ${format}`)
  const slugs = Array.from({ length: r.uint() }, () => r.text())
  const slug = (i: number) => {
    if (i >= slugs.length) throw new RangeError(`mention list slug ${i} out of range`)
    return slugs[i]
  }
  const out: StoredMentionRow[] = []
  while (!r.done) {
    const event = slug(r.uint())
    const actors = Array.from({ length: r.uint() }, () => slug(r.uint())).join(' ')
    const head = r.uint()
    const in_title = head % 2
    if (head & 2) out.push({ event, actors, sentence: r.text(), in_title, sent_start: null, sent_end: null })
    else {
      const start = Math.floor(head / 4)
      out.push({ event, actors, sentence: '', in_title, sent_start: start, sent_end: start + r.uint() })
    }
  }
  return out
}

/** The mention lists of NEW articles (or of articles whose mentions were just deleted), in a few statements. */
export function mentionListStatements(
  db: D1Database,
  items: { articleId: number; mentions: MentionToStore[] }[],
): D1PreparedStatement[] {
  return bulkInsert(
    db,
    'INSERT INTO article_mention_lists (article_id, data)',
    items.filter((i) => i.mentions.length > 0).map((i) => [i.articleId, toHex(encodeMentions(i.mentions))]),
    'ON CONFLICT DO NOTHING',
    [1],
  )
}

/** Legacy rows (article_mentions) first, then the list: an article has one form or the other. */
const MENTIONS_OF = (ids: string) =>
  `SELECT article_id, 0 AS list, seq, event, actors, sentence, in_title, sent_start, sent_end
     FROM article_mentions WHERE article_id IN (${ids})
   UNION ALL
   SELECT article_id, 1, 0, NULL, NULL, hex(data), NULL, NULL, NULL
     FROM article_mention_lists WHERE article_id IN (${ids})
   ORDER BY article_id, list, seq`

export interface MentionSqlRow extends Omit<StoredMentionRow, 'event' | 'actors'> {
  article_id: number
  list: number
  event: string | null
  actors: string | null
}

/** One article's mentions in order (the detail route batches this statement with the article's). */
export const readMentionsStatement = (db: D1Database, articleId: number): D1PreparedStatement =>
  db.prepare(MENTIONS_OF('?1')).bind(articleId)

/** Several articles' mentions (archive batches), by article id. */
export const readMentionsOfStatement = (db: D1Database, articleIds: number[]): D1PreparedStatement =>
  db.prepare(MENTIONS_OF('SELECT value FROM json_each(?1)')).bind(JSON.stringify(articleIds))

/** Rows of readMentionsStatement / readMentionsOfStatement as mentions, with their article id. */
export function mentionRows(rows: MentionSqlRow[]): (StoredMentionRow & { article_id: number })[] {
  return rows.flatMap((row) =>
    row.list
      ? decodeMentions(fromHex(row.sentence)).map((m) => ({ ...m, article_id: row.article_id }))
      : [{ ...row, event: row.event!, actors: row.actors! }],
  )
}

/** Deletes the mentions of the articles a subquery (or json_each list) yields, in both forms. */
export function deleteMentionsStatements(
  db: D1Database,
  ids: string,
  values: unknown[],
): D1PreparedStatement[] {
  return ['article_mentions', 'article_mention_lists'].map((table) =>
    db.prepare(`DELETE FROM ${table} WHERE article_id IN (${ids})`).bind(...values),
  )
}
