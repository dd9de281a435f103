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
 * plan, inserts) and is measured; the documents between are indexed directly, their new stories
 * as representatives (what the index would hold; their re-carries are left out), so the index
 * reaches 1M representatives in bounded time. SCALE_1M_SAMPLE=1 measures every document.
 *
 * Run: npm run bench -- scale-1m   (SCALE_1M_MAX=1000000; ~15 minutes of one core).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { newArticleId } from '../src/db/ids'
import { candidatesByItem, candidatesStatement, repInsertStatements } from '../src/db/near-duplicates'
import { NO_SIMHASH } from '../src/ingest/dedupe'
import { type FingerprintedItem, planIngest } from '../src/ingest/plan'
import {
  storyFingerprint as fingerprint,
  oldestRepIdInWindow,
  type Signature,
  similarity,
} from '../src/ingest/story-fingerprint'
import type { NormalizedArticle } from '../src/ingest/types'
import { MAX_CANDIDATES_PER_ITEM, MAX_REPS_PER_BAND_KEY, NEAR_DUPLICATE_MIN_JACCARD } from '../src/limits'
import { clusterQuality } from './lib/clusters'
import { d1 } from './lib/d1-shim'
import { markdownTable, percentile } from './lib/wrangler'
import { type PlantedItem, type ScaleDoc, scaleDocs } from './scale-corpus'

const MAX = Number(process.env.SCALE_1M_MAX ?? 1_000_000)
const CHECKPOINTS = [10_000, 100_000, 1_000_000].filter((c) => c < MAX).concat(MAX)
/** Coprime with the corpus's 60 outlets (and its 3:2 English/Korean cycle), so samples visit all of them. */
const SAMPLE = Math.max(1, Number(process.env.SCALE_1M_SAMPLE ?? 7))

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
}

function textsOf(xml: string): { title: string; content: string }[] {
  return xml
    .split('<item>')
    .slice(1)
    .map((item) => ({
      title: item.match(/<title>(.*?)<\/title>/)?.[1] ?? '',
      content: (item.match(/CDATA\[([\s\S]*?)\]\]>/)?.[1] ?? '').replace(/<[^>]+>/g, '\n'),
    }))
}

export async function runScale1mBench(): Promise<{ markdown: string; figures: SimCheckpoint[] }> {
  const file = join(tmpdir(), `seismo-1m-${process.pid}.sqlite`)
  const sqlite = new Database(file)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = OFF')
  // The band index of 1M representatives is ~0.6 GB: keep it in memory, as D1 keeps its hot pages.
  sqlite.pragma('cache_size = -2000000')
  for (const m of readdirSync('migrations').sort()) sqlite.exec(readFileSync(join('migrations', m), 'utf8'))
  const db = d1(sqlite)
  const planted = new Map<string, PlantedItem>()
  const rows: { url: string; id: number; cluster_id: number }[] = []
  /** Filler articles: possible sources of measured re-carries, never measured themselves. */
  const sources: { url: string; id: number; cluster_id: number }[] = []
  const docs = scaleDocs()
  const out: SimCheckpoint[] = []
  let perItem: number[] = []
  let lookups: number[] = []
  const storySignature = new Map<number, Signature>()
  const storyCluster = new Map<number, number>()
  let missedByLookup = 0
  let missedBelow = 0
  // Simulated ingest clock: 100,000 articles a day (5,000 feeds × 20), all inside the window.
  let now = Date.now()
  let indexed = 0
  let docNo = 0
  for (const cp of CHECKPOINTS) {
    while (indexed < cp) {
      const doc = docs.next().value as ScaleDoc
      const texts = textsOf(doc.xml)
      now += 86_400_000 / 1_000
      if (docNo++ % SAMPLE !== 0) {
        // Filler: new stories straight into the index as representatives.
        const reps = doc.items.flatMap((p, i) => {
          if (p.kind === 'recarry') return []
          planted.set(p.url, p)
          const fp = fingerprint(`${texts[i].title}\n${texts[i].content}`)
          if (!fp) return []
          const id = newArticleId(now)
          sources.push({ url: p.url, id, cluster_id: id })
          storySignature.set(p.story, fp.signature)
          storyCluster.set(p.story, id)
          return [{ id, fingerprint: fp }]
        })
        await db.batch(repInsertStatements(db, reps))
        indexed += reps.length
        continue
      }
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
        const item: FingerprintedItem = {
          article,
          keys: [article.itemKey],
          ambiguous: false,
          simhash: NO_SIMHASH,
          story: fingerprint(`${article.title}\n${article.content}`),
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
    })
    console.log(JSON.stringify(out[out.length - 1]))
    perItem = []
    lookups = []
  }
  sqlite.close()
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      ;(await import('node:fs')).rmSync(f)
    } catch {}
  }
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
