import { env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { runArchiver } from '../../src/archive/archiver'
import { type StoredTextRow, textColumns, unpackRow } from '../../src/db/article-text'
import { csvCell } from '../../src/export/csv'
import { CSV_COLUMNS } from '../../src/export/stream'
import { EXPORT_PAGE_ROWS } from '../../src/limits'
import { rss } from '../helpers/feeds'
import { call, callJson, ingest } from '../helpers/http'
import { ingestWire, wireItems } from './seed'

interface Exported {
  id: string
  title: string
  content: string
  archived: boolean
  published_at: string
  actors: string[]
  feed: { id: string }
}

const OLD = EXPORT_PAGE_ROWS + 100
let contentBefore: Map<string, string>

/** RFC 4180 parser (quoted fields, doubled quotes, CRLF inside quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(cell)
      cell = ''
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else cell += ch
  }
  if (cell || row.length) throw new Error('CSV does not end with CRLF')
  return rows
}

beforeAll(async () => {
  const old = wireItems(OLD, 'o', 400)
  await ingestWire('https://exp-old.example/rss', old.slice(0, 300))
  await ingestWire('https://exp-old.example/rss', old.slice(300))
  await ingestWire('https://exp-new.example/rss', wireItems(40, 'n', 1))
  await ingest(
    'https://exp-hostile.example/rss',
    rss([
      {
        title: '=HYPERLINK("http://evil.example","click"), said "North Korea"',
        link: 'https://exp-hostile.example/1',
        description:
          '<p>North Korea fired a missile, officials said.</p><p>+1 line, with a comma\nand a newline; -2 and @handle.</p>',
        pubDate: new Date().toUTCString(),
      },
    ]),
  )
  const rows = await env.DB.prepare(`SELECT a.id, ${textColumns('a')} FROM articles a`).all<
    { id: number } & StoredTextRow
  >()
  contentBefore = new Map(rows.results.map((r) => [String(r.id), unpackRow(r).content ?? '']))
  const run = await runArchiver(env, Date.now())
  expect(run.archived).toBe(OLD)
}, 120_000)

describe('GET /api/export', () => {
  it('streams every article, hot and archived, as NDJSON with full text, across pages, newest first', async () => {
    const res = await call('/api/export?format=ndjson')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/application\/x-ndjson/)
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="seismo-export-.*\.ndjson"/)
    const lines = (await res.text()).split('\n')
    expect(lines.pop()).toBe('')
    const items = lines.map((l) => JSON.parse(l) as Exported)
    expect(items).toHaveLength(contentBefore.size)
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length)
    expect(items.filter((i) => i.archived)).toHaveLength(OLD)
    for (const i of items) expect(i.content).toBe(contentBefore.get(i.id))
    const times = items.map((i) => Date.parse(i.published_at))
    expect(times).toEqual([...times].sort((a, b) => b - a))
  })

  it('applies the filter like search does', async () => {
    const items = (await (await call('/api/export?actor=north-korea&since=2000-01-01')).text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Exported)
    const expected = await env.DB.prepare(
      "SELECT count(*) AS n FROM article_actors WHERE actor = 'north-korea'",
    ).first<{
      n: number
    }>()
    expect(items.length).toBe(expected?.n)
    expect(items.every((i) => i.actors.includes('north-korea'))).toBe(true)
    expect(items.some((i) => i.archived)).toBe(true)
    const byFeed = await call(`/api/export?feed=${items.find((i) => i.archived)?.feed.id}`)
    const feedItems = (await byFeed.text()).trim().split('\n')
    expect(feedItems).toHaveLength(OLD)
  })

  it('writes RFC 4180 CSV with a header row, escaping, and formula-injection defence', async () => {
    const res = await call('/api/export?format=csv')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/)
    const text = await res.text()
    const rows = parseCsv(text)
    expect(rows[0]).toEqual([...CSV_COLUMNS])
    expect(rows).toHaveLength(contentBefore.size + 1)
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length)
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name)
    const hostile = rows.find((r) => r[col('title')].includes('HYPERLINK'))!
    expect(hostile[col('title')]).toBe(`'=HYPERLINK("http://evil.example","click"), said "North Korea"`)
    const archived = rows.filter((r) => r[col('archived')] === 'true')
    expect(archived).toHaveLength(OLD)
    for (const r of rows.slice(1))
      expect(r[col('content')].replace(/^'/, '')).toBe(contentBefore.get(r[col('id')]))
  })

  it('quotes and prefixes cells as RFC 4180 and OWASP say', () => {
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"')
    for (const f of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])
      expect(csvCell(f).replace(/^"/, '')).toMatch(/^'/)
    expect(csvCell(null)).toBe('')
    expect(csvCell(42)).toBe('42')
    expect(csvCell(true)).toBe('true')
  })

  it('refuses an unknown format or a bad filter with a 400 envelope', async () => {
    for (const q of ['format=xml', 'actor=no-such-actor', 'since=yesterday', 'q=%22unbalanced']) {
      const r = await callJson<{ error: { code: string } }>(`/api/export?${q}`)
      expect(r.status, q).toBe(400)
      expect(r.body.error.code).toMatch(/^[a-z_]+$/)
    }
  })
})
