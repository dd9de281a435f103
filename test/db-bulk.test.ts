import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { bulkInsert, MAX_ROWS_JSON_BYTES } from '../src/db/bulk'

describe('bulkInsert', () => {
  it('writes thousands of rows in a few statements, keeping types, NULLs and Korean text exact', async () => {
    await env.DB.exec('CREATE TABLE bulk_probe (id INTEGER PRIMARY KEY, name TEXT, score REAL, note TEXT)')
    const rows = Array.from({ length: 5000 }, (_, i) => [
      1_838_931_199_068_519 + i,
      `북한 기사 ${i} "quoted" \\ back`,
      i / 7,
      i % 3 ? null : 'x',
    ])
    const statements = bulkInsert(
      env.DB,
      'INSERT INTO bulk_probe (id, name, score, note)',
      rows,
      'ON CONFLICT DO NOTHING',
    )
    expect(statements.length).toBeLessThanOrEqual(
      Math.ceil(JSON.stringify(rows).length / MAX_ROWS_JSON_BYTES) + 1,
    )
    await env.DB.batch(statements)
    const back = await env.DB.prepare(
      'SELECT id, name, score, note, typeof(id) AS t FROM bulk_probe ORDER BY id',
    ).all<{ id: number; name: string; score: number; note: string | null; t: string }>()
    expect(back.results).toHaveLength(5000)
    expect(back.results[4999]).toEqual({
      id: 1_838_931_199_068_519 + 4999,
      name: '북한 기사 4999 "quoted" \\ back',
      score: 4999 / 7,
      note: null,
      t: 'integer',
    })
    expect(back.results[3].note).toBe('x')
    // ON CONFLICT still applies to the unpacked rows.
    await env.DB.batch(
      bulkInsert(
        env.DB,
        'INSERT INTO bulk_probe (id, name, score, note)',
        rows.slice(0, 10),
        'ON CONFLICT DO NOTHING',
      ),
    )
    expect((await env.DB.prepare('SELECT count(*) AS n FROM bulk_probe').first<{ n: number }>())!.n).toBe(
      5000,
    )
  })
})
