/**
 * The learned role filler: after the rules, the anaphora and the veto, a tagging record that still has
 * an empty source or target takes the actor a small logistic model, trained on gold by
 * scripts/train-fill.mjs, finds likely enough, or stays empty (docs/tagging.md §2, "Filling empty roles").
 *
 * The rules fill roles from syntax near the trigger and leave a role empty when syntax does not say; the
 * gold names an actor there in most cases (a launch's state named in the headline, the target of "aid"
 * in the previous sentence, an official's state as the source), but not in all: an empty role is right
 * too (protests by unnamed crowds, a launch "toward the sea"), and filling it is then an error. So each
 * empty role is scored candidate by candidate and filled only with the best one whose probability
 * passes the shipped threshold.
 *
 * Candidates are the article's tagged actors (with implications: a leader's state too), never the record's
 * other role: those mentioned in the record's sentence, the title or the previous sentence first, then the
 * rest by weight (at most MAX_CANDIDATES); where each is mentioned is a feature, and the article's most
 * weighted actor is marked. Features are binary and hashed like the veto's (veto.ts), per role: the event, the
 * actor's kind, where it is mentioned (sentence, title, previous sentence: named or only implied), which
 * side of the trigger and how far, the word before it and (Korean) the particle after it, its rank in the
 * article, the other role's kind and whether the two are the same state, the modality, the language.
 * Only roles change: events, actors, mentions and modality are the rules' and the veto's.
 * Cost: nothing for a record with both roles; a few candidates × about twenty hashes otherwise.
 */
import { C_CJK, C_DIGIT, C_HANGUL, C_LATIN, charClass } from '../chars'
import type { CompiledTaxonomy } from '../compile'
import type { NormText } from '../normalise'
import type { Sentence } from '../state'
import type { EventRecord } from '../types'
import { decodeTable, FNV_OFFSET, finalise, mixCodes, mixInt, mixString } from '../veto'
import { FILL_MODEL } from './fill-weights'
import { EMPTY_SOURCE, EMPTY_TARGET } from './index'

/** log2 of the filler's weight table. */
export const FILL_TABLE_BITS = 14
export const FILL_TABLE_SIZE = 1 << FILL_TABLE_BITS
const MASK = FILL_TABLE_SIZE - 1
/** Candidates scored per empty role at most (the article's actors are rarely more). */
const MAX_CANDIDATES = 12
/** A candidate's slots as features() writes them (at most 22). */
const SLOTS = new Int32Array(32)

/** A record as the filler needs it: the record, its sentence (index in the article) and trigger start. */
export interface FillInput {
  record: EventRecord
  sentence: number
  /** Start of the trigger in the sentence's normalised text; -1 for an implied event. */
  trigger: number
  lang: string
  /**
   * Roles the rules leave empty on purpose (records/index.ts, RawRecord.empty: EMPTY_SOURCE | EMPTY_TARGET):
   * not filled, and no training example (scripts/train-fill.mjs reads the probe).
   */
  empty: number
}

/** One empty role with its candidates' feature slots (training: scripts/train-fill.mjs). */
export interface FillSlot {
  record: EventRecord
  role: 'source' | 'target'
  candidates: { actor: string; slots: number[] }[]
}

export interface FillModel {
  weights: Float32Array
  /** The best candidate fills the role when its logit is at least this. */
  threshold: number
}

export interface FillRun {
  model: FillModel | null
  probe?: (slots: FillSlot[]) => void
}

let decoded: FillModel | null | undefined

/** The generated weights (records/fill-weights.ts), or null when none are shipped. */
export function shippedFill(): FillModel | null {
  if (decoded !== undefined) return decoded
  decoded = FILL_MODEL.weights
    ? {
        weights: decodeTable(FILL_MODEL.weights, FILL_TABLE_SIZE, FILL_MODEL.scale, 'role filler'),
        threshold: FILL_MODEL.threshold,
      }
    : null
  return decoded
}

/** A feature's slot: the kind and its parts hashed (FNV-1a over the strings, MurmurHash3's finaliser). */
export function fillSlot(...parts: string[]): number {
  let h = mixInt(FNV_OFFSET, 0x46494c4c)
  for (const p of parts) h = mixString(h, p)
  return finalise(h) & MASK
}

