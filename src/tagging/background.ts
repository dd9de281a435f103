/**
 * Background: an event mentioned as earlier news ("last month's visit", "following the
 * impeachment", 회담 당시, "In 2019, ...") is not tagged. Judged per trigger on its clause:
 * background cues in the clause or in a short leading clause, a prefix right before the trigger,
 * a Korean suffix right after it, a damage it is named as the cause of, or a year before the article's year.
 */
import { C_HANGUL, charClass, HYPHEN, QUOTE, SPACE } from './chars'
import type { CompiledTaxonomy } from './compile'
import type { NormText } from './normalise'
import { REPORTING } from './records/shared'
import { hangulRun } from './scan'
import type { ArticleState, Sentence, TriggerHit } from './state'

const cls = () => charClass()
const LEADING_CLAUSE_MAX_CHARS = 40
const isDigit = (c: number) => c >= 0x30 && c <= 0x39

const isClauseDelimiter = (codes: Uint16Array, i: number): boolean => {
  const c = codes[i]
  if (c === 0x2c && datedComma(codes, i)) return false
  // "방위비분담특별협정(SMA)에", "19일(현지시간)": a one-word gloss in brackets breaks no clause.
  if ((c === 0x28 || c === 0x29) && glossBracket(codes, i)) return false
  if (c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === QUOTE || c === 0x2026)
    return true
  return c === HYPHEN && codes[i - 1] === SPACE && codes[i + 1] === SPACE
}

const GLOSS_MAX_CHARS = 12

/** The bracket at i encloses one word (no space, no comma) of at most GLOSS_MAX_CHARS characters. */
function glossBracket(codes: Uint16Array, i: number): boolean {
  const step = codes[i] === 0x28 ? 1 : -1
  const close = step > 0 ? 0x29 : 0x28
  for (let j = i + step, n = 0; j >= 0 && j < codes.length && n <= GLOSS_MAX_CHARS; j += step, n++) {
    if (codes[j] === close) return n > 0
    if (codes[j] === SPACE || codes[j] === 0x2c || codes[j] === 0x28 || codes[j] === 0x29) return false
  }
  return false
}

/** "on June 22, 1965": the comma between a day and its year is inside the date, no clause break. */
const datedComma = (codes: Uint16Array, i: number): boolean =>
  i > 0 &&
  isDigit(codes[i - 1]) &&
  codes[i + 1] === SPACE &&
  (codes[i + 2] === 0x31 || codes[i + 2] === 0x32) &&
  isDigit(codes[i + 3]) &&
  isDigit(codes[i + 4]) &&
  isDigit(codes[i + 5]) &&
  !isDigit(codes[i + 6])

