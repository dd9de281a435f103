/**
 * Full ingest path through the real Worker (wrangler dev, local D1): POST /api/ingest with
 * 100-item feeds from the shared corpus — parse, normalise, dedupe, tag, index, D1 writes — timed
 * per request from outside, with the D1 round trips the Worker reports for each ingest.
 * Run: npx tsx bench/ingest.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { generateCorpus } from './corpus'
import { markdownTable, percentile, startWorker } from './lib/wrangler'

const ITEMS_PER_FEED = 100
const ROUNDS = 3

interface IngestFigures {
  documents: number
  items_per_document: number
  ms_per_100_items_p50: number
  ms_per_100_items_p95: number
  round_trips_new: number
  round_trips_refetch: number
  statements_new: number
  inserted: number
}

export async function runIngestBench(): Promise<{ markdown: string; figures: IngestFigures }> {
  const corpus = generateCorpus({ itemsPerFeed: ITEMS_PER_FEED })
  const worker = await startWorker()
  const times: number[] = []
  const roundTripsNew: number[] = []
  const roundTripsRefetch: number[] = []
  const statementsNew: number[] = []
  let inserted = 0
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const doc of corpus) {
        // A fresh source URL per round makes every round a first ingest (new feed, new items).
        const url = `${doc.url}${doc.url.includes('?') ? '&' : '?'}round=${round}`
        const t0 = performance.now()
        const res = await fetch(`${worker.url}/api/ingest?url=${encodeURIComponent(url)}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${worker.adminToken}`, 'content-type': 'application/xml' },
          body: doc.text,
        })
        const body = (await res.json()) as {
          inserted: number
          round_trips: number
          d1_statements: number
          status: string
        }
        times.push(((performance.now() - t0) * 100) / doc.items)
        if (res.status !== 200) throw new Error(`ingest failed: ${res.status} ${JSON.stringify(body)}`)
        inserted += body.inserted
        roundTripsNew.push(body.round_trips)
        statementsNew.push(body.d1_statements)
        const again = await fetch(`${worker.url}/api/ingest?url=${encodeURIComponent(url)}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${worker.adminToken}`, 'content-type': 'application/xml' },
          body: doc.text,
        })
        roundTripsRefetch.push(((await again.json()) as { round_trips: number }).round_trips)
      }
    }
  } finally {
    await worker.stop()
  }
  times.sort((a, b) => a - b)
  const figures: IngestFigures = {
    documents: corpus.length * ROUNDS,
    items_per_document: ITEMS_PER_FEED,
    ms_per_100_items_p50: +percentile(times, 50).toFixed(1),
    ms_per_100_items_p95: +percentile(times, 95).toFixed(1),
    round_trips_new: Math.max(...roundTripsNew),
    round_trips_refetch: Math.max(...roundTripsRefetch),
    statements_new: Math.max(...statementsNew),
    inserted,
  }
  const markdown = markdownTable(
    ['measure', 'value'],
    [
      ['documents ingested (100 items each, EN+KO, RSS+Atom)', figures.documents],
      ['wall time per 100 items, p50 (ms)', figures.ms_per_100_items_p50],
      ['wall time per 100 items, p95 (ms)', figures.ms_per_100_items_p95],
      ['D1 round trips per ingest, new items (max)', figures.round_trips_new],
      ['D1 round trips per ingest, re-fetch of the same items (max)', figures.round_trips_refetch],
      [
        'SQL statements per ingest of 100 new items (max; one batch = one transaction)',
        figures.statements_new,
      ],
      ['articles inserted (near-duplicates cluster, not dropped)', figures.inserted],
    ],
  )
  mkdirSync('bench/.out', { recursive: true })
  writeFileSync('bench/.out/ingest.json', JSON.stringify(figures, null, 2))
  return { markdown, figures }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { markdown } = await runIngestBench()
  console.log(markdown)
}
