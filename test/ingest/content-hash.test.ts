/**
 * Exact copies (same title and text) under another link fold into the stored article by content
 * hash, which 0019_content_hash_bytes stores as the digest's 32 bytes: for articles stored since,
 * and for one stored before the migration (hex text) that the migration converted.
 */
import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { readOldestHot } from '../../src/db/archive'
import { sourceUrl } from '../../src/db/article-view'
import { CONTENT_COPIES_SQL } from '../../src/db/ingest'
import { sha256Hex } from '../../src/ingest/normalise'
import { rss } from '../helpers/feeds'
import { ingest } from '../helpers/http'

const WORDS = (
  'the coast guard said a cargo ship ran aground near the harbour entrance on tuesday night while ' +
  'pilots waited for the tide and divers inspected the hull before tugs arrived from the northern port'
).split(' ')

/** A wire story long enough to be fingerprinted (exact-copy folding only applies to those). */
function story(seed: number): { title: string; description: string } {
  const text = Array.from({ length: 4 }, (_, p) =>
    Array.from({ length: 24 }, (_, w) => WORDS[(seed * 31 + p * 7 + w * 3) % WORDS.length]).join(' '),
  )
    .map((s, p) => `${s[0].toUpperCase()}${s.slice(1)} (part ${seed}-${p}).`)
    .join(' ')
  return { title: `Cargo ship aground off the harbour, case ${seed}`, description: text }
}

async function stored(link: string) {
  return env.DB.prepare(
    `SELECT a.id, typeof(a.content_hash) AS kind, length(a.content_hash) AS bytes,
            lower(hex(a.content_hash)) AS hex
       FROM articles a JOIN article_sources s ON s.article_id = a.id WHERE ${sourceUrl('s', 'a')} = ?`,
  )
    .bind(link)
    .first<{ id: number; kind: string; bytes: number; hex: string }>()
}

const migration = () => env.TEST_MIGRATIONS.find((m) => m.name === '0019_content_hash_bytes.sql')!

describe('exact copies by content hash (stored as the digest bytes)', () => {
  it('stores the SHA-256 of title and text as 32 bytes, and folds a copy from another feed', async () => {
    const s = story(1)
    const first = await ingest(
      'https://wire-a.example/rss',
      rss([{ ...s, link: 'https://wire-a.example/1' }]),
    )
    expect(first.body.inserted).toBe(1)
    const row = await stored('https://wire-a.example/1')
    expect(row).toMatchObject({
      kind: 'blob',
      bytes: 32,
      hex: await sha256Hex(`${s.title}\n${s.description}`),
    })

    const copy = await ingest('https://wire-b.example/rss', rss([{ ...s, link: 'https://wire-b.example/9' }]))
    expect(copy.body).toMatchObject({ inserted: 0, merged: { same_content: 1 } })
    expect((await stored('https://wire-b.example/9'))?.id).toBe(row?.id)

    // A different text is not a copy.
    const other = story(2)
    const diff = await ingest(
      'https://wire-b.example/rss',
      rss([{ ...other, link: 'https://wire-b.example/10' }]),
    )
    expect(diff.body.inserted).toBe(1)
  })

  it('an article stored before the migration (hex text) is converted and still matched', async () => {
    const s = story(3)
    await ingest('https://old-wire.example/rss', rss([{ ...s, link: 'https://old-wire.example/1' }]))
    const before = await stored('https://old-wire.example/1')
    // What releases before 0019 stored: the digest as 64 lower-case hex characters.
    await env.DB.prepare('UPDATE articles SET content_hash = lower(hex(content_hash)) WHERE id = ?')
      .bind(before?.id)
      .run()
    const legacy = await env.DB.prepare(
      'SELECT typeof(content_hash) AS kind, content_hash AS v FROM articles WHERE id = ?',
    )
      .bind(before?.id)
      .first<{ kind: string; v: string }>()
    expect(legacy).toEqual({ kind: 'text', v: before?.hex })

    for (const q of migration().queries) await env.DB.prepare(q).run()
    expect(await stored('https://old-wire.example/1')).toEqual(before)

    const copy = await ingest(
      'https://new-wire.example/rss',
      rss([{ ...s, link: 'https://new-wire.example/7' }]),
    )
    expect(copy.body).toMatchObject({ inserted: 0, merged: { same_content: 1 } })
    expect((await stored('https://new-wire.example/7'))?.id).toBe(before?.id)
  })

  it('leaves a value that is not a digest as it was', async () => {
    const s = story(4)
    await ingest('https://odd.example/rss', rss([{ ...s, link: 'https://odd.example/1' }]))
    const { id } = (await stored('https://odd.example/1'))!
    await env.DB.prepare("UPDATE articles SET content_hash = 'h-not-a-digest' WHERE id = ?").bind(id).run()
    for (const q of migration().queries) await env.DB.prepare(q).run()
    const row = await env.DB.prepare('SELECT content_hash AS v FROM articles WHERE id = ?').bind(id).first()
    expect(row).toEqual({ v: 'h-not-a-digest' })
  })

  it('the archive reads the hash back as the same hex digest', async () => {
    const s = story(5)
    await ingest('https://arch.example/rss', rss([{ ...s, link: 'https://arch.example/1' }]))
    const { id } = (await stored('https://arch.example/1'))!
    const rows = await readOldestHot(env.DB, Number.MAX_SAFE_INTEGER, 1000)
    expect(rows.find((r) => r.id === id)?.content_hash).toBe(await sha256Hex(`${s.title}\n${s.description}`))
  })

  it('looks copies up through the 8-byte prefix index within the window (never a scan)', async () => {
    const hashes = [await sha256Hex('a'), await sha256Hex('b')]
    const plan = await env.DB.prepare(`EXPLAIN QUERY PLAN ${CONTENT_COPIES_SQL}`)
      .bind(1, JSON.stringify(hashes), 0)
      .all<{ detail: string }>()
    const details = plan.results.map((r) => r.detail).join(' | ')
    expect(details).toMatch(/SEARCH a USING INDEX articles_content_prefix \(<expr>=\? AND published_at>\?\)/)
    expect(details).not.toMatch(/SCAN a\b/)
  })
})
