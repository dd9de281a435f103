#!/usr/bin/env node
// npm run eval:tagging [-- --verbose]
// Scores the tagger (built from the project's default taxonomy, the same data the migrations
// seed) on the tuning set (test/fixtures/tagging-gold.jsonl) and the held-out set
// (test/fixtures/tagging/heldout.jsonl), side by side, per language: actors, events, false alarms
// on no-event snippets, event records (detection, source/target strict and lenient, modality).
// --verbose lists the TUNING set's per-snippet errors only: the held-out set is reported as
// aggregate figures, never snippet by snippet (test/fixtures/tagging/LABELLING.md).
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { tsImport } from 'tsx/esm/api'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const load = (rel) => tsImport(join(root, rel), import.meta.url)

const { buildTagger } = await load('src/tagging/tagger.ts')
const { taxonomyFromDocument } = await load('src/tagging/taxonomy.ts')
const { evaluate, formatComparison, formatErrors, parseGold } = await load('src/tagging/eval.ts')
const { lenientKeyOf } = await load('src/tagging/lenient.ts')

const doc = JSON.parse(readFileSync(join(root, 'src/tagging/taxonomy.default.json'), 'utf8'))
const tagger = buildTagger(taxonomyFromDocument(doc, 1))
const key = lenientKeyOf(doc)
const TUNED = 'test/fixtures/tagging-gold.jsonl'
const HELDOUT = 'test/fixtures/tagging/heldout.jsonl'

const reports = [['tuned', evaluate(tagger, parseGold(readFileSync(join(root, TUNED), 'utf8')), key)]]
if (existsSync(join(root, HELDOUT)))
  reports.push(['held-out', evaluate(tagger, parseGold(readFileSync(join(root, HELDOUT), 'utf8')), key)])
else console.log(`(no ${HELDOUT} yet: tuned figures only)`)

console.log(`tagging eval: ${reports.map(([n, r]) => `${n} ${r.items} snippets`).join(', ')}\n`)
console.log(formatComparison(reports))
if (process.argv.includes('--verbose') || process.argv.includes('-v')) {
  console.log('\ntuning-set errors (- missed, + invented, ~ matched with different roles/modality):')
  console.log(formatErrors(reports[0][1]))
}