const isWord = (k: number) => k === C_LATIN || k === C_DIGIT || k === C_HANGUL || k === C_CJK

/** The word before position s (normalised, lower case), at most 12 code units, into c (none at the start). */
function wordBefore(t: NormText, s: number, from: number, c: Cand): void {
  const k = charClass()
  let e = s
  while (e > from && !isWord(k[t.codes[e - 1]])) e--
  c.beforeFrom = -1
  if (e <= from) return
  let b = e
  while (b > from && isWord(k[t.codes[b - 1]]) && e - b < 12) b--
  c.beforeFrom = b
  c.beforeTo = e
}

/** Korean: what follows a name in its word (a particle: 에, 을, 과, 에게, 의); English: "'s" or nothing. */
function after(t: NormText, e: number, to: number, c: Cand): void {
  const k = charClass()
  let j = e
  while (j < to && j - e < 3 && isWord(k[t.codes[j]])) j++
  c.particleFrom = j === e && j + 1 < to && t.codes[j] === 0x27 && t.codes[j + 1] === 0x73 ? -1 : e
  c.particleTo = j
}

const KINDS = ['state', 'person', 'org', 'other']
function kindIndex(m: CompiledTaxonomy, a: number): number {
  if (m.actorIsCountry[a]) return 0
  if (m.actorIsPerson[a]) return 1
  if (m.actorIsOrg[a]) return 2
  return 3
}
const kindOf = (m: CompiledTaxonomy, a: number) => KINDS[kindIndex(m, a)]

/** Where a candidate is mentioned, gathered over the places read. */
interface Cand {
  actor: number
  where: number
  /** Nearest mention in the record's sentence: signed distance in code units (after the trigger > 0). */
  offset: number
  /** The word before the nearest mention in the sentence's text (from === -1: none, hashed as '^'). */
  beforeFrom: number
  beforeTo: number
  /** What follows it in its word (particleFrom === -1: "'s"). */
  particleFrom: number
  particleTo: number
  /** Named by the mention itself (not only implied by it: a leader's state). */
  named: boolean
  first: boolean
}

const W_SENTENCE = 1
const W_IMPLIED = 2
const W_TITLE = 4
const W_PREVIOUS = 8
const W_TOP = 16

function whereName(w: number): string {
  let s = ''
  if (w & W_SENTENCE) s += 's'
  if (w & W_IMPLIED) s += 'i'
  if (w & W_TITLE) s += 't'
  if (w & W_PREVIOUS) s += 'p'
  if (w & W_TOP) s += 'a'
  return s || '-'
}

/**
 * Fills the empty roles of the article's records in place (records of implied events and records whose
 * two roles are filled are left alone). actorWeight is the article's actor weights after every sentence.
 */
