#!/usr/bin/env node
// node scripts/train-fill.mjs [--dry-run] [--check] [--quiet] [--fixed L2,P]
// Trains the learned role filler (src/tagging/records/fill.ts) and writes src/tagging/records/fill-weights.ts.
//
//  1. Tags every snippet of the tuning gold (test/fixtures/tagging-gold.jsonl) with the shipped veto and no
//     filler, and collects each empty source or target of a record with its candidate actors' feature slots.
//     The records are matched to the gold's as the eval matches them (src/tagging/eval.ts); a candidate is
//     labelled right when it is the matched gold record's actor in that role (the role the gold's
//     orientation gives it, for a symmetric event). Roles of unmatched records are not counted by the eval
//     and are not learned from.
//  2. L2 logistic regression on the binary hashed features (scripts/lib/logistic.mjs, the veto's).
//  3. Leave-one-batch-out (batch = the id's prefix): for every L2 strength in L2_GRID, each batch is tagged
//     with a filler trained on all the others, and the real eval scores it at every threshold (on the best
//     candidate's P). L2 and threshold maximise out-of-batch source + target strict accuracy on matched
//     records of the batches t21 on (written blind by new writers), provided the older batches do not lose
//     against the rules alone. Those out-of-batch figures, with and without the filler, are the honest ones.
//  4. Refits on everything with the chosen L2 and writes the weights (int16, base64) with the threshold as a
//     logit and the SHA-256 of the training text (test/tagging/fill.test.ts checks it).
// --fixed L2,P skips the search. --dry-run writes nothing. --check refits with the shipped L2 and threshold
// and exits 1 unless the module it would write is the shipped one, byte for byte (npm run fill:check).
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { tsImport } from 'tsx/esm/api'
import { batchNo, batchOf, tagGold } from './lib/gold.mjs'
import { trainLogistic } from './lib/logistic.mjs'
import { emitWeightsModule, quantiseInt16 } from './lib/weights-module.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const load = (rel) => tsImport(join(root, rel), import.meta.url)
const args = process.argv.slice(2)
const dryRun = args.includes('--dry-run')
const check = args.includes('--check')
const quiet = args.includes('--quiet')

const GOLD = 'test/fixtures/tagging-gold.jsonl'
const OUT = 'src/tagging/records/fill-weights.ts'
/**
 * L2 strengths tried. Not below 1: 0.3 tied 1 out of batch (t21 on 0.842 against 0.840, within a batch's
 * noise), and a weaker penalty lets single rare words decide.
 */
const L2_GRID = [1, 3, 10]
/** Thresholds on the best candidate's P(right): a role is filled only when it passes. */
const THRESHOLDS = [0.15, 0.2, 0.25, 0.3, 0.4, 0.5]
const NEW_BATCH = 21
/** Batches from this number on were scored before any rule saw them (round eleven): reported apart too. */
const UNSEEN_BATCH = 32

const { buildTagger } = await load('src/tagging/tagger.ts')
const { taxonomyFromDocument } = await load('src/tagging/taxonomy.ts')
const { parseGold, evaluate, matchRecords } = await load('src/tagging/eval.ts')
const { lenientKeyOf } = await load('src/tagging/lenient.ts')
const { FILL_TABLE_BITS, FILL_TABLE_SIZE, fillSlot } = await load('src/tagging/records/fill.ts')
const { FILL_MODEL } = await load(OUT)

/**
 * The last batch the filler trains on (and is chosen on, leave-one-batch-out). Round twelve retrained it on
 * t1-t42 with the same search: scored once on held-out, the newest held-out part's target accuracy fell by 0.008
 * (288 against 290 of 339 right), past the round's 0.005 rule, so the shipped filler stays the one trained
 * through t36 (docs/tagging.md §7, round twelve). Later batches stay in the gold for the eval and the veto.
 */
const LAST_TRAINING_BATCH = 36
const goldText = readFileSync(join(root, GOLD), 'utf8')
const items = parseGold(goldText).filter((g) => batchNo(batchOf(g.id)) <= LAST_TRAINING_BATCH)
const trainingSha = createHash('sha256').update(goldText).digest('hex')
const doc = JSON.parse(readFileSync(join(root, 'src/tagging/taxonomy.default.json'), 'utf8'))
const key = lenientKeyOf(doc)

