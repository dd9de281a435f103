/**
 * SQL of event records (migrations/0017_compact_records.sql): an article stores one
 * article_relations row per distinct relation it states (event, source, target, modality as
 * record_terms codes), whose `spans` BLOB lists the sentences stating it (offsets into the stored
 * article text, no sentence copies). Writing an article's records, and reading them back in their
 * order with their sentences.
 */
import { fromHex, toHex } from '../lib/hex'
import { VarintReader, VarintWriter } from '../lib/varint'
import { MAX_RECORDS_PER_ARTICLE } from '../limits'
import { spanText } from '../tagging/normalise'
import type { EventRecord, Modality } from '../tagging/types'
import { chunkByJsonSize, MAX_ROWS_JSON_BYTES } from './bulk'

/** One article's records, as tag writers pass them. */
export interface ArticleRecords {
  articleId: number
  publishedAt: number
  records: EventRecord[]
}

/**
 * Modalities whose records do not tag their article have codes from this one up (speculative 4,
 * background 5, numbered first by migration 0017); the partial index article_relations_untagged
 * holds their rows, and a query uses it only when it names this condition as written. Only these
 * rows store the article's published_at (0020); the others store 0 (read the article's).
 */
export const UNTAGGED_MODALITIES_SQL = (alias: string) => `${alias}.modality >= 4`

/** SQL: the code of a term (a bound placeholder or a column expression); NULL if never stored. */
export const termCode = (term: string) => `(SELECT id FROM record_terms WHERE term = ${term})`

/** SQL: the codes of the terms a subquery or list yields (for `column IN (...)`). */
export const termCodes = (terms: string) => `(SELECT id FROM record_terms WHERE term IN (${terms}))`

/** SQL: the term a code stands for (NULL for 0, an absent role). */
export const termOf = (code: string) => `(SELECT term FROM record_terms WHERE id = ${code})`

/** One stored relation of an article: its terms and where it is stated (records in seq order). */
interface RelationRow {
  articleId: number
  publishedAt: number
  event: string
  source: string | null
  target: string | null
  modality: Modality
  records: { seq: number; inTitle: boolean; start: number; end: number }[]
}

/**
 * The records of NEW articles (or of articles whose records were just deleted): the terms they
 * name (numbered on first use), then one row per distinct relation per article, all packed into a
 * few statements whatever the article count. Beyond MAX_RECORDS_PER_ARTICLE only records adding a
 * relation not yet stored are kept, so no relation an article states is lost.
 */
export function recordRowStatements(db: D1Database, items: ArticleRecords[]): D1PreparedStatement[] {
  const rows = items.flatMap(relationsOf)
  if (rows.length === 0) return []
  const terms = new Set<string>()
  for (const r of rows)
    for (const t of [r.event, r.source, r.target, r.modality]) if (t !== null) terms.add(t)
  const v = (i: number) => `json_extract(value, '$[${i}]')`
  // published_at only on the rows article_relations_untagged holds (0020): the others store 0.
  const insert = `INSERT INTO article_relations (article_id, event, source, target, modality, published_at, spans)
    SELECT article_id, event, source, target, modality,
      CASE WHEN ${UNTAGGED_MODALITIES_SQL('r')} THEN published_at ELSE 0 END, spans
    FROM (SELECT ${v(0)} AS article_id, ${termCode(v(1))} AS event, coalesce(${termCode(v(2))}, 0) AS source,
      coalesce(${termCode(v(3))}, 0) AS target, ${termCode(v(4))} AS modality, ${v(5)} AS published_at,
      unhex(${v(6)}) AS spans
      FROM json_each(?)) r WHERE true ON CONFLICT DO NOTHING`
  return [
    db
      .prepare(
        'INSERT INTO record_terms (term) SELECT value FROM json_each(?) WHERE true ON CONFLICT (term) DO NOTHING',
      )
      .bind(JSON.stringify([...terms])),
    ...chunkByJsonSize(
      rows.map((r) => [
        r.articleId,
        r.event,
        r.source,
        r.target,
        r.modality,
        r.publishedAt,
        toHex(encodeSpans(r.records)),
      ]),
      MAX_ROWS_JSON_BYTES,
    ).map((json) => db.prepare(insert).bind(json)),
  ]
}

