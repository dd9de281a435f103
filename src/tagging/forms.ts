/**
 * Surface forms as written in the taxonomy, and how they become matcher keys.
 *
 * Modifiers (documented for admins in the taxonomy routes):
 *   "=Kim"      case-sensitive (also implied for acronyms of up to 3 letters: US, UN, ROK, Xi)
 *   "accord!"   English: no inflections
 *   "발사*"      any continuation of the word (a verb stem: 발사하며, 발사체)
 *   "위협+"      Korean: only with a verb ending (위협했다, 위협하며), never the bare noun
 * English triggers and cue words get regular inflections (visit → visits, visited, visiting);
 * in a phrase the word inflected is the first one when the phrase ends in a preposition
 * ("arrive in" → "arrived in"), else the last ("state visit" → "state visits").
 */
import {
  C_CJK,
  C_DOT,
  C_HANGUL,
  C_HYPHEN,
  C_LATIN,
  C_NEWLINE,
  C_SPACE,
  charClass,
  foldCase,
  foldKeepCase,
} from './chars'

export interface ParsedForm {
  /** Normalised key (what the trie stores). */
  key: string
  /** The form as written, without modifiers (for exact-case comparison and display). */
  text: string
  caseSensitive: boolean
  noInflect: boolean
  anyContinuation: boolean
  verbOnly: boolean
  hangul: boolean
}

const MAX_AUTO_CASE_LETTERS = 3

/** The matcher key of a form: the same folding as normalise() (which the text goes through), as a string. */
export function normaliseKey(text: string): string {
  return foldForm(text, foldCase())
}

/** Case-kept folding of a form (spaces, dashes, quotes only), aligned with normaliseKey character for character. */
export function exactCodes(text: string): Uint16Array {
  const s = foldForm(text, null)
  const out = new Uint16Array(s.length)
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i)
  return out
}

function foldForm(text: string, fold: Uint16Array | null): string {
  const cls = charClass()
  let out = ''
  let pendingSpace = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const k = cls[c]
    if (k === C_SPACE || k === C_NEWLINE) {
      pendingSpace = out.length > 0
      continue
    }
    if (
      (k === C_DOT || k === C_HYPHEN) &&
      !pendingSpace &&
      out.length > 0 &&
      i + 1 < text.length &&
      hanLike(cls[out.charCodeAt(out.length - 1)]) &&
      hanLike(cls[text.charCodeAt(i + 1)])
    )
      continue
    if (pendingSpace) out += ' '
    pendingSpace = false
    out += String.fromCharCode(fold ? fold[c] : foldKeepCase(c))
  }
  return out
}

const hanLike = (k: number) => k === C_HANGUL || k === C_CJK

export function parseForm(raw: string): ParsedForm {
  let text = raw.trim()
  let caseSensitive = false
  let noInflect = false
  let anyContinuation = false
  let verbOnly = false
  if (text.startsWith('=')) {
    caseSensitive = true
    text = text.slice(1)
  }
  for (;;) {
    if (text.endsWith('!')) noInflect = true
    else if (text.endsWith('*')) anyContinuation = true
    else if (text.endsWith('+')) verbOnly = true
    else break
    text = text.slice(0, -1)
  }
  const letters = text.replace(/[^\p{L}]/gu, '')
  const latinLetters = text.replace(/[^A-Za-z]/g, '')
  if (!caseSensitive && latinLetters.length > 0 && latinLetters.length === letters.length) {
    const allCaps = latinLetters === latinLetters.toUpperCase()
    if (
      (allCaps && latinLetters.length <= MAX_AUTO_CASE_LETTERS) ||
      (latinLetters.length <= 2 && /[A-Z]/.test(latinLetters))
    )
      caseSensitive = true
  }
  const cls = charClass()
  let hangul = false
  for (let i = 0; i < text.length; i++) if (cls[text.charCodeAt(i)] === C_HANGUL) hangul = true
  return { key: normaliseKey(text), text, caseSensitive, noInflect, anyContinuation, verbOnly, hangul }
}

const PREPOSITIONS = new Set([
  'to',
  'in',
  'on',
  'with',
  'at',
  'for',
  'into',
  'from',
  'by',
  'of',
  'against',
  'over',
  'about',
])
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u'])

/** Regular English inflections of one lower-case word (itself included). */
export function inflectWord(word: string): string[] {
  if (!/^[a-z]+$/.test(word) || word.length < 3) return [word]
  if (word.endsWith('ed') || word.endsWith('ing') || (word.endsWith('s') && !word.endsWith('ss')))
    return [word]
  const out = [word]
  const last = word[word.length - 1]
  const prev = word[word.length - 2]
  if (last === 'e') out.push(`${word}s`, `${word}d`, `${word.slice(0, -1)}ing`)
  else if (last === 'y' && !VOWELS.has(prev))
    out.push(`${word.slice(0, -1)}ies`, `${word.slice(0, -1)}ied`, `${word}ing`)
  else if (/(s|x|z|ch|sh)$/.test(word)) out.push(`${word}es`, `${word}ed`, `${word}ing`)
  else {
    out.push(`${word}s`, `${word}ed`, `${word}ing`)
    const cvc =
      !VOWELS.has(last) && !'wxy'.includes(last) && VOWELS.has(prev) && !VOWELS.has(word[word.length - 3])
    if (cvc && word.length <= 4) out.push(`${word + last}ed`, `${word + last}ing`)
  }
  // British spelling of an -ization noun (denuclearisation), as common in the wires as the American one.
  if (word.endsWith('ization')) {
    const british = `${word.slice(0, -7)}isation`
    out.push(british, `${british}s`)
  }
  return out
}

/** Inflected variants of an English phrase (the phrase itself first). */
export function inflectPhrase(phrase: string): string[] {
  const words = phrase.split(' ')
  if (words.some((w) => /[^a-z'-]/.test(w))) return [phrase]
  const at = words.length > 1 && PREPOSITIONS.has(words[words.length - 1]) ? 0 : words.length - 1
  return inflectWord(words[at]).map((w) => words.map((x, i) => (i === at ? w : x)).join(' '))
}

/** True when the form is written in Latin letters only (English rules apply). */
export function isLatinForm(text: string): boolean {
  const cls = charClass()
  let latin = false
  for (let i = 0; i < text.length; i++) {
    const k = cls[text.charCodeAt(i)]
    if (k === C_LATIN) latin = true
    else if (k === C_HANGUL) return false
  }
  return latin
}
