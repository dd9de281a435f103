import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { newArticleId } from '../../src/db/ids'
import { repInsertStatements } from '../../src/db/near-duplicates'
import { maintainNearDuplicateIndex } from '../../src/ingest/near-duplicate-index'
import {
  storyFingerprint as fingerprint,
  minhash,
  oldestRepIdInWindow,
  similarity,
} from '../../src/ingest/story-fingerprint'
import {
  MAX_CANDIDATES_PER_ITEM,
  MAX_REPS_PER_BAND_KEY,
  NEAR_DUPLICATE_MAINTENANCE_BATCH,
  NEAR_DUPLICATE_MIN_JACCARD,
} from '../../src/limits'
import { rss } from '../helpers/feeds'
import { ingest } from '../helpers/http'

/** Seeded paragraphs of ordinary news words: every paragraph distinct, every text plausible. */
function paragraphs(seed: number, n: number): string[] {
  const words = (
    'officials said the ministry would review plans for the border region after talks with envoys ' +
    'from neighbouring states on trade energy shipping fisheries customs rail links and aid ' +
    'deliveries while lawmakers debated the budget the central bank held rates steady and ' +
    'analysts expected exports to recover later in the year as factories reopened ports cleared ' +
    'backlogs and farmers reported better harvests in the northern provinces despite the drought'
  ).split(' ')
  let x = seed >>> 0
  const rnd = () => {
    x = (Math.imul(x ^ (x >>> 15), 2246822507) + 0x6d2b79f5) >>> 0
    return x / 2 ** 32
  }
  return Array.from(
    { length: n },
    (_, p) =>
      Array.from({ length: 28 }, () => words[Math.floor(rnd() * words.length)]).join(' ') +
      ` (item ${seed}-${p}).`,
  )
}

const pool = paragraphs(7, 24)
/** Link i of a chain: paragraphs i*step .. i*step+width-1, so neighbours overlap most of their text. */
const link = (i: number, step = 2, width = 8) => pool.slice(i * step, i * step + width).join('\n')

async function clusterOf(url: string): Promise<{ id: number; cluster_id: number }> {
  const row = await env.DB.prepare(
    'SELECT id, cluster_id FROM articles WHERE coalesce(url, canonical_url) = ?',
  )
    .bind(url)
    .first<{ id: number; cluster_id: number }>()
  if (!row) throw new Error(`no article ${url}`)
  return row
}

describe('clusters join by similarity to the representative, never by a chain', () => {
  it('a drifting chain of near-copies does not pull a different story into the first one', async () => {
    const texts = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => link(i))
    // Neighbours are near-duplicates of each other: single-link clustering would chain them all.
    for (let i = 1; i < texts.length; i++) {
      expect(similarity(minhash(texts[i - 1])!, minhash(texts[i])!)).toBeGreaterThanOrEqual(
        NEAR_DUPLICATE_MIN_JACCARD,
      )
    }
    for (let i = 0; i < texts.length; i++) {
      const r = await ingest(
        `https://outlet-${i}.example/rss`,
        rss([{ title: `Budget talks ${i}`, link: `https://outlet-${i}.example/a`, description: texts[i] }]),
      )
      expect(r.body.inserted).toBe(1)
    }
    const rows = await Promise.all(texts.map((_, i) => clusterOf(`https://outlet-${i}.example/a`)))
    const first = rows[0]
    expect(first.cluster_id).toBe(first.id)
    // Every member of a cluster is similar to its representative; the far end of the chain is not in the first story.
    for (const [i, r] of rows.entries()) {
      const rep = rows.findIndex((x) => x.id === r.cluster_id)
      expect(rep).toBeGreaterThanOrEqual(0)
      const j = similarity(
        minhash(`Budget talks ${rep}\n${texts[rep]}`)!,
        minhash(`Budget talks ${i}\n${texts[i]}`)!,
      )
      expect(j).toBeGreaterThanOrEqual(NEAR_DUPLICATE_MIN_JACCARD)
    }
    expect(rows[1].cluster_id).toBe(first.id)
    expect(rows[8].cluster_id).not.toBe(first.id)
    expect(new Set(rows.map((r) => r.cluster_id)).size).toBeGreaterThan(1)
  })
})