export function isBackground(state: ArticleState, s: Sentence, hit: TriggerHit): boolean {
  const { codes } = s.seg.t
  let a = hit.start
  while (a > s.start && !isClauseDelimiter(codes, a - 1)) a--
  if (hasBackgroundPrefix(state.m, codes, a, hit.start) || hasBackgroundSuffix(state.m, s.seg.t, hit.end))
    return true
  if (hit.entry.event === state.m.ruleEvents.attackClash && causeOfDamage(s.seg.t, a, hit)) return true
  if (commemorated(s.seg.t, a, s.end, hit)) return true
  if (s.yearsAgoEnd === -1) s.yearsAgoEnd = yearsAgoEnd(codes, s.start, s.end)
  if (s.yearsAgoEnd >= 0 && hit.start >= s.yearsAgoEnd) return true
  if (s.firstClauseEnd < 0) s.firstClauseEnd = clauseContext(state, s)
  if (s.firstClauseEnd === NO_BACKGROUND_CONTEXT) return false
  // Korean sentences run clauses together without commas: a verb ending closes a clause
  // ("회담을 갖고 지난해 체결한 협정을 점검했다": 지난해 dates the agreement, not the talks).
  const korean = cls()[codes[hit.start]] === C_HANGUL
  if (korean) a = Math.max(a, koreanClauseStart(codes, a, hit.start))
  let b = hit.end
  while (b < s.end && !isClauseDelimiter(codes, b)) b++
  if (korean) b = Math.min(b, koreanClauseEnd(codes, hit.end, b))
  const f = s.firstClauseEnd
  const leading = !korean && f < s.end && f - s.start <= LEADING_CLAUSE_MAX_CHARS
  const { cueId, cuePos } = state.scratch
  for (let k = s.cueStart; k < s.cueEnd; k++) {
    if (!state.m.backgroundCues[cueId[k]]) continue
    const pos = cuePos[k]
    if ((pos >= a && pos < b) || (leading && pos < f)) return true
  }
  const len = s.seg.t.len
  return (
    (korean && hasPastMonthKo(codes, a, hit.start, true)) ||
    // "signed during Putin's visit last June": the English twin of 지난 6월, a month gone by as "last month" is.
    (!korean && hasLastMonthEn(codes, a, b) && !disclosedAfter(codes, b, s.end)) ||
    hasPastYear(codes, len, a, b, state.publishedYear) ||
    (leading && hit.start >= f && hasPastYear(codes, len, s.start, f, state.publishedYear)) ||
    (!korean && datedRelative(codes, len, s.start, a, state.publishedYear))
  )
}

/** The words a clause opens with to say when or where its antecedent took place. */
const RELATIVE_OPENING = /^ ?(when|in which|during which) /
/** "in September 2023, when": the antecedent of "when" is the date right before the comma. */
const WHEN_ANTECEDENT_CHARS = 18

/**
 * "Kim last travelled to Russia in September 2023, when he met Putin", "the August 1976 axe attack in the
 * JSA, in which soldiers killed two officers": a relative clause told of a time or an event before the article's
 * year is set then, so its triggers are background (t20 t30 t40 t47 t48).
 */
function datedRelative(codes: Uint16Array, len: number, sStart: number, a: number, year: number): boolean {
  const comma = a - 1
  if (comma <= sStart || codes[comma] !== 0x2c) return false
  const opening = RELATIVE_OPENING.exec(wordAt(codes, a, Math.min(len, a + 15)))
  if (!opening) return false
  let q = comma
  while (q > sStart && !isClauseDelimiter(codes, q - 1)) q--
  if (opening[1] === 'when') q = Math.max(q, comma - WHEN_ANTECEDENT_CHARS)
  return hasPastYear(codes, len, q, comma, year)
}

const NO_BACKGROUND_CONTEXT = -2

/** Words ending a Korean clause (connective, quotative and final verb endings). */
const KO_CLAUSE_ENDINGS = [
  '하고',
  '했고',
  '되고',
  '됐고',
  '갖고',
  '열고',
  '내고',
  '밝히고',
  '하며',
  '했으며',
  '이며',
  '면서',
  '다고',
  '라고',
  '다며',
  '라며',
  '하자',
  '되자',
  '하면',
  '되면',
  '는데',
  '지만',
  '으나',
  // A time clause: "가결된 이후 ... 집회가 이어지고", "2018년 이후 처음 열린 회담": what dates it
  // dates the earlier act, not what comes after it.
  '이후',
  '직후',
  // (세탁한 뒤 ... 지정됐다: 뒤 closes a time clause the same way; not 후, which ends 오후 and 기후.)
  '뒤',
  // A nominalised clause ("북한이 지난달 ICBM을 발사한 것을 규탄했다"): its date is the act's it names.
  '것을',
  '것은',
  '것이',
  '것에',
  '했다',
  '한다',
  '됐다',
  '였다',
  '이다',
]

function wordAt(codes: Uint16Array, from: number, to: number): string {
  let out = ''
  for (let i = from; i < to; i++) out += String.fromCharCode(codes[i])
  return out
}

