/**
 * Scale benchmark through the real Worker (wrangler dev, local D1): 100-item EN/KO documents of
 * bench/scale-corpus.ts (~2.8 KB bodies, 5% re-carried by another outlet with light edits and
 * tracking parameters, 3% "sibling" stories written from a recent one's template) ingested with
 * POST /api/ingest, and at each checkpoint:
 *   - bytes per article by table (dbstat over the D1 file; indexes and FTS shadow tables counted
 *     with their table),
 *   - ingest wall time per 100 items (p50/p95 since the last checkpoint),
 *   - search p95 over three shapes (word, Korean word, actor filter),
 *   - near-duplicate recall of the planted re-carries and false merges (bench/lib/clusters.ts),
 *   - near-duplicate candidates compared per item (the Worker reports them per ingest).
 *
 * Run: npm run bench -- scale   (SCALE_MAX=30000 by default; SCALE_MAX=5000 for a quick look).
 * Writes bench/.out/scale.json. The 1M-article simulation is `npm run bench -- scale-1m`.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { ARCHIVE_MIN_HOT_DAYS } from '../src/limits'
import { type ClusterQuality, clusterQuality } from './lib/clusters'
import { bytesByTable, d1File } from './lib/dbstat'
import { markdownTable, percentile, startWorker } from './lib/wrangler'
import { type PlantedItem, type ScaleDoc, scaleDocs } from './scale-corpus'

const MAX = Number(process.env.SCALE_MAX ?? 30_000)
const CHECKPOINTS = [2_500, 5_000, 10_000, 20_000, 30_000, 50_000, 100_000].filter((c) => c < MAX).concat(MAX)
const SEARCHES = [
  '/api/search?q=missile',
  `/api/search?q=${encodeURIComponent('북한')}`,
  '/api/search?actor=north-korea',
]
const SEARCH_RUNS = 30
/** Table groups of the report (anything else lands in "other"). */
const GROUPS: [string, string[]][] = [
  ['articles (+indexes)', ['articles']],
  ['tags (+indexes)', ['article_actors', 'article_events']],
  ['mentions', ['article_mentions', 'article_mention_lists']],
  ['event records', ['article_relations', 'record_terms']],
  ['full-text index', ['article_search']],
  ['near-duplicate index', ['near_duplicate_reps', 'near_duplicate_bands', 'article_bands']],
  ['sources', ['article_sources']],
]

export interface Checkpoint extends Omit<ClusterQuality, 'articles'> {
  articles: number
  bytes_per_article: Record<string, number>
  ingest_ms_per_100_p50: number
  ingest_ms_per_100_p95: number
  search_p95_ms: number
  candidates_per_item_mean: number
  candidates_per_item_max: number
}

export function groupBytes(
  tables: Map<string, number>,
  total: number,
  articles: number,
): Record<string, number> {
  const out: Record<string, number> = {}
  let grouped = 0
  for (const [name, members] of GROUPS) {
    const bytes = members.reduce((n, t) => n + (tables.get(t) ?? 0), 0)
    out[name] = Math.round(bytes / articles)
    grouped += bytes
  }
  out.other = Math.round((total - grouped) / articles)
  out.total = Math.round(total / articles)
  return out
}

