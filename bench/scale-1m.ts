/**
 * Near-duplicates at 1,000,000 articles, simulated in SQLite under Node (better-sqlite3) with
 * the project's own code: src/ingest/story-fingerprint.ts fingerprints, src/db/near-duplicates.ts SQL
 * (candidate lookup and representative inserts, through a D1-shaped shim), src/ingest/plan.ts
 * decisions, on the schema of migrations/*.sql. Everything an ingest does for near-duplicates,
 * without HTTP, tagging or the search index. All articles fall inside the 7-day window, the
 * worst case: the candidate index holds every representative.
 *
 * The corpus is bench/scale-corpus.ts (5% planted re-carries, 3% siblings). Reported at 10k,
 * 100k and 1M: recall, false merges, candidates compared per item, index rows per item, and
 * the lookup's time per 100-item document.
 *
 * Sampling: every SCALE_1M_SAMPLE-th document (default 7) goes through the whole path (lookup,
 * plan, inserts through the shim) and is measured; the documents between are indexed directly,
 * their new stories as representatives (what the index would hold; their re-carries are left
 * out), with prepared multi-row inserts in one transaction per gap, checked once against what
 * the production statements store. SCALE_1M_SAMPLE=1 measures every document.
 * A worker thread (bench/lib/scale-1m-docs.ts) generates the corpus and computes the
 * fingerprints ahead of the main thread, which runs the SQL (the part that grows with the index).
 *
 * Run: npm run bench -- scale-1m   (SCALE_1M_MAX=1000000; ~10-20 minutes on 2 cores).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import Database from 'better-sqlite3'
import { newArticleId } from '../src/db/ids'
import { candidatesByItem, candidatesStatement, repInsertStatements } from '../src/db/near-duplicates'
import { NO_SIMHASH } from '../src/ingest/dedupe'
import { type FingerprintedItem, planIngest } from '../src/ingest/plan'
import {
  type Fingerprint,
  oldestRepIdInWindow,
  type Signature,
  signatureToHex,
  similarity,
} from '../src/ingest/story-fingerprint'
import type { NormalizedArticle } from '../src/ingest/types'
import { MAX_CANDIDATES_PER_ITEM, MAX_REPS_PER_BAND_KEY, NEAR_DUPLICATE_MIN_JACCARD } from '../src/limits'
import { clusterQuality } from './lib/clusters'
import { d1 } from './lib/d1-shim'
import type { ProducerOptions, SimDoc } from './lib/scale-1m-docs'
import { markdownTable, percentile } from './lib/wrangler'
import type { PlantedItem } from './scale-corpus'

const MAX = Number(process.env.SCALE_1M_MAX ?? 1_000_000)
const CHECKPOINTS = [10_000, 100_000, 1_000_000].filter((c) => c < MAX).concat(MAX)
/** Coprime with the corpus's 60 outlets (and its 3:2 English/Korean cycle), so samples visit all of them. */
const SAMPLE = Math.max(1, Number(process.env.SCALE_1M_SAMPLE ?? 7))
/** Documents per message from the producer thread, and messages it may run ahead. */
const CHUNK = 7
const CHUNKS_AHEAD = 8

interface SimCheckpoint {
  /** Articles in the simulated database (representatives indexed, plus copies of measured documents). */
  articles: number
  /** Articles of the measured documents. */
  measured: number
  recall: number
  recarries: number
  false_merge_rate: number
  sibling_merges: number
  unrelated_merges: number
  clusters_with_unrelated_stories: number
  candidates_per_item_mean: number
  candidates_per_item_max: number
  lookup_ms_per_doc_p50: number
  lookup_ms_per_doc_p95: number
  index_rows: number
  /** Re-carries not clustered although their estimated Jaccard to the source reached the threshold (lookup misses). */
  missed_by_lookup: number
  /** Re-carries whose estimated Jaccard to the source stayed below the threshold (edits too heavy). */
  missed_below_threshold: number
  /** Wall time from the start of the run to this checkpoint. */
  wall_seconds: number
  /** ...of which the SQL thread waited for the corpus and fingerprints thread. */
  waited_seconds: number
}

