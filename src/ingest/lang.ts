/**
 * Language from writing system. Seismo's feeds are English and Korean (plus Japanese, Chinese
 * and Russian sources on the same topics); the script tells those apart reliably, and nothing
 * cheaper can tell Latin-script languages apart, so Latin text is "en".
 *
 * How an article's lang is chosen (chooseLanguage):
 *   1. the item's own declaration (JSON Feed item.language, xml:lang on the entry),
 *   2. else the language configured on the feed by the admin (feeds.lang: a human decision,
 *      made precisely because documents often declare nothing or the wrong thing),
 *   3. else the document's declared language (<language>, xml:lang on the feed),
 *   4. else the language detected from the text.
 * A declaration is overridden when the text strongly contradicts its script: an English
 * article in a feed declared "ko" (Korean outlets' English pages often keep <language>ko</language>)
 * is "en", a Korean article in a feed declared "en" is "ko". "Strongly" = at least
 * OVERRIDE_MIN_LETTERS letters, under OVERRIDE_MAX_DECLARED_SHARE of them in the declared
 * script and OVERRIDE_MIN_SHARE of them in another one. Declarations
 * in scripts we do not classify (e.g. "ar", "th") are trusted as given.
 */
import { LANG_SAMPLE_CHARS } from '../limits'

/** Share of letters a script needs for detection: one Korean name in English copy stays "en". */
const DETECT_MIN_SHARE = 0.2
/** Kana share that marks Japanese even when kanji dominate (Chinese has no kana at all). */
const KANA_MIN_SHARE = 0.05
/** Letters needed before text may override a declared language: titles alone are too thin. */
const OVERRIDE_MIN_LETTERS = 40
/** Share of letters in a foreign script needed to override a declaration. */
const OVERRIDE_MIN_SHARE = 0.6
/**
 * ...and the declared script must be nearly absent: a Korean article full of English product
 * names or acronyms still has far more Hangul than this, so it stays "ko".
 */
const OVERRIDE_MAX_DECLARED_SHARE = 0.1

type Script = 'hangul' | 'kana' | 'han' | 'cyrillic' | 'latin'

interface ScriptCounts {
  hangul: number
  kana: number
  han: number
  cyrillic: number
  latin: number
  letters: number
}

/** Common mistakes in feeds: country codes written as language codes. */
const LANG_ALIASES: Record<string, string> = {
  kr: 'ko',
  kor: 'ko',
  jp: 'ja',
  jpn: 'ja',
  cn: 'zh',
  chi: 'zh',
  zho: 'zh',
  eng: 'en',
  rus: 'ru',
}

/** Languages whose script we recognise; anything else is trusted as declared. */
const SCRIPT_OF: Record<string, Script> = {
  ko: 'hangul',
  ja: 'kana',
  zh: 'han',
  ru: 'cyrillic',
  uk: 'cyrillic',
  be: 'cyrillic',
  bg: 'cyrillic',
  sr: 'cyrillic',
  mk: 'cyrillic',
  kk: 'cyrillic',
  mn: 'cyrillic',
  en: 'latin',
  fr: 'latin',
  de: 'latin',
  es: 'latin',
  it: 'latin',
  pt: 'latin',
  nl: 'latin',
  sv: 'latin',
  no: 'latin',
  da: 'latin',
  fi: 'latin',
  pl: 'latin',
  cs: 'latin',
  tr: 'latin',
  id: 'latin',
  ms: 'latin',
  vi: 'latin',
  ro: 'latin',
}

/** "en-US", "KO_kr", "kr" → "en", "ko", "ko"; null for empty or malformed values. */
export function normaliseLangCode(value: string | null | undefined): string | null {
  if (!value) return null
  const primary = value.trim().toLowerCase().split(/[-_]/)[0]
  if (!/^[a-z]{2,3}$/.test(primary)) return null
  return LANG_ALIASES[primary] ?? primary
}

export function detectLanguage(text: string): string {
  return languageOf(dominantScript(countScripts(text), DETECT_MIN_SHARE)) ?? 'en'
}

export interface LanguageInput {
  itemLang?: string | null
  feedLang?: string | null
  docLang?: string | null
  /** Title and body text, plain. */
  text: string
}

export function chooseLanguage(input: LanguageInput): string {
  const declared =
    normaliseLangCode(input.itemLang) ?? normaliseLangCode(input.feedLang) ?? normaliseLangCode(input.docLang)
  if (!declared) return detectLanguage(input.text)
  const expected = SCRIPT_OF[declared]
  if (!expected) return declared
  const counts = countScripts(input.text)
  if (counts.letters < OVERRIDE_MIN_LETTERS) return declared
  if (scriptShare(counts, expected) >= OVERRIDE_MAX_DECLARED_SHARE) return declared
  const actual = dominantScript(counts, OVERRIDE_MIN_SHARE)
  if (!actual || sameScriptFamily(actual, expected)) return declared
  return languageOf(actual) ?? declared
}

/** Share of letters written in a language's script (Japanese: kana and kanji together). */
function scriptShare(c: ScriptCounts, script: Script): number {
  const n = script === 'kana' ? c.kana + c.han : c[script]
  return n / c.letters
}

/** Japanese is written in kana and kanji: Han-dominant text does not contradict "ja". */
function sameScriptFamily(actual: Script, expected: Script): boolean {
  return actual === expected || (expected === 'kana' && actual === 'han')
}

function languageOf(script: Script | null): string | null {
  switch (script) {
    case 'hangul':
      return 'ko'
    case 'kana':
      return 'ja'
    case 'han':
      return 'zh'
    case 'cyrillic':
      return 'ru'
    case 'latin':
      return 'en'
    default:
      return null
  }
}

/**
 * The script holding at least minShare of the letters. Order matters: Korean headlines use
 * hanja (北, 美) and Japanese mixes kanji with kana, so Hangul and kana are decided before Han.
 */
function dominantScript(c: ScriptCounts, minShare: number): Script | null {
  if (c.letters === 0) return null
  const share = (n: number) => n / c.letters
  if (share(c.hangul) >= minShare) return 'hangul'
  if (share(c.kana) >= KANA_MIN_SHARE && share(c.kana + c.han) >= minShare) return 'kana'
  if (share(c.han) >= minShare) return 'han'
  if (share(c.cyrillic) >= minShare) return 'cyrillic'
  if (share(c.latin) >= minShare) return 'latin'
  return null
}

function countScripts(text: string): ScriptCounts {
  const c: ScriptCounts = { hangul: 0, kana: 0, han: 0, cyrillic: 0, latin: 0, letters: 0 }
  const end = Math.min(text.length, LANG_SAMPLE_CHARS)
  for (let i = 0; i < end; i++) {
    const script = scriptOf(text.charCodeAt(i))
    if (script) {
      c[script]++
      c.letters++
    }
  }
  return c
}

/** BMP ranges are enough: the scripts we classify live there (astral Han is rare and ignored). */
function scriptOf(code: number): Script | null {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) ? 'latin' : null
  if (
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0x3130 && code <= 0x318f)
  )
    return 'hangul'
  if (
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x31f0 && code <= 0x31ff) ||
    (code >= 0xff66 && code <= 0xff9f)
  )
    return 'kana'
  if (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff)
  )
    return 'han'
  if (code >= 0x0400 && code <= 0x04ff) return 'cyrillic'
  if ((code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x1e00 && code <= 0x1eff))
    return 'latin'
  return null
}