export function fillRoles(
  m: CompiledTaxonomy,
  sentences: Sentence[],
  inputs: FillInput[],
  actorWeight: Map<number, number>,
  run: FillRun,
): void {
  const slots: FillSlot[] = []
  let ranked: number[] | null = null
  // Records that were one record before filling (the same event, roles and modality, told in several
  // sentences) stay one: each takes the choice of the one whose choice scored highest.
  const chosen = new Map<string, { z: number; source: string | null; target: string | null }>()
  const keys: string[] = []
  for (const x of inputs) {
    const r = x.record
    keys.push('')
    if (r.source !== null && r.target !== null) continue
    const keepSource = (x.empty & EMPTY_SOURCE) !== 0
    const keepTarget = (x.empty & EMPTY_TARGET) !== 0
    if ((r.source !== null || keepSource) && (r.target !== null || keepTarget)) continue
    ranked ??= [...actorWeight].sort((a, b) => b[1] - a[1]).map(([a]) => a)
    const pick = { z: 0, source: r.source, target: r.target }
    let pickedZ = Number.NEGATIVE_INFINITY
    let shared: Cand[] | null = null
    for (const role of ['source', 'target'] as const) {
      if (r[role] !== null || (role === 'source' ? keepSource : keepTarget)) continue
      const other = role === 'source' ? r.target : r.source
      const otherIdx = other === null ? -1 : (m.actorIndex.get(other) ?? -1)
      // Both roles empty: one candidate list for both (neither excludes anyone).
      const cands: Cand[] =
        otherIdx < 0 && shared ? shared : candidates(sentences, x, actorWeight, ranked, otherIdx)
      if (otherIdx < 0) shared = cands
      if (cands.length === 0) continue
      const h = roleHashes(
        x,
        role === 'source' ? 0 : 1,
        otherIdx < 0 ? 'none' : kindOf(m, otherIdx),
        cands.length,
      )
      const t = sentences[x.sentence].seg.t
      const model = run.model
      let best = -1
      let bestZ = Number.NEGATIVE_INFINITY
      const probed: FillSlot['candidates'] = []
      for (let i = 0; i < cands.length; i++) {
        const n = features(m, x, t, h, cands[i], otherIdx, ranked, SLOTS)
        if (run.probe)
          probed.push({ actor: m.actorSlugs[cands[i].actor], slots: Array.from(SLOTS.subarray(0, n)) })
        if (!model) continue
        let z = 0
        for (let k = 0; k < n; k++) z += model.weights[SLOTS[k]]
        if (z > bestZ) {
          bestZ = z
          best = i
        }
      }
      if (run.probe) slots.push({ record: r, role, candidates: probed })
      if (!model) continue
      if (best < 0 || bestZ < model.threshold) continue
      // Both roles empty and the same best actor for each: it takes the role it scored higher in.
      const actor = m.actorSlugs[cands[best].actor]
      if (role === 'target' && pick.source === actor) {
        if (bestZ <= pickedZ) continue
        pick.source = null
        pick.z -= pickedZ
      }
      pick[role] = actor
      pick.z += bestZ
      pickedZ = bestZ
    }
    if (pick.source === r.source && pick.target === r.target) continue
    const key = `${r.event} ${r.source} ${r.target} ${r.modality}`
    keys[keys.length - 1] = key
    const prev = chosen.get(key)
    if (!prev || pick.z > prev.z) chosen.set(key, pick)
  }
  for (let i = 0; i < inputs.length; i++) {
    const pick = keys[i] ? chosen.get(keys[i]) : undefined
    if (!pick) continue
    inputs[i].record.source = pick.source
    inputs[i].record.target = pick.target
  }
  run.probe?.(slots)
}

/**
 * The candidate list's entry for actor a, added if new (at most MAX_CANDIDATES); null for the record's other
 * role and for actors the article does not tag. Module functions (this and markPlace), not closures made per
 * call: under keepNames (tsx, wrangler) each closure made runs a defineProperty, ~0.7 % of the tagger here.
 */
function candidate(out: Cand[], a: number, other: number, actorWeight: Map<number, number>): Cand | null {
  if (a === other || !actorWeight.has(a)) return null
  let c: Cand | null = null
  for (let i = 0; i < out.length; i++)
    if (out[i].actor === a) {
      c = out[i]
      break
    }
  if (!c) {
    if (out.length >= MAX_CANDIDATES) return null
    c = {
      actor: a,
      where: 0,
      offset: 0,
      beforeFrom: -1,
      beforeTo: -1,
      particleFrom: 0,
      particleTo: 0,
      named: false,
      first: false,
    }
    out.push(c)
  }
  return c
}

/** Marks the candidates o mentions (title or previous sentence) with place. */
function markPlace(
  out: Cand[],
  o: Sentence,
  place: number,
  other: number,
  actorWeight: Map<number, number>,
): void {
  for (const mention of o.actors)
    for (const a of mention.actors) {
      const c = candidate(out, a, other, actorWeight)
      if (c) c.where |= place
    }
}

