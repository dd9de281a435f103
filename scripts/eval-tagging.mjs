#!/usr/bin/env node
// npm run eval:tagging [-- --verbose]
// Scores the tagger (built from the project's default taxonomy, the same data migration 0002 seeds)
// against test/fixtures/tagging-gold.jsonl: micro P/R/F1 for actors and events, overall and per
// language, and event false alarms on no-event snippets. Loads the TypeScript through tsx.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { tsImport } from 'tsx/esm/api'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const load = (rel) => tsImport(join(root, rel), import.meta.url)

const { buildTagger } = await load('src/tagging/tagger.ts')
const { taxonomyFromDocument } = await load('src/tagging/taxonomy.ts')
const { evaluate, formatReport, parseGold } = await load('src/tagging/eval.ts')

const taxonomy = taxonomyFromDocument(
  JSON.parse(readFileSync(join(root, 'src/tagging/taxonomy.default.json'), 'utf8')),
  1,
)
const gold = parseGold(readFileSync(join(root, 'test/fixtures/tagging-gold.jsonl'), 'utf8'))
const report = evaluate(buildTagger(taxonomy), gold)
console.log(`tagging eval: ${gold.length} gold snippets (test/fixtures/tagging-gold.jsonl)\n`)
console.log(formatReport(report, process.argv.includes('--verbose') || process.argv.includes('-v')))
