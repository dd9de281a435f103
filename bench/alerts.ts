/**
 * What alerts cost at ingest (issue 10): the same 100-item documents (the shared corpus, where
 * stories are re-carried by several outlets) ingested through the real Worker with no watch, with
 * watches alerting once per article, and with watches alerting once per story (the story decision
 * is SQL inside the ingest transaction). Each configuration gets its own fresh Worker and D1, and
 * the same ingest sequence. Rounds repeat with fresh article URLs so the articles and deliveries
 * tables grow: the per-round figures show whether the decision's cost grows with them. The
 * watches are daily digests, so no webhook is sent while ingest is timed (the match rows are
 * written by the same statement as for instant delivery). Run: npx tsx bench/alerts.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { type CorpusDoc, generateCorpus } from './corpus'
import { markdownTable, percentile, startWorker } from './lib/wrangler'

const WATCHES = 20
const ROUNDS = 4
const CONFIGS = ['none', 'article', 'story'] as const
type Config = (typeof CONFIGS)[number]
/** Daily digests are never built during the run (no cron is triggered): nothing is sent here. */
const UNUSED_HOOK = 'http://127.0.0.1:9/hook'

interface ConfigFigures {
  config: Config
  p50_per_round: number[]
  p50: number
  p95: number
  statements_max: number
  first_watch: { stories: number; folded: number }
}

/** One configuration on its own fresh Worker and D1. */
async function runConfig(config: Config, corpus: CorpusDoc[]): Promise<ConfigFigures> {
  const worker = await startWorker({ vars: { SECRETS_KEY: Buffer.alloc(32, 7).toString('base64') } })
  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${worker.url}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${worker.adminToken}`, 'content-type': 'application/json' },
    })
  try {
    const watchIds: string[] = []
    if (config !== 'none') {
      for (let i = 0; i < WATCHES; i++) {
        const res = await api('/api/watches', {
          method: 'POST',
          body: JSON.stringify({
            name: `bench ${config} ${i}`,
            filter: 'lang=en,ko',
            notify: config,
            delivery: { mode: 'digest', every: '1d' },
            webhook: { url: UNUSED_HOOK, format: 'standard' },
          }),
        })
        if (res.status !== 201) throw new Error(`watch: ${res.status} ${await res.text()}`)
        watchIds.push(((await res.json()) as { id: string }).id)
      }
    }
    const perRound: number[][] = []
    let statementsMax = 0
    for (let round = 0; round < ROUNDS; round++) {
      const times: number[] = []
      for (const doc of corpus) {
        // Fresh article URLs (same text) per config and round: every item is new, and copies of
        // the same text from earlier rounds are near-duplicates, as re-carried wire stories are.
        const host = new URL(doc.url).host
        const fresh = doc.text.split(`//${host}/`).join(`//${config}-${round}.${host}/`)
        const url = `${doc.url}?config=${config}&round=${round}`
        const t0 = performance.now()
        const res = await fetch(`${worker.url}/api/ingest?url=${encodeURIComponent(url)}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${worker.adminToken}`, 'content-type': 'application/xml' },
          body: fresh,
        })
        const body = (await res.json()) as { d1_statements: number }
        if (res.status !== 200) throw new Error(`ingest failed: ${res.status} ${JSON.stringify(body)}`)
        times.push(((performance.now() - t0) * 100) / doc.items)
        statementsMax = Math.max(statementsMax, body.d1_statements)
      }
      perRound.push(times)
    }
    const firstWatch = { stories: 0, folded: 0 }
    if (watchIds.length) {
      let before = ''
      for (;;) {
        const page = (await (
          await api(`/api/watches/${watchIds[0]}/deliveries?limit=200${before}`)
        ).json()) as { deliveries: { status: string }[]; next_before: string | null }
        for (const d of page.deliveries) {
          if (d.status === 'folded') firstWatch.folded++
          else firstWatch.stories++
        }
        if (!page.next_before) break
        before = `&before=${page.next_before}`
      }
    }
    const all = perRound.flat().sort((a, b) => a - b)
    return {
      config,
      p50_per_round: perRound.map(
        (t) =>
          +percentile(
            [...t].sort((a, b) => a - b),
            50,
          ).toFixed(1),
      ),
      p50: +percentile(all, 50).toFixed(1),
      p95: +percentile(all, 95).toFixed(1),
      statements_max: statementsMax,
      first_watch: firstWatch,
    }
  } finally {
    await worker.stop()
  }
}

export async function runAlertsBench(): Promise<{ markdown: string; figures: ConfigFigures[] }> {
  const corpus = generateCorpus({ itemsPerFeed: 100 })
  const figures: ConfigFigures[] = []
  for (const config of CONFIGS) figures.push(await runConfig(config, corpus))
  const base = figures[0]
  const markdown = markdownTable(
    [
      `watches (${WATCHES}, each matching every article)`,
      'ms/100 items p50',
      'p95',
      'p50 / no watch',
      `p50 per round (rounds 1-${ROUNDS}; tables grow)`,
      'statements per ingest (max)',
      'first watch: rows that alert / folded copies',
    ],
    figures.map((f) => [
      f.config === 'none' ? 'none' : `notify=${f.config}`,
      f.p50,
      f.p95,
      `${(f.p50 / base.p50).toFixed(2)}×`,
      f.p50_per_round.join(' → '),
      f.statements_max,
      f.config === 'none' ? '-' : `${f.first_watch.stories} / ${f.first_watch.folded}`,
    ]),
  )
  mkdirSync('bench/.out', { recursive: true })
  writeFileSync('bench/.out/alerts.json', JSON.stringify(figures, null, 2))
  return { markdown, figures }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { markdown } = await runAlertsBench()
  console.log(markdown)
}
