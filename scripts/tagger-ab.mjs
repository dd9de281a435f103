#!/usr/bin/env node
// node scripts/tagger-ab.mjs [--against REV] [--passes N] [--cpu]
// Times this tree's tagger against REV's (default main) in one Node process, on the tagging bench's
// corpus, records on and off, passes alternating so both see the same machine load. `npm run bench
// -- tagging` runs each contender once per process and swings by ±15 % here: a change of a few per
// cent (a speed step, a round of rules) shows only in a paired run like this. Prints the median CPU
// time per pass after warm-up, and this tree's ratio to REV's. --cpu times each pass by the process's CPU time
// (process.cpuUsage) instead of wall time: on a shared, loaded machine the wall time of a pass counts the time
// other processes held the cores (it swung by ±10 % on untouched code at load 5-7), its CPU time much less.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { tsImport } from 'tsx/esm/api'
import { withRevisionTree } from './lib/revision-tree.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
const against = opt('--against', 'main')
const PASSES = Number(opt('--passes', '16'))
const WARMUP = 4
const CPU = args.includes('--cpu')
/** Milliseconds now: the process's CPU time with --cpu, else wall time. */
const now = CPU
  ? () => {
      const u = process.cpuUsage()
      return (u.user + u.system) / 1000
    }
  : () => performance.now()
if (!Number.isInteger(PASSES) || PASSES <= WARMUP) {
  console.error(`--passes must be an integer above ${WARMUP} (the warm-up passes)`)
  process.exit(2)
}

const corpus = (await tsImport(join(root, 'bench/tagging.ts'), import.meta.url)).buildCorpus()

/** The tagger of the tree at dir, records on and off, with that tree's default taxonomy. */
async function taggers(dir) {
  const { buildTagger } = await tsImport(join(dir, 'src/tagging/tagger.ts'), import.meta.url)
  const { taxonomyFromDocument } = await tsImport(join(dir, 'src/tagging/taxonomy.ts'), import.meta.url)
  const doc = JSON.parse(readFileSync(join(dir, 'src/tagging/taxonomy.default.json'), 'utf8'))
  return [true, false].map((records) => buildTagger(taxonomyFromDocument(doc, 1), { records }))
}

const median = (xs) => {
  const s = xs.slice(WARMUP).sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

await withRevisionTree(root, against, async (dir) => {
  const contenders = [
    ['this tree', await taggers(root)],
    [against, await taggers(dir)],
  ]
  const times = contenders.map(() => [[], []])
  for (let pass = 0; pass < PASSES; pass++)
    for (const [i, [, pair]] of contenders.entries())
      for (const [j, tagger] of pair.entries()) {
        const t0 = now()
        for (const article of corpus) tagger.tag(article)
        times[i][j].push(now() - t0)
      }
  const [on, off] = [0, 1].map((j) => times.map((t) => median(t[j])))
  for (const [i, [name]] of contenders.entries())
    console.log(`${name.padEnd(12)} records on ${on[i].toFixed(1)} ms, off ${off[i].toFixed(1)} ms a pass`)
  console.log(
    `this tree / ${against}: records on ${(on[0] / on[1]).toFixed(3)}×, off ${(off[0] / off[1]).toFixed(3)}× ` +
      `(${CPU ? 'CPU' : 'wall'} time, median of ${PASSES - WARMUP} passes after ${WARMUP} warm-up, ${corpus.length} articles)`,
  )
})
