/** D1 allows at most 100 bound parameters per statement. */
export const D1_MAX_PARAMS = 100

/**
 * Multi-row INSERTs chunked under D1's parameter limit: `rows` of equal width become
 * as few statements as possible. `head` is e.g. "INSERT INTO t (a, b)"; `tail` e.g. "ON CONFLICT DO NOTHING".
 */
export function bulkInsert(db: D1Database, head: string, rows: unknown[][], tail = ''): D1PreparedStatement[] {
  if (rows.length === 0) return []
  const width = rows[0].length
  const perStatement = Math.max(1, Math.floor(D1_MAX_PARAMS / width))
  const tuple = `(${Array(width).fill('?').join(', ')})`
  const out: D1PreparedStatement[] = []
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement)
    const sql = `${head} VALUES ${chunk.map(() => tuple).join(', ')} ${tail}`.trim()
    out.push(db.prepare(sql).bind(...chunk.flat()))
  }
  return out
}

/** `?, ?, ?` for an IN list of n values. */
export const placeholders = (n: number) => Array(n).fill('?').join(', ')