const CLAUSE_ENDINGS_BY_LAST = new Map<number, string[]>()
for (const e of KO_CLAUSE_ENDINGS) {
  const last = e.charCodeAt(e.length - 1)
  CLAUSE_ENDINGS_BY_LAST.set(last, [...(CLAUSE_ENDINGS_BY_LAST.get(last) ?? []), e])
}

const endsClause = (w: string) => {
  const list = CLAUSE_ENDINGS_BY_LAST.get(w.charCodeAt(w.length - 1))
  if (list) for (const e of list) if (w.endsWith(e)) return true
  return false
}

/** Start of the Korean clause holding position p: just after the nearest earlier word with a clause ending. */
function koreanClauseStart(codes: Uint16Array, from: number, p: number): number {
  let e = p
  while (e > from && codes[e - 1] !== SPACE) e-- // start of the trigger's own word
  while (e > from) {
    let w = e - 1
    while (w > from && codes[w - 1] !== SPACE) w--
    const word = wordAt(codes, w, e - 1)
    // "2026년 이후 적용될 협정에": 이후 before a prospective modifier is a span to come, not a time clause.
    if (endsClause(word) && !(word.endsWith('이후') && spanToCome(codes, e))) return e
    e = w
  }
  return from
}

/** The word at e is a prospective modifier (적용될, 시행될, 유지할): what it says is still to come. */
function spanToCome(codes: Uint16Array, e: number): boolean {
  let j = e
  while (j < codes.length && codes[j] !== SPACE) j++
  return j - e >= 2 && (codes[j - 1] === 0xb420 || codes[j - 1] === 0xd560) // 될, 할
}

/** End of the Korean clause holding position p: the end of the first word from p with a clause ending. */
function koreanClauseEnd(codes: Uint16Array, p: number, to: number): number {
  let i = p
  while (i < to) {
    let j = i
    while (j < to && codes[j] !== SPACE) j++
    let w = i
    while (w > 0 && codes[w - 1] !== SPACE) w--
    if (endsClause(wordAt(codes, w, j))) return j
    i = j + 1
  }
  return to
}

/**
 * Once per sentence: the end of its first clause, or NO_BACKGROUND_CONTEXT when the sentence has
 * neither a background cue nor a year-like number (then no trigger in it can be background
 * by clause, and the per-trigger clause scans are skipped).
 */
function clauseContext(state: ArticleState, s: Sentence): number {
  const { codes } = s.seg.t
  let relevant = false
  for (let k = s.cueStart; k < s.cueEnd && !relevant; k++)
    if (state.m.backgroundCues[state.scratch.cueId[k]]) relevant = true
  for (let i = s.start; i + 3 < s.end && !relevant; i++)
    if (
      (codes[i] === 0x31 || codes[i] === 0x32) &&
      isDigit(codes[i + 1]) &&
      isDigit(codes[i + 2]) &&
      isDigit(codes[i + 3])
    )
      relevant = true
  if (!relevant && !hasPastMonthKo(codes, s.start, s.end, false) && !hasLastMonthEn(codes, s.start, s.end))
    return NO_BACKGROUND_CONTEXT
  let f = s.start
  while (f < s.end && !isClauseDelimiter(codes, f)) f++
  return f
}

const MAX_PREFIX_GAP_WORDS = 1

/** "following the impeachment", "since the 2018 summit", "지난 정상회담": a prefix at most one word before the trigger. */
function hasBackgroundPrefix(
  m: CompiledTaxonomy,
  codes: Uint16Array,
  clauseStart: number,
  start: number,
): boolean {
  let e = start
  for (let gap = 0; gap <= MAX_PREFIX_GAP_WORDS; gap++) {
    while (e > clauseStart && codes[e - 1] === SPACE) e--
    if (e <= clauseStart) return false
    for (const p of m.backgroundPrefixCodes) if (endsWithWord(codes, clauseStart, e, p)) return true
    while (e > clauseStart && codes[e - 1] !== SPACE) e-- // skip one word
  }
  return false
}