function candidates(
  sentences: Sentence[],
  x: FillInput,
  actorWeight: Map<number, number>,
  ranked: number[],
  other: number,
): Cand[] {
  const out: Cand[] = []
  const s = sentences[x.sentence]
  const t = s.seg.t
  let firstMention = true
  for (const mention of s.actors) {
    for (const a of mention.actors) {
      const c = candidate(out, a, other, actorWeight)
      if (!c) continue
      const named = mention.primary.includes(a)
      const offset =
        x.trigger < 0
          ? 0
          : mention.start < x.trigger
            ? mention.end - x.trigger - 1
            : mention.start - x.trigger
      const seen = (c.where & (W_SENTENCE | W_IMPLIED)) !== 0
      if (!seen || (named && !c.named) || (named === c.named && Math.abs(offset) < Math.abs(c.offset))) {
        c.offset = offset
        wordBefore(t, mention.start, s.start, c)
        after(t, mention.end, s.end, c)
        c.named = named
        c.first = firstMention
      }
      c.where |= named ? W_SENTENCE : W_IMPLIED
    }
    firstMention = false
  }
  // The title's sentences (the article's first) and the previous sentence of the body, in text order.
  let i = 0
  for (; i < sentences.length && sentences[i].seg.inTitle; i++)
    if (i !== x.sentence) markPlace(out, sentences[i], W_TITLE, other, actorWeight)
  if (x.sentence - 1 >= i) markPlace(out, sentences[x.sentence - 1], W_PREVIOUS, other, actorWeight)
  if (ranked.length) {
    const c = candidate(out, ranked[0], other, actorWeight)
    if (c) c.where |= W_TOP
  }
  for (let k = 0; k < ranked.length && out.length < MAX_CANDIDATES; k++)
    candidate(out, ranked[k], other, actorWeight)
  return out
}

/** Hash prefixes "kind, role" of every feature kind, per role (source 0, target 1): fillSlot's first two parts. */
const FEATURE_KINDS = [
  'bias',
  'event',
  'kind',
  'event-kind',
  'modality',
  'lang',
  'where',
  'event-where',
  'kind-where',
  'rank',
  'other',
  'event-other',
  'count',
  'title-record',
  'side',
  'event-side',
  'before',
  'event-before',
  'particle',
  'event-particle',
  'side-before',
  'first',
] as const
type Kind = (typeof FEATURE_KINDS)[number]
const BASE = mixInt(FNV_OFFSET, 0x46494c4c)
/** Per kind (its index in FEATURE_KINDS) and role: PREFIX[2 * kind + role]. */
const PREFIX = Int32Array.from(
  FEATURE_KINDS.flatMap((k) => [
    mixString(mixString(BASE, k), 'source'),
    mixString(mixString(BASE, k), 'target'),
  ]),
)
const KIND_INDEX = new Map<Kind, number>(FEATURE_KINDS.map((k, i) => [k, i]))
/** The prefix of kind k for role ri by name (where the per-role hashes are made, once per empty role). */
const prefix = (k: Kind, ri: number) => PREFIX[2 * (KIND_INDEX.get(k) as number) + ri]
/** The kinds hashed once per empty role, by their index (derived, so reordering FEATURE_KINDS cannot break it). */
const BIAS = FEATURE_KINDS.indexOf('bias')
const MODALITY = FEATURE_KINDS.indexOf('modality')
const LANG = FEATURE_KINDS.indexOf('lang')
const EVENT_OTHER = FEATURE_KINDS.indexOf('event-other')
const COUNT = FEATURE_KINDS.indexOf('count')
const BEFORE = FEATURE_KINDS.indexOf('before')
const PARTICLE = FEATURE_KINDS.indexOf('particle')
const slot = (h: number) => finalise(h) & MASK
const WHERE_NAMES = Array.from({ length: 32 }, (_, w) => whereName(w))
const SMALL = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']
/** The trigger sides: implied (no trigger), then before it (<) and after it (>) by distance bucket. */
const SIDES = ['implied', '<0', '<1', '<2', '<3', '<4', '>0', '>1', '>2', '>3', '>4']
const OTHER_KINDS = [...KINDS, 'none']

function sideOf(trigger: number, d: number): number {
  if (trigger < 0) return 0
  const a = Math.abs(d)
  return (d < 0 ? 1 : 6) + (a < 8 ? 0 : a < 20 ? 1 : a < 40 ? 2 : a < 80 ? 3 : 4)
}

