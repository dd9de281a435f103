/** D1 allows at most 100 bound parameters per statement. */
export const D1_MAX_PARAMS = 100
/**
 * JSON bytes of rows bound to one statement. D1 takes values up to 2 MB; a quarter of that keeps
 * headroom for multi-byte text while a 100-item feed still fits in a handful of statements.
 */
export const MAX_ROWS_JSON_BYTES = 512 * 1024

/**
 * Multi-row INSERT of plain values (numbers, strings, null) with as few statements as possible:
 * the rows travel as ONE bound JSON array and SQLite unpacks them with json_each, so D1's
 * 100-parameter limit does not cut a 5,000-row write into hundreds of statements. Rows are
 * chunked only by MAX_ROWS_JSON_BYTES. `head` is e.g. "INSERT INTO t (a, b)"; `tail` e.g.
 * "ON CONFLICT DO NOTHING" (the WHERE true before it is required by SQLite's grammar for
 * INSERT ... SELECT ... ON CONFLICT). Values at the `blobs` positions travel as hex text and are
 * stored as BLOBs (JSON has no bytes).
 */
export function bulkInsert(
  db: D1Database,
  head: string,
  rows: unknown[][],
  tail = '',
  blobs: readonly number[] = [],
): D1PreparedStatement[] {
  if (rows.length === 0) return []
  const width = rows[0].length
  const columns = Array.from({ length: width }, (_, i) =>
    blobs.includes(i) ? `unhex(json_extract(value, '$[${i}]'))` : `json_extract(value, '$[${i}]')`,
  ).join(', ')
  const sql = `${head} SELECT ${columns} FROM json_each(?) WHERE true ${tail}`.trim()
  return chunkByJsonSize(rows, MAX_ROWS_JSON_BYTES).map((json) => db.prepare(sql).bind(json))
}

/** JSON arrays of rows, each at most `budget` bytes (a single larger row gets its own chunk). */
export function chunkByJsonSize(rows: unknown[][], budget: number): string[] {
  const out: string[] = []
  let parts: string[] = []
  let size = 2
  for (const row of rows) {
    const json = JSON.stringify(row)
    const bytes = utf8Length(json) + 1
    if (parts.length > 0 && size + bytes > budget) {
      out.push(`[${parts.join(',')}]`)
      parts = []
      size = 2
    }
    parts.push(json)
    size += bytes
  }
  if (parts.length) out.push(`[${parts.join(',')}]`)
  return out
}

/** UTF-8 byte length without allocating an encoded copy (Korean text is 3 bytes a character). */
function utf8Length(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x80) n += 1
    else if (c < 0x800) n += 2
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4 // a surrogate pair is one 4-byte character: skip its low half
      i++
    } else n += 3
  }
  return n
}

/** `xs` in consecutive slices of at most `size` (IN lists under D1's parameter limit). */
export function chunk<T>(xs: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size))
  return out
}

/** `?, ?, ?` for an IN list of n values. */
export const placeholders = (n: number) => Array(n).fill('?').join(', ')
