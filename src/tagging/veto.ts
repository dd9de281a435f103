/**
 * The learned veto: a small linear model, trained on gold by scripts/train-veto.mjs, that scores each
 * candidate article event after the records stage and removes the ones it judges wrong.
 *
 * A candidate is one event the article would be tagged with: the event of one or more reported, planned
 * or denied records (taxonomy rule 4). Scoring the article event rather than each record follows what the
 * gold labels cleanly (the event is in the snippet's events or it is not; a record matches a gold record
 * only up to roles and modality) and what is judged (events F1, false alarms); a vetoed candidate's
 * tagging records are removed, so the article's events stay the events of its tagging records.
 *
 * Features are binary and hashed into a table of VETO_TABLE_SIZE weights, one union per candidate over
 * its records: the event, the language, the trigger's lemma and surface, event × lemma, the words in a
 * window around the trigger (left and right, alone, with the event and, the nearest two, with the lemma;
 * Korean also by a two-syllable stem, and the trigger word's own ending), the taxonomy cues present in
 * the sentence, the modality (and whether a cue set it), the roles' kinds
 * (state / person / organisation / other / none), title or body, and how many records and sentences
 * support the event. Hashing works on the normalised text's code units: no string per feature. The
 * sentence's other words as a bag were tried and dropped: leave-one-batch-out on t21-t24 scored the same
 * or worse with them (they cost more true events on the tuning batches) at about twice the cost.
 * Cost: per tagging record, one pass over its sentence's words; nothing for sentences without one.
 */
import { fromBase64 } from '../lib/base64'
import { C_CJK, C_DIGIT, C_HANGUL, C_LATIN, charClass } from './chars'
import type { CompiledTaxonomy, Entry } from './compile'
import type { NormText } from './normalise'
import type { Modality } from './types'
import { VETO_MODEL } from './veto-weights'

/** log2 of the weight table's size: features hash into 2^16 slots. */
export const VETO_TABLE_BITS = 16
export const VETO_TABLE_SIZE = 1 << VETO_TABLE_BITS
const MASK = VETO_TABLE_SIZE - 1
/** Words each side of the trigger that count as its window. */
export const VETO_WINDOW = 4
/**
 * Records of one event whose features are collected (the first ones, in text order): a long article's
 * tenth record of an event adds little, and this bounds the cost per candidate. Counts use them all.
 */
export const VETO_RECORDS_READ = 3

/** Feature kinds: each seeds its hash, so "a word left of the trigger" and "a word in the sentence" differ. */
enum F {
  Bias = 1,
  Event,
  EventLang,
  Lemma,
  EventLemma,
  Surface,
  Modality,
  EventModality,
  LemmaModality,
  Cued,
  Source,
  Target,
  EventSource,
  EventTarget,
  Roles,
  Title,
  EventTitle,
  Implied,
  Left,
  Right,
  EventWindow,
  LemmaNear,
  Cue,
  EventCue,
  Records,
  EventRecords,
  Sentences,
  TitleOnly,
  ArticleEvents,
  FirstBody,
  Length,
  StemLeft,
  StemRight,
}

export const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

export function mixInt(h: number, x: number): number {
  h = Math.imul(h ^ (x & 0xffff), FNV_PRIME)
  return Math.imul(h ^ (x >>> 16), FNV_PRIME)
}

export function mixString(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME)
  return Math.imul(h ^ 0xffff, FNV_PRIME)
}

export function mixCodes(h: number, codes: Uint16Array, from: number, to: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ codes[i], FNV_PRIME)
  return Math.imul(h ^ 0xffff, FNV_PRIME)
}

/** MurmurHash3's finaliser, then the table's bits. */
function slotOf(h: number): number {
  return finalise(h) & MASK
}

