/**
 * The sentence as the role and modality rules see it: tokens (words and punctuation of the
 * normalised text) and argument noun phrases (actor mentions merged with their titles and
 * appositions: "Russian President Vladimir Putin" is one argument, Putin). Built only for
 * sentences that carry a trigger, so its cost follows the events, not the text.
 *
 * Everything here is pure: a NormText range and the mentions the matcher resolved in it.
 */
import { APOSTROPHE, C_CJK, C_DIGIT, C_HANGUL, C_LATIN, charClass, HYPHEN, PERIOD, SPACE } from '../chars'
import type { NormText } from '../normalise'
import type { ActorMention } from '../state'

export interface Token {
  start: number
  end: number
  /** Normalised (lower-case) text. */
  text: string
  word: boolean
  /** Index of the argument this token belongs to, or -1. */
  arg: number
  /** Korean: the clause ending and the case particle the word ends with, read once (-1 = not yet). */
  bound: number
  kase: number
  /** English: the word classes of `text` as a bitmask (records/english.ts), read once (-1 = not yet). */
  cls: number
  /** Korean: the modality cues `text` holds as a bitmask (records/korean.ts), read once (-1 = not yet). */
  cues: number
  /** The intern table slot of `text`: its readings are read once per word there (keepCls...). */
  slot: number
}

/** Korean case roles, from the particle after an argument (or after the noun phrase it heads). */
export enum Case {
  None, // bare: a modifier (북한 미사일 발사) or a headline subject (북한, 미사일 발사)
  Nom, // 이/가/께서
  Top, // 은/는
  Acc, // 을/를
  Dat, // 에/에게/한테/께: goal, recipient, addressee
  Dir, // 로/으로: toward
  Com, // 와/과/하고: with
  Gen, // 의
  Src, // 로부터/에게서: from
  Loc, // 에서: at (a venue)
  Other,
}

/** An argument: one noun phrase naming one actor, or several (compounds: 한미, inter-Korean, U.S.-ROK). */
export interface Arg {
  first: number
  last: number
  /** The actors it names, most specific first per party (a person over their country). */
  parties: number[]
  /** Matched as a place only ("in Pyongyang", 평양에서): a host for visits, nothing else. */
  venue: boolean
  /** English "X's" / "Xs'". */
  possessive: boolean
  /** Korean: the case of the noun phrase (particle after the alias or after its head noun). */
  kase: Case
  /** Korean: the particle chain as written (after any glued suffix such as 군, 측, 정부). */
  particle: string
  /** A compound naming the target of its noun (대북 제재, 방북): the actor is acted upon. */
  prefixTarget: boolean
}

export interface SentenceView {
  t: NormText
  tokens: Token[]
  args: Arg[]
  /** English: per token, the index of the preposition governing an argument starting there (filled lazily). */
  prepAt?: Int32Array
  /** English: per token, whether it bounds a clause on the left (1) or right (2) of a trigger (filled lazily). */
  bounds?: Int8Array
  /** English: the first reporting verb (said, told...), -1 = none (filled lazily). */
  firstReporting?: number
}

/**
 * A sentence's view, every field set up front: one object shape for every sentence (the lazy ones fill in
 * later), whichever phase makes it (records, the Korean speaker of a sentence before).
 */
export function sentenceView(t: NormText, tokens: Token[]): SentenceView {
  return { t, tokens, args: [], prepAt: undefined, bounds: undefined, firstReporting: undefined }
}

/** The sentence's tokens' text joined by spaces (each lower-cased with `lower`), for a regex over the sentence. */
export function sentenceText(v: SentenceView, { lower = false } = {}): string {
  return v.tokens.map((t) => (lower ? t.text.toLowerCase() : t.text)).join(' ')
}

const cls = () => charClass()
const isWordClass = (k: number) => k === C_LATIN || k === C_DIGIT || k === C_HANGUL || k === C_CJK

/**
 * Tokens of [from, to): runs of word characters, joined across a hyphen, period or apostrophe
 * between letters or digits ("u.s.-rok", "korea's", "north-korean", "3.5"); every other
 * character that is not a space is a punctuation token of its own ("…", quotes, brackets).
 */