/** Documents of the worker thread (bench/lib/scale-1m-docs.ts), in order, a few chunks ahead. */
function producer(sample: number): { next(): Promise<SimDoc>; stop(): Promise<number> } {
  // The thread loads the TypeScript module through tsx's API, as bench/run.mjs loads this one.
  const load = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => tsx.tsImport(${JSON.stringify(
    new URL('./lib/scale-1m-docs.ts', import.meta.url).href,
  )}, ${JSON.stringify(import.meta.url)}))`
  const worker = new Worker(load, {
    eval: true,
    workerData: { sample, chunk: CHUNK } satisfies ProducerOptions,
  })
  const ready: SimDoc[] = []
  let waiting: { resolve: (d: SimDoc) => void; reject: (e: unknown) => void } | null = null
  let failed: unknown = null
  worker.on('message', (docs: SimDoc[]) => {
    ready.push(...docs)
    if (waiting) {
      const w = waiting
      waiting = null
      w.resolve(ready.shift()!)
    }
  })
  worker.on('error', (err) => {
    failed = err
    waiting?.reject(err)
  })
  worker.postMessage(CHUNKS_AHEAD)
  let taken = 0
  return {
    next() {
      if (++taken % CHUNK === 0) worker.postMessage(1)
      if (ready.length) return Promise.resolve(ready.shift()!)
      if (failed) return Promise.reject(failed)
      return new Promise((resolve, reject) => {
        waiting = { resolve, reject }
      })
    },
    stop: () => worker.terminate(),
  }
}

export async function runScale1mBench(): Promise<{ markdown: string; figures: SimCheckpoint[] }> {
  // In memory: the index of 1M representatives is ~1 GB of B-tree pages, as D1 keeps its hot pages
  // cached; a file would only add the cost of writing every dirtied page at each commit.
  const sqlite = new Database(':memory:')
  for (const m of readdirSync('migrations')
    .filter((f) => f.endsWith('.sql'))
    .sort())
    sqlite.exec(readFileSync(join('migrations', m), 'utf8'))
  const db = d1(sqlite)
  const planted = new Map<string, PlantedItem>()
  const rows: { url: string; id: number; cluster_id: number }[] = []
  /** Filler articles: possible sources of measured re-carries, never measured themselves. */
  const sources: { url: string; id: number; cluster_id: number }[] = []
  const docs = producer(SAMPLE)
  const out: SimCheckpoint[] = []
  let perItem: number[] = []
  let lookups: number[] = []
  const storySignature = new Map<number, Signature>()
  const storyCluster = new Map<number, number>()
  let missedByLookup = 0
  let missedBelow = 0
  // Filler representatives waiting for one transaction (written before the next measured lookup).
  let pending: { id: number; fingerprint: Fingerprint }[] = []
  const insertRep = sqlite.prepare('INSERT INTO near_duplicate_reps (id, signature) VALUES (?, ?)')
  const insertBand = sqlite.prepare('INSERT INTO near_duplicate_bands (key, rep_id) VALUES (?, ?)')
  const writeFiller = sqlite.transaction((reps: { id: number; fingerprint: Fingerprint }[]) => {
    const bands: [number, number][] = []
    for (const r of reps) {
      // The bytes repInsertStatements stores: unhex(signatureToHex(signature)).
      insertRep.run(r.id, Buffer.from(signatureToHex(r.fingerprint.signature), 'hex'))
      for (const key of r.fingerprint.bands) bands.push([key, r.id])
    }
    bands.sort((a, b) => a[0] - b[0] || a[1] - b[1])
    for (const [key, id] of bands) insertBand.run(key, id)
  })
  let fillerChecked = false
  const flushFiller = async () => {
    if (!pending.length) return
    writeFiller(pending)
    if (!fillerChecked) {
      // The direct inserts must be what the production statements would have stored.
      const [first] = pending
      const stored = sqlite
        .prepare(
          `SELECT hex(signature) AS sig, (SELECT group_concat(key) FROM
             (SELECT key FROM near_duplicate_bands WHERE rep_id = @id ORDER BY key)) AS keys
           FROM near_duplicate_reps WHERE id = @id`,
        )
        .get({ id: first.id }) as { sig: string; keys: string } | undefined
      const keys = [...new Set(first.fingerprint.bands)].sort((a, b) => a - b).join(',')
      if (stored?.sig !== signatureToHex(first.fingerprint.signature).toUpperCase() || stored.keys !== keys)
        throw new Error('filler representatives differ from what repInsertStatements stores')
      fillerChecked = true
    }
    pending = []
  }
  // Simulated ingest clock: 100,000 articles a day (5,000 feeds × 20), all inside the window.
  let now = Date.now()
  let indexed = 0
  const started = performance.now()
  /** Time the main thread waited for the producer thread (it is the bottleneck when this grows). */
  let waited = 0
  for (const cp of CHECKPOINTS) {
    while (indexed < cp) {
      const w0 = performance.now()
      const doc = await docs.next()
      waited += performance.now() - w0
      now += 86_400_000 / 1_000
      if (!doc.measured) {
        // Filler: new stories straight into the index as representatives.
        for (const [i, p] of doc.items.entries()) {
          if (p.kind === 'recarry') continue
          planted.set(p.url, p)
          const fp = doc.fingerprints[i]
          if (!fp) continue
          const id = newArticleId(now)
          sources.push({ url: p.url, id, cluster_id: id })
          storySignature.set(p.story, fp.signature)
          storyCluster.set(p.story, id)
          pending.push({ id, fingerprint: fp })
        }
        indexed += doc.items.filter((p, i) => p.kind !== 'recarry' && doc.fingerprints[i]).length
        continue
      }
      await flushFiller()
      const texts = doc.texts!
      const items = doc.items.map((p, i) => {
        planted.set(p.url, p)
        const article = {
          itemKey: `url:${p.url}`,
          canonicalUrl: p.url,
          url: p.url,
          title: texts[i].title,
          content: texts[i].content,
          publishedAt: now,
        } as unknown as NormalizedArticle
        // Identity (guid, URL, exact text) has nothing to fold here: every URL is new; no SimHash needed.
        // The fingerprint is storyFingerprint(title + "\n" + content), computed in the worker thread.
        const item: FingerprintedItem = {
          article,
          keys: [article.itemKey],
          ambiguous: false,
          simhash: NO_SIMHASH,
          story: doc.fingerprints[i],
        }
        return item
      })
      const t0 = performance.now()
      const result = await candidatesStatement(
        db,
        items.flatMap((it, item) => (it.story ? [{ item, keys: it.story.bands }] : [])),
        // The window starts a week before the first article: every representative stays a candidate.
        Math.min(oldestRepIdInWindow(now), 0),
        MAX_REPS_PER_BAND_KEY,
        MAX_CANDIDATES_PER_ITEM,
      ).all()
      lookups.push(performance.now() - t0)
      const plan = planIngest(
        1,
        items,
        {
          sources: new Map(),
          byUrl: new Map(),
          byContent: new Map(),
          candidates: candidatesByItem(result as D1Result),
          storySeq: 0, // one writer: the race guard never fires here
        },
        now,
        () => newArticleId(now),
      )
      perItem.push(plan.candidatesCompared / Math.max(1, plan.articles.length))
      await db.batch(repInsertStatements(db, plan.reps))
      indexed += plan.articles.length
      for (const [i, a] of plan.articles.entries()) {
        rows.push({ url: a.article.url!, id: a.id, cluster_id: a.clusterId })
        const p = planted.get(a.article.url!)!
        const sig = items[i].story?.signature
        if (!sig) continue
        if (p.kind !== 'recarry') {
          storySignature.set(p.story, sig)
          storyCluster.set(p.story, a.clusterId)
        } else if (storyCluster.get(p.story) !== a.clusterId && storySignature.has(p.story)) {
          if (similarity(sig, storySignature.get(p.story)!) >= NEAR_DUPLICATE_MIN_JACCARD) missedByLookup++
          else missedBelow++
        }
      }
    }
    await flushFiller()
    const q = clusterQuality(planted, [...sources, ...rows])
    lookups.sort((a, b) => a - b)
    const indexRows = (
      sqlite.prepare('SELECT count(*) AS n FROM near_duplicate_bands').get() as { n: number }
    ).n
    out.push({
      articles: indexed,
      measured: rows.length,
      recall: +q.recall.toFixed(4),
      recarries: q.recarries,
      // Filler articles are never merged: the rate is over the measured articles.
      false_merge_rate: +((q.sibling_merges + q.unrelated_merges) / Math.max(1, rows.length)).toFixed(4),
      sibling_merges: q.sibling_merges,
      unrelated_merges: q.unrelated_merges,
      clusters_with_unrelated_stories: q.clusters_with_unrelated_stories,
      candidates_per_item_mean: +(perItem.reduce((a, b) => a + b, 0) / perItem.length).toFixed(2),
      candidates_per_item_max: +Math.max(...perItem).toFixed(2),
      lookup_ms_per_doc_p50: +percentile(lookups, 50).toFixed(1),
      lookup_ms_per_doc_p95: +percentile(lookups, 95).toFixed(1),
      index_rows: indexRows,
      missed_by_lookup: missedByLookup,
      missed_below_threshold: missedBelow,
      wall_seconds: Math.round((performance.now() - started) / 1000),
      waited_seconds: Math.round(waited / 1000),
    })
    console.log(JSON.stringify(out[out.length - 1]))
    perItem = []
    lookups = []
  }
  sqlite.close()
  await docs.stop()
  const markdown = markdownTable(
    [
      'articles',
      'measured',
      'recall',
      'false merges',
      '(siblings / unrelated)',
      'clusters with unrelated stories',
      'candidates/item mean',
      'max (per document)',
      'lookup ms per 100-item doc p50',
      'p95',
      'band rows in the index',
      'misses: lookup / below threshold',
      'wall s',
    ],
    out.map((c) => [
      c.articles,
      c.measured,
      `${(c.recall * 100).toFixed(2)}% of ${c.recarries}`,
      `${(c.false_merge_rate * 100).toFixed(3)}%`,
      `${c.sibling_merges} / ${c.unrelated_merges}`,
      c.clusters_with_unrelated_stories,
      c.candidates_per_item_mean,
      c.candidates_per_item_max,
      c.lookup_ms_per_doc_p50,
      c.lookup_ms_per_doc_p95,
      c.index_rows,
      `${c.missed_by_lookup} / ${c.missed_below_threshold}`,
      c.wall_seconds,
    ]),
  )
  mkdirSync('bench/.out', { recursive: true })
  writeFileSync('bench/.out/scale-1m.json', JSON.stringify(out, null, 2))
  return { markdown, figures: out }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { markdown } = await runScale1mBench()
  console.log(markdown)
}