/** An article's (bounded) records grouped by relation, in order of first statement. */
function relationsOf(item: ArticleRecords): RelationRow[] {
  const byKey = new Map<string, RelationRow>()
  boundedRecords(item.records).forEach((r, seq) => {
    const key = relationKey(r)
    let row = byKey.get(key)
    if (!row) {
      row = {
        articleId: item.articleId,
        publishedAt: item.publishedAt,
        event: r.event,
        source: r.source,
        target: r.target,
        modality: r.modality,
        records: [],
      }
      byKey.set(key, row)
    }
    row.records.push({ seq, inTitle: r.inTitle, start: r.start, end: r.end })
  })
  return [...byKey.values()]
}

const relationKey = (r: Pick<EventRecord, 'event' | 'source' | 'target' | 'modality'>) =>
  JSON.stringify([r.event, r.source, r.target, r.modality])

/** At most MAX_RECORDS_PER_ARTICLE records: every distinct relation first, then repeats in order. */
export function boundedRecords(records: EventRecord[]): EventRecord[] {
  if (records.length <= MAX_RECORDS_PER_ARTICLE) return records
  const key = relationKey
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

/** A stored relation as readRecordsStatement returns it (spans as hex: D1 hands BLOBs over as number arrays). */
export interface StoredRelation {
  event: string
  source: string | null
  target: string | null
  modality: Modality
  spans: string
}

/** A stored article's relations (the detail route batches this statement with the article's). */
export function readRecordsStatement(db: D1Database, articleId: number): D1PreparedStatement {
  return db
    .prepare(
      `SELECT ${termOf('event')} AS event, ${termOf('source')} AS source, ${termOf('target')} AS target,
         ${termOf('modality')} AS modality, hex(spans) AS spans
       FROM article_relations WHERE article_id = ?1`,
    )
    .bind(articleId)
}

/** An article's records as they were written, in their order, from its stored relations. */
export function decodeRecords(relations: StoredRelation[]): RecordRow[] {
  const out: (RecordRow & { seq: number })[] = []
  for (const r of relations) {
    for (const s of decodeSpans(fromHex(r.spans))) {
      out.push({
        event: r.event,
        source: r.source,
        target: r.target,
        modality: r.modality,
        in_title: s.inTitle ? 1 : 0,
        sent_start: s.start,
        sent_end: s.end,
        seq: s.seq,
      })
    }
  }
  out.sort((a, b) => a.seq - b.seq)
  return out.map(({ seq: _seq, ...r }) => r)
}

/** Where one relation is stated: its records' seq and sentence span. */
export interface Span {
  seq: number
  inTitle: boolean
  start: number
  end: number
}

/**
 * The `spans` BLOB (format in migrations/0017_compact_records.sql): per record, in seq order,
 * LEB128 varints of the seq gap, start·2 + in_title, and the span's length.
 */
export function encodeSpans(spans: Span[]): Uint8Array {
  const w = new VarintWriter()
  let prev = -1
  for (const s of spans) {
    w.uint(s.seq - prev - 1)
      .uint(s.start * 2 + (s.inTitle ? 1 : 0))
      .uint(s.end - s.start)
    prev = s.seq
  }
  return w.bytes()
}

/** Inverse of encodeSpans; throws on a truncated BLOB. */
export function decodeSpans(bytes: Uint8Array): Span[] {
  const r = new VarintReader(bytes)
  const out: Span[] = []
  let prev = -1
  while (!r.done) {
    const seq = prev + 1 + r.uint()
    const s = r.uint()
    const start = Math.floor(s / 2)
    out.push({ seq, inTitle: s % 2 === 1, start, end: start + r.uint() })
    prev = seq
  }
  return out
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