let probed = []
let probing = true
const holder = { model: null }
const tagger = buildTagger(taxonomyFromDocument(doc, 1), {
  fill: holder,
  fillProbe: (slots) => {
    if (probing) probed = slots
  },
})

const text = (r) => `${r.event} ${r.source ?? '-'}>${r.target ?? '-'} ${r.modality}`

// 1. Empty roles and their candidates.
const examples = []
let emptyRoles = 0
let emptyRight = 0
let reachable = 0
for (const g of items) {
  probed = []
  const out = tagGold(tagger, g)
  if (!g.records) continue
  const recs = []
  const byText = new Map()
  for (const x of out.records) {
    const t = text(x)
    if (byText.has(t)) continue
    const rec = { event: x.event, source: x.source, target: x.target, modality: x.modality }
    byText.set(t, rec)
    recs.push(rec)
  }
  const { pairs } = matchRecords(g.records, recs, key)
  const pairOf = new Map()
  // A pair's record is the tagger's own object, or a copy with source and target swapped (a symmetric event).
  for (const p of pairs.filter((q) => recs.includes(q.got)))
    pairOf.set(p.got, { gold: p.gold, swapped: false })
  for (const p of pairs.filter((q) => !recs.includes(q.got))) {
    const rec = recs.find(
      (r) => !pairOf.has(r) && text({ ...p.got, source: p.got.target, target: p.got.source }) === text(r),
    )
    if (rec) pairOf.set(rec, { gold: p.gold, swapped: true })
  }
  const batch = batchOf(g.id)
  for (const slot of probed) {
    const rec = byText.get(text(slot.record))
    const pair = rec && pairOf.get(rec)
    if (!pair) continue
    const goldRole = pair.swapped ? (slot.role === 'source' ? 'target' : 'source') : slot.role
    const want = pair.gold[goldRole]
    emptyRoles++
    if (want === null) emptyRight++
    if (slot.candidates.some((c) => c.actor === want)) reachable++
    for (const c of slot.candidates)
      examples.push({ batch, lang: g.lang, slots: Int32Array.from(c.slots), y: c.actor === want ? 1 : 0 })
  }
}
probing = false
const batches = [...new Set(items.map((g) => batchOf(g.id)))]
const newBatches = batches.filter((b) => batchNo(b) >= NEW_BATCH)
console.log(
  `${items.length} snippets, ${batches.length} batches; ${emptyRoles} empty roles on matched records ` +
    `(${emptyRight} empty in the gold too, ${reachable} with the gold's actor among the candidates), ` +
    `${examples.length} candidates, ${examples.filter((e) => e.y).length} right`,
)

const FREE = [fillSlot('bias', 'source'), fillSlot('bias', 'target')]
const trainFill = (train, l2) => trainLogistic(train, { l2, size: FILL_TABLE_SIZE, free: FREE })
const logit = (p) => Math.log(p / (1 - p))

/** Role figures (matched, strict and lenient per role) of the items, by group and language. */
function roleFigures(reports) {
  const acc = {}
  for (const [group, r] of reports)
    for (const [lang, s] of [['all', r], ...Object.entries(r.byLang)]) {
      const k = `${group} ${lang}`
      if (!acc[k]) acc[k] = { matched: 0, ss: 0, sl: 0, ts: 0, tl: 0, ev: [0, 0, 0], ac: [0, 0, 0] }
      const a = acc[k]
      a.matched += s.roles.matched
      a.ss += s.roles.sourceStrict
      a.sl += s.roles.sourceLenient
      a.ts += s.roles.targetStrict
      a.tl += s.roles.targetLenient
      a.ev[0] += s.events.tp
      a.ev[1] += s.events.fp
      a.ev[2] += s.events.fn
      a.ac[0] += s.actors.tp
      a.ac[1] += s.actors.fp
      a.ac[2] += s.actors.fn
    }
  return acc
}
const groupOf = (b) => (newBatches.includes(b) ? 'new' : 'old')
const itemsOf = new Map(batches.map((b) => [b, items.filter((g) => batchOf(g.id) === b)]))