/**
 * The slots of the features whose parts come from small sets (kind, where, rank, side ...), per role, made
 * once: table(kind, [n1, n2 ...], f) holds slot(kind, role, ...f(i1, i2 ...)) at [role][i1][i2]..., flattened.
 */
function table(kind: Kind, sizes: number[], parts: (...ix: number[]) => string[]): Int32Array {
  const total = sizes.reduce((a, b) => a * b, 1)
  const out = new Int32Array(2 * total)
  for (let ri = 0; ri < 2; ri++)
    for (let flat = 0; flat < total; flat++) {
      const ix: number[] = []
      let rest = flat
      for (let k = sizes.length - 1; k >= 0; k--) {
        ix[k] = rest % sizes[k]
        rest = Math.floor(rest / sizes[k])
      }
      let h = prefix(kind, ri)
      for (const p of parts(...ix)) h = mixString(h, p)
      out[ri * total + flat] = slot(h)
    }
  return out
}
const T_KIND = table('kind', [4], (k) => [KINDS[k]])
const T_WHERE = table('where', [32], (w) => [WHERE_NAMES[w]])
const T_KIND_WHERE = table('kind-where', [4, 32], (k, w) => [KINDS[k], WHERE_NAMES[w]])
const T_RANK = table('rank', [4], (r) => [SMALL[r]])
const T_OTHER = table('other', [5, 2], (o, same) => [OTHER_KINDS[o], same ? 'same' : 'diff'])
const T_TITLE_RECORD = table('title-record', [2, 32], (t, w) => [t ? 't' : 'b', WHERE_NAMES[w]])
const T_SIDE = table('side', [11], (d) => [SIDES[d]])
const T_FIRST = table('first', [2, 4], (f, k) => [f ? '1' : '0', KINDS[k]])
/** "side-before, role, side" before the word is added: [role][side's first character: i, <, >]. */
const SIDE_BEFORE = Int32Array.from(
  [0, 1].flatMap((ri) => ['i', '<', '>'].map((c) => mixString(prefix('side-before', ri), c))),
)
const sideChar = (side: number) => (side === 0 ? 0 : side < 6 ? 1 : 2)

/** The hashes of one event's features for one role: made once per event and role, then cached. */
interface EventHashes {
  event: number
  /** The slots of event × kind and event × side (i, <, >), and event × where as met (-1: not yet). */
  eventKind: Int32Array
  eventSide: Int32Array
  eventWhere: Int32Array
  /** "event-where, role, event", "event-before, role, event", "event-particle, role, event". */
  whereSeed: number
  beforeSeed: number
  particleSeed: number
}

/** Per role (source 0, target 1): event slug → its hashes. Events are few (the taxonomy's), so this stays small. */
const EVENT_HASHES = [new Map<string, EventHashes>(), new Map<string, EventHashes>()]

function eventHashes(event: string, ri: number): EventHashes {
  let e = EVENT_HASHES[ri].get(event)
  if (e) return e
  const kindSeed = mixString(prefix('event-kind', ri), event)
  const sideSeed = mixString(prefix('event-side', ri), event)
  e = {
    event: slot(mixString(prefix('event', ri), event)),
    eventKind: Int32Array.from(KINDS, (k) => slot(mixString(kindSeed, k))),
    eventSide: Int32Array.from(['i', '<', '>'], (c) => slot(mixString(sideSeed, c))),
    eventWhere: new Int32Array(32).fill(-1),
    whereSeed: mixString(prefix('event-where', ri), event),
    beforeSeed: mixString(prefix('event-before', ri), event),
    particleSeed: mixString(prefix('event-particle', ri), event),
  }
  EVENT_HASHES[ri].set(event, e)
  return e
}

/** What every candidate of one empty role shares: its constant slots and the hashes its features extend. */
interface RoleHashes {
  ri: number
  /** bias, event, modality, language, event × the other role's kind, the number of candidates. */
  constant: Int32Array
  e: EventHashes
  /** "before, role, language" and "particle, role, language". */
  beforeLang: number
  particleLang: number
}

