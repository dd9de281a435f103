#!/usr/bin/env node
// node scripts/train-veto.mjs [--freeze [--extra FILE ...]] [--relabel] [--live] [--dry-run] [--check] [--quiet] [--fixed L2,P[,W]]
// Trains the learned veto (src/tagging/veto.ts) and writes its weights to src/tagging/veto-weights.ts.
//
//  1. Candidates, FROZEN in test/fixtures/tagging/veto-candidates.jsonl: `--freeze` tags every snippet of the
//     tuning gold through LAST_TRAINING_BATCH (test/fixtures/tagging-gold.jsonl, plus any --extra files of the
//     same format) with the current rules and the veto off, collects each candidate article event with its
//     feature slots (labelled correct when the event is among the snippet's gold events), writes them with a
//     header line (what produced them: the gold's SHA-256 and that of the trained snippets' lines,
//     LAST_TRAINING_BATCH, a digest of the rules and of veto.ts) and stops. Every other run reads that file
//     and tags nothing, so a rules pass keeps the veto's weights and is judged on its own effect.
//     Refreshing the veto is a step of its own, committed apart from any rules pass:
//         node scripts/train-veto.mjs --freeze && node scripts/train-veto.mjs
//     (`--live` tags the gold now instead of reading the file, for trials with --dry-run.)
//     After a labelling decision (the gold's trained snippets relabelled, the rules not refreshed), `--relabel`
//     keeps every candidate and its slots and the header's rules digest, takes each relabelled snippet's y and gold
//     count from the gold now (rows of snippets whose gold did not change stay byte for byte), updates the header's
//     gold hashes and stops; then retrain as above. The gold it was frozen from is found in git by its hash.
//  2. L2-regularised logistic regression on the binary hashed features (L-BFGS, plain code: a few
//     thousand candidates and 2^16 weights need no library), bias unregularised.
//  3. Leave-one-batch-out (batch = the id's prefix: t6, t21 ...): for every L2 strength in L2_GRID, each
//     batch is scored by a model trained on all the others. The L2 strength and the veto threshold (on
//     P(correct)) are chosen to maximise out-of-batch events F1 (ties: fewer false alarms) on the
//     batches the rules were never written from (NEW_BATCH, t21 on) when there are at least two of
//     them (without costing the tuning batches more than TUNING_SLACK), else on all. Those out-of-batch figures, with and without the veto, are the honest ones.
//  4. Refits on everything with the chosen L2 and writes the weights, quantised to int16, with the
//     threshold as a logit and the SHA-256 of the training text as frozen (test/tagging/veto.test.ts checks it
//     against the frozen file, and the frozen file against the gold's trained batches).
// The documented examples a model must not veto (test/fixtures/tagging/veto-keep.jsonl) are tagged with the
// current rules on every run, not frozen.
// --fixed L2,P[,W] skips the leave-one-batch-out search and fits with that L2 and threshold (quick trials).
// --dry-run prints the figures and writes nothing. --check refits from the frozen candidates with the shipped
// L2 and threshold and exits 1 unless the weights it would write are the shipped ones (byte for byte), or
// unless the frozen candidates still match the gold's batches through LAST_TRAINING_BATCH and veto.ts.
import { readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { tsImport } from 'tsx/esm/api'
import {
  fileSha,
  frozenHeader,
  readFrozen,
  relabelFrozen,
  rulesSha,
  sha256,
  writeFrozen,
} from './lib/frozen.mjs'
import { batchNo, batchOf, tagGold } from './lib/gold.mjs'
import { trainLogistic } from './lib/logistic.mjs'
import { emitWeightsModule, quantiseInt16 } from './lib/weights-module.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const load = (rel) => tsImport(join(root, rel), import.meta.url)
const args = process.argv.slice(2)
const extra = args.flatMap((a, i) => (args[i - 1] === '--extra' ? [a] : []))
const dryRun = args.includes('--dry-run')
const check = args.includes('--check')
const freeze = args.includes('--freeze')
const live = args.includes('--live')
const relabel = args.includes('--relabel')
if (extra.length && !freeze && !live)
  throw new Error('--extra goes with --freeze (or --live): other runs read the frozen file')

const GOLD = 'test/fixtures/tagging-gold.jsonl'
const OUT = 'src/tagging/veto-weights.ts'
/** The frozen candidates (step 1): written by --freeze, read by every other run. */
const FROZEN = 'test/fixtures/tagging/veto-candidates.jsonl'
/**
 * L2 strengths tried (the penalty is l2/2 · |w|², summed over candidates' log-losses). Not below 10: after
 * round ten's rules the search picked 3 (out-of-batch F1 0.819 against 10's 0.818 on t21 on), and that model
 * vetoed a documented headline (北 ICBM 발사, 트럼프 반응은?, test/tagging/records.test.ts): a weaker
 * penalty lets a few words of a short title decide.
 */
const L2_GRID = [10, 30, 100]
/**
 * Weights of the new batches' candidates in the loss (their error rate, about 14 % like held-out text, is
 * what the veto meets at work; the older batches', about 5 %, is what the rules were fit to).
 */
const NEW_WEIGHTS = [1]
// ×3 was tried too: after round ten's rules it tied ×1 out of batch (0.818-0.819) and, like L2 3, vetoed the
// documented headline above; weighting 1,100 snippets three times over lets their words outvote the rest.
/**
 * Veto thresholds on P(correct) tried: at most 0.5, so a candidate is vetoed only when the model finds it
 * more likely wrong than right. Out of batch, 0.6 scored a hair higher on t21-t27 (+0.003 events F1), but
 * it vetoed plain documented examples with P(correct) 0.55-0.6 ("North Korea launched an ICBM toward the sea
 * east of Japan." as a headline; 남북은 오늘 판문점에서 고위급 대화를 열었다): short text gives the model
 * little to go on, and there it must leave the rules alone.
 */
const THRESHOLDS = [0.1, 0.2, 0.3, 0.35, 0.4, 0.45, 0.5]
/**
 * Batches from this number on were written blind after the rules of rounds one to nine, and their
 * out-of-batch figures choose: the error rate the veto meets at work. Round ten's rules were then written
 * from them too, so their rules-only figures are in sample since; only the veto's are out of batch.
 */
const NEW_BATCH = 21

const { buildTagger } = await load('src/tagging/tagger.ts')
const { taxonomyFromDocument } = await load('src/tagging/taxonomy.ts')
const { parseGold } = await load('src/tagging/eval.ts')
const { VETO_TABLE_BITS, VETO_TABLE_SIZE, featureSlot } = await load('src/tagging/veto.ts')
const { VETO_MODEL } = await load(OUT)

/**
 * Tuning batches after this one are not trained on: in round eleven a retrain with t32-t36 (500 blind snippets)
 * scored lower on held-out text than the model trained on batches up to t31 (events F1 0.8660 -> 0.8652, false
 * alarms 58 -> 61 on 1,623 held-out snippets) and was dropped under that round's rule. A pass that trains on them
 * raises this and is judged on held-out text like any other. Round twelve measured 40 (t32-t40, 900 blind snippets)
 * and left it at 31: leave-one-batch-out on t21-t40 it made events F1 0.843 and false alarms 89/865 against the
 * shipped model's 0.842 and 96/865 (its own threshold 0.45: at 0.5 it vetoes a documented pact, now in
 * veto-keep.jsonl), and on t32-t40, the text no rule was written from, exactly the shipped model's 0.867 and
 * 41/396. Trained through t42 (1,100 blind snippets after t31) and scored once on held-out, it lowered events F1 on
 * all three held-out parts (0.8670 -> 0.8660, 0.9002 -> 0.8998, 0.8659 -> 0.8638): dropped (docs/tagging.md §7).
 */
const LAST_TRAINING_BATCH = 31
const quiet = args.includes('--quiet')
const trained = (g) => batchNo(batchOf(g.id)) <= LAST_TRAINING_BATCH
const REFRESH = 'node scripts/train-veto.mjs --freeze && node scripts/train-veto.mjs'
/**
 * What the candidates were tagged with (scripts/lib/frozen.mjs): the taxonomy and the tagger's source, less the
 * generated weights, which the candidates do not depend on (the veto is off and the filler runs after the probe).
 */
const RULES_SKIP = /(^|\/)(veto|fill)-weights\.ts$/
const vetoSha = () => fileSha(root, 'src/tagging/veto.ts')
const pins = () => [
  ['vetoSha256', vetoSha(), 'src/tagging/veto.ts (the features, hence the slots)'],
  ['tableBits', VETO_TABLE_BITS, 'the table size'],
]

if (relabel) {
  // Labels only (the candidates, hence the slots, are the frozen tagging's): y and the gold count from the gold now.
  const { before, after } = await relabelFrozen({
    root,
    path: FROZEN,
    pins: pins(),
    refresh: REFRESH,
    counts: (rows) => {
      const cs = rows.flatMap((r) => r.cands)
      return { candidates: cs.length, wrong: cs.filter((c) => !c.y).length }
    },
    relabel: (rows, _old, texts) => {
      const gold = new Map(texts.flatMap((t) => parseGold(t)).map((g) => [g.id, g]))
      return rows.map((r) => {
        const g = gold.get(r.id)
        return {
          ...r,
          gold: g.events.length,
          cands: r.cands.map((c) => ({ ...c, y: g.events.includes(c.event) ? 1 : 0 })),
        }
      })
    },
  })
  let ys = 0
  let counts = 0
  before.forEach((r, i) => {
    if (r.gold !== after[i].gold) counts++
    r.cands.forEach((c, k) => {
      if (c.y !== after[i].cands[k].y) ys++
    })
  })
  console.log(
    `labels changed: ${ys} candidates' y, ${counts} snippets' gold counts; now retrain: node scripts/train-veto.mjs`,
  )
  process.exit(0)
}

const doc = JSON.parse(readFileSync(join(root, 'src/tagging/taxonomy.default.json'), 'utf8'))
let probed = []
const tagger = buildTagger(taxonomyFromDocument(doc, 1), {
  veto: false,
  vetoProbe: (c) => {
    probed = c
  },
})

// 1. Candidates: tagged now (--freeze, --live) or read from the frozen file.
/** Each snippet trained on with its candidates; snippets with none keep their gold count for the figures. */
function tagCandidates(items) {
  const snippets = []
  for (const g of items) {
    probed = []
    const out = tagGold(tagger, g)
    const got = out.events.map((e) => e.slug).sort()
    const seen = probed.map((c) => c.event).sort()
    if (got.join() !== seen.join())
      throw new Error(`${g.id}: candidates ${seen} are not the article events ${got}`)
    const sn = { id: g.id, lang: g.lang, batch: batchOf(g.id), gold: g.events.length, cands: [] }
    for (const c of probed)
      sn.cands.push({
        sn,
        event: c.event,
        y: g.events.includes(c.event) ? 1 : 0,
        slots: Int32Array.from(c.slots),
      })
    snippets.push(sn)
  }
  return snippets
}

let snippets
let header
if (freeze || live) {
  const sources = [GOLD, ...extra.map((f) => relative(root, resolve(f)).replaceAll('\\', '/'))]
  const texts = sources.map((f) => readFileSync(join(root, f), 'utf8'))
  snippets = tagCandidates(texts.flatMap((t) => parseGold(t)).filter(trained))
  const cs = snippets.flatMap((s) => s.cands)
  header = {
    ...frozenHeader({
      root,
      frozen: 'scripts/train-veto.mjs --freeze: the veto candidates of the tuning gold, one snippet a line',
      refresh: REFRESH,
      sources,
      texts,
      lastTrainingBatch: LAST_TRAINING_BATCH,
      rulesSkip: RULES_SKIP,
    }),
    vetoSha256: vetoSha(),
    tableBits: VETO_TABLE_BITS,
    snippets: snippets.length,
    candidates: cs.length,
    wrong: cs.filter((c) => !c.y).length,
  }
  if (freeze) {
    const size = writeFrozen(
      root,
      FROZEN,
      header,
      snippets.map((s) => ({
        id: s.id,
        lang: s.lang,
        batch: s.batch,
        gold: s.gold,
        cands: s.cands.map((c) => ({ event: c.event, y: c.y, slots: [...c.slots] })),
      })),
    )
    console.log(
      `wrote ${FROZEN} (${size} bytes): ${header.snippets} snippets, ${header.candidates} candidates, ` +
        `${header.wrong} wrong; now retrain: node scripts/train-veto.mjs`,
    )
    process.exit(0)
  }
} else {
  const frozen = readFrozen({
    root,
    path: FROZEN,
    lastTrainingBatch: LAST_TRAINING_BATCH,
    pins: pins(),
    rules: rulesSha(root, RULES_SKIP),
    refresh: REFRESH,
    quiet,
  })
  header = frozen.header
  snippets = frozen.rows.map((x) => {
    const sn = { id: x.id, lang: x.lang, batch: x.batch, gold: x.gold, cands: [] }
    for (const c of x.cands) sn.cands.push({ sn, event: c.event, y: c.y, slots: Int32Array.from(c.slots) })
    return sn
  })
}
const cands = snippets.flatMap((s) => s.cands)
const trainingSha = header.trainingSha256
const batches = [...new Set(snippets.map((s) => s.batch))]
const newBatches = batches.filter((b) => batchNo(b) >= NEW_BATCH)
for (const c of cands) c.fresh = newBatches.includes(c.sn.batch)
const BIAS = featureSlot('bias')
console.log(
  `${snippets.length} snippets, ${batches.length} batches (${newBatches.length} new: ${newBatches.join(' ') || '-'}), ` +
    `${cands.length} candidates, ${cands.filter((c) => !c.y).length} wrong` +
    (live ? ' (tagged now, not the frozen file)' : ` (frozen in ${FROZEN})`),
)

// 2. L2 logistic regression, L-BFGS (scripts/lib/logistic.mjs, shared with the role filler's trainer).
const trainModel = (train, l2, newWeight = 1) =>
  trainLogistic(train, {
    l2,
    size: VETO_TABLE_SIZE,
    free: [BIAS],
    weightOf: (c) => (c.fresh ? newWeight : 1),
  })

const score = (w, c) => {
  let z = 0
  for (const s of c.slots) z += w[s]
  return z
}
const logit = (p) => Math.log(p / (1 - p))

/** Events P/R/F1 and false alarms of the snippets, keeping candidates whose score passes (all when no scores). */
function figures(sns, keep) {
  let tp = 0
  let fp = 0
  let gold = 0
  let lost = 0
  let noEvent = 0
  let alarms = 0
  for (const sn of sns) {
    gold += sn.gold
    let extra = 0
    for (const c of sn.cands) {
      if (keep(c)) {
        if (c.y) tp++
        else {
          fp++
          extra++
        }
      } else if (c.y) lost++
    }
    if (sn.gold === 0) {
      noEvent++
      if (extra) alarms++
    }
  }
  const p = tp + fp ? tp / (tp + fp) : 1
  const r = gold ? tp / gold : 1
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, fp, lost, alarms, noEvent }
}
const fmt = (x) =>
  `P ${x.p.toFixed(3)} R ${x.r.toFixed(3)} F1 ${x.f1.toFixed(3)}, wrong tags ${String(x.fp).padStart(3)}, ` +
  `false alarms ${x.alarms}/${x.noEvent} = ${((100 * x.alarms) / Math.max(1, x.noEvent)).toFixed(1)} %, ` +
  `true events lost ${x.lost}`