export async function runScaleBench(): Promise<{ markdown: string; figures: Checkpoint[] }> {
  // The corpus runs from 2026-06-01 at a fixed rate: a 180-day window would keep its newest third
  // hot, so the archive step uses the shortest window the archiver accepts (ingest never archives).
  // SCALE_PERSIST_DIR keeps the database for a closer look (dbstat per table and index).
  const worker = await startWorker({
    vars: { ARCHIVE_AFTER_DAYS: String(ARCHIVE_MIN_HOT_DAYS) },
    ...(process.env.SCALE_PERSIST_DIR ? { persistDir: process.env.SCALE_PERSIST_DIR } : {}),
  })
  const planted = new Map<string, PlantedItem>()
  const checkpoints: Checkpoint[] = []
  const docs = scaleDocs()
  let stored = 0
  let times: number[] = []
  let candidates: number[] = []
  let archived: ArchivedFigures | null = null
  try {
    for (const cp of CHECKPOINTS) {
      while (stored < cp) {
        const doc = docs.next().value as ScaleDoc
        for (const p of doc.items) planted.set(p.url, p)
        const t0 = performance.now()
        const res = await fetch(`${worker.url}/api/ingest?url=${encodeURIComponent(doc.feedUrl)}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${worker.adminToken}`, 'content-type': 'application/rss+xml' },
          body: doc.xml,
        })
        const body = (await res.json()) as { inserted: number; near_duplicate_candidates?: number }
        if (res.status !== 200) throw new Error(`ingest failed: ${res.status} ${JSON.stringify(body)}`)
        times.push(((performance.now() - t0) * 100) / doc.items.length)
        candidates.push((body.near_duplicate_candidates ?? Number.NaN) / Math.max(1, body.inserted))
        stored += body.inserted
      }
      const search: number[] = []
      for (const path of SEARCHES) {
        for (let i = 0; i < 5 + SEARCH_RUNS; i++) {
          const t0 = performance.now()
          const r = await fetch(`${worker.url}${path}`)
          await r.arrayBuffer()
          if (i >= 5) search.push(performance.now() - t0)
        }
      }
      const file = d1File(worker.persistDir)
      const { total, tables } = bytesByTable(file)
      const db = new Database(file, { readonly: true })
      const rows = db
        .prepare('SELECT coalesce(url, canonical_url) AS url, id, cluster_id FROM articles')
        .all() as {
        url: string
        id: number
        cluster_id: number
      }[]
      db.close()
      const q = clusterQuality(planted, rows)
      times.sort((a, b) => a - b)
      search.sort((a, b) => a - b)
      candidates = candidates.filter((c) => !Number.isNaN(c))
      checkpoints.push({
        bytes_per_article: groupBytes(tables, total, rows.length),
        ingest_ms_per_100_p50: +percentile(times, 50).toFixed(0),
        ingest_ms_per_100_p95: +percentile(times, 95).toFixed(0),
        search_p95_ms: +percentile(search, 95).toFixed(1),
        candidates_per_item_mean: +(
          candidates.reduce((a, b) => a + b, 0) / Math.max(1, candidates.length)
        ).toFixed(1),
        candidates_per_item_max: +Math.max(0, ...candidates).toFixed(1),
        ...q,
        articles: rows.length,
        recall: +q.recall.toFixed(4),
        false_merge_rate: +q.false_merge_rate.toFixed(4),
      })
      console.log(JSON.stringify(checkpoints[checkpoints.length - 1]))
      times = []
      candidates = []
    }
    // With SCALE_PERSIST_DIR, a page-for-page copy of the hot database before the archive step
    // (hot.sqlite) keeps the hot layout for dbstat per index.
    if (process.env.SCALE_PERSIST_DIR) {
      const db = new Database(d1File(worker.persistDir), { readonly: true })
      await db.backup(join(process.env.SCALE_PERSIST_DIR, 'hot.sqlite'))
      db.close()
    }
    archived = await archiveEverything(worker.url, worker.persistDir, rowsCount(worker.persistDir))
  } finally {
    await worker.stop()
  }
  mkdirSync('bench/.out', { recursive: true })
  writeFileSync('bench/.out/scale.json', JSON.stringify({ checkpoints, archived }, null, 2))
  return { markdown: scaleMarkdown(checkpoints, archived), figures: checkpoints }
}

export interface ArchivedFigures {
  articles: number
  bytes_per_article: Record<string, number>
  r2_bytes_per_article: number
  cron_runs: number
  /** Articles still hot when the runs stopped archiving (0 = all archived), and the last run's error. */
  hot_left: number
  last_error: string | null
}