/** Scores every batch with its own model (null: rules only) at one threshold. */
function outOfBatch(models, threshold) {
  const reports = []
  for (const b of batches) {
    holder.model = models ? { weights: models.get(b), threshold: logit(threshold) } : null
    const report = evaluate(tagger, itemsOf.get(b), key)
    reports.push([groupOf(b), report])
    if (batchNo(b) >= UNSEEN_BATCH) reports.push(['unseen', report])
  }
  holder.model = null
  return roleFigures(reports)
}
const both = (a) => (a.ss + a.ts) / (2 * a.matched)
const f1 = ([tp, fp, fn]) => (2 * tp) / (2 * tp + fp + fn)
const show = (a) =>
  `source ${(a.ss / a.matched).toFixed(3)} / ${(a.sl / a.matched).toFixed(3)}, target ${(a.ts / a.matched).toFixed(3)} / ` +
  `${(a.tl / a.matched).toFixed(3)} (strict / lenient, ${a.matched} matched), events F1 ${f1(a.ev).toFixed(4)}, ` +
  `actors F1 ${f1(a.ac).toFixed(4)}`

let best = null
if (check) best = { l2: FILL_MODEL.l2, threshold: FILL_MODEL.thresholdP }
else if (args.includes('--fixed')) {
  const [l2, th] = args[args.indexOf('--fixed') + 1].split(',').map(Number)
  best = { l2, threshold: th }
}
if (!check) {
  const rules = outOfBatch(null, 0.5)
  const results = []
  for (const l2 of best ? [best.l2] : L2_GRID) {
    const models = new Map()
    for (const b of batches) {
      const w = trainFill(
        examples.filter((e) => e.batch !== b),
        l2,
      )
      models.set(b, Float32Array.from(w))
    }
    for (const th of best ? [best.threshold] : THRESHOLDS) {
      const x = outOfBatch(models, th)
      results.push({ l2, threshold: th, x })
      if (!quiet)
        console.log(
          `l2 ${String(l2).padStart(2)} P >= ${th}: t${NEW_BATCH}+ ${both(x['new all']).toFixed(4)}, older ${both(x['old all']).toFixed(4)} ` +
            `(rules ${both(rules['new all']).toFixed(4)}, ${both(rules['old all']).toFixed(4)})`,
        )
    }
  }
  const ok = results.filter((r) => both(r.x['old all']) >= both(rules['old all']))
  const pick = (ok.length ? ok : results).reduce((a, b) =>
    both(b.x['new all']) > both(a.x['new all']) + 1e-9 ? b : a,
  )
  best = { l2: pick.l2, threshold: pick.threshold }
  console.log(`\nchosen: l2 ${best.l2}, fill when the best candidate's P >= ${best.threshold}`)
  console.log('leave-one-batch-out (each batch tagged with a filler trained without it), strict / lenient:')
  for (const k of Object.keys(rules)) {
    const names = {
      new: `t${NEW_BATCH}+`,
      old: 'older',
      unseen: `t${UNSEEN_BATCH}+ (no rule written from them)`,
    }
    console.log(k.replace(/^\S+/, (g) => names[g]))
    console.log(`  rules only  ${show(rules[k])}`)
    console.log(`  with filler ${show(pick.x[k])}`)
  }
}

// 4. Final model on everything.
const w = trainFill(examples, best.l2)
const { scale, bytes } = quantiseInt16(w)
const weights = bytes.toString('base64')
const model = {
  bits: FILL_TABLE_BITS,
  scale: Number(scale.toPrecision(10)),
  threshold: Number(logit(best.threshold).toPrecision(10)),
  thresholdP: best.threshold,
  l2: best.l2,
  weights,
  sha256: createHash('sha256').update(weights).digest('hex'),
  trainingSha256: trainingSha,
}
emitWeightsModule({
  root,
  out: OUT,
  name: 'FILL_MODEL',
  header: [
    `Generated by scripts/train-fill.mjs: do not edit (regenerate with node scripts/train-fill.mjs).`,
    `Trained on ${GOLD}: ${items.length} snippets, ${examples.length} candidates of ${emptyRoles} empty roles.`,
    `l2 ${best.l2}, fill when the best candidate's P >= ${best.threshold}.`,
  ],
  model,
  check,
  dryRun,
})
