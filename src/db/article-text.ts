/**
 * How an article's summary and body are stored (articles.summary, articles.content), and read back.
 *
 * A hot article keeps both in ONE BLOB in `content` ("packed"), and '' in `summary`:
 *   byte 0       PACKED_FORMAT (1)
 *   varint       the summary's UTF-8 length in bytes (LEB128)
 *   the rest     deflate-raw (RFC 1951) of the summary's UTF-8 followed by the body's
 * Deflate finds the summary again at the start of the body (a summary is usually the body's first
 * sentences, cut), so the summary costs a few bytes instead of ~300, and the body about half of its
 * UTF-8 (news text; formulaic text less). Rows written before migration 0013 hold both as TEXT until
 * the cron packs them (src/archive/pack-text.ts); an archived row keeps its summary as TEXT and an
 * empty body (the body is in R2). SQLite's storage class tells the forms apart: typeof(content) is
 * 'blob' exactly when the row is packed, so no flag column is needed and both forms read alike.
 *
 * Reads select the stored text with these fragments and pass rows through unpackRow(). Blobs
 * travel as hex text (hex() / unhex()): D1 hands a BLOB to the Worker as an array of numbers,
 * several times slower to receive and convert than a string.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib'
import { fromHex, toHex } from '../lib/hex'
import { VarintReader, VarintWriter } from '../lib/varint'
import { rewriteArticleRows } from './article-rewrite'
import { chunkByJsonSize, MAX_ROWS_JSON_BYTES } from './bulk'
import { metaWriteStatement } from './meta'

/** The first byte of a packed text. A new encoding gets a new number; readers keep every one they know. */
export const PACKED_FORMAT = 1

const utf8 = new TextEncoder()
const fromUtf8 = new TextDecoder()

/** The packed form of an article's summary and body. */
export function packText(summary: string, content: string): Uint8Array {
  const s = utf8.encode(summary)
  const c = utf8.encode(content)
  const text = new Uint8Array(s.length + c.length)
  text.set(s)
  text.set(c, s.length)
  const deflated = deflateRawSync(text)
  const head = new VarintWriter().uint(PACKED_FORMAT).uint(s.length).bytes()
  const out = new Uint8Array(head.length + deflated.length)
  out.set(head)
  out.set(deflated, head.length)
  return out
}

export interface ArticleText {
  summary: string
  content: string
}

/** Throws on bytes that are not a packed text of a known format (a stored row is never such). */
export function unpackText(packed: Uint8Array): ArticleText {
  if (packed[0] !== PACKED_FORMAT) throw new Error(`packed article text of unknown format ${packed[0]}`)
  const header = new VarintReader(packed.subarray(1))
  let summaryBytes: number
  try {
    summaryBytes = header.uint()
    if (header.offset > 5) throw new RangeError('summary length past 32 bits')
  } catch {
    throw new Error('packed article text with a broken header')
  }
  const text = inflateRawSync(packed.subarray(1 + header.offset))
  return {
    summary: fromUtf8.decode(text.subarray(0, summaryBytes)),
    content: fromUtf8.decode(text.subarray(summaryBytes)),
  }
}

/** Hex of the packed form, for a bound JSON row that SQL stores with unhex(). */
export const packedHex = (summary: string, content: string): string => toHex(packText(summary, content))

/** SELECT fragment for a row read without its body (lists): the packed text, which holds the summary. */
export const packedTextColumn = (alias: string) =>
  `CASE WHEN typeof(${alias}.content) = 'blob' THEN hex(${alias}.content) END AS packed_text`

/** SELECT fragment: the body of an unpacked row (NULL when packed: unpackRow fills it from packed_text). */
export const plainContentColumn = (alias: string) =>
  `CASE WHEN typeof(${alias}.content) = 'blob' THEN NULL ELSE ${alias}.content END AS content`

/** SELECT fragment for a row's summary and body, in either stored form (see unpackRow). */
export const textColumns = (alias: string) =>
  `${alias}.summary, ${packedTextColumn(alias)}, ${plainContentColumn(alias)}`

/** A row read with packedTextColumn or textColumns. */
export interface StoredTextRow {
  summary: string
  packed_text?: string | null
  content?: string | null
}

/**
 * Fills a row's summary and content from its packed text, once (packed_text is cleared), and
 * returns it: afterwards summary and content are the article's text in either stored form
 * (content stays null on a list row of an unpacked article, whose body was not selected).
 */
export function unpackRow<T extends StoredTextRow>(row: T): T & { content: string | null } {
  if (row.packed_text) {
    const text = unpackText(fromHex(row.packed_text))
    row.summary = text.summary
    row.content = text.content
    row.packed_text = null
  }
  row.content ??= null
  return row as T & { content: string | null }
}

// ── Packing rows written before migration 0013 (the cron: src/archive/pack-text.ts) ─────────────

/** meta key of the packing walk: '' = from the start, an article id = after it, 'done'. */
export const PACK_META_KEY = 'article_text_pack'

export interface UnpackedRow {
  id: number
  summary: string
  content: string
}

export interface PackWalkStep {
  /** Hot rows still stored as text among the rows walked. */
  rows: UnpackedRow[]
  /** Rows walked (every row counts: packed and archived ones are stepped over). */
  walked: number
  /** The greatest id walked, where the next step continues (null when nothing was left). */
  lastId: number | null
}

/**
 * The next `limit` articles by id after `afterId`, with the hot text rows among them: the walk
 * reads a bounded range of the primary key per step, however many rows are packed already.
 */
export async function readPackWalk(db: D1Database, afterId: number, limit: number): Promise<PackWalkStep> {
  const range = 'SELECT id FROM articles WHERE id > ?1 ORDER BY id LIMIT ?2'
  const [rows, span] = await db.batch([
    db
      .prepare(
        `SELECT id, summary, content FROM articles WHERE id IN (${range})
           AND typeof(content) = 'text' AND archive_batch IS NULL ORDER BY id`,
      )
      .bind(afterId, limit),
    db.prepare(`SELECT count(*) AS walked, max(id) AS last_id FROM (${range})`).bind(afterId, limit),
  ])
  const s = span.results[0] as { walked: number; last_id: number | null }
  return { rows: rows.results as UnpackedRow[], walked: s.walked, lastId: s.last_id }
}

/**
 * One transaction (D1 batch): the rows are stored packed, rewritten through rewriteArticleRows so
 * that the pages their text frees are reused, and the walk's cursor moves. Only rows still stored
 * as text and hot are touched: one archived or packed meanwhile is left as it is. The packed texts
 * travel as bound JSON in parts of at most MAX_ROWS_JSON_BYTES.
 */
export function packStatements(db: D1Database, rows: UnpackedRow[], cursor: string): D1PreparedStatement[] {
  const parts = chunkByJsonSize(
    rows.map((r) => [r.id, packedHex(r.summary, r.content)]),
    MAX_ROWS_JSON_BYTES,
  )
  return [
    ...parts.flatMap((packed) =>
      rewriteArticleRows(db, {
        scratch: 'text_pack',
        where: `id IN (SELECT json_extract(value, '$[0]') FROM json_each(?1))
          AND typeof(content) = 'text' AND archive_batch IS NULL`,
        values: [packed],
        change: [
          db
            .prepare(
              `UPDATE text_pack SET summary = '', content = unhex(json_extract(p.value, '$[1]'))
               FROM json_each(?1) p WHERE text_pack.id = json_extract(p.value, '$[0]')`,
            )
            .bind(packed),
        ],
      }),
    ),
    metaWriteStatement(db, PACK_META_KEY, cursor),
  ]
}
