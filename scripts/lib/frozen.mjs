// Frozen training sets of the learned models (test/fixtures/tagging/veto-candidates.jsonl for
// scripts/train-veto.mjs, test/fixtures/tagging/fill-examples.jsonl for scripts/train-fill.mjs): `--freeze` tags
// the gold's trained batches with the current rules and writes what the model learns from, with a header line
// saying what produced it; every other run trains from the file and tags nothing, so a rules pass keeps the
// model's weights and is judged on its own effect. One header layout and one set of checks for both.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { batchNo, batchOf } from './gold.mjs'

export const sha256 = (text) => createHash('sha256').update(text).digest('hex')

/**
 * The gold lines (trimmed) of the snippets through lastBatch, joined by newlines: their SHA-256 pins a frozen
 * file to the gold batches it was tagged from, so later batches may come and change freely.
 */
export const trainedLinesSha = (texts, lastBatch) =>
  sha256(
    texts
      .flatMap((t) => t.split('\n').map((l) => l.trim()))
      .filter((l) => l && batchNo(batchOf(JSON.parse(l).id)) <= lastBatch)
      .join('\n'),
  )

/**
 * What a frozen file was tagged with: the taxonomy and the tagger's source (src/tagging's .ts and .json files,
 * less those `skip` matches: generated weights the frozen examples do not depend on). Only reported when it
 * changed (a rules pass does not refresh a model).
 */
export function rulesSha(root, skip) {
  const dir = join(root, 'src/tagging')
  const files = readdirSync(dir, { recursive: true })
    .map((f) => String(f).replaceAll('\\', '/'))
    .filter((f) => /\.(ts|json)$/.test(f) && !skip.test(f))
    .sort()
  const h = createHash('sha256')
  for (const f of files)
    h.update(`${f}\0`)
      .update(readFileSync(join(dir, f)))
      .update('\0')
  return h.digest('hex')
}

/** The SHA-256 of a file of the repository (a features module whose change makes the frozen slots stale). */
export const fileSha = (root, rel) => sha256(readFileSync(join(root, rel)))

/**
 * The header fields every frozen file starts with: what wrote it and how to refresh it, the gold files it was tagged
 * from, the last trained batch, the whole training text's SHA-256 (as the weights record it), the trained batches'
 * lines' alone, and the rules' digest. Each trainer adds its own pins and counts after them.
 */
export const frozenHeader = ({ root, frozen, refresh, sources, texts, lastTrainingBatch, rulesSkip }) => ({
  frozen,
  refresh,
  sources,
  lastTrainingBatch,
  trainingSha256: sha256(texts.join('')),
  trainedLinesSha256: trainedLinesSha(texts, lastTrainingBatch),
  rulesSha256: rulesSha(root, rulesSkip),
})

/** Writes the header and one JSON line per row; returns the file's size in bytes. */
export function writeFrozen(root, path, header, rows) {
  const text = `${[header, ...rows].map((x) => JSON.stringify(x)).join('\n')}\n`
  writeFileSync(join(root, path), text)
  return Buffer.byteLength(text)
}

/**
 * Reads a frozen file and exits 1 (with the refresh command) unless it still matches: the same
 * lastTrainingBatch, the gold's trained lines unchanged (header.sources), every `pins` entry [header field,
 * current value, what changed] equal, and one row per snippet. A rules change is only a note.
 */
export function readFrozen({ root, path, lastTrainingBatch, pins, rules, refresh, quiet }) {
  const fail = (msg) => {
    console.error(`${path}: ${msg}\nrefresh: ${refresh}`)
    process.exit(1)
  }
  const [first, ...rest] = readFileSync(join(root, path), 'utf8').split('\n').filter(Boolean)
  const header = JSON.parse(first)
  const rows = rest.map((l) => JSON.parse(l))
  if (header.lastTrainingBatch !== lastTrainingBatch)
    fail(`frozen through t${header.lastTrainingBatch}, but LAST_TRAINING_BATCH is ${lastTrainingBatch}`)
  const texts = header.sources.map((f) => readFileSync(join(root, f), 'utf8'))
  if (trainedLinesSha(texts, lastTrainingBatch) !== header.trainedLinesSha256)
    fail(`the gold's snippets through t${lastTrainingBatch} changed since the file was frozen`)
  for (const [field, now, what] of pins)
    if (header[field] !== now) fail(`${what} changed since the file was frozen`)
  if (rows.length !== header.snippets) fail('the file is not what its header says (snippet count)')
  if (!quiet && rules !== header.rulesSha256)
    console.log(
      'note: the rules changed since the file was frozen (as after any rules pass: the model keeps its ' +
        'weights until a deliberate refresh)',
    )
  return { header, rows }
}