function roleHashes(x: FillInput, ri: number, otherKind: string, count: number): RoleHashes {
  const r = x.record
  const e = eventHashes(r.event, ri)
  const constant = new Int32Array(6)
  constant[0] = slot(PREFIX[2 * BIAS + ri])
  constant[1] = e.event
  constant[2] = slot(mixString(PREFIX[2 * MODALITY + ri], r.modality))
  constant[3] = slot(mixString(PREFIX[2 * LANG + ri], x.lang))
  constant[4] = slot(mixString(mixString(PREFIX[2 * EVENT_OTHER + ri], r.event), otherKind))
  constant[5] = slot(mixString(PREFIX[2 * COUNT + ri], SMALL[Math.min(count, 5)]))
  return {
    ri,
    constant,
    e,
    beforeLang: mixString(PREFIX[2 * BEFORE + ri], x.lang),
    particleLang: mixString(PREFIX[2 * PARTICLE + ri], x.lang),
  }
}

/** h extended by the candidate's word before its mention ('^' for none). */
function withBefore(h: number, t: NormText, c: Cand): number {
  return c.beforeFrom < 0 ? mixString(h, '^') : mixCodes(h, t.codes, c.beforeFrom, c.beforeTo)
}

function withParticle(h: number, t: NormText, c: Cand): number {
  return c.particleFrom < 0 ? mixString(h, "'s") : mixCodes(h, t.codes, c.particleFrom, c.particleTo)
}

/**
 * The candidate's slots, as fillSlot(kind, role, ...parts) gives them, in a fixed order, into buf; their
 * count. Features of small sets of values come from the tables above; only the words are hashed here.
 */
function features(
  m: CompiledTaxonomy,
  x: FillInput,
  t: NormText,
  h: RoleHashes,
  c: Cand,
  other: number,
  ranked: number[],
  buf: Int32Array,
): number {
  const { ri } = h
  const kind = kindIndex(m, c.actor)
  const w = c.where
  const inSentence = (w & (W_SENTENCE | W_IMPLIED)) !== 0
  const rank = ranked.indexOf(c.actor)
  const otherKind = other < 0 ? 4 : kindIndex(m, other)
  const same =
    other >= 0 && (m.withImplied[other].includes(c.actor) || m.withImplied[c.actor].includes(other))
  const e = h.e
  let eventWhere = e.eventWhere[w]
  if (eventWhere < 0) {
    eventWhere = slot(mixString(e.whereSeed, WHERE_NAMES[w]))
    e.eventWhere[w] = eventWhere
  }
  const k = h.constant
  let n = 0
  buf[n++] = k[0]
  buf[n++] = k[1]
  buf[n++] = T_KIND[ri * 4 + kind]
  buf[n++] = e.eventKind[kind]
  buf[n++] = k[2]
  buf[n++] = k[3]
  buf[n++] = T_WHERE[ri * 32 + w]
  buf[n++] = eventWhere
  buf[n++] = T_KIND_WHERE[ri * 128 + kind * 32 + w]
  buf[n++] = T_RANK[ri * 4 + Math.min(rank < 0 ? 9 : rank, 3)]
  buf[n++] = T_OTHER[ri * 10 + otherKind * 2 + (same ? 1 : 0)]
  buf[n++] = k[4]
  buf[n++] = k[5]
  buf[n++] = T_TITLE_RECORD[ri * 64 + (x.record.inTitle ? 32 : 0) + w]
  if (inSentence) {
    const side = sideOf(x.trigger, c.offset)
    const sc = sideChar(side)
    buf[n++] = T_SIDE[ri * 11 + side]
    buf[n++] = e.eventSide[sc]
    buf[n++] = slot(withBefore(h.beforeLang, t, c))
    buf[n++] = slot(withBefore(e.beforeSeed, t, c))
    buf[n++] = slot(withParticle(h.particleLang, t, c))
    buf[n++] = slot(withParticle(e.particleSeed, t, c))
    buf[n++] = slot(withBefore(SIDE_BEFORE[ri * 3 + sc], t, c))
    buf[n++] = T_FIRST[ri * 8 + (c.first ? 4 : 0) + kind]
  }
  return n
}