/** MurmurHash3's finaliser (unsigned): the learned role filler (records/fill.ts) masks it to its own table. */
export function finalise(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

const seed = (kind: F) => mixInt(FNV_OFFSET, kind)

/** A feature's slot from its kind and strings (tests and tools; the tagger hashes code units directly). */
export function featureSlot(kind: string, ...parts: string[]): number {
  const k = KIND_NAMES.indexOf(kind)
  if (k < 1) throw new Error(`unknown veto feature kind ${kind}`)
  let h = seed(k as F)
  for (const p of parts) h = mixString(h, p)
  return slotOf(h)
}

/** The kinds by name, for featureSlot (index = F value). */
const KIND_NAMES = [
  '',
  'bias',
  'event',
  'event-lang',
  'lemma',
  'event-lemma',
  'surface',
  'modality',
  'event-modality',
  'lemma-modality',
  'cued',
  'source',
  'target',
  'event-source',
  'event-target',
  'roles',
  'title',
  'event-title',
  'implied',
  'left',
  'right',
  'event-window',
  'lemma-near',
  'cue',
  'event-cue',
  'records',
  'event-records',
  'sentences',
  'title-only',
  'article-events',
  'first-body',
  'length',
  'stem-left',
  'stem-right',
]

const KIND_COUNT = KIND_NAMES.length
const SEEDS = Int32Array.from({ length: KIND_COUNT }, (_, k) => seed(k as F))

/** One tagging record as the veto sees it. */
export interface VetoRecord {
  event: number
  source: number
  target: number
  modality: Modality
  cued: boolean
}

/** The sentence a record is in: its text range and the cue ids found in it. */
export interface VetoSentence {
  t: NormText
  start: number
  end: number
  inTitle: boolean
  /** The first sentence of the body (a lead). */
  firstBody: boolean
  cueIds: ArrayLike<number>
  cueFrom: number
  cueTo: number
}

/** A candidate: an article event with the feature slots of its records. */
export interface VetoCandidate {
  event: number
  slots: number[]
  records: number
  sentences: number
  inTitle: boolean
  inBody: boolean
}

const isWord = (k: number) => k === C_LATIN || k === C_DIGIT || k === C_HANGUL || k === C_CJK

/** Word boundaries of the current sentence (reused: one sentence at a time). */
class Words {
  starts = new Int32Array(256)
  ends = new Int32Array(256)
  n = 0
  t: NormText | null = null
  from = -1
  to = -1
  read(t: NormText, from: number, to: number): void {
    if (this.t === t && this.from === from && this.to === to) return
    this.t = t
    this.from = from
    this.to = to
    this.n = 0
    const k = charClass()
    const { codes } = t
    let i = from
    while (i < to) {
      if (!isWord(k[codes[i]])) {
        i++
        continue
      }
      let j = i + 1
      while (j < to && isWord(k[codes[j]])) j++
      if (this.n === this.starts.length) {
        const s = new Int32Array(this.n * 2)
        s.set(this.starts)
        this.starts = s
        const e = new Int32Array(this.n * 2)
        e.set(this.ends)
        this.ends = e
      }
      this.starts[this.n] = i
      this.ends[this.n++] = j
      i = j
    }
  }
}

const ROLE_KINDS = ['none', 'state', 'person', 'org', 'other']
function roleKind(m: CompiledTaxonomy, a: number): string {
  if (a < 0) return ROLE_KINDS[0]
  if (m.actorIsCountry[a]) return ROLE_KINDS[1]
  if (m.actorIsPerson[a]) return ROLE_KINDS[2]
  if (m.actorIsOrg[a]) return ROLE_KINDS[3]
  return ROLE_KINDS[4]
}

const bucket = (n: number, max: number) => Math.min(n, max)

/** One candidate while the article is read: pooled, reused from article to article. */
interface Pending {
  event: number
  /** The slots of its records' features as hashed, repeats included (dedupe() drops them, in order). */
  raw: Int32Array
  n: number
  records: number
  sentences: number
  inTitle: boolean
  inBody: boolean
  lastSentence: number
}

/**
 * Collects an article's candidates, record by record (the tagger calls add() for each reported,
 * planned or denied record as it is made), then scores them. No closures, no Set and no allocation
 * per candidate: add() appends each feature's slot to the candidate's pooled buffer, and scoring drops
 * repeats (keeping each slot's first occurrence, in order) through a small open-addressing set that
 * stays in the L1 cache, where a stamp per table slot (2^16 of them) missed it at every feature.
 */
export class VetoCollector {
  private readonly words = new Words()
  /** Per event: its index in pending, or -1. */
  private readonly pendingOf: Int32Array
  /** The article's candidates in the order first seen (the first `used` of the pool). */
  private readonly pending: Pending[] = []
  private used = 0
  private sentenceNo = 0
  private lastKey: NormText | null = null
  private lastStart = -1
  private cur: Pending | null = null
  /** dedupe()'s set: slots keyed by their low bits (they are hashes already), stamped by generation. */
  private setKeys = new Int32Array(1024)
  private setGen = new Int32Array(1024)
  private gen = 0
  /** dedupe()'s output: a candidate's slots, each once, in the order first seen. */
  private uniq = new Int32Array(512)
  /** Per event and kind: the hash seed of "kind × event". */
  private readonly eventSeeds: Int32Array

  constructor(private readonly m: CompiledTaxonomy) {
    const events = m.eventSlugs.length
    this.pendingOf = new Int32Array(events).fill(-1)
    this.eventSeeds = new Int32Array(events * KIND_COUNT)
    for (let e = 0; e < events; e++)
      for (let k = 0; k < KIND_COUNT; k++)
        this.eventSeeds[e * KIND_COUNT + k] = mixString(SEEDS[k], m.eventSlugs[e])
  }

  reset(): void {
    for (let i = 0; i < this.used; i++) this.pendingOf[this.pending[i].event] = -1
    this.used = 0
    this.sentenceNo = 0
    this.lastKey = null
    this.lastStart = -1
  }

  private put(h: number): void {
    const p = this.cur as Pending
    if (p.n === p.raw.length) {
      const raw = new Int32Array(p.n * 2)
      raw.set(p.raw)
      p.raw = raw
    }
    p.raw[p.n++] = slotOf(h)
  }

  private pendingFor(event: number): Pending {
    const i = this.pendingOf[event]
    if (i >= 0) return this.pending[i]
    let p = this.pending[this.used]
    if (!p) {
      p = {
        event,
        raw: new Int32Array(256),
        n: 0,
        records: 0,
        sentences: 0,
        inTitle: false,
        inBody: false,
        lastSentence: -1,
      }
      this.pending.push(p)
    }
    p.event = event
    p.n = 0
    p.records = 0
    p.sentences = 0
    p.inTitle = false
    p.inBody = false
    p.lastSentence = -1
    this.pendingOf[event] = this.used++
    return p
  }

  /** A tagging record, with the trigger that made it (null when it is implied by another event's). */
  add(r: VetoRecord, trigger: { entry: Entry; start: number; end: number } | null, s: VetoSentence): void {
    const { m } = this
    if (s.t !== this.lastKey || s.start !== this.lastStart) {
      this.sentenceNo++
      this.lastKey = s.t
      this.lastStart = s.start
    }
    const p = this.pendingFor(r.event)
    p.records++
    if (p.lastSentence !== this.sentenceNo) {
      p.lastSentence = this.sentenceNo
      p.sentences++
    }
    if (s.inTitle) p.inTitle = true
    else p.inBody = true
    if (p.records > VETO_RECORDS_READ) return
    this.cur = p
    const es = this.eventSeeds
    const eo = r.event * KIND_COUNT
    const lang = trigger?.entry.lang ?? 'en'
    this.put(SEEDS[F.Bias])
    this.put(es[eo + F.Event])
    this.put(mixString(es[eo + F.EventLang], lang))
    this.put(mixString(es[eo + F.EventModality], r.modality))
    this.put(mixString(SEEDS[F.Modality], r.modality))
    if (r.cued) this.put(es[eo + F.Cued])
    const src = roleKind(m, r.source)
    const tgt = roleKind(m, r.target)
    this.put(mixString(SEEDS[F.Source], src))
    this.put(mixString(SEEDS[F.Target], tgt))
    this.put(mixString(es[eo + F.EventSource], src))
    this.put(mixString(es[eo + F.EventTarget], tgt))
    this.put(mixString(mixString(SEEDS[F.Roles], src), tgt))
    if (s.inTitle) {
      this.put(SEEDS[F.Title])
      this.put(es[eo + F.EventTitle])
    }
    if (s.firstBody) this.put(SEEDS[F.FirstBody])
    const { codes } = s.t
    const words = this.words
    words.read(s.t, s.start, s.end)
    const { starts, ends } = words
    this.put(mixInt(SEEDS[F.Length], bucket(words.n >> 3, 6)))
    const k = charClass()
    for (let i = s.cueFrom; i < s.cueTo; i++) {
      const key = m.cueKeys[s.cueIds[i]]
      this.put(mixString(SEEDS[F.Cue], key))
      this.put(mixString(es[eo + F.EventCue], key))
    }
    if (!trigger) {
      this.put(es[eo + F.Implied])
      return
    }
    const lemma = trigger.entry.lemma
    const near = mixString(SEEDS[F.LemmaNear], lemma)
    this.put(mixString(SEEDS[F.Lemma], lemma))
    this.put(mixString(es[eo + F.EventLemma], lemma))
    this.put(mixString(mixString(SEEDS[F.LemmaModality], lemma), r.modality))
    this.put(mixCodes(SEEDS[F.Surface], codes, trigger.start, trigger.end))
    // The trigger's words: from the first word ending after its start to the last starting before its end.
    let first = 0
    while (first < words.n && ends[first] <= trigger.start) first++
    let last = first
    while (last + 1 < words.n && starts[last + 1] < trigger.end) last++
    const leftSeed = mixString(es[eo + F.EventWindow], '<')
    for (let w = Math.max(0, first - VETO_WINDOW); w < first; w++) {
      const a = starts[w]
      const b = ends[w]
      this.put(mixCodes(SEEDS[F.Left], codes, a, b))
      this.put(mixCodes(leftSeed, codes, a, b))
      if (first - w <= 2) this.put(mixCodes(near, codes, a, b))
      if (b - a > 2 && k[codes[a]] === C_HANGUL) this.put(mixCodes(SEEDS[F.StemLeft], codes, a, a + 2))
    }
    const rightSeed = mixString(es[eo + F.EventWindow], '>')
    for (let w = last + 1; w < Math.min(words.n, last + 1 + VETO_WINDOW); w++) {
      const a = starts[w]
      const b = ends[w]
      this.put(mixCodes(SEEDS[F.Right], codes, a, b))
      this.put(mixCodes(rightSeed, codes, a, b))
      if (w - last <= 2) this.put(mixCodes(near, codes, a, b))
      if (b - a > 2 && k[codes[a]] === C_HANGUL) this.put(mixCodes(SEEDS[F.StemRight], codes, a, a + 2))
    }
    // Korean: the trigger word's own ending (방문했다 vs 방문 계획) is its right context.
    if (last < words.n && ends[last] > trigger.end) this.put(mixCodes(near, codes, trigger.end, ends[last]))
  }

  /** Whether slot is not yet in the current set (and adds it). */
  private firstTime(slot: number): boolean {
    const keys = this.setKeys
    const gen = this.setGen
    const mask = keys.length - 1
    let i = slot & mask
    for (;;) {
      if (gen[i] !== this.gen) {
        gen[i] = this.gen
        keys[i] = slot
        return true
      }
      if (keys[i] === slot) return false
      i = (i + 1) & mask
    }
  }

  private keep(slot: number, n: number): number {
    if (!this.firstTime(slot)) return n
    if (n === this.uniq.length) {
      const u = new Int32Array(n * 2)
      u.set(this.uniq)
      this.uniq = u
    }
    this.uniq[n] = slot
    return n + 1
  }

  /**
   * The candidate's slots with its article-level features, each once, in the order first seen, into
   * uniq; returns their count.
   */
  private dedupe(p: Pending): number {
    // A fresh set, at most half full: the record slots and the five article-level ones.
    let size = this.setKeys.length
    if (size < 2 * (p.n + 5)) {
      while (size < 2 * (p.n + 5)) size *= 2
      this.setKeys = new Int32Array(size)
      this.setGen = new Int32Array(size)
      this.gen = 0
    }
    if (++this.gen === 0x7fffffff) {
      this.setGen.fill(0)
      this.gen = 1
    }
    let n = 0
    const { raw } = p
    for (let i = 0; i < p.n; i++) n = this.keep(raw[i], n)
    const eo = p.event * KIND_COUNT
    n = this.keep(slotOf(mixInt(SEEDS[F.Records], bucket(p.records, 4))), n)
    n = this.keep(slotOf(mixInt(this.eventSeeds[eo + F.EventRecords], bucket(p.records, 4))), n)
    n = this.keep(slotOf(mixInt(SEEDS[F.Sentences], bucket(p.sentences, 3))), n)
    if (p.inTitle && !p.inBody) n = this.keep(slotOf(SEEDS[F.TitleOnly]), n)
    n = this.keep(slotOf(mixInt(SEEDS[F.ArticleEvents], bucket(this.used, 4))), n)
    return n
  }

  /** The article's candidates with their article-level features added, each slot once, in the order first seen. */
  candidates(): VetoCandidate[] {
    const out: VetoCandidate[] = []
    for (let i = 0; i < this.used; i++) {
      const p = this.pending[i]
      const n = this.dedupe(p)
      out.push({
        event: p.event,
        slots: Array.from(this.uniq.subarray(0, n)),
        records: p.records,
        sentences: p.sentences,
        inTitle: p.inTitle,
        inBody: p.inBody,
      })
    }
    return out
  }

  /**
   * The events of the article's candidates scoring below threshold, in the order first seen: each
   * candidate's logit as vetoScore(weights, candidate.slots) sums it, slot by slot in the same order.
   */
  vetoed(weights: Float32Array, threshold: number): number[] {
    const out: number[] = []
    for (let i = 0; i < this.used; i++) {
      const p = this.pending[i]
      const n = this.dedupe(p)
      const u = this.uniq
      let z = 0
      for (let j = 0; j < n; j++) z += weights[u[j]]
      if (z < threshold) out.push(p.event)
    }
    return out
  }
}

/** The shipped model, decoded once per isolate. */
export interface VetoWeights {
  weights: Float32Array
  /** Candidates scoring below this (a logit) are vetoed. */
  threshold: number
}

let decoded: VetoWeights | null | undefined

/** The generated weights (src/tagging/veto-weights.ts), or null when none are shipped. */
export function shippedVeto(): VetoWeights | null {
  if (decoded !== undefined) return decoded
  decoded = decodeVeto(VETO_MODEL)
  return decoded
}

export function decodeVeto(model: typeof VETO_MODEL): VetoWeights | null {
  if (!model.weights) return null
  if (model.bits !== VETO_TABLE_BITS)
    throw new Error(`veto weights for ${model.bits} bits, table has ${VETO_TABLE_BITS}`)
  return {
    weights: decodeTable(model.weights, VETO_TABLE_SIZE, model.scale, 'veto'),
    threshold: model.threshold,
  }
}

/** A table of int16 little-endian weights in base64, times scale (the veto's and the role filler's format). */
export function decodeTable(base64: string, size: number, scale: number, name: string): Float32Array {
  const bytes = fromBase64(base64)
  if (bytes.byteLength !== size * 2) throw new Error(`${name} weights: wrong length`)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const weights = new Float32Array(size)
  for (let i = 0; i < size; i++) weights[i] = view.getInt16(i * 2, true) * scale
  return weights
}

/** The candidate's logit: the sum of its slots' weights (the bias is a slot too). */
export function vetoScore(weights: Float32Array, slots: readonly number[]): number {
  let z = 0
  for (let i = 0; i < slots.length; i++) z += weights[slots[i]]
  return z
}
