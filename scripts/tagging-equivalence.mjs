#!/usr/bin/env node
// node scripts/tagging-equivalence.mjs [--write] [--against REV]
// Proves that a change to the tagger (a speed-up, a refactor) leaves its output unchanged: every
// snippet of the tuning set, of the held-out set and every article of the tagging bench corpus is
// tagged (records on and off, the real taxonomy and the bench's +1,000 aliases), and the whole
// TagResult (actors, events, mentions, records with roles, modality, offsets, sentences) is
// serialised with sorted keys and hashed per snippet.
//   (no flag)       compare with the digests committed in test/fixtures/tagging/output-digest.json
//   --write         rewrite that file from this tree (after a change that is meant to alter output)
//   --against REV   compare with the tagger of git revision REV (e.g. main), run in this process
// Differences print as counts and ids only: the held-out set is blind (LABELLING.md), so neither
// its texts nor its outputs are ever printed.
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { tsImport } from 'tsx/esm/api'
import { withRevisionTree } from './lib/revision-tree.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const DIGEST = 'test/fixtures/tagging/output-digest.json'
const args = process.argv.slice(2)
const againstAt = args.indexOf('--against')
const against = againstAt >= 0 ? args[againstAt + 1] : null

const readLines = (rel) =>
  readFileSync(join(root, rel), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))
const asInput = (g) => ({
  title: g.title,
  content: g.body,
  lang: g.lang,
  publishedAt: Date.parse(g.published),
})

const bench = await tsImport(join(root, 'bench/tagging.ts'), import.meta.url)
const corpora = {
  tuned: readLines('test/fixtures/tagging-gold.jsonl').map((g) => [g.id, asInput(g)]),
  heldout: readLines('test/fixtures/tagging/heldout.jsonl').map((g) => [g.id, asInput(g)]),
  bench: bench.buildCorpus().map((a, i) => [`article-${i}`, a]),
}
const BLIND = new Set(['heldout'])

/** JSON with object keys sorted: field order is no part of the output. */
const canonical = (x) =>
  JSON.stringify(x, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]),
        )
      : v,
  )
const hash = (s) => createHash('sha256').update(s).digest('hex').slice(0, 16)

/** Per configuration, per corpus, per snippet: the hash of the tagger's whole output. */
async function digests(srcRoot) {
  const { buildTagger } = await tsImport(join(srcRoot, 'src/tagging/tagger.ts'), import.meta.url)
  const { taxonomyFromDocument } = await tsImport(join(srcRoot, 'src/tagging/taxonomy.ts'), import.meta.url)
  const doc = JSON.parse(readFileSync(join(srcRoot, 'src/tagging/taxonomy.default.json'), 'utf8'))
  const configs = {
    real: [doc, true, ['tuned', 'heldout', 'bench']],
    'real-no-records': [doc, false, ['tuned', 'heldout', 'bench']],
    'real+1000': [bench.withSyntheticAliases(doc, 1000), true, ['bench']],
  }
  const out = {}
  for (const [name, [d, records, names]] of Object.entries(configs)) {
    const tagger = buildTagger(taxonomyFromDocument(d, 1), { records })
    out[name] = {}
    for (const c of names) {
      out[name][c] = {}
      for (const [id, input] of corpora[c]) out[name][c][id] = hash(canonical(tagger.tag(input)))
    }
  }
  return out
}

/** Counts (and ids, except for blind sets) of snippets whose output differs. */
function compare(expected, actual) {
  let differing = 0
  for (const [config, byCorpus] of Object.entries(expected)) {
    for (const [c, ids] of Object.entries(byCorpus)) {
      const got = actual[config]?.[c] ?? {}
      const diff = Object.keys(ids).filter((id) => got[id] !== ids[id])
      const extra = Object.keys(got).filter((id) => !(id in ids))
      differing += diff.length + extra.length
      const n = Object.keys(ids).length
      const shown = BLIND.has(c) ? '' : diff.concat(extra).slice(0, 20).join(' ')
      console.log(
        `${config.padEnd(16)} ${c.padEnd(8)} ${String(n).padStart(4)} snippets, ${diff.length} differ` +
          (extra.length ? `, ${extra.length} not in the reference` : '') +
          (shown ? `: ${shown}` : ''),
      )
    }
  }
  return differing
}

const current = await digests(root)
if (args.includes('--write')) {
  writeFileSync(join(root, DIGEST), `${JSON.stringify(current, null, 1)}\n`)
  console.log(`wrote ${DIGEST}`)
  process.exit(0)
}
let reference
if (against) {
  reference = await withRevisionTree(root, against, digests)
} else {
  if (!existsSync(join(root, DIGEST))) throw new Error(`no ${DIGEST}: run with --write first`)
  reference = JSON.parse(readFileSync(join(root, DIGEST), 'utf8'))
}
const differing = compare(reference, current)
console.log(
  differing === 0
    ? `tagging output identical to ${against ?? DIGEST}`
    : `${differing} outputs differ from ${against ?? DIGEST}`,
)
process.exit(differing === 0 ? 0 : 1)