export function tokenize(t: NormText, from: number, to: number): Token[] {
  // Reused like the tokens in it: the list of the previous sentence is done with.
  const out = tokenList
  out.length = 0
  const k = cls()
  const { codes } = t
  let i = from
  while (i < to) {
    const c = codes[i]
    if (c === SPACE) {
      i++
      continue
    }
    if (!isWordClass(k[c])) {
      out.push(token(out.length, i, i + 1, intern(codes, i, i + 1), false))
      i++
      continue
    }
    let j = i + 1
    for (;;) {
      while (j < to && isWordClass(k[codes[j]])) j++
      const joiner = codes[j]
      if (
        j + 1 < to &&
        (joiner === HYPHEN || joiner === PERIOD || joiner === APOSTROPHE) &&
        (k[codes[j - 1]] === C_LATIN || k[codes[j - 1]] === C_DIGIT) &&
        isWordClass(k[codes[j + 1]])
      ) {
        j++
        continue
      }
      break
    }
    // A trailing abbreviation period (u.s., n.) or plural possessive apostrophe (leaders') stays.
    if (j < to && keepsTrailing(t, i, j + 1)) j++
    out.push(token(out.length, i, j, intern(codes, i, j), true))
    i = j
  }
  return out
}

/**
 * Tokens are pooled: a sentence's view lives only while its records are derived (synchronously,
 * one sentence at a time), so the objects are reused instead of being garbage per sentence.
 */
const pool: Token[] = []
const tokenList: Token[] = []
function token(n: number, start: number, end: number, text: string, word: boolean): Token {
  // The slot intern() just used: a word's readings come from it when another token read them already.
  const slot = internSlot
  let tok = pool[n]
  if (!tok) {
    tok = { start, end, text, word, arg: -1, bound: -1, kase: -1, cls: -1, cues: -1, slot }
    pool[n] = tok
  }
  tok.start = start
  tok.end = end
  tok.text = text
  tok.word = word
  tok.arg = -1
  tok.bound = word ? slotBound[slot] : 0
  tok.kase = word ? slotKase[slot] : 0
  tok.cls = slotCls[slot]
  tok.cues = slotCues[slot]
  tok.slot = slot
  return tok
}

/** A trailing period of an abbreviation (u.s., n.) or an apostrophe of a plural possessive stays. */
function keepsTrailing(t: NormText, a: number, b: number): boolean {
  const c = t.codes[b - 1]
  if (c === APOSTROPHE) return b - a >= 2 && t.codes[b - 2] === 0x73 // leaders'
  if (c !== PERIOD) return false
  // u.s. / n. : a period after a single letter that follows the run start or another period.
  return b - a >= 2 && (b - a === 2 || t.codes[b - 3] === PERIOD) && cls()[t.codes[b - 2]] === C_LATIN
}

/**
 * Token strings are interned: news repeats its words, so most tokens find their string already
 * made instead of allocating one. A fixed direct-mapped table indexed by a hash of the code units
 * (a newer word takes an older one's slot): no Map lookup, no growth, no clearing.
 */
const INTERN_BITS = 16
const INTERN_MASK = (1 << INTERN_BITS) - 1
/** Slots past the hashed ones: one per Latin-1 character, whose strings are not interned. */
const LATIN1_SLOTS = 1 << INTERN_BITS
const interned: string[] = new Array<string>(1 << INTERN_BITS).fill('')
/**
 * Per slot, the readings of its word (-1 = not read yet): they depend on the text alone (word or
 * punctuation too), so a word read in one sentence is not read again in the next. A slot that takes
 * a new word forgets them.
 */
const slotCls = new Int32Array(LATIN1_SLOTS + 0x100).fill(-1)
const slotBound = new Int8Array(LATIN1_SLOTS + 0x100).fill(-1)
const slotKase = new Int8Array(LATIN1_SLOTS + 0x100).fill(-1)
const slotCues = new Int16Array(LATIN1_SLOTS + 0x100).fill(-1)
/** The slot of the string intern() returned last (read by token() right after). */
let internSlot = 0
function intern(codes: Uint16Array, a: number, b: number): string {
  // One Latin-1 character (punctuation, most of them): the engine keeps these strings made already.
  if (b - a === 1 && codes[a] < 0x100) {
    internSlot = LATIN1_SLOTS + codes[a]
    return String.fromCharCode(codes[a])
  }
  let h = b - a
  for (let i = a; i < b; i++) h = (Math.imul(h, 31) + codes[i]) | 0
  const slot = (h ^ (h >>> INTERN_BITS)) & INTERN_MASK
  internSlot = slot
  const known = interned[slot]
  if (known.length === b - a) {
    let same = true
    for (let i = a; i < b && same; i++) same = known.charCodeAt(i - a) === codes[i]
    if (same) return known
  }
  const s =
    b - a === 1
      ? String.fromCharCode(codes[a])
      : String.fromCharCode.apply(null, codes.subarray(a, b) as unknown as number[])
  interned[slot] = s
  slotCls[slot] = -1
  slotBound[slot] = -1
  slotKase[slot] = -1
  slotCues[slot] = -1
  return s
}

