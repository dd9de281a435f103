/**
 * Parse benchmark: Seismo's parseFeed against raw fast-xml-parser (default options) and the
 * feed parsers people reach for (rss-parser, @rowanmanning/feed-parser, feedsmith), on the
 * same generated corpus (bench/corpus.ts: ~1 MB, 200-item RSS/Atom feeds, English and Korean)
 * in the same process. Contenders are interleaved pass by pass so machine noise, GC debt and
 * JIT state (three of them share fast-xml-parser's code) hit all alike; no forced GC between
 * passes, because a full GC flushes the bytecode of idle functions and every contender
 * would then be timed cold.
 * Timed under Node (workerd's clocks are too coarse for CPU-bound work); the parser is pure
 * JS and runs the same code in the Worker.
 * Run: npx tsx bench/parse.ts   → table on stdout, figures in bench/.out/parse.json
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { parseFeed as rowanParse } from '@rowanmanning/feed-parser'
import { XMLParser } from 'fast-xml-parser'
import { parseFeed as feedsmithParse } from 'feedsmith'
import RssParser from 'rss-parser'
import { parseFeed } from '../src/ingest/parse/index'
import { type CorpusDoc, generateCorpus } from './corpus'
import { markdownTable, percentile } from './lib/wrangler'

const WARMUP_RUNS = 5
const MEASURED_RUNS = 31
const BASELINE = 'fast-xml-parser (default options)'

interface Contender {
  name: string
  /** Parses one document and returns its item count (a check that it really parsed). */
  parse(doc: CorpusDoc): number | Promise<number>
}

function contenders(): Contender[] {
  const fxp = new XMLParser()
  const rss = new RssParser()
  return [
    { name: 'seismo parseFeed', parse: (d) => parseFeed(d.text, d.url).items.length },
    { name: BASELINE, parse: (d) => countFxp(fxp.parse(d.text) as Record<string, unknown>) },
    { name: 'rss-parser', parse: async (d) => (await rss.parseString(d.text)).items.length },
    { name: '@rowanmanning/feed-parser', parse: (d) => rowanParse(d.text).items.length },
    { name: 'feedsmith', parse: (d) => countFeedsmith(feedsmithParse(d.text)) },
  ]
}

function countFxp(tree: Record<string, unknown>): number {
  const rss = tree.rss as { channel?: { item?: unknown[] } } | undefined
  const feed = tree.feed as { entry?: unknown[] } | undefined
  return rss?.channel?.item?.length ?? feed?.entry?.length ?? 0
}

function countFeedsmith(result: ReturnType<typeof feedsmithParse>): number {
  const feed = result.feed as { items?: unknown[]; entries?: unknown[] }
  return feed.items?.length ?? feed.entries?.length ?? 0
}

/**
 * One pass over the whole corpus; returns the process CPU time it took (ms) and the items
 * seen. CPU time, not wall time: the parse is CPU-bound and this machine is shared, so wall
 * time mostly measures the neighbours.
 */
async function pass(c: Contender, corpus: CorpusDoc[]): Promise<{ ms: number; items: number }> {
  let items = 0
  const before = process.cpuUsage()
  for (const doc of corpus) items += await c.parse(doc)
  const used = process.cpuUsage(before)
  return { ms: (used.user + used.system) / 1000, items }
}

export interface ParseFigures {
  name: string
  median_ms: number
  p95_ms: number
  mb_per_s: number
  /** Baseline median / this median: > 1 means faster than raw fast-xml-parser. */
  speedup_vs_fxp: number
  items: number
}

export async function runParseBench(): Promise<{
  markdown: string
  figures: ParseFigures[]
  seismoFastest: boolean
}> {
  const corpus = generateCorpus()
  const bytes = corpus.reduce((n, d) => n + new TextEncoder().encode(d.text).length, 0)
  const all = contenders()
  const samples = new Map<string, number[]>(all.map((c) => [c.name, []]))
  const items = new Map<string, number>()
  for (let run = 0; run < WARMUP_RUNS + MEASURED_RUNS; run++) {
    for (const c of all) {
      const r = await pass(c, corpus)
      items.set(c.name, r.items)
      if (run >= WARMUP_RUNS) samples.get(c.name)?.push(r.ms)
    }
  }
  const figures = summarise(all, samples, items, bytes)
  const seismo = figures[0]
  const seismoFastest = figures.slice(1).every((f) => f.median_ms > seismo.median_ms)
  const markdown = render(figures, corpus, bytes, seismoFastest)
  return { markdown, figures, seismoFastest }
}

function summarise(
  all: Contender[],
  samples: Map<string, number[]>,
  items: Map<string, number>,
  bytes: number,
): ParseFigures[] {
  const medians = new Map(all.map((c) => [c.name, percentile(sorted(samples.get(c.name)), 50)]))
  const base = medians.get(BASELINE) ?? NaN
  return all.map((c) => {
    const s = sorted(samples.get(c.name))
    const median = percentile(s, 50)
    return {
      name: c.name,
      median_ms: round(median),
      p95_ms: round(percentile(s, 95)),
      mb_per_s: round(bytes / 1e6 / (median / 1000)),
      speedup_vs_fxp: round(base / median),
      items: items.get(c.name) ?? 0,
    }
  })
}

function render(figures: ParseFigures[], corpus: CorpusDoc[], bytes: number, fastest: boolean): string {
  const head = ['parser', 'median CPU ms', 'p95 CPU ms', 'MB/s', '× vs raw fast-xml-parser', 'items']
  const rows = figures.map((f) => [
    f.name,
    f.median_ms,
    f.p95_ms,
    f.mb_per_s,
    `${f.speedup_vs_fxp.toFixed(2)}×`,
    f.items,
  ])
  const what =
    `${corpus.length} documents, ${(bytes / 1e6).toFixed(2)} MB, ${corpus[0].items} items each; ` +
    `median of ${MEASURED_RUNS} interleaved passes after ${WARMUP_RUNS} warm-up passes, process CPU time`
  return `${what}\n\n${markdownTable(head, rows)}\n\nSeismo fastest: ${fastest ? 'yes' : 'NO'}`
}

const sorted = (xs: number[] | undefined): number[] => [...(xs ?? [])].sort((a, b) => a - b)
const round = (n: number): number => Math.round(n * 100) / 100

if (import.meta.url === `file://${process.argv[1]}`) {
  const { markdown, figures, seismoFastest } = await runParseBench()
  console.log(markdown)
  mkdirSync(new URL('./.out/', import.meta.url), { recursive: true })
  writeFileSync(
    new URL('./.out/parse.json', import.meta.url),
    JSON.stringify({ figures, seismoFastest, at: new Date().toISOString() }, null, 2),
  )
}