describe('candidate generation is bounded per article', () => {
  it(`compares at most ${MAX_CANDIDATES_PER_ITEM} representatives however many share its band keys`, async () => {
    const body = paragraphs(99, 6).join('\n')
    const title = 'Harvest report'
    const fp = fingerprint(`${title}\n${body}`)!
    // 300 stored stories with exactly this fingerprint: every band key of the new article is shared by all of them.
    const now = Date.now()
    const reps = Array.from({ length: 300 }, (_, i) => ({
      id: newArticleId(now - 60_000 + i),
      fingerprint: fp,
    }))
    await env.DB.batch(repInsertStatements(env.DB, reps))
    const r = await ingest(
      'https://bound.example/rss',
      rss([{ title, link: 'https://bound.example/a', description: body }]),
    )
    expect(r.status).toBe(200)
    expect(r.body.near_duplicate_candidates).toBeGreaterThan(0)
    expect(r.body.near_duplicate_candidates).toBeLessThanOrEqual(MAX_CANDIDATES_PER_ITEM)
    // Only the newest MAX_REPS_PER_BAND_KEY of each key are read; among equals the oldest of them wins.
    expect(r.body.near_duplicate_candidates).toBeLessThanOrEqual(MAX_REPS_PER_BAND_KEY)
    const row = await clusterOf('https://bound.example/a')
    expect(row.cluster_id).toBe(reps[reps.length - MAX_REPS_PER_BAND_KEY].id)
  })
})

describe('index upkeep from the cron', () => {
  it('prunes representatives older than the window with their band rows', async () => {
    const fp = fingerprint(paragraphs(5, 4).join('\n'))!
    const now = Date.now()
    const old = newArticleId(now - 30 * 86_400_000)
    expect(old).toBeLessThan(oldestRepIdInWindow(now))
    await env.DB.batch(repInsertStatements(env.DB, [{ id: old, fingerprint: fp }]))
    await maintainNearDuplicateIndex(env.DB, now)
    const left = await env.DB.prepare(
      'SELECT (SELECT count(*) FROM near_duplicate_reps WHERE id = ?1) AS reps, (SELECT count(*) FROM near_duplicate_bands WHERE rep_id = ?1) AS bands',
    )
      .bind(old)
      .first<{ reps: number; bands: number }>()
    expect(left).toEqual({ reps: 0, bands: 0 })
  })

  it('backfills the representatives of stored articles in bounded batches, then stops', async () => {
    const now = Date.now()
    const n = NEAR_DUPLICATE_MAINTENANCE_BATCH + 20
    const ids = Array.from({ length: n }, (_, i) => newArticleId(now - 3_600_000 + i))
    const texts = ids.map((_, i) => paragraphs(1000 + i, 3).join('\n'))
    await env.DB.batch(
      ids.map((id, i) =>
        env.DB.prepare(
          `INSERT INTO articles (id, title, summary, content, lang, published_at, fetched_at, feed_id, cluster_id, simhash, content_hash)
           VALUES (?1, 'Old story', '', ?2, 'en', ?3, ?3, 1, ?1, '', ?4)`,
        ).bind(id, texts[i], now - 3_600_000, `h${id}`),
      ),
    )
    await env.DB.prepare("UPDATE meta SET value = '' WHERE key = 'near_duplicate_backfill'").run()
    const count = () =>
      env.DB.prepare(
        'SELECT count(*) AS n FROM near_duplicate_reps WHERE id IN (SELECT value FROM json_each(?))',
      )
        .bind(JSON.stringify(ids))
        .first<{ n: number }>()
    const runs: number[] = []
    for (let done = false; !done; ) {
      const r = await maintainNearDuplicateIndex(env.DB, now)
      expect(r.backfilled).toBeLessThanOrEqual(NEAR_DUPLICATE_MAINTENANCE_BATCH)
      runs.push(r.backfilled)
      done = r.backfillDone
      expect(runs.length).toBeLessThan(5)
    }
    expect(runs.length).toBeGreaterThanOrEqual(2)
    expect((await count())?.n).toBe(n)
    const third = await maintainNearDuplicateIndex(env.DB, now)
    expect(third.backfilled).toBe(0)
    // A copy of a backfilled story now finds it.
    const r = await ingest(
      'https://backfill.example/rss',
      rss([{ title: 'Old story', link: 'https://backfill.example/a', description: texts[3] }]),
    )
    expect(r.body.inserted).toBe(1)
    expect((await clusterOf('https://backfill.example/a')).cluster_id).toBe(ids[3])
  })
})