/** codes[..e) ends with the word(s) p, starting at clauseStart or after a space. */
function endsWithWord(codes: Uint16Array, clauseStart: number, e: number, p: Uint16Array): boolean {
  const from = e - p.length
  if (from < clauseStart) return false
  for (let k = 0; k < p.length; k++) if (codes[from + k] !== p[k]) return false
  return from === clauseStart || codes[from - 1] === SPACE
}

/** 회담 당시, 방북 이래: a Korean suffix word right after the trigger's token. */
function hasBackgroundSuffix(m: CompiledTaxonomy, t: NormText, end: number): boolean {
  if (m.backgroundSuffixes.length === 0) return false
  let i = end
  while (i < t.len && cls()[t.codes[i]] === C_HANGUL) i++
  if (i >= t.len || t.codes[i] !== SPACE) return false
  const word = hangulRun(t, i + 1)
  return m.backgroundSuffixes.some((x) => word.startsWith(x))
}

/**
 * 지난 6월 ... 평양을 방문해: "this past June" is always a month gone by, as 지난달 is (a background cue); not 지난 3일,
 * a recent day's news. `ownWords`: not when a modifier comes between it and the trigger (지난 6월 서명한 조약이 4일
 * 발효됐다: the month dates the signing, not the treaty's news).
 */
function hasPastMonthKo(codes: Uint16Array, from: number, to: number, ownWords: boolean): boolean {
  for (let i = from; i + 4 < to; i++) {
    if (codes[i] !== 0xc9c0 || codes[i + 1] !== 0xb09c || codes[i + 2] !== SPACE) continue // 지난
    let j = i + 3
    while (j < to && isDigit(codes[j])) j++
    if (j === i + 3 || j - i - 3 > 2 || codes[j] !== 0xc6d4) continue // 월
    if (!ownWords || !wordsIn(codes, j + 1, to).some((w) => MODIFIER_KO.test(w))) return true
  }
  return false
}

const MONTHS_EN = 'january|february|march|april|june|july|august|september|october|november|december'
const LAST_MONTH_EN = new RegExp(`(?<!\\b(?:since|until|from|before) )\\blast (?:${MONTHS_EN})\\b`)

/**
 * "the agreement was signed in Pyongyang during Putin's visit last June": "last" before a month's name is always a
 * month gone by, further back than "last month" (a background cue), as 지난 6월 is in Korean; not "since last June"
 * (a reference point, as "since 2019"). "May" is left out (a modal: "last may" is no date).
 */
function hasLastMonthEn(codes: Uint16Array, from: number, to: number): boolean {
  // Every English trigger's clause asks; build the text only where "last " is in it (a scan, no string).
  return hasLastWord(codes, from, to) && LAST_MONTH_EN.test(wordAt(codes, from, to).toLowerCase())
}

const LAST = [0x6c, 0x61, 0x73, 0x74, 0x20] // "last "

/** Whether the word "last" (in any case), then a space, stands in codes[from, to): what LAST_MONTH_EN needs. */
function hasLastWord(codes: Uint16Array, from: number, to: number): boolean {
  for (let i = from; i + LAST.length <= to; i++) {
    if (i > from && isWordChar(codes[i - 1])) continue
    let k = 0
    while (k < LAST.length && (codes[i + k] | 0x20) === LAST[k]) k++
    if (k === LAST.length) return true
  }
  return false
}

/** A character regex \w matches (what \b sits next to). */
const isWordChar = (c: number) => ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || isDigit(c) || c === 0x5f

/**
 * "defected to South Korea last November, Seoul's spy agency confirmed on Tuesday": an act a reporting verb after its
 * clause makes public now is the news however long ago it took place (as disclosed in records/english.ts).
 */