function rowsCount(persistDir: string): number {
  const db = new Database(d1File(persistDir), { readonly: true })
  const n = (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n
  db.close()
  return n
}

/**
 * The corpus is dated from 2026-06-01, so once the clock is 180 days past that every article is
 * due for the archive: cron runs (4 batches of 500 each) until none is left hot, then the same
 * dbstat count shows what an archived article still costs in D1.
 */
async function archiveEverything(
  url: string,
  persistDir: string,
  articles: number,
): Promise<ArchivedFigures> {
  let runs = 0
  let hot = Number.POSITIVE_INFINITY
  let health: {
    archive: {
      hot_articles: number
      archived_bytes: number
      last_run: { at: string; archived: number; error?: string } | null
    }
  }
  // The local D1 is busy while a cron run archives (a 30,000-article run once outlasted undici's
  // 300 s header timeout): a /health that fails is asked again.
  const readHealth = async (): Promise<typeof health> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return (await (await fetch(`${url}/health`)).json()) as typeof health
      } catch (err) {
        if (attempt >= 5) throw err
      }
    }
  }
  for (;;) {
    const before = await readHealth()
    // Not awaited: wrangler dev answers /__scheduled only when the run's waitUntil work is done.
    fetch(`${url}/__scheduled?cron=${encodeURIComponent('*/5 * * * *')}`).catch(() => {})
    runs++
    // The archiver runs in waitUntil: wait for its run record to change.
    for (let i = 0; i < 2_400; i++) {
      await new Promise((r) => setTimeout(r, 500))
      health = await readHealth()
      if (health.archive.last_run?.at !== before.archive.last_run?.at) break
    }
    if (health!.archive.hot_articles >= hot || health!.archive.hot_articles === 0) break
    hot = health!.archive.hot_articles
  }
  const { total, tables } = bytesByTable(d1File(persistDir))
  return {
    articles,
    bytes_per_article: groupBytes(tables, total, articles),
    r2_bytes_per_article: Math.round(
      health!.archive.archived_bytes / Math.max(1, articles - health!.archive.hot_articles),
    ),
    cron_runs: runs,
    hot_left: health!.archive.hot_articles,
    last_error: health!.archive.last_run?.error ?? null,
  }
}

export function scaleMarkdown(cps: Checkpoint[], archived: ArchivedFigures | null = null): string {
  const groups = Object.keys(cps[0].bytes_per_article)
  const bytes = markdownTable(
    ['articles', ...groups.map((g) => `${g} B/article`)],
    [
      ...cps.map((c) => [c.articles, ...groups.map((g) => c.bytes_per_article[g])]),
      ...(archived
        ? [
            [
              archived.hot_left
                ? `${archived.articles}, ${archived.articles - archived.hot_left} archived`
                : `${archived.articles}, all archived`,
              ...groups.map((g) => archived.bytes_per_article[g] ?? 0),
            ],
          ]
        : []),
    ],
  )
  const r2 = archived
    ? `\n\nArchived: ${archived.r2_bytes_per_article} bytes per article in R2 (gzip NDJSON), after ${archived.cron_runs} cron runs; the last row is what an archived article still costs in D1 (B-tree pages in use; SQLite reuses the freed pages).${archived.hot_left ? ` The runs stopped with ${archived.hot_left} articles still hot${archived.last_error ? ` (last run: ${archived.last_error})` : ''}.` : ''}`
    : ''
  const rest = markdownTable(
    [
      'articles',
      'ingest ms/100 p50',
      'p95',
      'search p95 ms',
      'candidates/item mean',
      'max (per document)',
      'recall',
      'false merges',
      '(siblings / unrelated)',
      'clusters with unrelated stories',
      'largest cluster',
    ],
    cps.map((c) => [
      c.articles,
      c.ingest_ms_per_100_p50,
      c.ingest_ms_per_100_p95,
      c.search_p95_ms,
      c.candidates_per_item_mean,
      c.candidates_per_item_max,
      `${(c.recall * 100).toFixed(1)}% of ${c.recarries}`,
      `${(c.false_merge_rate * 100).toFixed(2)}%`,
      `${c.sibling_merges} / ${c.unrelated_merges}`,
      c.clusters_with_unrelated_stories,
      c.largest_cluster,
    ]),
  )
  const corpus =
    'Corpus: bench/scale-corpus.ts, 100-item RSS documents from 60 outlets (3 English : 2 Korean), ~2.8 KB ' +
    'bodies; 5% of items re-carry a recent story of another outlet with light edits (headline, byline, a ' +
    'dropped paragraph, changed words, a closing line, tracking parameters in the URL), 3% are "siblings": ' +
    "different stories written from a recent one's template with a third of its sentences (the hard " +
    'negatives). Ingested with POST /api/ingest into wrangler dev; bytes by dbstat over the D1 file.'
  return `${corpus}\n\n${bytes}${r2}\n\n${rest}`
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { markdown } = await runScaleBench()
  console.log(markdown)
}
