// Frozen training sets of the learned models (test/fixtures/tagging/veto-candidates.jsonl for
// scripts/train-veto.mjs, test/fixtures/tagging/fill-examples.jsonl for scripts/train-fill.mjs): `--freeze` tags
// the gold's trained batches with the current rules and writes what the model learns from, with a header line
// saying what produced it; every other run trains from the file and tags nothing, so a rules pass keeps the
// model's weights and is judged on its own effect. One header layout and one set of checks for both. `--relabel`
// (relabelFrozen) is the step after a labelling decision: the new gold's labels on the frozen rows, nothing else.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
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
export function readFrozen({ root, path, lastTrainingBatch, pins, rules, refresh, quiet, relabel }) {
  const fail = (msg) => {
    console.error(`${path}: ${msg}\nrefresh: ${refresh}`)
    process.exit(1)
  }
  const [first, ...rest] = readFileSync(join(root, path), 'utf8').split('\n').filter(Boolean)
  const header = JSON.parse(first)
  const rows = rest.map((l) => JSON.parse(l))
  if (relabel) return { header, rows, lines: rest }
  if (header.lastTrainingBatch !== lastTrainingBatch)
    fail(`frozen through t${header.lastTrainingBatch}, but LAST_TRAINING_BATCH is ${lastTrainingBatch}`)
  const texts = header.sources.map((f) => readFileSync(join(root, f), 'utf8'))
  if (trainedLinesSha(texts, lastTrainingBatch) !== header.trainedLinesSha256)
    fail(
      `the gold's snippets through t${lastTrainingBatch} changed since the file was frozen (after a labelling ` +
        'decision, the same script with --relabel takes the new labels and keeps the rest, then retrain)',
    )
  checkPins(header, rows, pins, fail)
  if (!quiet && rules !== header.rulesSha256)
    console.log(
      'note: the rules changed since the file was frozen (as after any rules pass: the model keeps its ' +
        'weights until a deliberate refresh)',
    )
  return { header, rows, lines: rest }
}

function checkPins(header, rows, pins, fail) {
  for (const [field, now, what] of pins)
    if (header[field] !== now) fail(`${what} changed since the file was frozen`)
  if (rows.length !== header.snippets) fail('the file is not what its header says (snippet count)')
}

/**
 * The gold texts a frozen file was tagged from: the newest revision in git whose trained lines hash to the
 * header's trainedLinesSha256 (what --relabel compares the current gold with).
 */
export function frozenGold(root, header) {
  const git = (...a) => execFileSync('git', a, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 })
  const revs = git('log', '--format=%H', '--', ...header.sources)
    .split('\n')
    .filter(Boolean)
  for (const rev of revs) {
    const texts = header.sources.map((f) => git('show', `${rev}:${f}`))
    if (trainedLinesSha(texts, header.lastTrainingBatch) === header.trainedLinesSha256) return { rev, texts }
  }
  throw new Error(`no revision of ${header.sources} in git has the frozen file's trained lines`)
}

/**
 * Runs `fn(dir)` on the sources (src, package.json, tsconfig.json) of the newest commit that wrote a frozen file
 * and whose rules digest is the header's, extracted to a temporary directory: the rules the file was tagged with,
 * for a relabelling that must tag a snippet again (the filler's labels need the records and actors of that tagging).
 * (Not simply the last commit to write the file: a relabelling writes it too, with newer rules beside it.)
 */
export async function withFrozenRules(root, path, header, rulesSkip, fn) {
  const git = (...a) => execFileSync('git', a, { cwd: root, encoding: 'utf8' }).trim()
  for (const rev of git('log', '--format=%H', '--', path).split('\n').filter(Boolean)) {
    const dir = mkdtempSync(join(tmpdir(), 'frozen-rules-'))
    try {
      execFileSync('sh', ['-c', `git archive ${rev} src package.json tsconfig.json | tar -x -C '${dir}'`], {
        cwd: root,
      })
      if (rulesSha(dir, rulesSkip) !== header.rulesSha256) continue
      symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'))
      return await fn(dir)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  throw new Error(`${path}: no commit that wrote it has the rules it was tagged with`)
}

/** The trained snippets' gold lines by id (trimmed), as trainedLinesSha reads them. */
const trainedLines = (texts, lastBatch) =>
  new Map(
    texts
      .flatMap((t) => t.split('\n').map((l) => l.trim()))
      .filter((l) => l && batchNo(batchOf(JSON.parse(l).id)) <= lastBatch)
      .map((l) => [JSON.parse(l).id, l]),
  )

/** Ids of the trained snippets whose gold line differs between two versions of the gold (same snippets in both). */
export function changedSnippets(oldTexts, newTexts, lastBatch) {
  const before = trainedLines(oldTexts, lastBatch)
  const after = trainedLines(newTexts, lastBatch)
  const ids = new Set([...before.keys(), ...after.keys()])
  if (ids.size !== before.size || ids.size !== after.size)
    throw new Error('--relabel keeps the trained snippets: the gold added or dropped some, use --freeze')
  return new Set([...ids].filter((id) => before.get(id) !== after.get(id)))
}

/**
 * `--relabel`, after a labelling decision: the frozen rows keep their features and the header its rules digest;
 * only the rows of snippets whose gold changed since the freeze are replaced by `relabel(rows of those snippets,
 * old texts, new texts)` (an array in the same order), and the header's gold hashes are those of the gold now.
 * Every other line is kept byte for byte. `pins` are checked as on any run. Returns the changed ids, old and new rows.
 */
export async function relabelFrozen({ root, path, pins, refresh, counts, relabel }) {
  const { header, rows, lines } = readFrozen({ root, path, relabel: true })
  checkPins(header, rows, pins, (msg) => {
    console.error(`${path}: ${msg}\nrefresh: ${refresh}`)
    process.exit(1)
  })
  const old = frozenGold(root, header)
  const texts = header.sources.map((f) => readFileSync(join(root, f), 'utf8'))
  const changed = changedSnippets(old.texts, texts, header.lastTrainingBatch)
  const before = rows.filter((r) => changed.has(r.id))
  const after = await relabel(before, old.texts, texts, header)
  const byId = new Map(after.map((r) => [r.id, r]))
  const next = rows.map((r) => byId.get(r.id) ?? r)
  const out = {
    ...header,
    trainingSha256: sha256(texts.join('')),
    trainedLinesSha256: trainedLinesSha(texts, header.lastTrainingBatch),
    ...counts(next),
  }
  const text = `${[JSON.stringify(out), ...lines.map((l, i) => (byId.has(rows[i].id) ? JSON.stringify(next[i]) : l))].join('\n')}\n`
  writeFileSync(join(root, path), text)
  console.log(
    `relabelled ${path} from the gold of ${old.rev.slice(0, 7)}: ${changed.size} trained snippets' gold changed`,
  )
  return { before, after }
}