const disclosedAfter = (codes: Uint16Array, from: number, to: number): boolean =>
  wordsIn(codes, from, to).some((w) => REPORTING.has(w.toLowerCase()))

/** Korean adnominal verb forms (서명한, 체결된, 맺은, 열렸던): a modifier of the noun after it. */
const MODIFIER_KO = /.(한|된|던|맺은|가진|열린)$/

/** A year before the article's year in [from, to), unless it is a reference point ("since 2019", 2019년 이후). */
function hasPastYear(codes: Uint16Array, len: number, from: number, to: number, year: number): boolean {
  for (let i = from; i + 4 <= to; i++) {
    const c = codes[i]
    if (c !== 0x31 && c !== 0x32) continue // 19xx, 20xx
    if (
      (i > 0 && isDigit(codes[i - 1])) ||
      !isDigit(codes[i + 1]) ||
      !isDigit(codes[i + 2]) ||
      !isDigit(codes[i + 3]) ||
      (i + 4 < len && isDigit(codes[i + 4]))
    )
      continue
    const y =
      (codes[i] - 48) * 1000 + (codes[i + 1] - 48) * 100 + (codes[i + 2] - 48) * 10 + (codes[i + 3] - 48)
    if (y < 1950 || y >= year) continue
    let before = ''
    for (let p = Math.max(0, i - 6); p < i; p++) before += String.fromCharCode(codes[p])
    let after = ''
    for (let p = i + 4; p < Math.min(len, i + 10); p++) after += String.fromCharCode(codes[p])
    if (/(since|until|from) $/.test(before) || /^년 ?(이후|이래|만)/.test(after)) continue
    // 2000만 달러, 1500명, 30%: a number with a Korean counter other than 년 (year), or a percent sign, is a
    // quantity, not a date.
    if (/^[가-힣%]/.test(after) && !after.startsWith('년')) continue
    return true
  }
  return false
}

/** "the 35th anniversary of ASEAN-Korea dialogue relations": at most this many words between "of" and the trigger. */
const ANNIVERSARY_OF =
  /\banniversary of (?:(?!(?:with|by|at|on|in|for|as|to|and|after|when|which|that)\b)\S+ ){0,5}$/
