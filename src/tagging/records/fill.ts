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
import { decodeTable, FNV_OFFSET, finalise, mixInt, mixString } from '../veto'
import { FILL_MODEL } from './fill-weights'

/** log2 of the filler's weight table. */
export const FILL_TABLE_BITS = 14
export const FILL_TABLE_SIZE = 1 << FILL_TABLE_BITS
const MASK = FILL_TABLE_SIZE - 1
/** Candidates scored per empty role at most (the article's actors are rarely more). */
const MAX_CANDIDATES = 12

/** A record as the filler needs it: the record, its sentence (index in the article) and trigger start. */
export interface FillInput {
  record: EventRecord
  sentence: number
  /** Start of the trigger in the sentence's normalised text; -1 for an implied event. */
  trigger: number
  lang: string
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

/** The word before position s (normalised, lower case), at most 12 code units; '^' at the start. */
function wordBefore(t: NormText, s: number, from: number): string {
  const k = charClass()
  let e = s
  while (e > from && !isWord(k[t.codes[e - 1]])) e--
  if (e <= from) return '^'
  let b = e
  while (b > from && isWord(k[t.codes[b - 1]]) && e - b < 12) b--
  return String.fromCharCode(...t.codes.subarray(b, e))
}

/** Korean: what follows a name in its word (a particle: 에, 을, 과, 에게, 의); English: "'s" or ''. */
function after(t: NormText, e: number, to: number): string {
  const k = charClass()
  let j = e
  while (j < to && j - e < 3 && isWord(k[t.codes[j]])) j++
  if (j === e && j + 1 < to && t.codes[j] === 0x27 && t.codes[j + 1] === 0x73) return "'s"
  return String.fromCharCode(...t.codes.subarray(e, j))
}

const KINDS = ['state', 'person', 'org', 'other']
function kindOf(m: CompiledTaxonomy, a: number): string {
  if (m.actorIsCountry[a]) return KINDS[0]
  if (m.actorIsPerson[a]) return KINDS[1]
  if (m.actorIsOrg[a]) return KINDS[2]
  return KINDS[3]
}

/** Where a candidate is mentioned, gathered over the places read. */
interface Cand {
  actor: number
  where: number
  /** Nearest mention in the record's sentence: signed distance in code units (after the trigger > 0). */
  offset: number
  before: string
  particle: string
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

function distanceBucket(d: number): string {
  const a = Math.abs(d)
  const b = a < 8 ? 0 : a < 20 ? 1 : a < 40 ? 2 : a < 80 ? 3 : 4
  return `${d < 0 ? '<' : '>'}${b}`
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
    ranked ??= [...actorWeight].sort((a, b) => b[1] - a[1]).map(([a]) => a)
    const pick = { z: 0, source: r.source, target: r.target }
    let pickedZ = Number.NEGATIVE_INFINITY
    for (const role of ['source', 'target'] as const) {
      if (r[role] !== null) continue
      const other = role === 'source' ? r.target : r.source
      const otherIdx = other === null ? -1 : (m.actorIndex.get(other) ?? -1)
      const cands = candidates(sentences, x, actorWeight, ranked, otherIdx)
      if (cands.length === 0) continue
      const scored = cands.map((c) => ({
        actor: m.actorSlugs[c.actor],
        slots: features(m, x, role, c, otherIdx, ranked as number[], cands.length),
      }))
      if (run.probe) slots.push({ record: r, role, candidates: scored })
      const model = run.model
      if (!model) continue
      let best = -1
      let bestZ = Number.NEGATIVE_INFINITY
      for (let i = 0; i < scored.length; i++) {
        let z = 0
        for (const s of scored[i].slots) z += model.weights[s]
        if (z > bestZ) {
          bestZ = z
          best = i
        }
      }
      if (best < 0 || bestZ < model.threshold) continue
      // Both roles empty and the same best actor for each: it takes the role it scored higher in.
      if (role === 'target' && pick.source === scored[best].actor) {
        if (bestZ <= pickedZ) continue
        pick.source = null
        pick.z -= pickedZ
      }
      pick[role] = scored[best].actor
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

function candidates(
  sentences: Sentence[],
  x: FillInput,
  actorWeight: Map<number, number>,
  ranked: number[],
  other: number,
): Cand[] {
  const out: Cand[] = []
  const get = (a: number): Cand | null => {
    if (a === other || !actorWeight.has(a)) return null
    let c = out.find((y) => y.actor === a)
    if (!c) {
      if (out.length >= MAX_CANDIDATES) return null
      c = { actor: a, where: 0, offset: 0, before: '', particle: '', named: false, first: false }
      out.push(c)
    }
    return c
  }
  const s = sentences[x.sentence]
  const t = s.seg.t
  let firstMention = true
  for (const mention of s.actors) {
    for (const a of mention.actors) {
      const c = get(a)
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
        c.before = wordBefore(t, mention.start, s.start)
        c.particle = after(t, mention.end, s.end)
        c.named = named
        c.first = firstMention
      }
      c.where |= named ? W_SENTENCE : W_IMPLIED
    }
    firstMention = false
  }
  for (let i = 0; i < sentences.length; i++) {
    const o = sentences[i]
    const place = i !== x.sentence && o.seg.inTitle ? W_TITLE : i === x.sentence - 1 ? W_PREVIOUS : 0
    if (!place) continue
    for (const mention of o.actors)
      for (const a of mention.actors) {
        const c = get(a)
        if (c) c.where |= place
      }
  }
  if (ranked.length) {
    const c = get(ranked[0])
    if (c) c.where |= W_TOP
  }
  for (const a of ranked) get(a)
  return out
}

function features(
  m: CompiledTaxonomy,
  x: FillInput,
  role: string,
  c: Cand,
  other: number,
  ranked: number[],
  count: number,
): number[] {
  const r = x.record
  const ev = r.event
  const kind = kindOf(m, c.actor)
  const where = whereName(c.where)
  const inSentence = (c.where & (W_SENTENCE | W_IMPLIED)) !== 0
  const rank = ranked.indexOf(c.actor)
  const otherKind = other < 0 ? 'none' : kindOf(m, other)
  const sameState =
    other >= 0 && (m.withImplied[other].includes(c.actor) || m.withImplied[c.actor].includes(other))
      ? 'same'
      : 'diff'
  const out = [
    fillSlot('bias', role),
    fillSlot('event', role, ev),
    fillSlot('kind', role, kind),
    fillSlot('event-kind', role, ev, kind),
    fillSlot('modality', role, r.modality),
    fillSlot('lang', role, x.lang),
    fillSlot('where', role, where),
    fillSlot('event-where', role, ev, where),
    fillSlot('kind-where', role, kind, where),
    fillSlot('rank', role, String(Math.min(rank < 0 ? 9 : rank, 3))),
    fillSlot('other', role, otherKind, sameState),
    fillSlot('event-other', role, ev, otherKind),
    fillSlot('count', role, String(Math.min(count, 5))),
    fillSlot('title-record', role, r.inTitle ? 't' : 'b', where),
  ]
  if (inSentence) {
    const side = x.trigger < 0 ? 'implied' : distanceBucket(c.offset)
    out.push(
      fillSlot('side', role, side),
      fillSlot('event-side', role, ev, side.slice(0, 1)),
      fillSlot('before', role, x.lang, c.before),
      fillSlot('event-before', role, ev, c.before),
      fillSlot('particle', role, x.lang, c.particle),
      fillSlot('event-particle', role, ev, c.particle),
      fillSlot('side-before', role, side.slice(0, 1), c.before),
      fillSlot('first', role, c.first ? '1' : '0', kind),
    )
  }
  return out
}