/** A setting's model fitted on every candidate, quantised to int16 as shipped. */
function finalModel(setting) {
  const w = trainModel(cands, setting.l2, setting.nw)
  return { w, ...quantiseInt16(w) }
}

/**
 * Documented examples (docs/tagging.md, test/tagging/*.test.ts; tagged as body text dated 2024-06-01, as the
 * tests do) a model must not veto: short headlines give
 * the model little to go on, and a setting that wins out of batch by a hair has twice vetoed one of them.
 */
const KEEP = 'test/fixtures/tagging/veto-keep.jsonl'
const keeps = readFileSync(join(root, KEEP), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l))
const keepCands = keeps.map((k) => {
  probed = []
  tagger.tag({ title: '', content: k.text, lang: k.lang, publishedAt: Date.parse('2024-06-01T00:00:00Z') })
  return {
    k,
    cands: probed
      .filter((c) => k.events.includes(c.event))
      .map((c) => ({ ...c, slots: Int32Array.from(c.slots) })),
  }
})
for (const { k, cands: kc } of keepCands)
  if (kc.length !== k.events.length)
    throw new Error(`${KEEP}: the rules alone do not tag ${k.text} with ${k.events}`)
/** The documented examples a quantised model vetoes, as "title (event)". */
function vetoedKeeps({ w, scale }, threshold) {
  const lost = []
  for (const { k, cands: kc } of keepCands)
    for (const c of kc) {
      let z = 0
      for (const s of c.slots) z += Math.round(w[s] / scale) * scale
      if (z < logit(threshold)) lost.push(`${k.text} (${c.event})`)
    }
  return lost
}

