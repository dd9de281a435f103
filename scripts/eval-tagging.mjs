#!/usr/bin/env node
// npm run eval:tagging [-- --verbose] [--by-part] [--by-event] [--tuned-only]
// Scores the tagger (built from the project's default taxonomy, the same data the migrations
// seed) on the tuning set (test/fixtures/tagging-gold.jsonl) and the held-out set
// (test/fixtures/tagging/heldout.jsonl), side by side, per language: actors, events, false alarms
// on no-event snippets, event records (detection, source/target strict and lenient, modality).
// --verbose lists the TUNING set's per-snippet errors only: the held-out set is reported as
// aggregate figures, never snippet by snippet (test/fixtures/tagging/LABELLING.md).
// --by-part adds one column per batch of snippets (the id's prefix: t6, ho5 ...), still aggregates:
// a batch scored before the rules that followed it is that pass's "unseen" figure.
// --by-event adds one row per event (article-level tags: precision, recall, F1 and the gold count), per set:
// which events the tagger gets right and which a pass should look at first.
// --tuned-only leaves the held-out set out altogether (not even aggregates): what a rules pass
// works with, so that no held-out figure is in view while rules are written.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { tsImport } from 'tsx/esm/api'
import { batchOf } from './lib/gold.mjs'

// Flags are checked before anything is scored: an unknown one (a typo of --tuned-only, or --help) must not fall
// through to a run that prints held-out figures in front of someone writing rules.
const FLAGS = new Set(['--verbose', '-v', '--by-part', '--by-event', '--tuned-only'])
const unknown = process.argv.slice(2).filter((a) => !FLAGS.has(a))
if (unknown.length) {
  const usage = 'usage: node scripts/eval-tagging.mjs [--verbose|-v] [--by-part] [--by-event] [--tuned-only]'
  const help = unknown.every((a) => a === '--help' || a === '-h')
  console[help ? 'log' : 'error'](help ? usage : `unknown argument ${unknown.join(' ')}\n${usage}`)
  process.exit(help ? 0 : 2)
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const load = (rel) => tsImport(join(root, rel), import.meta.url)

const { buildTagger } = await load('src/tagging/tagger.ts')
const { taxonomyFromDocument } = await load('src/tagging/taxonomy.ts')
const { evaluate, formatByEvent, formatComparison, formatErrors, parseGold } =
  await load('src/tagging/eval.ts')
const { lenientKeyOf } = await load('src/tagging/lenient.ts')

const doc = JSON.parse(readFileSync(join(root, 'src/tagging/taxonomy.default.json'), 'utf8'))
const tagger = buildTagger(taxonomyFromDocument(doc, 1))
const key = lenientKeyOf(doc)
const TUNED = 'test/fixtures/tagging-gold.jsonl'
const HELDOUT = 'test/fixtures/tagging/heldout.jsonl'

const tunedOnly = process.argv.includes('--tuned-only')
const reports = [['tuned', evaluate(tagger, parseGold(readFileSync(join(root, TUNED), 'utf8')), key)]]
if (tunedOnly) console.log('(--tuned-only: the held-out set is not scored)')
else if (existsSync(join(root, HELDOUT)))
  reports.push(['held-out', evaluate(tagger, parseGold(readFileSync(join(root, HELDOUT), 'utf8')), key)])
else console.log(`(no ${HELDOUT} yet: tuned figures only)`)

console.log(`tagging eval: ${reports.map(([n, r]) => `${n} ${r.items} snippets`).join(', ')}\n`)
console.log(formatComparison(reports))
if (process.argv.includes('--by-event')) console.log(`\n${formatByEvent(reports)}`)
if (process.argv.includes('--by-part')) {
  const parts = new Map()
  for (const [name, file] of [['tuned', TUNED], ...(tunedOnly ? [] : [['held-out', HELDOUT]])]) {
    if (!existsSync(join(root, file))) continue
    for (const g of parseGold(readFileSync(join(root, file), 'utf8'))) {
      const part = `${name} ${batchOf(g.id)}`
      if (!parts.has(part)) parts.set(part, [])
      parts.get(part).push(g)
    }
  }
  const scored = [...parts].map(([part, items]) => [part, evaluate(tagger, items, key)])
  // Six columns fit a terminal; the figures are the same whatever the grouping.
  for (let i = 0; i < scored.length; i += 6) console.log(`\n${formatComparison(scored.slice(i, i + 6))}`)
}
if (process.argv.includes('--verbose') || process.argv.includes('-v')) {
  console.log('\ntuning-set errors (- missed, + invented, ~ matched with different roles/modality):')
  console.log(formatErrors(reports[0][1]))
}