/** "the treaty's 70th anniversary", "the summit anniversary". */
const ANNIVERSARY_AFTER = /^(?:'s)? (?:\S+ )?anniversary\b/
const ANNIVERSARY_LOOKAHEAD = 24

/**
 * An event named as what an anniversary is of is recalled, whatever else the sentence reports: the festival,
 * sanctions or message marking it is the news (t25 t32 t64). Only inside the trigger's clause: "anniversary of X"
 * before it, "X's anniversary" right after it. (Korean N주년 is a background cue already.)
 */
function commemorated(t: NormText, clauseStart: number, sentenceEnd: number, hit: TriggerHit): boolean {
  const { codes } = t
  if (cls()[codes[hit.start]] === C_HANGUL) return false
  if (ANNIVERSARY_OF.test(wordAt(codes, Math.max(clauseStart, hit.start - 80), hit.start))) return true
  return ANNIVERSARY_AFTER.test(
    wordAt(codes, hit.end, Math.min(sentenceEnd, hit.end + ANNIVERSARY_LOOKAHEAD)),
  )
}

/** A sentence's opening time phrase counting years back from the day: "One year ago on Thursday", 1년 전 오늘 밤. */
const YEARS_BACK = '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+) (?:years?|decades?) ago'
const YEARS_AGO_EN = new RegExp(`^${YEARS_BACK}(?: today| tonight| this (?:week|month)| on [a-z]+day)?$`)
const YEARS_AGO_KO = /^\d+년 전(?: 오늘| 이맘때)?(?: (?:밤|새벽|아침|오전|오후|저녁))?(?: \d+시(?: \d+분)?)?$/
const YEARS_AGO_MAX_CHARS = 40

/**
 * "One year ago on Thursday, Putin and Kim signed a treaty", "1년 전 오늘 오전 11시 22분, ... 파면한다는 주문을
 * 읽자": a sentence opened by a bare time phrase counting years back tells an anniversary's scene, so every
 * event after it is the past being recalled (t13 t18 t28 t40 t47). Only a phrase of time words alone: "1년 전 회담
 * 이후 처음으로," dates another act. The comma closing such a phrase, else -2: a fact of the sentence, read once
 * for all its triggers (Sentence.yearsAgoEnd).
 */
function yearsAgoEnd(codes: Uint16Array, sStart: number, sEnd: number): number {
  let f = sStart
  while (f < sEnd && f - sStart <= YEARS_AGO_MAX_CHARS && codes[f] !== 0x2c) f++
  if (codes[f] !== 0x2c) return -2
  const lead = wordAt(codes, sStart, f).trim().toLowerCase()
  return YEARS_AGO_EN.test(lead) || YEARS_AGO_KO.test(lead) ? f : -2
}

/** Words of a span [from, to) split on spaces. */
const wordsIn = (codes: Uint16Array, from: number, to: number): string[] =>
  wordAt(codes, from, to)
    .split(' ')
    .filter((w) => w !== '')

/** Participles of damage an attack is the agent of ("facilities damaged by Russian strikes"). */
const DAMAGED_BY = new Set(['damaged', 'destroyed', 'hit', 'wrecked', 'devastated', 'ravaged', 'crippled'])
const DAMAGE_AGENT_MAX_WORDS = 3
const BE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'got', 'get', 'gets'])
/** Korean adnominal participles of damage (공습으로 파괴된 전력망, 공격으로 파손된 시설). */
const DAMAGED_KO = ['파괴된', '파손된', '부서진', '무너진', '손상된', '훼손된', '피해를 입은', '피해를 본']
const KO_INSTRUMENTAL = ['으로', '로']

/**
 * "repair power facilities damaged by Russian missile and drone strikes", 러시아의 공습으로 전력망이 파괴된
 * 우크라이나: an attack named as what damaged the thing a sentence is about is recalled as its cause
 * (background), as aid to repair it is the news (t27 t42 t64). Attacks only: "banks hit by new EU sanctions"
 * may well report the sanctions.
 */
function causeOfDamage(t: NormText, clauseStart: number, hit: TriggerHit): boolean {
  const { codes } = t
  if (cls()[codes[hit.start]] !== C_HANGUL) {
    // damaged by [up to three modifiers: Russian missile and drone] strikes
    const before = wordsIn(codes, Math.max(clauseStart, hit.start - 80), hit.start)
    // (Not a passive predicate, "Kyiv was hit by Russian strikes": that reports them.)
    for (let k = before.length - 1; k >= 1 && before.length - k <= DAMAGE_AGENT_MAX_WORDS + 1; k--)
      if (before[k] === 'by' && DAMAGED_BY.has(before[k - 1])) return !BE.has(before[k - 2] ?? '')
    return false
  }
  let i = hit.end
  while (i < t.len && cls()[codes[i]] === C_HANGUL) i++
  const tail = wordAt(codes, hit.end, i)
  if (!KO_INSTRUMENTAL.includes(tail)) return false
  // 공습으로 [전력망이 크게] 파괴된: the participle within three words, before the clause ends.
  const words = wordsIn(codes, i, Math.min(t.len, i + 40)).slice(0, 3)
  for (let k = 0; k < words.length; k++) {
    const rest = words.slice(k).join(' ')
    // (Not 파괴된 것으로 집계됐다: a nominalised predicate reports the damage and its attack.)
    if (DAMAGED_KO.some((d) => rest.startsWith(d)))
      return !/^것/.test(words[k + 1 + (/^피해를/.test(words[k]) ? 1 : 0)] ?? '')
    if (endsClause(words[k])) return false
  }
  return false
}