// 3. Leave-one-batch-out.
const chooseOn = newBatches.length >= 2 ? snippets.filter((s) => newBatches.includes(s.batch)) : snippets
const chooseName = newBatches.length >= 2 ? `new batches (${newBatches.join(' ')})` : 'all batches'
let best = null
/** Every setting of the search that holds the tuning floor, with its out-of-batch figures. */
const ranked = []
/** The final model of the chosen setting, when the search fitted it already. */
let final = null
const oob = new Map()
/** Choosing on the new batches may not cost the tuning batches more than this much out-of-batch events F1. */
const TUNING_SLACK = 0.003
const tuningSnippets = snippets.filter((s) => !newBatches.includes(s.batch))
const tuningFloor = figures(tuningSnippets, () => true).f1 - TUNING_SLACK
const fixed = args.includes('--fixed') ? args[args.indexOf('--fixed') + 1].split(',').map(Number) : null
if (check) {
  best = { l2: VETO_MODEL.l2, nw: VETO_MODEL.newWeight, threshold: VETO_MODEL.thresholdP }
} else if (fixed) {
  best = { l2: fixed[0], threshold: fixed[1], nw: fixed[2] ?? 1 }
} else {
  for (const nw of newBatches.length ? NEW_WEIGHTS : [1])
    for (const l2 of L2_GRID) {
      const z = new Map()
      for (const b of batches) {
        const w = trainModel(
          cands.filter((c) => c.sn.batch !== b),
          l2,
          nw,
        )
        for (const c of cands) if (c.sn.batch === b) z.set(c, score(w, c))
      }
      oob.set(`${l2}/${nw}`, z)
      for (const th of THRESHOLDS) {
        const cut = logit(th)
        const x = figures(chooseOn, (c) => z.get(c) >= cut)
        if (chooseOn !== snippets && figures(tuningSnippets, (c) => z.get(c) >= cut).f1 < tuningFloor)
          continue
        ranked.push({ l2, nw, threshold: th, x })
      }
      if (!quiet) {
        const row = THRESHOLDS.map((th) =>
          figures(chooseOn, (c) => z.get(c) >= logit(th)).f1.toFixed(3),
        ).join(' ')
        console.log(
          `l2 ${String(l2).padStart(3)} new×${nw}: out-of-batch events F1 on ${chooseName} by threshold: ${row}`,
        )
      }
    }
  // Best out-of-batch events F1 first (ties: fewer false alarms); the first setting whose final model keeps
  // every documented example wins.
  ranked.sort((a, b) => (Math.abs(a.x.f1 - b.x.f1) > 1e-9 ? b.x.f1 - a.x.f1 : a.x.alarms - b.x.alarms))
  for (const r of ranked) {
    const fit = finalModel(r)
    const lost = vetoedKeeps(fit, r.threshold)
    if (!lost.length) {
      best = r
      final = fit
      break
    }
    console.log(`skipped l2 ${r.l2} ×${r.nw} < ${r.threshold}: it vetoes documented ${lost.join('; ')}`)
  }
  if (!best)
    throw new Error('every setting vetoes a documented example (test/fixtures/tagging/veto-keep.jsonl)')
  console.log(
    `chosen: l2 ${best.l2}, new batches weighted ×${best.nw}, veto when P(correct) < ${best.threshold} (on ${chooseName})\n`,
  )
  const z = oob.get(`${best.l2}/${best.nw}`)
  const cut = logit(best.threshold)
  const groups = [
    ['all batches', snippets],
    [
      'batches before t21 (rules of rounds 1-9 written from them)',
      snippets.filter((s) => !newBatches.includes(s.batch)),
    ],
    [
      'batches t21 on (round ten rules written from them)',
      snippets.filter((s) => newBatches.includes(s.batch)),
    ],
  ]
  /** Out-of-batch AUC: how well the score ranks wrong candidates below right ones. */
  const auc = (cs) => {
    const sorted = cs.map((c) => [z.get(c), c.y]).sort((a, b) => a[0] - b[0])
    let neg = 0
    let pairs = 0
    for (const [, y] of sorted) {
      if (y) pairs += neg
      else neg++
    }
    const pos = sorted.length - neg
    return pos && neg ? pairs / (pos * neg) : Number.NaN
  }
  const fresh = cands.filter((c) => c.fresh)
  console.log(
    `out-of-batch AUC: all ${auc(cands).toFixed(3)}, tuning batches ${auc(cands.filter((c) => !c.fresh)).toFixed(3)}` +
      (fresh.length ? `, new batches ${auc(fresh).toFixed(3)}` : ''),
  )
  console.log('leave-one-batch-out figures (each batch scored by a model trained without it):')
  for (const [name, sns] of groups) {
    if (!sns.length) continue
    for (const lang of ['all', 'en', 'ko']) {
      const part = lang === 'all' ? sns : sns.filter((s) => s.lang === lang)
      console.log(`${name}, ${lang} (${part.length} snippets)`)
      console.log(`  rules only  ${fmt(figures(part, () => true))}`)
      console.log(`  with veto   ${fmt(figures(part, (c) => z.get(c) >= cut))}`)
    }
  }
  if (newBatches.length)
    for (const b of newBatches) {
      const part = snippets.filter((s) => s.batch === b)
      console.log(`${b}: rules ${fmt(figures(part, () => true))}`)
      console.log(`${' '.repeat(b.length)}  veto  ${fmt(figures(part, (c) => z.get(c) >= cut))}`)
    }
}