/**
 * Where a reading of the token's word is kept for every later token of it (records/english.ts,
 * korean.ts): its slot, or nowhere when a later word of the sentence took the slot since (two words
 * of one sentence on one slot: the reading would otherwise be kept for the other word). -1 = nowhere.
 */
function readingSlot(tok: Token): number {
  return tok.slot >= LATIN1_SLOTS || interned[tok.slot] === tok.text ? tok.slot : -1
}
export function keepCls(tok: Token, cls: number): number {
  const slot = readingSlot(tok)
  if (slot >= 0) slotCls[slot] = cls
  tok.cls = cls
  return cls
}
export function keepBound(tok: Token, bound: number): number {
  const slot = readingSlot(tok)
  if (slot >= 0) slotBound[slot] = bound
  tok.bound = bound
  return bound
}
export function keepKase(tok: Token, kase: number): number {
  const slot = readingSlot(tok)
  if (slot >= 0) slotKase[slot] = kase
  tok.kase = kase
  return kase
}
export function keepCues(tok: Token, cues: number): number {
  const slot = readingSlot(tok)
  if (slot >= 0) slotCues[slot] = cues
  tok.cues = cues
  return cues
}

/**
 * Adds `a`'s parties not in `parties` yet (none for no `a`), in order; never -1 (no party). Shared by
 * the English and Korean role rules; a module function, not a closure per call (under esbuild's
 * keepNames each closure made runs a defineProperty).
 */
/** The argument is a company form of its actor only (Hanwha Aerospace: actor_rule's party), no state named. */
export function companyForm(mentions: readonly ActorMention[], v: SentenceView, a: Arg): boolean {
  const start = v.tokens[a.first].start
  const end = v.tokens[a.last].end
  let firm = false
  for (const x of mentions) {
    if (x.end <= start || x.start >= end) continue
    if (!x.partyOnly) return false
    firm = true
  }
  return firm
}

export function addParties(parties: number[], a: Arg | null | undefined): void {
  if (a) for (const p of a.parties) if (p >= 0 && !parties.includes(p)) parties.push(p)
}

export function slice(t: NormText, a: number, b: number): string {
  if (b - a === 1) return String.fromCharCode(t.codes[a])
  return String.fromCharCode.apply(null, t.codes.subarray(a, b) as unknown as number[])
}

/** Index of the token containing normalised position p (or the next one), by binary search. */
export function tokenAt(tokens: Token[], p: number): number {
  let lo = 0
  let hi = tokens.length - 1
  let best = tokens.length
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (tokens[mid].end > p) {
      best = mid
      hi = mid - 1
    } else lo = mid + 1
  }
  return best
}

/**
 * A set of token indices of one sentence (its triggers): a flag array reused from sentence to
 * sentence and cleared by unmarking what was marked, where a Set would rebuild its table per clear.
 */
export class TokenMarks {
  private flags = new Uint8Array(256)
  private readonly marked: number[] = []

  add(i: number): void {
    if (i >= this.flags.length) {
      const grown = new Uint8Array(Math.max(i + 1, this.flags.length * 2))
      grown.set(this.flags)
      this.flags = grown
    }
    if (this.flags[i] === 1) return
    this.flags[i] = 1
    this.marked.push(i)
  }

  has(i: number): boolean {
    return i >= 0 && i < this.flags.length && this.flags[i] === 1
  }

  clear(): void {
    for (const i of this.marked) this.flags[i] = 0
    this.marked.length = 0
  }
}

/** A quotation mark, straight or curly, as a token's text. */
export const QUOTE = /^["'“”‘’]$/

/** A token that is a quotation mark, opening or closing. */
export const isAnyQuoteMark = (tok: Token) => !tok.word && QUOTE.test(tok.text)

/**
 * The token before `first`, over a quotation mark opening right on it: "would 'retaliate against Seoul'" quotes
 * the act's own words, their verb still after "would" (a quote's mark is no word between them).
 */
export function beforeQuoteOpening(tokens: readonly Token[], first: number): number {
  const q = tokens[first - 1]
  return q && isAnyQuoteMark(q) && q.end === tokens[first]?.start ? first - 2 : first - 1
}

/** The opening mark of the quotation the token at `at` stands in, else -1. */
export function quotationOpening(v: SentenceView, at: number): number {
  let open = -1
  for (let k = 0; k < at; k++) if (isAnyQuoteMark(v.tokens[k])) open = open < 0 ? k : -1
  return open
}
