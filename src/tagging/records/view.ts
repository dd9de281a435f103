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

export interface Token {
  start: number
  end: number
  /** Normalised (lower-case) text. */
  text: string
  word: boolean
  /** Index of the argument this token belongs to, or -1. */
  arg: number
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
}

const cls = () => charClass()
const isWordClass = (k: number) => k === C_LATIN || k === C_DIGIT || k === C_HANGUL || k === C_CJK

/**
 * Tokens of [from, to): runs of word characters, joined across a hyphen, period or apostrophe
 * between letters or digits ("u.s.-rok", "korea's", "north-korean", "3.5"); every other
 * character that is not a space is a punctuation token of its own ("…", quotes, brackets).
 */
export function tokenize(t: NormText, from: number, to: number): Token[] {
  const out: Token[] = []
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
      out.push(punct(t, i))
      i++
      continue
    }
    let j = i + 1
    for (;;) {
      while (j < to && isWordClass(k[codes[j]])) j++
      const joiner = codes[j]
      const latin = (x: number) => k[x] === C_LATIN || k[x] === C_DIGIT
      if (
        j + 1 < to &&
        (joiner === HYPHEN || joiner === PERIOD || joiner === APOSTROPHE) &&
        latin(codes[j - 1]) &&
        isWordClass(k[codes[j + 1]])
      ) {
        j++
        continue
      }
      break
    }
    // A trailing abbreviation period (u.s., n.) or plural possessive apostrophe (leaders') stays.
    if (j < to && keepsTrailing(t, i, j + 1)) j++
    out.push({ start: i, end: j, text: slice(t, i, j), word: true, arg: -1 })
    i = j
  }
  return out
}

/** A trailing period of an abbreviation (u.s., n.) or an apostrophe of a plural possessive stays. */
function keepsTrailing(t: NormText, a: number, b: number): boolean {
  const c = t.codes[b - 1]
  if (c === APOSTROPHE) return b - a >= 2 && t.codes[b - 2] === 0x73 // leaders'
  if (c !== PERIOD) return false
  // u.s. / n. : a period after a single letter that follows the run start or another period.
  return b - a >= 2 && (b - a === 2 || t.codes[b - 3] === PERIOD) && cls()[t.codes[b - 2]] === C_LATIN
}

function punct(t: NormText, p: number): Token {
  return { start: p, end: p + 1, text: String.fromCharCode(t.codes[p]), word: false, arg: -1 }
}

export function slice(t: NormText, a: number, b: number): string {
  let s = ''
  for (let i = a; i < b; i++) s += String.fromCharCode(t.codes[i])
  return s
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