// 4. Final model on everything.
const { w, scale, bytes } = final ?? finalModel(best)
const lostKeeps = vetoedKeeps({ w, scale }, best.threshold)
if (lostKeeps.length) console.log(`warning: this model vetoes documented ${lostKeeps.join('; ')}`)
const weights = bytes.toString('base64')
const inSample = figures(snippets, (c) => {
  let z = 0
  for (const s of c.slots) z += Math.round(w[s] / scale) * scale
  return z >= logit(best.threshold)
})
console.log(`\nin-sample (memory, not a measure): ${fmt(inSample)}`)
const model = {
  bits: VETO_TABLE_BITS,
  scale: Number(scale.toPrecision(10)),
  threshold: Number(logit(best.threshold).toPrecision(10)),
  thresholdP: best.threshold,
  l2: best.l2,
  newWeight: best.nw,
  weights,
  sha256: sha256(weights),
  trainingSha256: trainingSha,
}
// scale and the threshold are kept at 10 significant digits so the module is the same on every machine.
emitWeightsModule({
  root,
  out: OUT,
  name: 'VETO_MODEL',
  header: [
    `Generated by scripts/train-veto.mjs: do not edit (regenerate with node scripts/train-veto.mjs).`,
    `Trained on ${header.sources.join(', ')}: ${snippets.length} snippets, ${cands.length} candidates.`,
    `l2 ${best.l2}, new batches x${best.nw}, veto when P(correct) < ${best.threshold}.`,
  ],
  model,
  check,
  dryRun,
})
