/**
 * English clause structure for event records, without a parser: word order, voice and
 * prepositions around the trigger decide who acts and who is acted upon, and the words that
 * govern the trigger decide its modality. Pure functions over a SentenceView.
 *
 * Clause: the trigger's clause runs left to the nearest boundary (reporting verb, complementiser,
 * subordinator, semicolon...) and right to the next one (or a comma). Arguments after a
 * preposition belong to that preposition: "in Pyongyang" is a place, "to Russia" a recipient.
 */

import type { ActorMention } from '../state'
import type { Modality } from '../types'
import { Frame, grammarOf } from './frames'
import { NAME_TITLES_EN, OFFICES_EN, POST_OR_HOLDER_EN } from './posts'
import {
  type Arg,
  addParties,
  beforeQuoteOpening,
  companyForm,
  isAnyQuoteMark,
  keepCls,
  QUOTE,
  quotationOpening,
  type SentenceView,
  type Token,
} from './view'

const set = (s: string) => new Set(s.split(' '))

/**
 * Word classes: each word set the rules ask about per token also gets a bit, and a token reads the
 * bitmask of its word once (one Map lookup, cached on the token) instead of one set lookup per rule
 * that asks. The sets stay the source of truth: a bit answers exactly what its set's has() does.
 */
const WORD_CLASS = new Map<string, number>()
let nextBit = 1
function classBit(words: ReadonlySet<string>): number {
  const bit = nextBit
  nextBit <<= 1
  // 30 bits at most: the mask stays a positive small integer (-1 marks "not read yet").
  if (bit > 1 << 29) throw new Error('too many word classes')
  // isAt() answers false for a missing token, as has('') did for `tokens[k]?.text ?? ''`.
  if (words.has('')) throw new Error('a word class holds the empty word')
  for (const w of words) WORD_CLASS.set(w, (WORD_CLASS.get(w) ?? 0) | bit)
  return bit
}

/** Whether the token's word is in the class (the set behind `bit`). */
function is(tok: Token, bit: number): boolean {
  if (tok.cls < 0) keepCls(tok, wordClasses(tok.text))
  return (tok.cls & bit) !== 0
}
/** A word's classes; a negated auxiliary ("didn't") is a modality cue (W_MODALITY_CUE), a past form verbal. */
const wordClasses = (w: string) =>
  (WORD_CLASS.get(w) ?? 0) | (w.endsWith("n't") ? W_MODALITY_CUE : 0) | (looksVerbal(w) ? W_VERBAL : 0)
const isAt = (tok: Token | undefined, bit: number) => tok !== undefined && is(tok, bit)

export const PREPS = set(
  'in at on to into from with of by for near against toward towards over under about between among ' +
    'alongside across around during than via through within without including like per after before ' +
    'since amid despite off onto upon behind beyond inside outside throughout beside regarding',
)
const W_PREPS = classBit(PREPS)

/** Reporting verbs: what follows is someone's account; what precedes them is its source. */
const REPORTING = set(
  'said says say saying told tells tell added adds stated states reported according announced announces ' +
    'confirmed confirms claimed insisted noted explained argued quoted cited citing',
)
const W_REPORTING = classBit(REPORTING)

/** A reporting verb, not a word of a name ("the United States", "Reported Cases"). */
const isReporting = (t: Token) => t.arg < 0 && is(t, W_REPORTING)

const SUBORDINATORS = set(
  'which who whom whose where when while whereas after before since because as amid although though ' +
    'if unless whether until but despite once so',
)
const W_SUBORDINATORS = classBit(SUBORDINATORS)

/** Words after "that" that show it introduces a clause ("said that the North fired"), not a noun ("that drill"). */
const CLAUSE_STARTERS = set(
  'the a an it its he she they we there this these those his her their north south some several no all both',
)
const W_CLAUSE_STARTERS = classBit(CLAUSE_STARTERS)

const BE = set('is are was were be been being am')
const W_BE = classBit(BE)
const MODALS = set('will would could can may might shall should must do does did to')
const W_MODALS = classBit(MODALS)
const PRONOUNS = set('it he she they')
const W_PRONOUNS = classBit(PRONOUNS)
const POSSESSIVE_PRONOUNS = set('his her its their')
const W_POSSESSIVE_PRONOUNS = classBit(POSSESSIVE_PRONOUNS)
const DETERMINERS = set('the a an this these those that its his her their our any some no each every')
const W_DETERMINERS = classBit(DETERMINERS)

/** Verbs whose noun object is an event the subject carries out ("held talks", "imposed sanctions"). */
const SUPPORT = set(
  'hold holds held holding conduct conducts conducted conducting carry carried carries carrying stage ' +
    'stages staged staging make makes made making impose imposes imposed imposing sign signs signed signing ' +
    'provide provides provided providing send sends sent sending give gives gave given offer offers offered ' +
    'offering announce announced announces begin began begins beginning start started starts resume resumed ' +
    'resumes continue continued continues complete completed pledge pledged pledges pledging deliver delivered ' +
    'delivers host hosted hosts attend attended attends attending seek seeks sought seeking propose proposed ' +
    'proposes plan plans planned prepare prepares prepared preparing have has had having take took takes ' +
    'taking launch launched launches launching reach reached conclude concluded seal sealed approve approved ' +
    'approves expand expanded expands increase increased deploy deployed order ordered agree agreed agrees ' +
    'extend extended renew renewed step stepped kick kicked wrap wrapped mount mounted wage waged waging ' +
    'ship ships shipped shipping supply supplies supplied supplying disburse disbursed disburses ' +
    'dispatch dispatches dispatched dispatching ' +
    'unleash unleashed fire fired fires firing pursue pursued pursuing join joined express expressed ' +
    'expresses expressing lodge lodged lodges issue issued issues',
)
const W_SUPPORT = classBit(SUPPORT)

/** Verbs that make the subject the recipient of a transfer ("Russia buys shells from North Korea"). */
const RECEIVE = set(
  'buy buys bought buying purchase purchased purchases purchasing import imported imports importing ' +
    'acquire acquired acquires acquiring receive received receives receiving obtain obtained obtains obtaining ' +
    'procure procured procuring get got gets getting',
)

const IRREGULAR_PARTICIPLES = set(
  'sent sold shot struck hit held met made built fought won led given taken seen known brought bought ' +
    'caught told kept left found paid put set shut spent stolen thrown withdrawn written done begun drawn ' +
    'driven flown grown shown sworn torn worn hidden forgotten chosen frozen spoken broken woken',
)

/** Transitive leadership verbs: their object takes or leaves office ("named Shoigu", "impeached Yoon"). */
const LEADERSHIP_TRANSITIVE = set(
  'appointed appoint appoints appointing named names name naming nominated nominate nominates nominating ' +
    'dismissed dismiss dismisses sacked sack sacks fired ousted oust removed remove replaced replace replaces ' +
    'replacing impeached impeach impeachment elected elect elects chose picked tapped confirmed confirms backed',
)

/** Verbs giving an office only with the office named after them: "confirmed Hegseth as defense secretary". */
const AS_OFFICE_VERBS = set('elected elects confirmed confirms backed')
const AS_LOOKAHEAD = 4
const TO_LEAD = set('lead head run chair command succeed replace')
const THING_OBJECT_MAX_WORDS = 4

const postAhead = (tokens: SentenceView['tokens'], k: number) =>
  tokens.slice(k, k + AS_LOOKAHEAD).some((y) => POST_OR_HOLDER_EN.has(y.text))
const POST_LATER_MAX_TOKENS = 10
/** An "as" naming a post, or "to lead", a few words on (a phrase after the object). */
function postLater(tokens: SentenceView['tokens'], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + POST_LATER_MAX_TOKENS; k++) {
    if (tokens[k].text === 'as' && postAhead(tokens, k + 1)) return true
    if (tokens[k].text === 'to' && TO_LEAD.has(tokens[k + 1]?.text ?? '')) return true
  }
  return false
}

/**
 * A word naming no actor, post or person: not an actor's, not a post noun, not a pronoun, not capitalised (a
 * capitalised word is a name, "appointed Yoon Young-bin" of no taxonomy actor, or a headline's).
 */
function aThing(v: SentenceView, x: SentenceView['tokens'][number] | undefined): boolean {
  if (!x?.word || x.arg >= 0 || POST_OR_HOLDER_EN.has(x.text) || is(x, W_PRONOUNS)) return false
  const c = v.t.source.charCodeAt(v.t.orig[x.start])
  return !(c >= 0x41 && c <= 0x5a)
}

/**
 * "dismissed the session as a hostile plot", "replaced remote-access software": a transitive leadership
 * verb whose object is a thing (words, after a determiner if any, that name no actor and no post before a
 * preposition, the clause's end or an "as" naming no post) removes or replaces that thing, and nobody leaves
 * office (t41 t67).
 */
export function removesAThing(v: SentenceView, last: number): boolean {
  const { tokens } = v
  if (!LEADERSHIP_TRANSITIVE.has(tokens[last].text)) return false
  // "warning shots were fired": the passive's subject is the thing.
  if (/^(was|were|been|being|is|are)$/.test(tokens[last - 1]?.text ?? '')) return aThing(v, tokens[last - 2])
  const next = tokens[last + 1]
  if (!next?.word || /^(her|him|them)$/.test(next.text)) return false
  let words = 0
  for (
    let k = DETERMINERS.has(next.text) ? last + 2 : last + 1;
    k < tokens.length && words < THING_OBJECT_MAX_WORDS;
    k++
  ) {
    const x = tokens[k]
    if (x.word && !aThing(v, x)) return false
    // "appointed a former diplomat as foreign minister", "named a professor to lead the agency": the post after.
    if (x.text === 'as') return words > 0 && !postAhead(tokens, k + 1)
    if (x.text === 'to' && TO_LEAD.has(tokens[k + 1]?.text ?? '')) return false
    // "appointed a professor at Seoul National University as the first head": the post after the phrase.
    if (!x.word || is(x, W_PREPS)) return words > 0 && !postLater(tokens, k + 1)
    words++
  }
  return words > 0 && words < THING_OBJECT_MAX_WORDS
}

/** Removal words a crowd may demand (leaving office: roles.ts LEAVING). */
const REMOVAL_NOUN = /^(impeachment|impeach|ouster|oust|removal|resignation|resign|step)$/
/** Words of a demand, a few words before what it demands ("demanding the", "chanting for Yoon to"). */
export const DEMANDING = set(
  'demand demands demanded demanding chant chants chanted chanting calling called calls',
)
/** Words of a street crowd. */
export const CROWD = set(
  'rally rallies rallied rallying protest protests protested protesters protester demonstrators crowd crowds ' +
    'marched marchers marching',
)
/** How far a demand word reaches to its removal ("demanding President Yoon Suk Yeol's ouster"). */
const DEMAND_REACH = 7

/**
 * "protesters rallied ... demanding the impeachment of President Yoon", "crowds chanting for Yoon to step
 * down", "protesters filling the streets to demand Yoon's ouster": a removal a street crowd demands is its
 * slogan, no change of office done or planned (the gold: t11 t30 t43). Unless its sentence puts the removal to a
 * vote ("as lawmakers prepared to vote on a motion to oust him"): then it is on the agenda.
 */
export function removalDemandedByCrowd(v: SentenceView, first: number): boolean {
  const { tokens } = v
  if (!REMOVAL_NOUN.test(tokens[first].text)) return false
  let demand = false
  for (let k = first - 1; k >= 0 && k >= first - DEMAND_REACH && !demand; k--) {
    if (tokens[k].text === ';' || tokens[k].text === '.') break
    demand = DEMANDING.has(tokens[k].text)
  }
  if (!demand || !tokens.some((x) => CROWD.has(x.text))) return false
  return !tokens.some(
    (x, k) => x.text === 'motion' || (/^(vote|votes|voted)$/.test(x.text) && tokens[k + 1]?.text === 'on'),
  )
}

/** Verbs of an election being called, before "after" or "by" and its cause. */
const CALLED = set('called triggered prompted forced necessitated held')
const ELECTION_NOUNS = set('election elections vote polls race')
/** How far back from a removal its "called after" reaches ("called after the Constitutional Court upheld the"). */
const CAUSE_REACH = 10

/**
 * "the June 3 snap election, which was called after Yoon Suk Yeol was removed from office", "The vote was called
 * after the Constitutional Court upheld the impeachment": a removal an election was called after is its cause,
 * recalled (background; the gold: t26 t38 t41 t51; in Korean t6 t40).
 */
export function electionCalledAfter(v: SentenceView, first: number): boolean {
  const { tokens } = v
  for (let k = first - 1; k > 0 && k >= first - CAUSE_REACH; k--) {
    if (!/^(after|following|by)$/.test(tokens[k].text) || !CALLED.has(tokens[k - 1].text)) continue
    for (let j = k - 2; j >= 0; j--) if (ELECTION_NOUNS.has(tokens[j].text)) return true
    return false
  }
  return false
}

/** Words of speaking to a court, or a court's own speech ("told the court", "the judge said"). */
const TOLD = set('told tells tell telling')
const TESTIFYING = set('testified testifies testify testifying')
const BENCH = set('judge judges court')
const RULING_VERBS = set('said says wrote ruled found')

/**
 * "Yoon told the court the decree had been a 'peaceful' warning to the opposition and 'not a coup'", "the judge
 * said ...": speech to or by a court before the trigger is speech at a trial, no state's position towards another
 * nor a denial of a taxonomy event (the gold: t74; in Korean t30 t89).
 */
export function courtroomSpeechEn(v: SentenceView, first: number): boolean {
  const { tokens } = v
  for (let k = 0; k < first; k++) {
    const w = tokens[k].text
    if (TESTIFYING.has(w)) return true
    if (BENCH.has(w) && RULING_VERBS.has(tokens[k + 1]?.text ?? '')) return true
    if (!TOLD.has(w)) continue
    for (let j = k + 1; j < Math.min(first, k + 5); j++) if (tokens[j].text === 'court') return true
  }
  return false
}

/**
 * "Senate confirmed Pete Hegseth as defense secretary", "elected her as the country's first female prime
 * minister", "backed Andrei Belousov, an economist, as defence minister", "was elected president", "was elected
 * Japan's 104th prime minister": the office the verb gives, named right after it (its object, an apposition,
 * "as", the office's modifiers). Not "confirmed the launch", "backed the plan as a step forward", "elected to a
 * fourth term as president of the association" (the office after another phrase). True for other verbs (their
 * rules decide).
 */
export function asOffice(v: SentenceView, last: number): boolean {
  if (!AS_OFFICE_VERBS.has(v.tokens[last].text)) return true
  let k = last + 1
  const object = v.tokens[k]
  let named = false
  // "was elected Japan's prime minister" (the office read as its holder's title), "Japan's 104th prime
  // minister": a state's office is what is given, the state no one given it.
  const owner = object?.arg >= 0 && v.args[object.arg].possessive
  if (object?.arg >= 0 && OFFICES_EN.has(v.tokens[v.args[object.arg].last].text)) return true
  if (owner) k = v.args[object.arg].last + 1
  else if (object?.arg >= 0) {
    named = true
    k = v.args[object.arg].last + 1
  } else if (object && /^(her|him)$/.test(object.text)) {
    named = true
    k++
  }
  // ", an economist,": an apposition to the one named.
  if (named && v.tokens[k]?.text === ',') {
    let j = k + 1
    while (j < v.tokens.length && j < k + 8 && v.tokens[j].text !== ',') j++
    if (v.tokens[j]?.text !== ',') return false
    k = j + 1
  }
  const as = v.tokens[k]?.text === 'as'
  if (as) k++
  else if (named) return false
  for (let hops = 0; k < v.tokens.length && hops < (as || owner ? 7 : 2); k++, hops++) {
    const t = v.tokens[k]
    if (OFFICES_EN.has(t.text)) return true
    if (!t.word && t.text !== "'s" && t.text !== "'") return false
    if (is(t, W_PREPS) || is(t, W_BE) || is(t, W_VERBAL)) return false
  }
  return false
}

/** Verbs whose object is charged with the act after "of" ("accused Pyongyang of jamming"). */
const ACCUSING = set('accused accuses accuse accusing suspected suspects suspect charged convicted')

/** Verbs whose object is held responsible after "for" ("blamed Pyongyang for the hack"). */
const BLAMING = set('blame blames blamed blaming')

/** Verbs of drawing a reaction: "drawing condemnation from X" (X condemns the subject). */
const REACTION = set('drawing drew draws drawn prompting prompted sparking sparked triggering triggered')

const WIN = set('won win wins winning victory elected clinched')

/** Ends a clause to the left of a trigger at tokens[i] (exclusive window). */
function isLeftBoundary(tokens: Token[], i: number): boolean {
  const tok = tokens[i]
  if (!tok.word) return tok.text === ';' || tok.text === ':' || tok.text === '(' || tok.text === ')'
  // "announced $700 million in aid", "announced new sanctions": with a noun object it is the
  // support verb of the act it announces, not a report of someone else's clause.
  if (tok.text.startsWith('announce') && announcesNoun(tokens, i)) return false
  if (isReporting(tok) || (is(tok, W_SUBORDINATORS) && tok.text !== 'as' && !soFar(tokens, i))) return true
  // "Should North Korea fire a missile, Japan would respond": an inverted condition opens a clause, as "if" does.
  if (INVERTING.has(tok.text) && invertedCondition(tokens, i)) return true
  if (tok.text === 'that' || tok.text === 'as') {
    const next = tokens[i + 1]
    return next !== undefined && (next.arg >= 0 || is(next, W_CLAUSE_STARTERS))
  }
  // "Japan condemned the launch and China urged restraint": a new subject after "and"/"but".
  if (tok.text === 'and' && tokens[i - 1] && tokens[i - 1].arg < 0) {
    let j = i + 1
    if (tokens[j]?.text === 'the') j++
    const arg = tokens[j]?.arg ?? -1
    if (arg < 0) return false
    while (tokens[j] && tokens[j].arg === arg) j++
    const after = tokens[j]
    return after?.word === true && !is(after, W_PREPS) && after.text !== 'and'
  }
  return false
}

/** "announced more than $700 million", "announced a new package": a noun phrase follows, not a clause. */
function announcesNoun(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1]
  if (!next || next.arg >= 0) return false
  const w = next.text
  return w === '$' || isDigit(w) || /^(a|an|new|more|additional|further|fresh|its|their|his|her)$/.test(w)
}

function isRightBoundary(tokens: Token[], i: number): boolean {
  const tok = tokens[i]
  // "stole $300 million from ...": a currency sign opens an amount inside the clause.
  if (!tok.word) return tok.text !== '-' && tok.text !== "'" && tok.text !== '.' && tok.text !== '$'
  return (
    isReporting(tok) ||
    (is(tok, W_SUBORDINATORS) && !soFar(tokens, i)) ||
    tok.text === 'that' ||
    (INVERTING.has(tok.text) && invertedCondition(tokens, i))
  )
}

/** Auxiliaries that, opening a clause before its subject, make it a condition (invertedCondition). */
const INVERTING = set('should were had')

/** "has so far refused": an adverb of time, not "so" opening a clause. */
const soFar = (tokens: Token[], i: number) => tokens[i].text === 'so' && tokens[i + 1]?.text === 'far'

export interface Clause {
  /** Exclusive bounds: the window is (left, first) before the trigger and (last, right) after it. */
  left: number
  right: number
  first: number
  last: number
}

export function clauseOf(v: SentenceView, first: number, last: number): Clause {
  const { tokens } = v
  let left = first - 1
  while (left >= 0 && !(boundFlags(v, left) & LEFT)) left--
  let right = last + 1
  while (right < tokens.length && !(boundFlags(v, right) & RIGHT)) right++
  return { left, right, first, last }
}

/**
 * The per-token caches of a view: buffers reused across sentences (one view lives at a time, as its
 * pooled tokens do), cleared over the sentence's length only; indices past it are never read. No
 * new typed array per sentence (a backing store for long ones), and no subarray view either.
 */
let boundsBuffer = new Int8Array(256)
let prepBuffer = new Int32Array(256)
function freshBounds(n: number): Int8Array {
  if (boundsBuffer.length < n) boundsBuffer = new Int8Array(n * 2)
  return boundsBuffer.fill(-1, 0, n)
}
function freshPrepAt(n: number): Int32Array {
  if (prepBuffer.length < n) prepBuffer = new Int32Array(n * 2)
  return prepBuffer.fill(UNKNOWN, 0, n)
}

const LEFT = 1
const RIGHT = 2

/** Whether token i bounds a clause on the left or right of a trigger, read once per sentence (triggers share it). */
function boundFlags(v: SentenceView, i: number): number {
  if (!v.bounds) v.bounds = freshBounds(v.tokens.length)
  const flags = v.bounds
  if (flags[i] < 0)
    flags[i] = (isLeftBoundary(v.tokens, i) ? LEFT : 0) | (isRightBoundary(v.tokens, i) ? RIGHT : 0)
  return flags[i]
}

/**
 * The preposition governing the argument that starts at token i (looking back over determiners
 * and modifiers), unless it lies at or before `stop`. Read once per token (cached on the view).
 */
function prepBefore(v: SentenceView, i: number, stop: number): string | null {
  if (!v.prepAt) v.prepAt = freshPrepAt(v.tokens.length)
  const cache = v.prepAt
  if (cache[i] === UNKNOWN) cache[i] = findPrep(v, i)
  const at = cache[i]
  return at > stop ? v.tokens[at].text : null
}

const UNKNOWN = -2

function findPrep(v: SentenceView, i: number): number {
  for (let k = i - 1, hops = 0; k >= 0 && hops < 4; k--, hops++) {
    const tok = v.tokens[k]
    if (!tok.word) return -1
    // "after about 20 North Korean soldiers": "about" approximates the number, it governs nothing.
    if (inQuantity(v, k)) continue
    if (is(tok, W_PREPS)) return k
    if (tok.arg >= 0) continue // "the U.S.-South Korea ..." modifiers
    if (is(tok, W_DETERMINERS) || isDigit(tok.text)) continue
    if (is(tok, W_BE) || is(tok, W_MODALS) || isReporting(tok)) return -1
    // "said on Tuesday North Korea fired": the preposition took the time word, not the next argument.
    if (is(tok, W_TIME_WORDS)) return -1
    // An adjective or noun modifier ("three North Korean nationals", "the Russian defence attache").
    if (hops < 2) continue
    return -1
  }
  return -1
}

const isDigit = (w: string) => w.charCodeAt(0) >= 0x30 && w.charCodeAt(0) <= 0x39

/** Arguments of the window (a, b) in order, each with the preposition that governs it (null = bare). */
interface ArgAt {
  arg: Arg
  index: number
  prep: string | null
}

function argsIn(v: SentenceView, a: number, b: number): ArgAt[] {
  const out: ArgAt[] = []
  let last = -1
  for (let i = a + 1; i < b; i++) {
    const k = v.tokens[i].arg
    if (k < 0 || k === last) continue
    last = k
    const arg = v.args[k]
    out.push({ arg, index: k, prep: prepBefore(v, arg.first, a) })
  }
  // "experts from South Korea, the United States and Japan": the list shares its preposition (its
  // first member may lie before the window, which a list comma may open).
  for (let n = 0; n < out.length; n++) {
    if (out[n].prep !== null) continue
    const prev: Arg | null = n > 0 ? out[n - 1].arg : null
    let prevPrep = n > 0 ? out[n - 1].prep : null
    if (n === 0) {
      // Back over the list's earlier members to the one with a preposition.
      let member = out[0].arg
      let and = false
      for (let depth = 0; depth < MAX_COORDINATED_BACK && prevPrep === null; depth++) {
        const before = memberBefore(v, member)
        if (!before) break
        if (joiner(v, before, member) === 'and') and = true
        prevPrep = prepBefore(v, before.first, -1)
        member = before
      }
      const next = out[1]?.arg
      if (prevPrep !== null && (and || (next && joiner(v, out[0].arg, next) === 'and')))
        out[0].prep = prevPrep
      continue
    }
    if (!prev || prevPrep === null) continue
    const joint = joiner(v, prev, out[n].arg)
    const next = out[n + 1]?.arg
    if (joint === 'and' || (joint === ',' && next && joiner(v, out[n].arg, next) === 'and'))
      out[n].prep = prevPrep
  }
  return out
}

const MAX_COORDINATED_BACK = 4

/** The list member right before an argument ("South Korea, the United States and Japan"), if any. */
function memberBefore(v: SentenceView, a: Arg): Arg | null {
  let k = a.first - 1
  while (k >= 0 && v.tokens[k].arg < 0 && /^(,|and|or|&|the)$/.test(v.tokens[k].text)) k--
  return k >= 0 && k < a.first - 1 && v.tokens[k].arg >= 0 ? v.args[v.tokens[k].arg] : null
}

/** What joins two arguments of a list: 'and' (and, or, &), ',' (commas only) or null (anything else). */
function joiner(v: SentenceView, x: Arg, y: Arg): 'and' | ',' | null {
  let kind: 'and' | ',' | null = null
  for (let i = x.last + 1; i < y.first; i++) {
    const w = v.tokens[i].text
    if (w === 'and' || w === 'or' || w === '&') kind = 'and'
    else if (w === ',') kind ??= ','
    else if (w !== 'the') return null
  }
  return kind
}

/** Days, months and spans of time: a date, not a place or a party, after a preposition. */
export const TIME_WORDS = set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december jan feb mar apr jun jul aug sep sept oct nov dec morning ' +
    'afternoon evening night week weekend month year time day days weeks months years',
)
const W_TIME_WORDS = classBit(TIME_WORDS)

/** No preposition between the trigger and the argument but its own (time phrases aside: "on Monday"). */
function direct(v: SentenceView, last: number, f: { arg: Arg; prep: string | null }): boolean {
  let preps = 0
  for (let i = last + 1; i < f.arg.first; i++) {
    const w = v.tokens[i].text
    if (!is(v.tokens[i], W_PREPS) || w === 'of') continue // "millions of shells to Russia": of stays inside the object
    const next = v.tokens[i + 1]?.text ?? ''
    const after = next === 'the' ? (v.tokens[i + 2]?.text ?? '') : next
    if (TIME_WORDS.has(after) || /^\d/.test(after)) continue
    preps++
  }
  return preps <= (f.prep === null ? 0 : 1)
}

export interface EnRoles {
  /** Actor indices, -1 when absent. */
  source: number
  target: number
  /** A possessive or personal pronoun stood for the source and was resolved outside the clause. */
  pronounSource: boolean
  /** Other members of a coordinated source or target ("Japan and the U.S. condemned"). */
  moreSources?: number[]
  moreTargets?: number[]
}

/**
 * Last resort when the trigger's phrase names nobody ("pledged to support Ukraine's reconstruction
 * with $1 billion in new aid"): the clause subject acts, the first argument after it that is an
 * object or follows a target preposition is acted upon.
 */
export function clauseRoles(c: EnContext): { source: number; target: number } {
  const { v, clause } = c
  const g = grammarOf(c.frame)
  const subject = subjectOf(c).args[0]
  if (!subject) return { source: -1, target: -1 }
  for (const f of argsIn(v, subject.last, clause.right)) {
    if (f.arg === subject || f.arg.venue || (f.prep !== null && !g.targetPreps.has(f.prep))) continue
    if (f.arg.parties[0] !== subject.parties[0])
      return { source: subject.parties[0], target: f.arg.parties[0] }
  }
  return { source: subject.parties[0], target: -1 }
}

export interface EnContext {
  v: SentenceView
  frame: Frame
  /** Token range of the trigger. */
  first: number
  last: number
  clause: Clause
  /** The subject of the previous sentence (a pronoun may refer to it), or -1. */
  previousSubject: number
  /** The one person the last sentence naming actors named ("he"/"she" may refer to them), or -1. */
  previousPerson: number
  /** The one state or organisation the last sentence naming actors named ("it" may refer to it), or -1. */
  previousBody: number
  /** Who reported the previous sentence ("..., KCNA said"), or -1. */
  previousSpeaker: number
  /** Whether the article named a person before this sentence. */
  personNamed: boolean
  /** Is this actor a person (leadership and election frames look for one)? */
  isPerson: (actor: number) => boolean
  isCountry: (actor: number) => boolean
  countryOf: (actor: number) => number
  /** The clause subject, once computed for this trigger. */
  subject?: { args: Arg[]; pronoun: boolean }
}

function isPassive(v: SentenceView, first: number, last: number): boolean {
  const w = v.tokens[last].text
  const participle = w.endsWith('ed') || IRREGULAR_PARTICIPLES.has(w)
  if (!participle) return false
  for (let k = first - 1, hops = 0; k >= 0 && hops < 3; k--, hops++) {
    const t = v.tokens[k]
    if (!t.word) return false
    if (is(t, W_BE) || t.text === 'got' || t.text === 'get') return true
    if (!t.text.endsWith('ly') && t.text !== 'not' && t.text !== 'also' && t.text !== 'reportedly')
      return false
  }
  return false
}

const OPENING_QUOTE = /^['"\u2018\u201c]$/

/** The trigger is used as a verb (or a noun governed by a support verb): the clause subject is its agent. */
function agentIsSubject(v: SentenceView, first: number, left: number): boolean {
  const head = v.tokens[first].text
  const prev = v.tokens[first - 1]
  // "would 'retaliate against Seoul'": a modal before a quoted verb phrase (not "could be 'threatening'").
  const aux = v.tokens[beforeQuoteOpening(v.tokens, first)]
  if (aux?.word && (is(aux, W_MODALS) || aux.text.endsWith("n't") || aux.text === 'not')) return true
  if (prev?.word && (is(prev, W_BE) || prev.text === 'has' || prev.text === 'have' || prev.text === 'had'))
    return true
  if ((head.endsWith('ed') || IRREGULAR_PARTICIPLES.has(head)) && !(prev && is(prev, W_DETERMINERS)))
    return true
  // "Ishiba, who took office on Tuesday": the verb of a relative clause on a named subject.
  if (prev?.text === 'who') return true
  // "..., praising Russia's army", "after meeting Kim": a participle, not "the bombing" or "of shelling".
  if (
    head.endsWith('ing') &&
    prev?.word &&
    prev.arg < 0 &&
    !is(prev, W_DETERMINERS) &&
    !is(prev, W_POSSESSIVE_PRONOUNS) &&
    prev.text !== 'of' &&
    !/^\d/.test(prev.text) &&
    !is(prev, W_VERBAL)
  )
    return true
  // "..., the JCS said, urging Pyongyang to stop": a participle hanging on the reporting verb.
  if (head.endsWith('ing') && prev?.text === ',' && reportingJustBefore(v, first - 1)) return true
  // "Kim Yo Jong says the test was a message and warns that ...": a present verb after "and" in the clause of
  // "says" is the speaker's second verb, as "said ... and warned" (past forms) is above.
  if (presentAfterSays(v, first, left)) return true
  // A noun: look back over its modifiers for a support verb ("held talks", "imposed new sanctions on").
  for (let k = enumerationStart(v, first) - 1, hops = 0; k > left && hops < 5; k--, hops++) {
    const t = v.tokens[k]
    // "sent about 11,000 troops", "deliver 5,000 tonnes of food": a number's parts count as one word.
    if (inQuantity(v, k) || isDigit(t.text)) {
      hops--
      continue
    }
    // "would take 'resolute countermeasures'", "held \"talks\"": a quotation mark opening the noun phrase
    // is no boundary between the support verb and its noun.
    if (!t.word && OPENING_QUOTE.test(t.text)) {
      hops--
      continue
    }
    if (!t.word) return false
    // "drew condemnation from Japan": the subject provoked it; who reacts comes after "from".
    if (REACTION.has(t.text)) return false
    if (is(t, W_SUPPORT) && !nounAfterOwner(v, k)) return true
    // Another verb takes the noun ("detected the launch", "condemned the test"): not the subject's act.
    if (is(t, W_VERBAL) && !attributiveEd(v, k, first)) return false
    // "arrived for talks", "left for his first meeting": the subject's purpose; "is on a state visit";
    // "jets dropped bombs during a live-fire exercise": what the subject was doing.
    if (t.text === 'for' || t.text === 'during') return true
    if (t.text === 'on' && isAt(v.tokens[k - 1], W_BE)) return true
    // "shipped 100,000 tonnes of wheat": a measure and its "of" belong to the number.
    if (t.text === 'of' && MEASURES.has(v.tokens[k - 1]?.text ?? '')) {
      hops -= 2
      k--
      continue
    }
    // "approved the possible sale of 25 F-35 jets": the transfer noun heads the goods, "of" adds no word.
    if (t.text === 'of' && TRANSFER_NOUNS.has(v.tokens[k - 1]?.text ?? '')) {
      hops--
      continue
    }
    if (t.text === 'of' && hops > 0) continue // "launched two days of drills"
    if (is(t, W_PREPS) || is(t, W_BE) || isReporting(t)) return false
  }
  // A headline or bare clause: "North Korea fires missile", "Seoul offers aid" (not "at Seoul forum").
  return prev !== undefined && prev.arg >= 0 && !v.args[prev.arg].possessive && !v.args[prev.arg].venue
}

/**
 * "Yoon says Seoul could send weapons to Kyiv, warns Pyongyang", "North Korea slams drills, vows
 * countermeasures": a headline's second present-tense verb after a comma, with no subject of its own,
 * shares the subject the headline opens on (its first argument, right before the first such verb). The
 * arg index of that subject, or -1.
 */
function headlineSubject(v: SentenceView, first: number): number {
  const { tokens } = v
  if (tokens[first - 1]?.text !== ',' || !PRESENT_VERB.test(tokens[first].text)) return -1
  let k = 0
  // ("Defence nominee Ahn vows": title words before the name.)
  while (k < first && k < 4 && tokens[k].arg < 0 && tokens[k].word) k++
  const arg = tokens[k]?.arg ?? -1
  if (arg < 0 || v.args[arg].venue || v.args[arg].possessive) return -1
  let end = v.args[arg].last + 1
  // "Kim and Putin ..." is plural (no -s verb); "Japan, South Korea" likewise: one subject only.
  const verb = tokens[end]
  if (!verb?.word || verb.arg >= 0 || !PRESENT_VERB.test(verb.text)) return -1
  // The first verb's clause runs to the comma before the trigger, with no other comma or verb of a subject.
  for (end++; end < first - 1; end++) if (!tokens[end].word) return -1
  return arg
}

/**
 * "X says ... and warns that", "X says ... and vows to": a third-person present verb right after "and", in the
 * clause a present reporting verb opens (no subject between), taking a clause, an infinitive, a quotation or an
 * object; not a plural noun ("says sanctions and threats have failed").
 */
function presentAfterSays(v: SentenceView, first: number, left: number): boolean {
  const { tokens } = v
  const head = tokens[first].text
  if (tokens[first - 1]?.text !== 'and' || !PRESENT_VERB.test(head) || head.endsWith('ings')) return false
  if (left < 0 || !/^(says|tells|adds)$/.test(tokens[left].text)) return false
  const next = tokens[first + 1]
  return (
    next !== undefined && (next.arg >= 0 || /^(that|to)$/.test(next.text) || OPENING_QUOTE.test(next.text))
  )
}

/** A third-person present verb as headlines write it ("says", "vows", "slams", "urges"). */
const PRESENT_VERB = /^[a-z]+[^s']s$/

/**
 * "joint army, navy and rocket force exercises": modifiers listed with commas and "and" before the noun
 * at `first` are one modifier; the first token of the list (or `first` when there is none).
 */
function enumerationStart(v: SentenceView, first: number): number {
  let comma = false
  let and = false
  let start = first
  for (let k = first - 1; k >= 0; k--) {
    const t = v.tokens[k]
    if (t.text === ',') comma = true
    else if (t.text === 'and') and = true
    else if (
      !t.word ||
      t.arg >= 0 ||
      is(t, W_PREPS) ||
      is(t, W_DETERMINERS) ||
      is(t, W_SUPPORT) ||
      is(t, W_BE) ||
      is(t, W_VERBAL)
    )
      break
    else start = k
  }
  return comma && and && v.tokens[start].word ? start : first
}

/** A reporting verb ends the words before the comma at `comma` ("said", "said Saturday", "said on Friday"). */
function reportingJustBefore(v: SentenceView, comma: number): boolean {
  for (let k = comma - 1; k >= 0 && k >= comma - 3; k--) {
    const t = v.tokens[k]
    if (isReporting(t)) return true
    if (!is(t, W_TIME_WORDS) && t.text !== 'on') break
  }
  // "said in a statement on Tuesday,", "told reporters at a briefing,": where and how it was said are
  // phrases of the reporting verb, with no verb of their own.
  for (let k = comma - 1; k >= 0 && k >= comma - 9; k--) {
    const t = v.tokens[k]
    // (Not "said Lazarus and Andariel, hacking groups ...": an apposition to the reported clause's subject.)
    if (isReporting(t))
      return isAt(v.tokens[k + 1], W_PREPS) || /^(reporters|journalists)$/.test(v.tokens[k + 1].text)
    if (!t.word || is(t, W_BE) || is(t, W_MODALS) || is(t, W_VERBAL) || PAST_FORMS.has(t.text)) return false
    if (t.text === 'that' || is(t, W_SUBORDINATORS)) return false
  }
  return false
}

// Module-level, not a closure: inQuantity runs for every token walked, and a closure per call (named by
// the bundler's keepNames) cost 7 % of the whole tagger.
const digitAt = (v: SentenceView, i: number) => isDigit(v.tokens[i]?.text ?? 'x')

/** A number's parts and its approximator: "about 11,000", "some 1.5 billion", "nearly 300", "$2 billion". */
function inQuantity(v: SentenceView, k: number): boolean {
  const t = v.tokens[k]
  if (!t.word)
    return (
      ((t.text === ',' || t.text === '.') && digitAt(v, k - 1) && digitAt(v, k + 1)) ||
      (t.text === '$' && digitAt(v, k + 1))
    )
  // "$5 million in aid", "2 billion yen in loans": the sum's noun follows "in".
  if (t.text === 'in') return AMOUNTS.has(v.tokens[k - 1]?.text ?? '') || digitAt(v, k - 1)
  return APPROX.has(t.text) && digitAt(v, k + 1)
}

const AMOUNTS = set('million billion trillion dollars yen won euros')

const APPROX = set('about around some nearly almost over up roughly approximately more than')

/** An actor inside the trigger's own noun phrase: "North Korea's launch", "Russian arms supplies", "U.S. sanctions". */
function npInternal(v: SentenceView, first: number, left: number): Arg | null {
  for (let k = first - 1, hops = 0; k > left && hops < 4; k--, hops++) {
    const t = v.tokens[k]
    if (inQuantity(v, k)) continue // "sent about 11,000 troops"
    if (!t.word) return t.text === '-' ? null : null
    if (t.arg >= 0) {
      const arg = v.args[t.arg]
      // "doctors in South Korea walked off": an argument of a preposition is not the verb's.
      const verbal = is(v.tokens[first], W_VERBAL) || v.tokens[first].text.endsWith('ing')
      return arg.venue || (verbal && prepBefore(v, arg.first, left) !== null) ? null : arg
    }
    if (t.text === 'of' && hops > 0) continue // "two days of drills", "a shipment of vaccines"
    // "North Korea's shipments of artillery shells": the goods of a transfer noun are the transfer's,
    // and its possessor their supplier.
    if (t.text === 'of' && TRANSFER_NOUNS.has(v.tokens[k - 1]?.text ?? '')) continue
    // "the DPRK's continued transfers": a participle after a possessor modifies the noun.
    if (is(t, W_VERBAL) && v.args[v.tokens[k - 1]?.arg ?? -1]?.possessive) continue
    if (is(t, W_PREPS) || is(t, W_BE) || is(t, W_MODALS) || isReporting(t)) return null
    if ((is(t, W_SUPPORT) && !nounAfterOwner(v, k)) || is(t, W_VERBAL)) return null
  }
  return null
}

const MEASURES = set('tonnes tons tonne ton barrels rounds doses bags sacks units kilograms litres liters')

/** Nouns of moving goods to someone, whose "of" phrase names the goods ("shipments of shells"). */
const TRANSFER_NOUNS = set(
  'shipment shipments transfer transfers delivery deliveries supply supplies sale sales export exports',
)

/** "South Korea's offer of flood relief", "the offer": a support verb's form used as a noun. */
function nounAfterOwner(v: SentenceView, k: number): boolean {
  const prev = v.tokens[k - 1]
  if (!prev) return false
  if (prev.arg >= 0) return v.args[prev.arg].possessive
  return is(prev, W_DETERMINERS) || is(prev, W_POSSESSIVE_PRONOUNS)
}

/** A past form or participle ("detected", "sent"): a verb, not a modifier of the trigger noun. */
const looksVerbal = (w: string) =>
  (w.endsWith('ed') && w.length > 4 && !ADJECTIVAL_ED.has(w)) || IRREGULAR_PARTICIPLES.has(w)
/** The words looksVerbal answers true for, as a word class: read once per word like the sets' classes. */
const W_VERBAL = classBit(new Set())

/** Adjectives in -ed that modify a trigger noun ("combined air drills"), never a verb taking it. */
const ADJECTIVAL_ED = set(
  'combined coordinated integrated unprecedented armed advanced unannounced unspecified',
)

/** Arguments coordinated with the one at arg index k ("Japan, South Korea and the United States"). */
function coordinated(v: SentenceView, k: number, left: number, right = v.tokens.length): Arg[] {
  const group = [v.args[k]]
  // Forward: "Japan, South Korea and the United States" (not past the clause: ", the U.S. said").
  for (let i = v.args[k].last + 1; i < right; ) {
    let j = i
    let joined = false
    while (j < right && v.tokens[j].arg < 0 && /^(,|and|&|the|-|\/)$/.test(v.tokens[j].text)) {
      if (v.tokens[j].text !== 'the') joined = true
      j++
    }
    if (!joined || j >= right || v.tokens[j].arg < 0) break
    const next = v.args[v.tokens[j].arg]
    if (next.venue || group.includes(next)) break
    group.push(next)
    i = next.last + 1
  }
  let i = v.args[k].first - 1
  while (i > left) {
    let j = i
    let joined = false
    while (j > left && !(v.tokens[j].arg >= 0)) {
      const t = v.tokens[j].text
      if (t === ',' || t === 'and' || t === '&' || t === 'the' || t === '-' || t === '/') joined = true
      else break
      j--
    }
    if (!joined || j <= left || v.tokens[j].arg < 0 || j === i) break
    const prev = v.args[v.tokens[j].arg]
    if (prepBefore(v, prev.first, left) !== prepBefore(v, group[0].first, left)) break
    group.unshift(prev)
    i = prev.first - 1
  }
  return group
}

/**
 * Verbs whose object is the subject of the infinitive or gerund after it ("urged Beijing to play",
 * "warned Seoul against sending").
 */
const OBJECT_CONTROL = set(
  'urged urges urge urging warned warns warn warning asked asks ask told tells invited invites pressed ' +
    'presses encouraged encourages allowed allows forced forces persuaded called calls prompting prompted ' +
    'prompts',
)

/**
 * The trigger is in the infinitive or gerund right after the object ("urged Beijing to play", "warned
 * Seoul against sending").
 */
function controls(v: SentenceView, from: number, to: number): boolean {
  let marker = false
  for (let i = from + 1; i < to; i++) {
    const w = v.tokens[i].text
    if (w === ',') return false
    if (w === 'to' || w === 'against' || w === 'from' || w === 'into') marker = true
  }
  return marker
}

/** A possessive argument that only modifies another one ("Kim Jong Un's sister Kim Yo Jong"). */
function modifiesNext(v: SentenceView, a: Arg): boolean {
  if (!a.possessive) return false
  for (let i = a.last + 1, hops = 0; i < v.tokens.length && hops < 4; i++, hops++) {
    const t = v.tokens[i]
    if (t.arg >= 0) return true
    if (!t.word || is(t, W_PREPS) || is(t, W_BE)) return false
  }
  return false
}

/**
 * The clause subject: the first bare argument of the clause (English is subject-verb-object, so
 * an argument after an earlier verb is that verb's object), unless a control verb makes its
 * object the subject ("urged Beijing to play"); a pronoun between it and the trigger is resolved.
 */
function subjectOf(c: EnContext): { args: Arg[]; pronoun: boolean } {
  c.subject ??= findSubject(c)
  return c.subject
}

function findSubject(c: EnContext): { args: Arg[]; pronoun: boolean } {
  const { v, clause } = c
  // "Kim Jong Un, who KCNA said had approved the plan, warned ...": the verb right after a relative
  // clause between commas has the noun that clause hangs on as its subject.
  const verb = supportVerbOf(v, c.first, clause.left) ?? c.first
  // "no plans for President Lee Jae-myung to visit Pyongyang": a for-to infinitive's own subject.
  const infinitival = v.tokens[verb - 1]?.text === 'to' ? (v.tokens[verb - 2]?.arg ?? -1) : -1
  if (infinitival >= 0 && !v.args[infinitival].venue) {
    let k = v.args[infinitival].first - 1
    while (k > 0 && isAt(v.tokens[k], W_TITLE_WORDS)) k--
    if (v.tokens[k]?.text === 'for') return { args: [v.args[infinitival]], pronoun: false }
  }
  const opening = headlineSubject(v, c.first)
  if (opening >= 0) return { args: coordinated(v, opening, -1, c.first), pronoun: false }
  const antecedent = v.tokens[verb - 1]?.text === ',' ? relativeAntecedent(v, verb - 1) : -1
  if (antecedent >= 0 && !v.args[antecedent].venue)
    return { args: coordinated(v, antecedent, -1, verb), pronoun: false }
  const found: ArgAt[] = []
  // "If North Korea tests, Japan will seek sanctions": a fronted subordinate clause ends at its comma.
  let from = clause.left
  // ("Should North Korea test, ...": an inverted condition likewise.)
  if (
    clause.left >= 0 &&
    (is(v.tokens[clause.left], W_SUBORDINATORS) ||
      (INVERTING.has(v.tokens[clause.left].text) && invertedCondition(v.tokens, clause.left)))
  )
    for (let k = clause.left + 1; k < c.first; k++) if (v.tokens[k].text === ',') from = k
  for (const f of argsIn(v, from, c.first)) if (!f.arg.venue && !modifiesNext(v, f.arg)) found.push(f)
  let firstBare: ArgAt | null = null
  let bareCount = 0
  for (const f of found) if (f.prep === null && bareCount++ === 0) firstBare = f
  // "Should Washington cut troops, a move Hegseth had not raised, South Korea could be forced to ...":
  // a bare argument opening a clause after a comma, right before its verb, is the subject of that verb.
  for (const f of found) {
    if (f === firstBare || f.prep !== null || v.tokens[f.arg.first - 1]?.text !== ',') continue
    const next = v.tokens[f.arg.last + 1]
    if (
      next?.word &&
      next.arg < 0 &&
      (is(next, W_MODALS) || is(next, W_BE) || /^(has|have|had)$/.test(next.text))
    )
      firstBare = f
  }
  for (let n = found.length - 1, seen = bareCount; n >= 0; n--) {
    const f = found[n]
    if (f.prep !== null) continue
    seen--
    const verb =
      v.tokens[f.arg.first - 1]?.text === 'on' ? v.tokens[f.arg.first - 2] : v.tokens[f.arg.first - 1]
    if (verb && OBJECT_CONTROL.has(verb.text) && seen > 0 && controls(v, f.arg.last, c.first))
      return { args: [f.arg], pronoun: false }
  }
  // Only officials visit or meet for their state: not "Chinese tourists", "the Japanese PM's wife".
  if (
    firstBare &&
    (c.frame === Frame.Visit || c.frame === Frame.Symmetric) &&
    describesOthers(v, firstBare.arg, c.first)
  )
    return { args: [], pronoun: false }
  // "Prime Minister Shigeru Ishiba, who took office on Tuesday": a relative clause's subject is
  // the noun it hangs on.
  if (!firstBare && clause.left > 0 && v.tokens[clause.left].text === 'who') {
    let k = clause.left - 1
    if (v.tokens[k].text === ',') k--
    // "North Korean soldiers, who had been deployed": a state body's head after its actor.
    if (k > 0 && v.tokens[k].arg < 0 && is(v.tokens[k], W_STATE_BODIES)) k--
    const arg = k >= 0 ? v.tokens[k].arg : -1
    if (arg >= 0 && !v.args[arg].venue) return { args: [v.args[arg]], pronoun: false }
  }
  if (firstBare) {
    for (let i = clause.left + 1; i < firstBare.arg.first; i++)
      if (is(v.tokens[i], W_PRONOUNS)) return resolvePronoun(c, false, i)
    return { args: coordinated(v, firstBare.index, clause.left, c.first), pronoun: false }
  }
  for (let i = clause.left + 1; i < c.first; i++)
    if (is(v.tokens[i], W_PRONOUNS)) return resolvePronoun(c, /^(he|she)$/.test(v.tokens[i].text), i)
  // "The Secretary announced ...": an office named without its holder, opening the sentence, is the
  // person the previous sentence was about (a definite description used as "he" or "she").
  if (clause.left < 0 && v.tokens[0]?.text === 'the' && isAt(v.tokens[1], W_TITLE_WORDS)) {
    let k = 2
    while (isAt(v.tokens[k], W_TITLE_WORDS)) k++
    // Not "The president of Russia", "The Secretary-General": the office's own words go on.
    if (v.tokens[k]?.word && v.tokens[k].arg < 0 && !is(v.tokens[k], W_PREPS)) return resolvePronoun(c, true)
  }
  // "North Korea said it would stop ..., but warned ...": the verb after "but" shares the subject.
  if (found.length === 0 && clause.left > 0 && v.tokens[clause.left].text === 'but') {
    const k = clause.left
    return subjectOf({ ...c, first: k, last: k, clause: clauseOf(v, k, k), subject: undefined })
  }
  // "The ministry said the attacks were repelled and vowed retaliation", "the JCS said Saturday,
  // urging Pyongyang to stop": a verb coordinated with, or hanging on, the reporting verb has its subject.
  const before = v.tokens[c.first - 1]?.text
  if (found.length === 0 && (before === 'and' || before === ',') && clause.left >= 0) return resolvePronoun(c)
  // "sent a message on Thursday praising ...": a participle clause shares its sentence's subject.
  if (found.length === 0 && clause.left >= 0 && v.tokens[c.first].text.endsWith('ing'))
    return resolvePronoun(c)
  // "The navies of Japan, South Korea and the United States launched": an of-phrase subject.
  // Only a state's own people act for it: not "experts from South Korea" or "the wife of Ishiba".
  for (const f of found)
    if ((f.prep === 'of' || f.prep === 'from') && stateBodyBefore(v, prepIndex(v, f.arg)))
      return { args: coordinated(v, f.index, clause.left, c.first), pronoun: false }
  return { args: [], pronoun: false }
}

/** Participles naming what the act just told is ("calling them a warning", "describing it as"). */
const NAMING = set('calling describing branding labelling labeling dubbing terming')
/** The finite forms of NAMING, in a relative clause on the act ("drills, which Beijing called a warning"). */
const NAMED = set('called described branded labelled labeled dubbed termed')

/**
 * "China launched drills around Taiwan, calling them a stern warning to separatist forces": the trigger
 * is what a naming participle after a comma calls the act before it (its object a pronoun or a short
 * noun phrase, then "as" or an article and the trigger's modifiers). The participle's subject is the
 * sentence's, so the act's agent is the one who warns.
 */
export function namedAsActBefore(v: SentenceView, first: number): boolean {
  for (let k = first - 1, hops = 0; k > 0 && hops < 7; k--, hops++) {
    const t = v.tokens[k]
    if (!t.word) {
      if (t.text === "'" || t.text === '"') continue
      return false
    }
    if (NAMING.has(t.text)) return v.tokens[k - 1].text === ','
    // "staged drills around Taiwan, which the Eastern Theater Command called a stern warning": likewise.
    if (NAMED.has(t.text)) return relativeOnAct(v, k)
    if (t.arg >= 0 || is(t, W_VERBAL) || is(t, W_BE) || isReporting(t)) return false
  }
  return false
}

/**
 * "Yoon said Seoul could arm Ukraine if the troops join the fighting, a warning aimed squarely at Pyongyang": "a
 * warning" (at most two modifiers) in apposition after a comma, heading no noun of its own (the sentence ends, or
 * "aimed", "to", "that" ... follows), sums up the clause before it.
 */
export function warningInApposition(v: SentenceView, first: number): boolean {
  const { tokens } = v
  if (tokens[first].text !== 'warning') return false
  const next = tokens[first + 1]
  if (next?.word && !/^(aimed|directed|to|that|against|for)$/.test(next.text)) return false
  for (let k = first - 1; k > 1 && k >= first - 3; k--) {
    const t = tokens[k]
    if (t.text === 'a' || t.text === 'an') return tokens[k - 1].text === ','
    if (!t.word || t.arg >= 0 || is(t, W_VERBAL) || isReporting(t)) return false
  }
  return false
}

/**
 * ", which the Eastern Theater Command called", ", which Beijing described as": a relative clause opened by
 * ", which" whose subject (at most four words, an actor among them or not, no verb) names the act before the
 * comma with the verb at `verb`.
 */
function relativeOnAct(v: SentenceView, verb: number): boolean {
  for (let k = verb - 1; k > 1 && k >= verb - 5; k--) {
    const t = v.tokens[k]
    if (t.text === 'which') return v.tokens[k - 1].text === ',' && k < verb - 1
    if (!t.word || is(t, W_VERBAL) || isReporting(t)) return false
  }
  return false
}

/**
 * The argument before ", who", ", which" or ", whose" opening the relative clause that the comma at
 * `comma` closes (no other comma between), or -1.
 */
function relativeAntecedent(v: SentenceView, comma: number): number {
  const { tokens } = v
  for (let j = comma - 1; j >= 2; j--) {
    const w = tokens[j].text
    if (!tokens[j].word) {
      if (w !== "'" && w !== '-') return -1
      continue
    }
    if ((w === 'who' || w === 'which' || w === 'whose') && tokens[j - 1].text === ',') {
      const head = tokens[j - 2]
      // "North Korean soldiers, who ...,": a state body's head after its actor.
      return head.arg < 0 && is(head, W_STATE_BODIES) ? (tokens[j - 3]?.arg ?? -1) : head.arg
    }
  }
  return -1
}

/**
 * The argument at `first` is in a list opened by "from" after a noun that is no state body:
 * "Historians from Korea, Japan and China", "Presidents of 30 universities from South Korea, China and
 * Japan" (the countries describe where people come from; a name no actor reads, "Korea", may stand in
 * the list). Not "Officials from Japan and China".
 */
function describedList(v: SentenceView, first: number, left: number): boolean {
  for (let k = first - 1, names = 0; k > left && k >= first - 12; k--) {
    const t = v.tokens[k]
    if (t.text === 'from') return !stateBodyBefore(v, k)
    if (t.text === ',' || t.text === 'and' || t.arg >= 0) continue
    if (!t.word || ++names > 1) return false
  }
  return false
}

/** Heads of "the navies of Japan, South Korea and the U.S.": bodies that act for their state. */
const STATE_BODIES = new Set(
  (
    'pm prime president minister premier leader chancellor king emperor ambassador ambassadors envoy ' +
    'vice deputy secretary top senior state national navies navy militaries military forces armies ' +
    'army leaders ministers governments government officials delegations delegation delegates envoys ' +
    'troops soldiers diplomats representatives heads chiefs ministries ministry guards presidents ' +
    'premiers defence defense foreign coastguards fleets warships jets aircraft units commanders ' +
    'spokespeople spokespersons spokesman spokeswoman spokesperson marines sailors airmen pilots personnel ' +
    'commandos negotiators negotiator ' +
    // (Chinese and Russian bombers conducted a joint flight: warplanes fly for their state, as jets do.)
    'bombers bomber'
  ).split(' '),
)
const W_STATE_BODIES = classBit(STATE_BODIES)

/** Modifiers that make a state body's head a private one: "business leaders", "party delegations". */
const NON_STATE = set(
  'business industry industrial corporate company companies trade private civic church religious student ' +
    'students youth community union labour labor academic university football sports club',
)
const W_NON_STATE = classBit(NON_STATE)

/** The noun before a preposition heads a body that acts for its state ("leaders of", not "business leaders of"). */
function stateBodyBefore(v: SentenceView, prep: number): boolean {
  return isAt(v.tokens[prep - 1], W_STATE_BODIES) && !privateModifier(v, prep - 2)
}

/** Government posts a trade or industry portfolio names ("trade officials", "the industry minister"). */
const PORTFOLIO_HEADS = set(
  'officials minister ministers ministry negotiators negotiator envoy envoys representative',
)

/** A modifier making the next noun a private body's ("business leaders"), not a portfolio's post. */
function privateModifier(v: SentenceView, k: number): boolean {
  const t = v.tokens[k]
  if (!isAt(t, W_NON_STATE)) return false
  return !(/^(trade|industry)$/.test(t.text) && PORTFOLIO_HEADS.has(v.tokens[k + 1]?.text ?? ''))
}

const DEMONYM = /^(korean|japanese|chinese|american|u\.s\.|russian|ukrainian|taiwanese|european)$/

/** A demonym before a noun that is not a body of its state ("Chinese tourists", "Japanese PM's wife"). */
function describesOthers(v: SentenceView, a: Arg, trigger: number): boolean {
  if (a.possessive) return privateHead(v, a.last + 1, trigger)
  if (!DEMONYM.test(v.tokens[a.last].text)) return false
  let next = v.tokens[a.last + 1]
  // "Korean, Japanese business leaders", "South Korean and U.S. fighter jets": the list's last member.
  if ((next?.text === ',' || next?.text === 'and') && (v.tokens[a.last + 2]?.arg ?? -1) >= 0) {
    const member = v.args[v.tokens[a.last + 2].arg]
    if (member !== a && DEMONYM.test(v.tokens[member.last].text)) return describesOthers(v, member, trigger)
  }
  next = v.tokens[a.last + 1]
  if (!next?.word || next.arg >= 0 || is(next, W_VERBAL)) return false
  // "Japanese PM's wife": over the possessive to the head noun.
  const owner = next.text.endsWith("'s")
  if (!owner && is(next, W_STATE_BODIES)) return false
  // "Japanese business leaders", "Korean retailers' offensive": a private body's.
  if (is(next, W_NON_STATE) && a.last + 2 < trigger) return privateModifier(v, a.last + 1)
  const at = owner ? a.last + 2 : a.last + 1
  const head = v.tokens[at]
  // "U.S. fighter jets": a compound whose head is a state body.
  if (!owner && isAt(v.tokens[at + 1], W_STATE_BODIES) && at + 1 < trigger) return false
  return (
    at < trigger && head?.word === true && head.arg < 0 && !is(head, W_STATE_BODIES) && !is(head, W_VERBAL)
  )
}

/** Heads of private bodies: "Japan's two biggest banks", "talks with business leaders". */
const PRIVATE_HEADS = set(
  'banks bank lenders companies company firms firm automakers carmakers chipmakers retailers exporters ' +
    'conglomerates executives ceos businesses business investors shipbuilders insurers airlines dealers ' +
    'distributors suppliers buyers customers clients startups',
)

/** A private body's head within three words from i, before the trigger, with no actor between. */
function privateHead(v: SentenceView, i: number, trigger: number): boolean {
  for (let k = i; k < Math.min(trigger, i + 4); k++) {
    const t = v.tokens[k]
    if (!t.word || t.arg >= 0) return false
    if (PRIVATE_HEADS.has(t.text)) return true
    if (is(t, W_STATE_BODIES) || is(t, W_VERBAL)) return false
  }
  return false
}

/** Modifiers of "meeting" naming one government's or party's own body (not "Security Council meeting"). */
const INTERNAL_BODIES = set('party plenary plenum cabinet politburo security caucus')
const W_INTERNAL_BODIES = classBit(INTERNAL_BODIES)

/**
 * "called for ... at a party meeting", "spoke at a forum": the meeting is where another act happened,
 * not an act itself.
 */
export function meetingAsPlace(v: SentenceView, first: number): boolean {
  // A summit attended abroad is the news (taxonomy rule 5); a meeting is a place.
  if (!/^meetings?$/.test(v.tokens[first].text)) return false
  // "a year-end party meeting", "convened an emergency security meeting": one government's own body
  // meets (a party, a cabinet, a national security council), no talks between states.
  if (isAt(v.tokens[first - 1], W_INTERNAL_BODIES)) return true
  for (let k = first - 1, hops = 0; k >= 0 && hops < 4; k--, hops++) {
    const t = v.tokens[k]
    if (!t.word || t.arg >= 0) return false
    if (t.text === 'at') return true
    if (!is(t, W_DETERMINERS) && (is(t, W_PREPS) || is(t, W_VERBAL) || is(t, W_SUPPORT))) return false
  }
  return false
}

/** Places a weapon is aimed at in a war: a town, a facility, a block of homes (not a test range). */
const STRUCK_PLACES = set(
  'city cities town towns village villages facility facilities residential infrastructure positions ' +
    'kharkiv kyiv odesa zaporizhzhia dnipro sumy',
)
/** Verbs of firing a weapon. */
const FIRING_VERB = /^(fire|fired|fires|firing|launch|launched|launches|launching)$/
const MISSILE_NOUN = /^missiles?$/
/** The trigger words of a launch that can be fired at a target: a firing verb or the missile noun. */
const firing = (word: string) => FIRING_VERB.test(word) || MISSILE_NOUN.test(word)
/** After "at": the time, a range or a site of a launch, not a target ("at 7:10", "at a training area", "at sea"). */
const LAUNCH_AT =
  /^(\d.*|least|around|about|dawn|night|noon|sea|training|range|site|station|pad|angle|altitude|test)$/

/**
 * "Russia fired North Korean missiles at Kharkiv", "launched 400 drones and 18 missiles at Ukraine", "fired
 * ATACMS missiles at a military facility": a missile fired at a target in a war is a strike (attack-clash),
 * not a launch or a test (round fourteen; the harm words of the taxonomy catch only "... killing four").
 * The struck country (the party after "at": "at Ukrainian cities"; -1 for a place only, "at Kharkiv") when
 * the trigger (at `last`) is a firing word and "at" follows it in its clause with a country or a struck place
 * after it; null when it is not fired at a target.
 */
export function firedAtTarget(
  v: SentenceView,
  last: number,
  country: (p: number) => boolean,
  aimed = false,
): number | null {
  const { tokens } = v
  if (!firing(tokens[last].text)) return null
  for (let k = last + 1; k < tokens.length && k <= last + 12; k++) {
    const t = tokens[k]
    if (!t.word && !/^['"\u2018\u2019\u201c\u201d-]$/.test(t.text)) return null
    // ("fired on a guard post", not "fired on Monday": a time after "on" is no target.)
    if (aimed && t.text === 'on' && !ON_TIME.test(tokens[k + 1]?.text ?? '')) {
      for (let j = k + 1; j < tokens.length && j <= k + 6 && tokens[j].word; j++) {
        const u = tokens[j]
        if (u.arg >= 0 && !v.args[u.arg].venue) {
          const struck = v.args[u.arg].parties.find(country)
          if (struck !== undefined) return struck
        }
        if (j > k + 1 && (is(u, W_PREPS) || is(u, W_VERBAL))) break
      }
      return -1
    }
    if (t.text !== 'at') continue
    for (let j = k + 1; j < tokens.length && j <= k + 6; j++) {
      const u = tokens[j]
      // (The target may end the clause: "at a Philippine supply boat.")
      if (!u.word && aimed && j > k + 1) break
      if (!u.word || LAUNCH_AT.test(u.text)) return null
      // (A projectile aimed at a named place strikes its country: "drones at the Moscow region".)
      if (u.arg >= 0 && (aimed || !v.args[u.arg].venue)) {
        const struck = v.args[u.arg].parties.find(country)
        if (struck !== undefined) return struck
      }
      if (STRUCK_PLACES.has(u.text)) return placeIn(v, j, country)
      if (j > k + 1 && (is(u, W_PREPS) || is(u, W_VERBAL))) break
    }
    // (A projectile fired at anything else strikes a place or a thing: "at a Philippine fisheries vessel".)
    return aimed ? -1 : null
  }
  return null
}

/** After "on": a time or an occasion, not what is fired on ("fired on Monday", "on the anniversary"). */
const ON_TIME = new RegExp(
  '^(\\d.*|last|early|late|(mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|' +
    'april|may|june|july|august|september|october|november|december|state|orders?|behalf|purpose)$',
)

/** What is fired at someone in a fight, beside missiles (the launch path's): shells, rounds, drones, a cannon. */
const AIMED_PROJECTILE =
  /^(rockets?|projectiles?|shells?|rounds|drones?|artillery|torpedo(e?s)?|bullets?|grenades?|mortars?|cannons?|them)$/

/**
 * "Russian forces fired them at Kharkiv", "fired machine-gun rounds at its soldiers", "launched a wave of drones
 * at the Moscow region", "fired water cannon at a Philippine vessel", "its soldiers had fired on a guard post": a
 * firing verb (the trigger, at `last`) whose object is a projectile other than a missile, or none ("fired on"),
 * aimed at someone is a strike (t17 t19 t70); the struck country as firedAtTarget gives it, else null.
 * Not "fired a shot at goal", "fired back at critics", "fired a salvo at the government": the object's head must
 * be a projectile. Missiles stay with the launch trigger (firedAtTarget there), so one strike makes one record.
 */
export function projectileFiredAt(
  v: SentenceView,
  last: number,
  country: (p: number) => boolean,
): number | null {
  const { tokens } = v
  if (!FIRING_VERB.test(tokens[last].text)) return null
  let head = ''
  for (let k = last + 1; k < tokens.length && k <= last + 10; k++) {
    const t = tokens[k]
    if (t.text === 'at' || t.text === 'on') break
    if (!t.word) {
      if (t.text === '-') continue
      return null
    }
    if (MISSILE_NOUN.test(t.text)) return null
    if (t.text !== 'of') head = t.text
  }
  if (head !== '' && !AIMED_PROJECTILE.test(head)) return null
  // (No object: only "fired on", not "a live launch on Japanese territory"; "fired at" is its own trigger.)
  if (head === '' && (tokens[last + 1]?.text !== 'on' || !/^fir/.test(tokens[last].text))) return null
  return firedAtTarget(v, last, country, true)
}

/**
 * "A drone hit the dome", "its naval drones had sunk the landing ship", "shells hit a school": a projectile right
 * before the verb at `first` (past an auxiliary) is what struck; not "tariffs hit exports", "the ferry sank".
 */
export function projectileSubject(v: SentenceView, first: number): boolean {
  let k = first - 1
  if (/^(had|have|has)$/.test(v.tokens[k]?.text ?? '')) k--
  const w = v.tokens[k]?.text ?? ''
  return w !== 'them' && (AIMED_PROJECTILE.test(w) || MISSILE_NOUN.test(w))
}

/** "a military facility in Russia's Bryansk region": the country a struck place (at `place`) is in, else -1. */
function placeIn(v: SentenceView, place: number, country: (p: number) => boolean): number {
  const { tokens } = v
  if (tokens[place + 1]?.text !== 'in') return -1
  for (let j = place + 2; j < tokens.length && j <= place + 4 && tokens[j].word; j++) {
    const a = tokens[j].arg >= 0 ? v.args[tokens[j].arg] : null
    const struck = a?.parties.find(country)
    if (struck !== undefined) return struck
  }
  return -1
}

/**
 * "Russia had fired dozens of North Korean-made ballistic missiles at ...": a missile noun (`first` to `last`)
 * after a firing verb in its clause (from `left`) is that verb's object, its qualifier the maker, not who fires it.
 */
export function firedObject(v: SentenceView, first: number, last: number, left: number): boolean {
  if (!MISSILE_NOUN.test(v.tokens[last].text)) return false
  for (let k = first - 1; k > left && k >= first - 8; k--) if (FIRING_VERB.test(v.tokens[k].text)) return true
  return false
}

/** Heads of what a firing verb fires: a projectile, a weapon or a count or pronoun standing for one. */
const FIRED_HEAD = new RegExp(
  '^(missiles?|rockets?|projectiles?|satellites?|icbms?|slbms?|srbms?|irbms?|warheads?|shells?|rounds?|salvos?|' +
    'barrages?|vehicles?|boosters?|torpedo(e?s)?|drones?|artillery|weapons?|interceptors?|launchers?|' +
    'it|them|one|what|some|more|others?|another|dozens|several)$',
)
/** Words closing a firing verb's object: a conjunction, a relative word or a time ("launch X as", "X late Tuesday"). */
const OBJECT_END = new RegExp(
  '^(and|or|but|as|while|that|which|who|when|after|before|amid|has|have|had|' +
    'late|early|earlier|again|last|next|yesterday|today|tonight|overnight|' +
    'week|weekend|month|year|morning|afternoon|evening|night|' +
    '(mon|tues|wednes|thurs|fri|satur|sun)day)$',
)

/**
 * "US, South Korea launch Nuclear Consultative Group", "launch real-time missile warning data sharing", "chipmakers
 * launch a rebound", "the Vostochny space launch centre": a firing word (verb, or the noun before another) whose
 * object's head is no projectile, nor a count or a designation ("fired two", "launched a Hwasong-18"), starts a
 * body, a scheme or a rally, or names a place: no launch (tu t43 t61 t62). The cue the taxonomy asks for
 * ("ballistic", "missile") may sit elsewhere in the sentence or inside the object. Only words right after it: not
 * "fired off the coast", "launched by", "the launch of a satellite", "fired Friday morning".
 */
export function launchedOtherThing(v: SentenceView, first: number, last: number): boolean {
  const { tokens } = v
  if (first !== last || !FIRING_VERB.test(tokens[last].text)) return false
  let head = ''
  for (let k = last + 1; k < tokens.length && k <= last + 8; k++) {
    const t = tokens[k]
    if (!t.word) {
      if (t.text === '-' && head !== '') continue
      break
    }
    // (A verb after the noun ends it: "no launch had taken place".)
    if (is(t, W_PREPS) || is(t, W_BE) || is(t, W_MODALS) || OBJECT_END.test(t.text) || isReporting(t)) break
    head = t.text
  }
  return head !== '' && !/\d/.test(head) && !FIRED_HEAD.test(head) && !DETERMINERS.has(head)
}

/** Verbs of calling or chairing a meeting of one's own government: "convened", "chairs", "presided over". */
const CONVENING = /^(convene[sd]?|convening|chair|chairs|chaired|chairing|presides|presided|presiding)$/

/**
 * "Yoon convened an emergency meeting on flood damage", "Putin chairs Security Council meeting",
 * "presided over a cabinet meeting": a leader or an office calls or chairs its own government's meeting,
 * no talks between states (round fourteen). Not a meeting with another party ("convene a trilateral
 * meeting with Japan"), nor one an international body convenes (the UN Security Council's is its session):
 * `organisation` tells whether an actor is neither a person nor a country.
 */
export function convenedMeeting(
  v: SentenceView,
  first: number,
  organisation: (p: number) => boolean,
): boolean {
  const { tokens } = v
  if (!/^meetings?$/.test(tokens[first].text)) return false
  if (/^(with|between)$/.test(tokens[first + 1]?.text ?? '')) return false
  for (let k = first - 1, hops = 0; k >= 0 && hops < 5; k--, hops++) {
    const t = tokens[k]
    if (!t.word) return false
    if (/^(trilateral|bilateral|summit|joint|summits)$/.test(t.text)) return false
    if (t.text === 'over' && /^presid/.test(tokens[k - 1]?.text ?? '')) continue
    if (!CONVENING.test(t.text)) {
      if (t.arg < 0 && (is(t, W_PREPS) || is(t, W_VERBAL) || is(t, W_SUPPORT))) return false
      continue
    }
    // The one who convenes: the nearest actor before the verb.
    for (let j = k - 1; j >= 0; j--) {
      const a = tokens[j].arg
      if (a >= 0) return !organisation(v.args[a].parties[0])
    }
    return true
  }
  return false
}

/** A demonym or possessive over a private body: "Japanese automakers", "Korea's business leaders". */
function privateBody(v: SentenceView, a: Arg): boolean {
  if (a.first < 0) return false
  const next = v.tokens[a.last + 1]
  if (!next?.word || next.arg >= 0) return false
  if (!a.possessive && !DEMONYM.test(v.tokens[a.last].text)) return false
  return privateModifier(v, a.last + 1) || privateHead(v, a.last + 1, v.tokens.length)
}

/** "held talks with business leaders", "met company executives": the partner is a private body. */
export function privatePartner(v: SentenceView, last: number): boolean {
  for (let k = last + 1; k < Math.min(v.tokens.length, last + 4); k++) {
    const w = v.tokens[k].text
    if (w === 'with' || w === 'between') return privateHead(v, k + 1, v.tokens.length)
    if (!v.tokens[k].word || v.tokens[k].arg >= 0) return false
  }
  return false
}

/** Nouns a company's name or description ends in ("Korean Air", "Japan's largest power generator"). */
const FIRM_NAME_HEADS = set(
  'air airline airlines aerospace carrier carriers generator utility utilities division developer developers ' +
    'group corp corporation inc ltd motor motors electronics industries shipbuilding steel telecom',
)

/**
 * "Korean Air and Japan Airlines signed a codeshare pact", "JERA, Japan's largest power generator, signed
 * purchase agreements": each party before the trigger is a country's name or demonym on a company's noun
 * (within four words, no verb between), so the pact (or the talks) is between firms, no interstate act.
 * A party that is itself a firm ("Hanwha Aerospace signs ... deal with Poland": a company form of its
 * country among the sentence's `mentions`, or a name ending in a company's noun) counts as one; with no party
 * before the trigger, a subject that is a firm's name ("Korean Air and Japan Airlines signed ..., deepening
 * their alliance on routes between Seoul, Tokyo": the cities after it are no parties) makes the act the firms'
 * (t17 t80).
 */
export function firmsSign(v: SentenceView, first: number, mentions: readonly ActorMention[]): boolean {
  const { tokens } = v
  let firms = 0
  let parties = 0
  for (const a of v.args) {
    if (a.venue || a.first < 0 || a.last >= first) continue
    parties++
    if (companyForm(mentions, v, a) || FIRM_NAME_HEADS.has(tokens[a.last].text)) {
      firms++
      continue
    }
    let firm = false
    for (let k = a.last + 1; k < Math.min(first, a.last + 5); k++) {
      const t = tokens[k]
      if (
        t.word &&
        t.arg < 0 &&
        (PRIVATE_HEADS.has(t.text) || FIRM_NAME_HEADS.has(t.text.replace(/'s$/, '')))
      ) {
        firm = true
        break
      }
      if (!t.word || t.arg >= 0 || is(t, W_VERBAL) || is(t, W_STATE_BODIES)) break
    }
    if (!firm) return false
    firms++
  }
  return firms > 0 || (parties === 0 && firmSubject(v, first))
}

/** The sentence's subject, before its first verb and the trigger, holds a capitalised company name's noun. */
function firmSubject(v: SentenceView, first: number): boolean {
  const { tokens } = v
  for (let k = 0; k < first; k++) {
    const t = tokens[k]
    if (!t.word) continue
    if (is(t, W_VERBAL)) return false
    const c = v.t.source.charCodeAt(v.t.orig[t.start])
    // (Not "Air Force": a state's arm.)
    if (FIRM_NAME_HEADS.has(t.text) && c >= 0x41 && c <= 0x5a && tokens[k + 1]?.text !== 'force') return true
  }
  return false
}

/**
 * A pronoun subject (at `at`, when the clause shows it): the speaker of "X said it would", else the subject of
 * the previous sentence, else the one actor of the pronoun's kind the last sentence named (namedBefore).
 */
function resolvePronoun(c: EnContext, person = false, at = -1): { args: Arg[]; pronoun: boolean } {
  const { v, clause } = c
  if (clause.left >= 0) {
    let last: Arg | null = null
    // "he"/"she" is a person, named as subject or as an agent ("China was urged by Blinken ..., as he met").
    let subject: Arg | null = null
    // "The leaders agreed ..., and Trump said he would": a group is no "he".
    for (const f of argsIn(v, -1, clause.left))
      if (
        person ? c.isPerson(f.arg.parties[0]) && f.arg.parties.length === 1 : f.prep === null && !f.arg.venue
      ) {
        last = f.arg
        // "Takaichi ... named Motegi as foreign minister, weeks after she won": the person who is a
        // subject (no preposition, first of the sentence) over a later object.
        if (person && f.prep === null && !subject && f.arg.first === firstArgStart(v)) subject = f.arg
      }
    if (subject ?? last) return { args: [(subject ?? last) as Arg], pronoun: true }
  }
  const before = namedBefore(c, person, at)
  if (c.previousSubject >= 0 || before >= 0)
    return {
      args: [
        {
          first: -1,
          last: -1,
          parties: [before >= 0 ? before : c.previousSubject],
          venue: false,
          possessive: false,
          kase: 0,
          particle: '',
          prefixTarget: false,
        },
      ],
      pronoun: true,
    }
  return { args: [], pronoun: true }
}

/**
 * "Hegseth arrived in Seoul. He said ...": "he"/"she" after a sentence telling no event of a person, or one whose
 * record had a state act, is the one person that sentence named; "The ministry of X issued a statement. It warned
 * ...": "it" speaking or acting (its verb next) after a sentence with no record is the one state or organisation
 * named. Not two of the kind ("Kim met Putin. He said"), not a pronoun inside a quotation (t8 t27 t31 t37 t47 t87).
 */
function namedBefore(c: EnContext, person: boolean, at: number): number {
  if (at >= 0 && quotationOpening(c.v, at) >= 0) return -1
  if (person && c.isPerson(c.previousSubject)) return -1
  // "A JCS spokesperson said ... \"We will respond,\" he warned": with no person named in the article, "he" is the
  // unnamed official who spoke for the body or state that reported the sentence before.
  if (person && !c.personNamed && c.previousSpeaker >= 0) return c.previousSpeaker
  // "Kim Yo Jong said Pyongyang would not talk with Tokyo ... She said ...": the person who reported it.
  if (person) return c.isPerson(c.previousSpeaker) ? c.previousSpeaker : c.previousPerson
  const verb = c.v.tokens[at + 1]?.text === 'also' ? at + 2 : at + 1
  const speaks =
    at >= 0 && (verb === c.first || (c.v.tokens[verb] !== undefined && isReporting(c.v.tokens[verb])))
  if (c.v.tokens[at]?.text !== 'it' || !speaks) return -1
  // "..., KCNA said in a commentary. It said ...": the agency (the state it speaks for) goes on reporting.
  if (c.previousSpeaker >= 0 && !c.isPerson(c.previousSpeaker)) return c.previousSpeaker
  return c.previousSubject < 0 ? c.previousBody : -1
}

/**
 * "It said the South would be held responsible": who reports the trigger's clause when a pronoun is the reporting
 * verb's subject (the pronoun resolved as resolvePronoun does), else -1.
 */
export function pronounReporter(c: EnContext): number {
  const { v } = c
  for (let k = c.first - 1; k > 0; k--) {
    if (!isReporting(v.tokens[k])) continue
    const at = v.tokens[k - 1].text === 'also' ? k - 2 : k - 1
    if (at < 0 || !is(v.tokens[at], W_PRONOUNS)) return -1
    const reporting = { ...c, first: k, last: k, clause: clauseOf(v, k, k), subject: undefined }
    return firstParty(resolvePronoun(reporting, /^(he|she)$/.test(v.tokens[at].text), at).args[0])
  }
  return -1
}

const firstParty = (a: Arg | undefined | null) => (a ? a.parties[0] : -1)

/** Where the sentence's first argument starts (its grammatical subject, most often), or -1. */
function firstArgStart(v: SentenceView): number {
  for (const t of v.tokens) if (t.arg >= 0) return v.args[t.arg].first
  return -1
}

/** Nouns an act word modifies to name a kind of thing: "attack drones", "strike aircraft", "combat jets". */
const WEAPON_HEADS = set(
  'drone drones helicopter helicopters submarine submarines aircraft jet jets plane planes boat boats craft ' +
    'vehicle vehicles dog dogs rifle rifles capability capabilities units unit',
)
const ACT_WORDS = set('attack strike assault combat')

const SAYING = set('mentioning naming citing referring addressing specifying elaborating commenting')

/**
 * "..., without mentioning any drills", "without naming North Korea's launch": what a report says was
 * not said is neither told nor denied; the trigger is no event of the sentence.
 */
export function leftUnsaid(v: SentenceView, first: number): boolean {
  for (let k = first - 1, hops = 0; k > 0 && hops < 6; k--, hops++) {
    const t = v.tokens[k]
    if (!t.word) return false
    if (SAYING.has(t.text)) return v.tokens[k - 1].text === 'without'
  }
  return false
}

/**
 * Verbs of a pledge: "pledged to restore trust with Washington". (Not "vowed": a threat-warning trigger, whose
 * record a statement's on the same word would take the place of.)
 */
const PLEDGES = set('pledged pledges pledging')
/** A pledge about talks is an offer to meet (meeting-summit); one to "each other" is the parties' agreement. */
const NOT_A_POLICY = set('summit summits talks meeting meetings other')
/** An offer of readiness to meet is a meeting offered (meeting-summit); one to strike is a threat. */
const NOT_AN_OFFER = set('meet dialogue negotiate negotiations talk strike attack fight retaliate respond')
/** Words through which a pledged policy is aimed at an actor: "with Pyongyang", "pressing Washington". */
const TOWARD = set('with toward towards press pressing')
/** Punctuation that ends the pledge's clause. */
const CLAUSE_END = set(', . ; : —')

/**
 * "he had been told he was going to a training exercise", "said he had been told he was being sent to a training
 * exercise": where a soldier was told he was going is a pretext he was given, no drill (t19 t89).
 */
export function toldDestination(v: SentenceView, first: number): boolean {
  const { tokens } = v
  let k = first - 1
  while (k > 0 && /^(a|an|the|training|military)$/.test(tokens[k].text)) k--
  if (tokens[k]?.text !== 'to' || !/^(going|sent|taken|heading|headed)$/.test(tokens[k - 1]?.text ?? ''))
    return false
  for (let j = k - 2; j >= 0 && j >= k - 8; j--) if (tokens[j].text === 'told') return true
  return false
}

/** Words of a hope or pledge whose content a dialogue may be ("pledged to seek", "hoped to reopen"). */
const HOPING = /^(pledg|promis|hope|hoping|vow)/

/**
 * "Lee pledged to seek a restoration of dialogue with Pyongyang", "pledges to reopen dialogue with North", "he hoped
 * eventually to reopen dialogue", "marks anniversary with call for dialogue": a dialogue hoped or pledged for, with no
 * talks proposed, is an aim (speculative: t30 t40 t46); not "urged Pyongyang to return to dialogue" nor "ready to
 * resume dialogue" (the gold reads some of those as an offer).
 */
export function dialogueHoped(v: SentenceView, first: number): boolean {
  const { tokens } = v
  if (tokens[first].text !== 'dialogue') return false
  for (let k = first - 1; k >= 0 && k >= first - 9; k--) {
    const w = tokens[k].text
    if (CLAUSE_END.has(w)) return false
    if (HOPING.test(w)) return true
    if (w === 'call' && /^(with|a)$/.test(tokens[k - 1]?.text ?? '') && tokens[k + 1]?.text === 'for')
      return true
  }
  return false
}

/** Words of readiness an offer is stated with: "Kyiv was ready to hand them over", "is willing to help". */
const READINESS = set('ready willing')
/** Verbs that state a readiness ("was ready", "remains willing", "stood ready"). */
const READY_VERBS = set("is was are were 's remains remained stands stood")

/** "said Kyiv was ready to hand them over to Kim": a readiness stated after a verb of being, before "to". */
const statesReadiness = (v: SentenceView, first: number) =>
  READINESS.has(v.tokens[first].text) &&
  v.tokens[first + 1]?.text === 'to' &&
  (READY_VERBS.has(v.tokens[first - 1]?.text ?? '') || READY_VERBS.has(v.tokens[first - 2]?.text ?? ''))

/** A readiness no verb states ("would be ready to", "to be ready to", "still willing to"): no offer. */
export const readinessUnstated = (v: SentenceView, first: number) =>
  READINESS.has(v.tokens[first].text) && !statesReadiness(v, first)

/** Is the trigger a verb of a pledge, or a readiness stated (read by pledgedToward alone)? */
export const isPledge = (v: SentenceView, first: number) =>
  PLEDGES.has(v.tokens[first].text) || statesReadiness(v, first)

/**
 * "Lee pledged to seek a restoration of dialogue with Pyongyang", "Ishiba pledged that Japan would continue to
 * stand with Ukraine": a pledged policy toward another actor is a position aimed at it, the actor its clause
 * names after "with", "toward" or "pressing", of another country than the pledger's (`own`). -1 when none,
 * when the pledge is about talks (an offer to meet) or shared ("pledged to help each other").
 */
export function pledgedToward(v: SentenceView, first: number, own: (p: number) => boolean): number {
  const { tokens } = v
  const next = tokens[first + 1]?.text
  if (next !== 'to' && next !== 'that') return -1
  // "ready to hand them over to Kim Jong Un": an offer is aimed at whom it names after "to", else its object.
  const ready = READINESS.has(tokens[first].text)
  let object = -1
  for (let k = first + 2; k < tokens.length && k < first + 20; k++) {
    const t = tokens[k]
    if (CLAUSE_END.has(t.text) || NOT_A_POLICY.has(t.text) || (ready && NOT_AN_OFFER.has(t.text))) break
    if (ready && object < 0 && t.arg >= 0 && !v.args[t.arg].venue && !own(v.args[t.arg].parties[0]))
      object = v.args[t.arg].parties[0]
    if (!TOWARD.has(t.text) && !(ready && t.text === 'to')) continue
    const n = tokens[k + 1]?.text === 'the' ? k + 2 : k + 1
    const a = tokens[n]?.arg ?? -1
    if (a >= 0 && !v.args[a].venue && !own(v.args[a].parties[0])) return v.args[a].parties[0]
  }
  return object
}

/** Verbs that voice a feeling (single-word statement triggers in the taxonomy) and the feelings they voice. */
const VOICING = set('expressed expressing voiced voicing raised')
const VOICED_FEELINGS = set('concern concerns dissatisfaction displeasure')

/**
 * "expressed 'grave concern' over the treaty", "voiced serious concern", "raised concerns about China's drills":
 * a verb of voicing is a statement only with a concern or displeasure as its object, over quotes and at most three
 * words ("raised tariffs amid concerns" voices none). True when the trigger is such a verb alone without one (a
 * phrase trigger, "expressed regret", names its feeling).
 */
export function voicesNoConcern(v: SentenceView, first: number, last: number): boolean {
  const { tokens } = v
  if (first !== last || !VOICING.has(tokens[first].text)) return false
  for (let k = first + 1; k <= first + 4 && k < tokens.length; k++) {
    const t = tokens[k]
    if (VOICED_FEELINGS.has(t.text)) return false
    if (t.word ? t.arg >= 0 : !QUOTE.test(t.text)) return true
  }
  return true
}

/** Verbs of naming another by a label ("branded South Korea a hostile state", "describing the U.S. as"). */
const LABELLING = set(
  'branded brands branding described describes describing labelled labeled labelling labeling dubbed',
)
/** Words after the one labelled that open the label: "as", an article or a possessive, a quote. */
const LABEL_OPENING = /^(as|a|an|the|its|their|["'\u201c\u2018])$/

/**
 * "He also branded South Korea a hostile state", "describing the United States as 'the most reactionary state'",
 * "North Korea brands G7 'club of aggressors'": an actor named by a label is the target of its labeller's position
 * (t30 t57 t87); not "described the flights as", "described North Korea's programme as" (a thing labelled), "was
 * described as". True when the trigger is such a verb with no actor right after it, then the label.
 */
export function labelsNoActor(v: SentenceView, first: number): boolean {
  const { tokens } = v
  // ("self-described": the trigger's word may end a hyphenated token.)
  if (!LABELLING.has(tokens[first].text.split('-').pop() ?? '')) return false
  const k = tokens[first + 1]?.text === 'the' && (tokens[first + 2]?.arg ?? -1) >= 0 ? first + 2 : first + 1
  const a = tokens[k]?.arg ?? -1
  if (a < 0 || v.args[a].possessive || v.args[a].venue) return true
  return !LABEL_OPENING.test(tokens[v.args[a].last + 1]?.text ?? '')
}

/** Adverbs of a stated backing ("fully supports", "unconditionally supported", "firmly support"). */
const BACKING = set('fully unconditionally firmly')
/** Words between a backer and its adverb: "Pyongyang would unconditionally support", "Moscow 'fully supports'". */
const BACKING_GAP = /^(would|will|["'\u201c\u2018])$/

/** Is the trigger a backing ("fully supports"; not "firmly opposes", another statement trigger)? */
export const isBacking = (v: SentenceView, first: number) =>
  BACKING.has(v.tokens[first].text) && /^support/.test(v.tokens[first + 1]?.text ?? '')

/**
 * "Lavrov said Moscow fully supported Pyongyang's position", "Kim told Lavrov that Pyongyang would unconditionally
 * support all measures": a backing is a state's position when its own speaker (`speaker`, reporting the sentence)
 * voices it, the backer being the argument right before the adverb (over "would" and quotes) and of the speaker's
 * country; not "Russia has fully supported the programme, analysts say", "voters fully support the plan" (t75 t83
 * t98). True when the trigger is such a backing not so voiced.
 */
export function backingUnvoiced(
  v: SentenceView,
  first: number,
  speaker: number,
  countryOf: (a: number) => number,
) {
  const { tokens } = v
  if (!isBacking(v, first)) return false
  let k = first - 1
  while (k > 0 && BACKING_GAP.test(tokens[k].text)) k--
  const backer = tokens[k]?.arg ?? -1
  return speaker < 0 || backer < 0 || countryOf(v.args[backer].parties[0]) !== countryOf(speaker)
}

/**
 * "Moscow fully supported Pyongyang's position", "would unconditionally support all measures taken by the Russian
 * leadership": the one backed is the first actor the clause names after the backing of another country than the
 * speaker's, or -1.
 */
export function backedActor(
  v: SentenceView,
  first: number,
  speaker: number,
  countryOf: (a: number) => number,
) {
  const { tokens } = v
  for (let k = first + 2; k < tokens.length && !CLAUSE_END.has(tokens[k].text); k++) {
    const a = tokens[k].arg
    if (a >= 0 && !v.args[a].venue && countryOf(v.args[a].parties[0]) !== countryOf(speaker))
      return v.args[a].parties[0]
  }
  return -1
}

/**
 * "Pyongyang has 'no interest' in any proposal from Seoul", "is not interested in dialogue": a rejection only
 * with what is rejected after "in" (over a closing quote); not "no interest rates", "we are not interested,".
 * True when the trigger is "no interest" or "not interested" without it.
 */
export function interestInNothing(v: SentenceView, last: number): boolean {
  const { tokens } = v
  if (!/^interest(ed)?$/.test(tokens[last].text)) return false
  let k = last + 1
  while (k < tokens.length && QUOTE.test(tokens[k].text)) k++
  return tokens[k]?.text !== 'in'
}

/** Verbs that send a message to its addressee (named as their first object). */
const SENDING = set(
  'sent send sends sending conveyed convey conveys offered offer offers extended extend extends',
)
/** Words that may open a message's noun phrase: "a message of condolence", "his deepest condolences". */
const MESSAGE_OPENERS = set('a an his her their its the deep deepest sincere heartfelt warm')

/**
 * "Putin has sent Kim Jong Un condolences", "sent Xi a congratulatory message": the actor between a verb of
 * sending and the message noun is whom the message is addressed to; the sender is the actor before the verb
 * (over an auxiliary: "has sent"), if named. Null when the words do not read so.
 */
export function addressedMessage(
  v: SentenceView,
  first: number,
): { sender: number; recipient: number } | null {
  const { tokens } = v
  let k = first - 1
  for (let hops = 0; k >= 0 && tokens[k].arg < 0; k--, hops++)
    if (hops >= 2 || !MESSAGE_OPENERS.has(tokens[k].text)) return null
  if (k < 0) return null
  const a = v.args[tokens[k].arg]
  const verb = a.first - 1
  if (a.venue || a.possessive || !SENDING.has(tokens[verb]?.text ?? '')) return null
  let j = verb - 1
  if (/^(has|have|had|also)$/.test(tokens[j]?.text ?? '')) j--
  const by = j >= 0 ? tokens[j].arg : -1
  const sender = by >= 0 && !v.args[by].venue ? v.args[by].parties[0] : -1
  return sender === a.parties[0] ? null : { sender, recipient: a.parties[0] }
}

/** Modals of obligation: "said Tokyo must retract", "says South Korea should pay". */
const OBLIGATION = set('should must')

/** Is the trigger a modal of obligation (read by obligedBy alone)? */
export const isObligation = (v: SentenceView, first: number) => OBLIGATION.has(v.tokens[first].text)

/**
 * "Wang Yi said Tokyo must retract the remarks", "Trump says South Korea should pay much more": a report
 * that another actor should or must act is its reporter's demand aimed at that actor. Null unless the
 * modal's subject is an actor right before it (not a possessor: "South Korea's attack must"), after a
 * reporting verb (over "that" and a few words: "told reporters on Sunday") whose subject is an actor of
 * another country ("Kim said the country's nuclear force must grow" is no demand of anyone).
 */
export function obligedBy(v: SentenceView, first: number, countryOf: (p: number) => number): EnRoles | null {
  const { tokens } = v
  const k = tokens[first - 1]?.arg ?? -1
  if (k < 0) return null
  const a = v.args[k]
  if (a.venue || a.possessive || a.last !== first - 1) return null
  let r = a.first - 1
  if (tokens[r]?.text === 'that') r--
  for (let hops = 0; r >= 0 && !isReporting(tokens[r]); r--, hops++)
    if (hops >= 3 || !tokens[r].word || tokens[r].arg >= 0) return null
  if (r < 0) return null
  for (let j = r - 1, hops = 0; j >= 0 && hops < 6; j--, hops++) {
    const t = tokens[j]
    if (!t.word) return null
    if (t.arg < 0) continue
    const speaker = v.args[t.arg]
    if (speaker.venue || countryOf(speaker.parties[0]) === countryOf(a.parties[0])) return null
    return { source: speaker.parties[0], target: a.parties[0], pronounSource: false }
  }
  return null
}

/** Verbs by which a reported clause judges an act: "said the vote showed ...", "said the deployment marked ...". */
const JUDGING = set('showed shows marked marks')
/** Verbs of naming: "called the veto an attempt" (and namedInPassing). */
const CALL_VERBS = set('called calls calling')
/** What an act is judged to be, after "was"/"is": "said the veto was an attempt to ...", "was meant to ...". */
const JUDGED_AS = set('an meant')
/** Verbs of being before what an act is judged to be. */
const JUDGED_BE = set('was is were are')
/** Words that open a definite noun phrase naming a thing: "the strikes", "its veto", "this move". */
const DEFINITE = set('the its their this')
/** Evidence, no act: "said the images showed ...", "said the data showed ..." report a finding. */
const EVIDENCE = set(
  'images imagery photos photographs pictures footage video videos data figures statistics records documents ' +
    'report reports survey surveys poll polls analysis samples readings tests evidence',
)
/** A count, no judgement: "said the launch marked the first ...", "showed its 10th ...". */
const COUNTED = /^(first|second|third|fourth|fifth|sixth|seventh|latest|last|\d+(st|nd|rd|th))$/

/** The outcome of a vote, judged by the clause it opens: "said the result cannot stop ...". */
const OUTCOME = set('result')

/** Is the trigger a verb by which a reported clause judges an act, what the act is judged to be, or its outcome? */
export const isJudgement = (v: SentenceView, first: number) =>
  JUDGING.has(v.tokens[first].text) ||
  JUDGED_AS.has(v.tokens[first].text) ||
  OUTCOME.has(v.tokens[first + 1]?.text)

/**
 * "Kyiv's foreign ministry said the vote showed Moscow was 'legalising' the partnership", "EU ministers said the
 * deployment marked a dangerous escalation", "He said the strikes showed that Moscow relied on Pyongyang", "said
 * Moscow's veto was an attempt to cover up ...", "called the veto an attempt to ...": a state's report judging an
 * act (a definite noun phrase, no actor: "the vote", "Moscow's veto") is its position on the one whose act it is.
 * The speaker is the actor (or "he"/"she": `person`) right before the reporting verb; the target, of another country,
 * the possessor of the act, else an actor after the judgement, else one the sentence before named (`before`). Null
 * without both ("Peskov said the reshuffle showed the need for ...": its own act).
 */
export function judgedBy(
  v: SentenceView,
  first: number,
  countryOf: (p: number) => number,
  before: readonly number[],
  person: number,
): EnRoles | null {
  const { tokens } = v
  // "was an attempt", "were meant to": what the act is judged to be follows a verb of being ("an attempt" alone
  // follows the act named by "called": "called the veto an attempt").
  const as = JUDGED_AS.has(tokens[first].text)
  if (as && tokens[first].text === 'an' && tokens[first + 1]?.text !== 'attempt') return null
  const be = as && JUDGED_BE.has(tokens[first - 1]?.text ?? '')
  if (tokens[first].text === 'meant' && !be) return null
  // "said the result did not reflect ...": the outcome noun is the act's phrase; the clause judges it.
  const head = be ? first - 1 : OUTCOME.has(tokens[first + 1]?.text) ? first + 2 : first
  // Back over the act's noun phrase: one or two words, opened by a determiner or a possessor.
  let j = head - 1
  let owner = -1
  for (let n = 0; j >= 0 && n < 3; j--, n++) {
    const t = tokens[j]
    if (!t.word) return null
    if (t.arg >= 0) {
      const a = v.args[t.arg]
      if (!a.possessive || a.venue || n === 0) return null
      owner = a.parties[0]
      j = a.first
      break
    }
    if (DEFINITE.has(t.text)) break
  }
  if (j < 0 || j === head - 1 || (owner < 0 && !DEFINITE.has(tokens[j].text))) return null
  if (EVIDENCE.has(tokens[head - 1].text)) return null
  for (let k = first + 1; k <= first + 6 && k < tokens.length; k++)
    if (COUNTED.test(tokens[k].text)) return null
  let r = j - 1
  if (tokens[r]?.text === 'that' && (!as || be)) r--
  // "says the DPP cannot ... and that the result will not stop ...": a second that-clause of the same report.
  if (tokens[r]?.text === 'and' && tokens[r + 1]?.text === 'that') r = reportOfFirstClause(tokens, r)
  if (r < 0 || !(as && !be ? CALL_VERBS.has(tokens[r].text) : isReporting(tokens[r]))) return null
  // The speaker: an actor over at most four words of its office, its possessor first ("China's Taiwan Affairs
  // Office said": China's, not the Taiwan its name holds).
  let source = /^(he|she)$/.test(tokens[r - 1]?.text ?? '') ? person : -1
  for (let i = r - 1; i >= 0 && i >= r - 5 && tokens[i].word && !PREPS.has(tokens[i].text); i--) {
    const a = tokens[i].arg >= 0 ? v.args[tokens[i].arg] : null
    if (a && !a.venue && (source < 0 || a.possessive)) source = a.parties[0]
  }
  if (source < 0) return null
  const other = (p: number) => p >= 0 && countryOf(p) !== countryOf(source)
  if (other(owner)) return { source, target: owner, pronounSource: false }
  for (let i = first + 1; i < tokens.length && !CLAUSE_END.has(tokens[i].text); i++) {
    const a = tokens[i].arg >= 0 ? v.args[tokens[i].arg] : null
    if (a && !a.venue && other(a.parties[0])) return { source, target: a.parties[0], pronounSource: false }
  }
  const target = before.find(other) ?? -1
  return target >= 0 ? { source, target, pronounSource: false } : null
}

/** The reporting verb of the first that-clause a coordinated one ("and that ...", at `and`) shares, else `and`. */
function reportOfFirstClause(tokens: SentenceView['tokens'], and: number): number {
  for (let k = and - 1; k >= 0 && k >= and - 20 && !CLAUSE_END.has(tokens[k].text); k--)
    if (isReporting(tokens[k])) return k
  return and
}

/**
 * "in what Pyongyang later calls a routine firing drill", "what Beijing called a joint patrol": a free relative
 * of naming labels a thing the sentence tells; "calls the move illegitimate" is the statement.
 */
export function namedInPassing(v: SentenceView, first: number): boolean {
  if (!CALL_VERBS.has(v.tokens[first].text)) return false
  for (let k = first - 1, hops = 0; k >= 0 && hops < 4; k--, hops++)
    if (v.tokens[k].text === 'what') return true
  return false
}

/** Nouns of places and trades a trigger word can name the kind of: "fertilizer complex", "relief industry". */
const WORKS_HEADS = set(
  'complex plant plants factory factories facility mill works industry industries sector company companies ' +
    'firm firms market markets maker makers producer producers prices output production',
)

/** Nouns of contests a trigger word can name the kind of: "hacking contest", "a drone-strike competition". */
const CONTEST_HEADS = set('contest contests competition competitions hackathon festival festivals')

/** Gatherings a host holds, not guests a host receives: "hosted a reception", "hosts a conference". */
const GATHERINGS = set(
  'reception receptions banquet dinner luncheon gala party ceremony conference forum expo festival ' +
    'championship tournament event events exhibition concert',
)

/**
 * "The ambassador hosted a reception", "Seoul hosts a cyber-security conference": "host" with a
 * gathering as its object holds an event; no visitor is received (a visit's host hosts a guest).
 */
export function hostsAGathering(v: SentenceView, last: number): boolean {
  const { tokens } = v
  if (!/^host(s|ed|ing)?$/.test(tokens[last].text)) return false
  for (let k = last + 1, hops = 0; k < tokens.length && hops < 5; k++, hops++) {
    const t = tokens[k]
    if (GATHERINGS.has(t.text)) return true
    if (t.arg >= 0 || !t.word) return false
  }
  return false
}

/** Nouns a "summit of" names the top of: "the summit of Mount Paektu" is a place, not talks. */
const HEIGHTS = set('mount mt mt. mountain mountains peak hill volcano')

/**
 * The trigger only names a thing: a kind of weapon ("suicide attack drones") or of works ("fertilizer
 * plant"), the top of a mountain ("the summit of Mount Everest"), or a person's title right before
 * their name ("acting President Han Duck-soo said": an office held, not a change of it).
 */
export function namesAThing(v: SentenceView, first: number, last: number): boolean {
  const { tokens } = v
  const next = tokens[last + 1]
  if (first !== last)
    return (
      is(tokens[last], W_TITLE_WORDS) &&
      next !== undefined &&
      next.arg >= 0 &&
      tokens[first].text === 'acting'
    )
  const w = tokens[last].text
  const after = next?.text ?? ''
  if (w === 'summit' && after === 'of') {
    const k = tokens[last + 2]?.text === 'the' ? last + 3 : last + 2
    if (HEIGHTS.has(tokens[k]?.text ?? '')) return true
  }
  // "missile warning data", "an early-warning radar": a warning device or its output, no one warned.
  if (w === 'warning' && WARNING_THINGS.has(after)) return true
  // "a mock presidential election", "simulated ransomware attacks": a pretend act, staged for practice.
  for (let k = first - 1; k >= 0 && k >= first - 2 && tokens[k].word && tokens[k].arg < 0; k--)
    if (tokens[k].text === 'mock' || tokens[k].text === 'simulated') return true
  // "a hacking contest": a noun before a contest's names what is contested, no act done to anyone.
  if (CONTEST_HEADS.has(after)) return true
  // "white-hat hackers", "ethical hackers": testers hired or competing to break in, no attackers.
  const before = tokens[first - 1]?.text
  if (
    w.startsWith('hack') &&
    (before === 'ethical' || (before === 'hat' && tokens[first - 3]?.text === 'white'))
  )
    return true
  if (ATTACK_VERBS.has(w) && attacksWords(v, last)) return true
  // ("attack-drone engines": a hyphenated compound is one token.)
  const [act, head = after] = w.split('-')
  return (ACT_WORDS.has(act) && WEAPON_HEADS.has(head)) || WORKS_HEADS.has(after)
}

/**
 * Heads that cannot act on a state, as a trigger verb's subject: markets and what trades on them, prices, the
 * weather. "Shares rocketing", "Typhoon Shanshan slams southern Japan", "stocks rallied": a figure of speech.
 */
const NO_AGENT_SUBJECTS = set(
  'shares stocks stock market markets index kospi kosdaq nikkei prices price won yen yuan dollar currency ' +
    'typhoon hurricane storm cyclone earthquake quake flood floods rain heatwave wildfire wildfires',
)
/**
 * What an act aimed at a market, a price or a rule is aimed at: no actor. "Launching an attack on a segment",
 * "fires a warning shot at the housing market", "fired off price hikes", "strikes down a ban".
 */
const NO_AGENT_OBJECTS = set(
  'market markets segment segments sector sectors speculators prices price hikes hike rates shares stocks ' +
    'ban bans law laws rule rules decree ordinance',
)

/**
 * A trigger read as a figure of speech, whatever the topic: its subject is a market, a price or the weather
 * ("SK Hynix shares rocketing", "Typhoon Shanshan slams Japan": the word right before the verb, or a weather
 * noun with its name), or the act is aimed at a market, a price or a rule (over "off"/"down" and "on"/"at",
 * a determiner and modifiers: "launching an attack on a segment", "strikes down ban on leaflets").
 */
export function figurativeAct(v: SentenceView, first: number, last: number): boolean {
  const { tokens } = v
  const before = tokens[first - 1]
  if (
    before?.word &&
    before.arg < 0 &&
    NO_AGENT_SUBJECTS.has(before.text) &&
    looksVerbalAt(tokens[first].text)
  )
    return true
  if (
    /^(typhoon|hurricane|cyclone|storm)$/.test(tokens[first - 2]?.text ?? '') &&
    looksVerbalAt(tokens[first].text)
  )
    return true
  let k = last + 1
  if (/^(off|down)$/.test(tokens[k]?.text ?? '')) k++
  // ("fires warning shot at the market": the trigger's noun may come before the preposition.)
  const noun = tokens[k]
  if (
    noun?.word &&
    noun.arg < 0 &&
    !NO_AGENT_OBJECTS.has(noun.text) &&
    /^(on|at|against)$/.test(tokens[k + 1]?.text ?? '')
  )
    k++
  if (/^(on|at|against)$/.test(tokens[k]?.text ?? '')) k++
  for (let hops = 0; k < tokens.length && hops < 7; k++, hops++) {
    const t = tokens[k]
    if (t.arg >= 0 || (!t.word && t.text !== '-')) return false
    if (NO_AGENT_OBJECTS.has(t.text) && headNoun(tokens, k)) return true
    // ("another round of price hikes": a measure word's "of" goes on to what is measured.)
    if (t.text === 'of' && tokens[k - 1]?.text === 'round') continue
    if (is(t, W_PREPS) || PHRASE_BREAK.has(t.text)) return false
  }
  return false
}

/**
 * The noun at k ends its phrase ("a ban on leaflets", "the market with", "a segment long dominated"), not a
 * modifier of the next noun ("law firm", "martial law declaration").
 */
function headNoun(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1]
  return (
    !next?.word || is(next, W_PREPS) || PHRASE_BREAK.has(next.text) || /(ly|ed|ing)$|^long$/.test(next.text)
  )
}

/** A verb form (not a noun): "slams", "rocketing", "fired", "strikes". */
const looksVerbalAt = (w: string) => /(s|ed|ing)$/.test(w)

/** Firms as recipients: "aid for chipmaker Rapidus", "support to the carmaker". */
const FIRM_RECIPIENTS = set(
  'chipmaker chipmakers carmaker carmakers maker makers venture ventures startup startups',
)

/**
 * "fresh aid for chipmaker Rapidus", "vows swift relief for victims", "shift the outlay to price relief": help
 * whose recipient is a firm or people at home (for/to and a plain noun, no actor within the phrase or right
 * after it), or a price, is a subsidy or welfare at home, no transfer to another country or its population.
 */
export function aidToNoActor(v: SentenceView, first: number, last: number): boolean {
  const { tokens } = v
  const before = tokens[first - 1]
  if (before?.word && before.arg < 0 && /^(price|prices)$/.test(before.text)) return true
  let k = last + 1
  while (
    k < tokens.length &&
    k <= last + 4 &&
    tokens[k].word &&
    tokens[k].arg < 0 &&
    !/^(for|to)$/.test(tokens[k].text)
  )
    k++
  if (!/^(for|to)$/.test(tokens[k]?.text ?? '')) return false
  for (let j = k + 1, hops = 0; j < tokens.length && hops < 4; j++, hops++) {
    const t = tokens[j]
    if (t.arg >= 0 || !t.word) return false
    if (PEOPLE.has(t.text) || FIRM_RECIPIENTS.has(t.text)) {
      // ("relief for flood victims in North Korea": the people of another country.)
      const next = tokens[j + 1]
      const after = tokens[j + 2]
      return (
        !(next?.arg !== undefined && next.arg >= 0) &&
        !(/^(in|of|from)$/.test(next?.text ?? '') && after?.arg >= 0)
      )
    }
  }
  return false
}

/** Works of art and fiction, and what they come as: what they are about is told by the work, not by the news. */
const ARTWORKS = set(
  'film films movie movies thriller thrillers drama dramas documentary documentaries novel novels book books play ' +
    'plays series musical opera stamp stamps poster posters painting paintings mural cartoon comic comics game games ' +
    'animation memoir story stories song songs',
)

/**
 * "a thriller about a crew who smuggle North Korean coal", "a film depicting the shelling", "stamps showing the
 * launch": the trigger stands in what a work of art or fiction is about, depicts or glorifies, so the work tells
 * the act (a plot, a picture), not the news. Back from the trigger to "about" or a verb of depicting right after
 * the work's noun (its noun or the one before), over no clause break.
 */
export function workContent(v: SentenceView, first: number): boolean {
  const { tokens } = v
  for (let k = first - 1; k > 0 && k >= first - 15; k--) {
    const w = tokens[k].text
    if (/^[;:.!?]$/.test(w) || (w === ',' && k < first - 1 && tokens[k + 1]?.text !== 'who')) return false
    if (
      !/^(about|depicting|depicts|depicted|showing|shows|portraying|portrays|glorifying|glorifies)$/.test(w)
    )
      continue
    return ARTWORKS.has(tokens[k - 1].text) || ARTWORKS.has(tokens[k - 2]?.text ?? '')
  }
  return false
}

/** Words that make an attack a computer intrusion: "a ransomware attack", "a hacking attack", "DDoS attacks". */
const CYBER_KINDS = set('ransomware malware spyware phishing ddos cyber hacking')

/**
 * "A ransomware attack shut down online ordering", "fined SK Telecom over a hacking attack": an attack its
 * own modifier names a computer intrusion is no use of armed force (a cyberattack, when attributed).
 */
export function cyberAttackNoun(v: SentenceView, first: number): boolean {
  const { tokens } = v
  if (!/^attacks?$/.test(tokens[first].text)) return false
  const k = tokens[first - 1]?.text === '-' ? first - 2 : first - 1
  return CYBER_KINDS.has(tokens[k]?.text ?? '')
}

/** An attack verb's forms ("struck" is left out: "struck a tone" is data, taxonomy excludes). */
const ATTACK_VERBS = set('attack attacks attacked attacking')
/** What one attacks in words: "attacked Japan's remarks", "attacking the plan as reckless". */
const WORDS_ATTACKED = set(
  'remarks remark comments comment statement statements policy policies plan plans proposal proposals ' +
    'decision decisions speech speeches report reports claims claim stance editorial editorials',
)

/**
 * "China attacked Japan's remarks as irresponsible": the object of the verb is something said or decided,
 * so the attack is in words (a statement), no use of force. The object is the first noun after the verb,
 * past an owner ("Japan's") and an article or adjective or two.
 */
function attacksWords(v: SentenceView, last: number): boolean {
  const { tokens } = v
  for (let k = last + 1, hops = 0; k < tokens.length && hops < 4; k++, hops++) {
    const t = tokens[k]
    if (WORDS_ATTACKED.has(t.text)) return true
    if (!t.word && t.text !== "'s" && t.text !== "'") return false
  }
  return false
}

const WARNING_THINGS = set(
  'data system systems radar radars satellite satellites information network networks sirens',
)

/**
 * Whom a warning is aimed at when no object names them: the first actor its content names, other
 * than the warner's own side ("warned it would take action if South Korea and the U.S. went ahead",
 * "warned that any nuclear test by North Korea would be met with ...").
 */
export function addresseeInContent(
  v: SentenceView,
  last: number,
  source: number,
  same: (a: number) => boolean,
): number {
  for (let k = last + 1; k < v.tokens.length; k++) {
    const t = v.tokens[k]
    if (isReporting(t)) return -1
    if (t.arg < 0) continue
    const a = v.args[t.arg]
    k = a.last
    if (a.venue) continue
    const p = a.parties[0]
    if (p !== source && !same(p)) return p
  }
  return -1
}

/** Plain nouns for people of no state's standing, as addressees: "urged tenants", "praised builders". */
const PEOPLE = set(
  'tenants workers builders residents citizens people voters farmers students employees staff scientists ' +
    'athletes fans consumers parents public families officials cadres doctors nurses teachers youth ' +
    'children companies businesses firms investors executives entrepreneurs relatives victims survivors veterans ' +
    // Advisories and appeals at home (round fourteen): "urged its nationals to avoid the area", "urged
    // exchanges to block addresses", "urging farms to drain their paddies", "urged the group to refrain".
    'nationals exchanges farms schools group',
)
const W_PEOPLE = classBit(PEOPLE)

/**
 * A speech verb addressed to people, not to an actor ("urged tenants to visit its website", "praised
 * soldier-builders"): an instruction or praise at home, no position taken towards another state.
 */
export function addressesPeople(v: SentenceView, last: number): boolean {
  for (let k = last + 1, hops = 0; k < v.tokens.length && hops < 4; k++, hops++) {
    const t = v.tokens[k]
    // "warned American citizens": a demonym over people is no actor addressed.
    if (t.arg >= 0 && PEOPLE.has(v.tokens[v.args[t.arg].last + 1]?.text ?? '')) {
      const a = v.args[t.arg]
      if (a.possessive || DEMONYM.test(v.tokens[a.last].text)) return true
    }
    if (t.arg >= 0 || (!t.word && t.text !== '-')) return false
    if (is(t, W_PEOPLE) || PEOPLE.has(t.text.slice(t.text.lastIndexOf('-') + 1))) return true
    // "the plant's managers", "farm workers": a possessor or a modifier before the head noun.
    if (AGENT_HEAD.test(t.text)) return true
    // "local officials", "young entrepreneurs": an adjective before a people noun.
    const next = v.tokens[k + 1]?.text ?? ''
    if (/'s?$/.test(t.text) || AGENT_HEAD.test(next) || PEOPLE.has(next)) continue
    if (t.word && !is(t, W_DETERMINERS) && v.tokens[k + 1]?.text !== '-' && t.text !== '-') return false
  }
  return false
}

/** Words of a sports contest: its team, players, title or tournament. */
const SPORT = set(
  'team squad players champions championship tournament cup olympics olympic medal medals baseball football soccer ' +
    'sports',
)

/**
 * "Japan's foreign minister hails WBC champions", "KCNA ... praising the players' relentless attack": praise or
 * congratulation in a sentence about a sports contest is for a team, not a position taken towards a state
 * (round fourteen; t32, t46, and in the gold of t8, t25, t29, t38, t48).
 */
export function praisesSport(v: SentenceView, first: number): boolean {
  if (!/^(prais|hail|congratulat)/.test(v.tokens[first].text)) return false
  return namesWordOf(v, SPORT)
}

/**
 * A word of the set in the sentence, also as a possessive ("hailed the players' victory spirit", "the team's win": a
 * possessive is one token). Strips only tokens that end in one, so the scan allocates nothing for the rest.
 */
function namesWordOf(v: SentenceView, words: ReadonlySet<string>): boolean {
  for (const { text } of v.tokens) {
    if (words.has(text)) return true
    if ((text.endsWith("'") || text.endsWith("'s")) && words.has(text.replace(/'s?$/, ''))) return true
  }
  return false
}

/** Words of a match's play (not "shots" or "penalty", which a border clash or a court has too). */
const GAME_PLAY = set('referee referees refereeing equaliser equalizer goalkeeper striker coach halftime')

/**
 * "North Korea's coach complained afterwards about the refereeing, calling several decisions 'unacceptable'",
 * "Japan ... were denied an equaliser": what is said or denied in a sentence of a match's play is a team's, no
 * state's statement (t75 t81; the praise of t87 is praisesSport's).
 */
export function sportComplaint(v: SentenceView): boolean {
  return namesWordOf(v, GAME_PLAY)
}

/**
 * "Sports column: Japan's attack finally clicks against North Korea", "the team's attack": an attack, a strike or a
 * defence in a sentence about a sports contest is play (a team's), no use of armed force.
 */
export function sportPlay(v: SentenceView): boolean {
  return namesWordOf(v, SPORT) || namesWordOf(v, GAME_PLAY)
}

/** Law-enforcement bodies: what they pin on someone is an investigation's finding. */
const INVESTIGATORS = set('fbi police prosecutors investigators')

/**
 * "FBI blames North Korea for $1.5 billion Bybit hack", "Japan, FBI blame North Korean hackers for ... theft": an
 * attribution by investigators is a finding (the attack is reported), no statement aimed at the state blamed
 * (en-016, t35, t39, t72).
 */
export function investigatorsBlame(v: SentenceView, first: number): boolean {
  if (!/^blam/.test(v.tokens[first].text)) return false
  for (let k = first - 1; k >= 0 && k >= first - 6; k--) {
    const w = v.tokens[k].text
    if (INVESTIGATORS.has(w)) return true
    if (/^(said|says|and|but|while)$/.test(w) || w === ';' || w === '.') return false
  }
  return false
}

/** Who debates a question rather than acts on it: analysts, scholars, a forum or a panel. */
const DEBATERS = set(
  'analysts experts scholars economists researchers academics panelists observers forum panel',
)
/** Verbs of debating a question: their topic is discussed, not reported. */
const DEBATING = /^(debat|discuss|disagree|divided$|split$|argu)/

/**
 * "Analysts split on timing of 7th N. Korean nuclear test", "Munich: analysts debate North Korea's
 * nuclear doctrine": an act named after a verb of debating whose subject is analysts or a forum is the
 * topic of a discussion, so only supposed (argue only with over/about/whether: "argue that" asserts).
 */
export function debatedTopic(v: SentenceView, first: number): boolean {
  const { tokens } = v
  for (let k = first - 1; k > 0; k--) {
    const w = tokens[k].text
    if (!DEBATING.test(w)) continue
    if (w.startsWith('argu') && !/^(over|about|whether)$/.test(tokens[k + 1]?.text ?? '')) continue
    for (let j = k - 1; j >= 0 && j >= k - 8; j--) if (DEBATERS.has(tokens[j].text)) return true
    return false
  }
  return false
}

/** Words of a launch still to come between a verb of discussing and the launch ("discussed plans for a launch"). */
const LAUNCH_TO_COME =
  /^(plan|plans|planned|upcoming|next|future|possible|potential|prepar|another|further|new|any)/

/**
 * "Blinken, Park Jin discuss North Korean satellite launch by phone", "the council debated North Korea's launch": a
 * launch is a single act, so one a meeting discusses was carried out before it, context (background), whoever
 * discusses it; not a launch to come ("discussed plans for another launch").
 */
export function discussedLaunch(v: SentenceView, first: number, last: number): boolean {
  const { tokens } = v
  // (The trigger may be "satellite launch", its last word the launch, or "ballistic missile" right before it.)
  if (!/^launch(es)?$/.test(tokens[last].text) && !/^launch(es)?$/.test(tokens[last + 1]?.text ?? ''))
    return false
  for (let k = first - 1; k >= 0 && k >= first - 6; k--) {
    const w = tokens[k].text
    if (!tokens[k].word) {
      if (w === "'s" || w === "'" || w === '-') continue
      return false
    }
    if (LAUNCH_TO_COME.test(w)) return false
    // (Not "split over" or "divided over": the gold reads a launch a council is divided over as reported.)
    if (!/^(discuss|debat)/.test(w)) continue
    // "has no right to discuss the launch": the negation is read as before (a denial, the speaker's statement).
    for (let j = k - 1; j >= 0 && j >= k - 3; j--)
      if (/^(no|not|never|n't)$/.test(tokens[j].text)) return false
    return true
  }
  return false
}

/** A meeting, a session or a concern, or meeting about it: what "on" or "over" a launch makes the launch's topic. */
const LAUNCH_TOPIC_HEAD =
  /^(meet|meets|met|meeting|meetings|session|sessions|convened|convene|convenes|consultations|concern|concerns)$/

/** Words of time between a meeting and "on" its topic ("will meet Monday on", "a meeting on Monday on"). */
const MEETING_TIME =
  /^(on|this|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|today)$/

/**
 * "The council met in an emergency session on Monday over North Korea's launch", "a meeting convened over the
 * North's satellite launch", "expressed grave concern over North Korea's missile launches": a launch a meeting
 * is held or a concern voiced over is what they react to, carried out before them (background: t29 t46 t79 t84);
 * not "split over" or "divided over" (discussedLaunch), nor a launch to come.
 */
export function launchMeetingTopic(v: SentenceView, first: number, last: number): boolean {
  const { tokens } = v
  // ("launch of a spy satellite": the trigger may start with the launch.)
  const launch = (k: number) => /^launch(es)?$/.test(tokens[k]?.text ?? '')
  if (!launch(first) && !launch(last) && !launch(last + 1)) return false
  for (let k = first - 1; k > 0 && k >= first - 7; k--) {
    const w = tokens[k].text
    if (!tokens[k].word) {
      if (/^('s|'|-|‘|’)$/.test(w)) continue
      return false
    }
    if (LAUNCH_TO_COME.test(w)) return false
    if (w !== 'on' && w !== 'over') {
      if (PHRASE_BREAK.has(w)) return false
      continue
    }
    let j = k - 1
    while (j > 0 && MEETING_TIME.test(tokens[j].text)) j--
    return LAUNCH_TOPIC_HEAD.test(tokens[j]?.text ?? '')
  }
  return false
}

/** Verbs of criticising what they take as object. */
const CRITICISING = /^(condemn|denounc|criticis|criticiz|slam|blast|decr|lambast|rebuk)/

/** Words a meeting noun's modifiers never hold: a preposition, conjunction or relative starts another phrase. */
const PHRASE_BREAK = set(
  'at on in during after before with to for and but or while as from by of who which that',
)

/**
 * "DPRK denounces NATO summit", "criticised the trilateral summit the United States, Japan and South Korea held",
 * "slams 'gangster-like' UN Security Council meeting": a meeting a statement criticises is what the statement
 * reacts to, recalled as its context (background), not news of its own (t9 t32 t84).
 */
export function criticisedMeeting(v: SentenceView, first: number): boolean {
  const { tokens } = v
  if (!/^(summit|summits|meeting|meetings|talks)$/.test(tokens[first].text)) return false
  for (let k = first - 1; k >= 0 && k >= first - 8; k--) {
    const t = tokens[k]
    if (!t.word) {
      if (/^('s|'|"|-|\.|‘|’|“|”)$/.test(t.text)) continue
      return false
    }
    if (CRITICISING.test(t.text)) return true
    if (PHRASE_BREAK.has(t.text)) return false
  }
  return false
}

/** Analysts, scholars, economists: speakers of no state's position. */
export const privateSpeaker = (w: string): boolean => DEBATERS.has(w) && w !== 'forum' && w !== 'panel'

/** "Seoul forum debates durability of ties": a forum or panel that debates is a gathering of debaters. */
export function debatingForum(v: SentenceView, last: number): boolean {
  return DEBATERS.has(v.tokens[last].text) && DEBATING.test(v.tokens[last + 1]?.text ?? '')
}

/** A plural noun of people by their work ("managers", "organisers"), not of states' standing. */
const AGENT_HEAD = /^(?!(leaders|members|partners|powers|others|neighbou?rs|allies)$)[a-z]+(ers|ors)$/

/**
 * "firms accused of handling Iranian oil": a participle right after a plain noun, taking "of",
 * describes the noun (a reduced relative clause); nobody is reported accusing anyone.
 */
export function describesNoun(v: SentenceView, first: number, last: number): boolean {
  let prev = v.tokens[first - 1]
  const w = v.tokens[last].text
  const takesOf = first === last && v.tokens[last + 1]?.text === 'of'
  if ((prev?.text === 'it' || prev?.text === 'they') && PLAIN_NOUN_HEADS.has(v.tokens[first - 2]?.text ?? ''))
    prev = v.tokens[first - 2]
  // "a shipping company it accused of ferrying coal", "two generals the EU accuses of overseeing troops":
  // a relative clause with no "that" on a plain noun; the accusing is the ground of what the sentence
  // reports (a listing), no statement of its own.
  if (takesOf && ACCUSING.has(w)) {
    let k = prev?.arg !== undefined && prev.arg >= 0 ? v.args[prev.arg].first - 1 : first - 1
    if (k < first - 1 && v.tokens[k]?.text === 'the') k--
    if (k < first - 1 && PLAIN_NOUN_HEADS.has(v.tokens[k]?.text ?? '')) return true
    if (prev !== v.tokens[first - 1]) return true
  }
  // "Two Chinese companies were sanctioned on Tuesday, accused of buying coal": a passive participle
  // clause says what the subject stands accused of; no one is named accusing. "Treasury sanctioned its
  // owner, accusing it of transferring oil": the sanctioner's ground for the listing, likewise.
  if (prev?.text === ',' && takesOf && w === 'accused') return true
  const pronoun = /^(it|them)$/.test(v.tokens[last + 1]?.text ?? '') && v.tokens[last + 2]?.text === 'of'
  if (prev?.text === ',' && w === 'accusing' && first === last && pronoun && listedBefore(v, first))
    return true
  return (
    first === last &&
    w.endsWith('ed') &&
    v.tokens[last + 1]?.text === 'of' &&
    prev?.word === true &&
    prev.arg < 0 &&
    !is(prev, W_BE) &&
    !is(prev, W_MODALS) &&
    !is(prev, W_PRONOUNS) &&
    !/^(has|have|had|who|that|which|and|or|also|not|never)$/.test(prev.text) &&
    !prev.text.endsWith('ly')
  )
}

/** Heads of the things a zero relative clause describes ("a company it accused of ..."). */
const PLAIN_NOUN_HEADS = set(
  'company companies firm firms entity entities vessel vessels ship ships individual individuals ' +
    'national nationals official officials organisation organisations organization organizations ' +
    'generals banker bankers institution institutions',
)

/** Sanctioning verbs ("sanctioned its owner, accusing it of ..."): the accusation grounds a listing. */
const SANCTIONING =
  /^(sanction|sanctions|sanctioned|sanctioning|blacklist|blacklists|blacklisted|designated)$/

/** A sanctioning verb before `at` in the sentence: what an accusation after it gives the ground of. */
const listedBefore = (v: SentenceView, at: number): boolean => {
  for (let k = at - 1; k >= 0; k--) if (SANCTIONING.test(v.tokens[k].text)) return true
  return false
}

/** "North Korea was behind the theft", "X is responsible for the attack": the one the act is pinned on. */
function responsibleParty(v: SentenceView, first: number, left: number): Arg | null {
  for (let k = first - 1, hops = 0; k > left && hops < 7; k--, hops++) {
    const t = v.tokens[k]
    if (!t.word && t.text !== '$') return null
    const pinned =
      t.text === 'behind' || (t.text === 'for' && /^(responsible|blamed)$/.test(v.tokens[k - 1]?.text ?? ''))
    // "blames North Korea for $1.5 billion hack": the one blamed is who acts, also over the noun it
    // modifies ("blame North Korean hackers for the theft").
    if (t.text === 'for') {
      const head = v.tokens[k - 1]
      const a = (head?.arg ?? -1) >= 0 || !head?.word ? (head?.arg ?? -1) : (v.tokens[k - 2]?.arg ?? -1)
      if (a >= 0 && !v.args[a].venue && BLAMING.has(v.tokens[v.args[a].first - 1]?.text ?? ''))
        return v.args[a]
    }
    // "accused North Korea (on Saturday) of hacking": the one accused is who acts.
    if (t.text === 'of') {
      let j = k - 1
      while (j > left && j >= k - 4 && v.tokens[j].word && v.tokens[j].arg < 0) j--
      const a = j > left ? v.tokens[j].arg : -1
      if (a >= 0 && !v.args[a].venue && ACCUSING.has(v.tokens[v.args[a].first - 1]?.text ?? ''))
        return v.args[a]
    }
    if (pinned) {
      let j = t.text === 'for' ? k - 2 : k - 1
      while (j > left && (is(v.tokens[j], W_BE) || v.tokens[j].text.endsWith('ly'))) j--
      const a = v.tokens[j]?.arg ?? -1
      return a >= 0 && !v.args[a].venue ? v.args[a] : null
    }
    if (t.arg >= 0 || is(t, W_PREPS) || is(t, W_BE) || is(t, W_VERBAL)) return null
  }
  return null
}

/**
 * The parties a sentence names, in order, for a joint act whose trigger found none ("The treaty
 * signed by Kim and Putin obliges ..."): not venues, and not people merely described by a country
 * ("experts from South Korea and Japan", "Chinese tourists").
 */
export function namedParties(v: SentenceView): number[] {
  const out: number[] = []
  for (const f of argsIn(v, -1, v.tokens.length)) {
    if (f.arg.venue || describesOthers(v, f.arg, v.tokens.length)) continue
    if ((f.prep === 'from' || f.prep === 'of') && !stateBodyBefore(v, prepIndex(v, f.arg))) continue
    for (const p of f.arg.parties) if (!out.includes(p)) out.push(p)
  }
  return out
}

/**
 * The other side of a fight no phrase of the trigger names: the first party named after the trigger as a
 * bare subject or object ("after some 20 North Korean soldiers crossed the line") that `other` accepts;
 * not one named with a preposition ("fighting alongside Russian units", "deployed to Russia"), nor the
 * trigger's own subject ("North Korean troops join Russian assaults"). -1 if none.
 */
export function otherSide(v: SentenceView, last: number, other: (party: number) => boolean): number {
  for (const f of argsIn(v, last, v.tokens.length))
    if (
      (f.prep === null || CLAUSE_PREPS.has(f.prep)) &&
      !f.arg.venue &&
      !f.arg.possessive &&
      other(f.arg.parties[0])
    )
      return f.arg.parties[0]
  return -1
}

/** Prepositions that also open a clause, whose subject follows ("after 20 North Korean soldiers crossed"). */
const CLAUSE_PREPS = set('after before as since')

/** Index of the preposition governing an argument (or its list's first member), or -1. */
function prepIndex(v: SentenceView, a: Arg): number {
  let member: Arg | null = a
  for (let depth = 0; member && depth <= MAX_COORDINATED_BACK; depth++) {
    const k = findPrep(v, member.first)
    if (k >= 0) return k
    member = memberBefore(v, member)
  }
  return -1
}

/** Source and target of the trigger at tokens [first, last]. */
export function englishRoles(c: EnContext): EnRoles {
  const { v, frame, clause } = c
  const g = grammarOf(frame)
  const passive = isPassive(v, c.first, c.last)
  const after: ArgAt[] = []
  let by: ArgAt | null = null
  let from: ArgAt | null = null
  let verbBetween = false
  for (const f of argsIn(v, c.last, clause.right)) {
    if (f.arg.first - c.last > 10) continue
    after.push(f)
    // "struck positions held by North Korean soldiers": the by-phrase of another participle (not
    // of the trigger's own: "attacks launched by Ukraine").
    for (let k = (after.length > 1 ? after[after.length - 2].arg.last : c.last) + 1; k < f.arg.first; k++)
      if (k > c.last + 1 && is(v.tokens[k], W_VERBAL)) verbBetween = true
    if (f.prep === 'by' && !by && !verbBetween) by = f
    if (f.prep === 'from' && !from) from = f
  }
  let inner = npInternal(v, c.first, clause.left) ?? responsibleParty(v, c.first, clause.left)
  if (inner && (frame === Frame.Visit || frame === Frame.Symmetric) && describesOthers(v, inner, c.first))
    inner = null
  // "will seek new UN sanctions", "push for U.N. Security Council sanctions": the organisation names where
  // they would be adopted; whoever seeks them acts.
  if (inner && frame === Frame.Directed && !c.isCountry(inner.parties[0]) && !c.isPerson(inner.parties[0]))
    if (soughtAt(v, c.first, clause.left)) inner = null
  const viaSubject = passive || agentIsSubject(v, c.first, clause.left) || headlineSubject(v, c.first) >= 0
  const subject = viaSubject || (inner === null && possessivePronounBefore(v, c.first)) ? subjectOf(c) : null
  const subjectArgs = subject?.args ?? NO_ARGS
  // "Kim and Putin held talks": the argument right before a verb is its subject, with its coordination.
  if (inner && subjectArgs.includes(inner)) inner = null

  let source = -1
  let target = -1
  let pronounSource = subject?.pronoun === true && !inner

  // The object or prepositional target right after the trigger's phrase (not inside a later
  // phrase: "arms supplies in response to the Russia-North Korea pact"). What a denial verb takes
  // is the act denied ("denies sending troops to Russia"): only a bare object is addressed.
  const denial = is(v.tokens[c.first], W_DENIAL)
  let objectOrPp: ArgAt | null = null
  for (const f of after) {
    // "supplying missiles to Moscow": a capital a transfer goes to is its state receiving it.
    if (f.arg.venue && !g.venueTarget && !(frame === Frame.Transfer && f.prep === 'to')) continue
    if (f.prep === null ? true : !denial && g.targetPreps.has(f.prep)) {
      if (direct(v, c.last, f)) {
        objectOrPp = f
        break
      }
    }
  }

  if (frame === Frame.Symmetric) {
    let partner: ArgAt | null = null
    for (const f of after)
      if (f.prep !== null && g.partnerPreps.has(f.prep) && !f.arg.venue) {
        // "troops deployed to Russia had clashed with Ukrainian forces": a with-phrase after another
        // verb is that verb's partner, not the trigger's.
        if (verbBefore(v, c.last, f.arg.first)) break
        partner = f
        break
      }
    // "..., in a phone call with Wang Yi": the clause subject is the other party.
    // "the Trump-Kim meeting": both parties inside the noun phrase.
    // "voiced concern over the cooperation between Russia and North Korea": a between-pair is both parties.
    const pair = partner?.prep === 'between' && coordinated(v, partner.index, c.last, clause.right).length > 1
    const named = inner
      ? coordinated(v, v.args.indexOf(inner), clause.left, c.first)
      : subjectArgs.length || !partner || pair
        ? subjectArgs
        : subjectOf(c).args
    // "Historians from Korea, Japan and China meet": the countries say where the people are from.
    const own = named.length > 0 && describedList(v, named[0].first, clause.left) ? NO_ARGS : named
    // (A private body is no party: addPublicParties.)
    const parties: number[] = []
    // "Yoon arrived to attend the NATO summit", "Cho joined a NATO session": an organisation's own
    // meeting, attended by a state or a person, has the attendee as party 1 and the organisation as 2.
    // (Not "met on the sidelines of the NATO summit": there the summit is where another meeting was.)
    if (
      inner &&
      !partner &&
      !c.isCountry(inner.parties[0]) &&
      !c.isPerson(inner.parties[0]) &&
      !onSidelines(v, c.first)
    ) {
      const attendee = subjectOf(c).args[0]
      if (attendee && attendee !== inner && !attendee.venue && !attendee.parties.includes(inner.parties[0]))
        addPublicParties(v, parties, attendee)
    }
    for (const a of own) addPublicParties(v, parties, a)
    // "a meeting between Trump and Kim": the coordination is the pair.
    if (partner?.prep === 'between')
      for (const a of coordinated(v, partner.index, c.last, clause.right)) addPublicParties(v, parties, a)
    else if (partner) addPublicParties(v, parties, partner.arg)
    else if (objectOrPp) addPublicParties(v, parties, objectOrPp.arg)
    // "Kishida told Zelensky that ..., during talks on the sidelines", "X told Y in a phone call": the
    // talks are where the telling happened, between the one who tells and the one told.
    if (parties.length < 2 && settingOf(v, c.first)) {
      const pair = tellerAndTold(v)
      if (pair) return { source: pair[0], target: pair[1], pronounSource: false }
    }
    return { source: parties[0] ?? -1, target: parties[1] ?? -1, pronounSource }
  }

  // "Yoon was impeached by the National Assembly": the office changes for the passive's subject.
  if (passive && frame === Frame.Leadership)
    return { source: firstParty(subjectArgs[0]), target: -1, pronounSource: false }
  if (passive) {
    source = firstParty(by?.arg)
    target = firstParty(subjectArgs[0])
    // "The United States and South Korea were accused by North Korea": one record per party acted upon.
    return { source, target, pronounSource: false, moreTargets: otherParties(subjectArgs, target, source) }
  }

  const listing = frame === Frame.Directed ? listedOn(v, c.first, c.last, clause.left) : null
  if (listing) return { source: listing[0], target: listing[1], pronounSource: false }

  if (frame === Frame.Leadership) {
    const { source, target } = leadershipPerson(c, subjectArgs, after, inner)
    return { source, target, pronounSource }
  }
  if (frame === Frame.Election)
    return {
      source: electionSource(c, subjectArgs.length ? subjectArgs : subjectOf(c).args, inner),
      target: -1,
      pronounSource,
    }

  if (frame === Frame.Protest) {
    // Protesters are rarely actors: only a bare subject is ("South Korea protested"), never "supporters of X".
    const head = subjectOf(c).args[0]
    const bare = head && prepBefore(v, head.first, clause.left) === null ? head : null
    return {
      source: firstParty(inner ?? bare),
      target: firstParty(objectOrPp?.arg ?? protested(v, c.last)),
      pronounSource: false,
    }
  }
  // The agent: inside the noun phrase, a by-phrase, or the clause subject. Acts on people (People
  // frame: "China repatriated North Korean defectors") always have the clause subject as agent.
  // "a UN panel monitoring North Korea sanctions": the country the monitored sanctions are named after is sanctioned.
  const sanctioned = inner && frame === Frame.Directed && monitoredSanctions(v, inner, c.first) ? inner : null
  const agent = g.prenominalTarget || sanctioned ? null : inner
  const people = frame === Frame.People && subjectArgs.length === 0 ? subjectOf(c).args : subjectArgs
  source = firstParty(agent ?? by?.arg ?? (sanctioned ? subjectOf(c).args[0] : people[0]))
  if (sanctioned) target = firstParty(sanctioned)
  // "Japanese automakers warned": a private body speaks or acts for no state.
  const sourceArg = agent ?? by?.arg ?? people[0]
  if (sourceArg && privateBody(v, sourceArg)) source = -1
  if (agent) pronounSource = false
  if (g.prenominalTarget && inner) target = firstParty(inner)
  // "dismissing a Japanese newspaper report", "denies Putin trip": an actor that only modifies what a
  // denial rejects is not addressed by it; the one whose claim or accusation it is, is.
  if (target < 0 && !(denial && objectOrPp && notAddressed(v, c.last, objectOrPp.arg)))
    target = firstParty(objectOrPp?.arg)
  if (target < 0 && frame === Frame.Directed) {
    for (const f of after)
      if (f.prep === 'with' && !f.arg.venue) {
        target = firstParty(f.arg)
        break
      }
    // "stole $300 million from a Japanese exchange", "the theft of crypto from Upbit": whom a theft
    // takes from is its victim.
    if (target < 0 && from && !from.arg.venue && isAt(v.tokens[c.last], W_THEFT))
      target = firstParty(from.arg)
    // "hackers known as TraderTraitor stole $308 million in bitcoin from Japanese exchange DMM Bitcoin":
    // the theft verb of the attacker's clause takes from the victim, however far its from-phrase.
    if (target < 0) target = firstParty(theftVictim(v, c.last))
    // "jammed GPS signals ..., disrupting navigation on dozens of South Korean fishing boats": a
    // participle of effect right after the act's clause names whom the act hit.
    if (target < 0) target = firstParty(hitByEffect(v, clause.right))
    // "demanded that Tokyo withdraw the claim": a mandative clause's subject is whom the demand is made of.
    const that = v.tokens[c.last + 1]?.text === 'that' ? (v.tokens[c.last + 2]?.arg ?? -1) : -1
    if (target < 0 && that >= 0 && !v.args[that].venue && /^demand/.test(v.tokens[c.last].text))
      target = firstParty(v.args[that])
  }
  if (frame === Frame.Directed && !viaSubject) {
    // "drawing condemnation from Washington": the one reacting is after "from", the subject drew it.
    const near = from && from.arg.first - c.last <= 3 ? from : null
    const reaction = REACTION.has(v.tokens[c.first - 1]?.text ?? '') || REACTION.has(v.tokens[c.first].text)
    if (near && (source < 0 || reaction)) {
      source = firstParty(near.arg)
      if (reaction) target = firstParty(subjectOf(c).args[0])
    }
  }
  if (frame === Frame.Transfer) {
    const receiving = receivingVerb(v, clause.left, c.last)
    if (receiving >= 0) {
      // "Russia buys shells from North Korea": the buyer receives, the seller supplies. "Moscow's
      // purchases of weapons from Pyongyang": the possessor of the buying noun buys.
      const owner = v.tokens[receiving - 1]?.arg ?? -1
      const buyer = owner >= 0 && v.args[owner].possessive && !v.args[owner].venue ? v.args[owner] : null
      // "accused Moscow of buying North Korean shells": the one accused of buying buys.
      const accused = buyer ? null : responsibleParty(v, receiving, clause.left)
      const recipient = buyer ?? accused ?? subjectArgs[0] ?? subjectOf(c).args[0] ?? inner
      target = firstParty(recipient)
      // "it received North Korean artillery shells": the goods' own actor supplied them.
      source = firstParty(from?.arg ?? (inner !== recipient ? inner : null))
    } else if (source < 0 && from) source = firstParty(from.arg)
    // "$5 million in aid to help Ukrainian civilians": a purpose of helping names the recipient.
    if (target < 0 && receiving < 0) target = helped(v, c.last, clause.right)
  }
  if (source === target) target = -1
  // "The United States and Japan condemned ...", "summoned the Chinese and Russian attaches": one
  // record per party of a coordination (the gold's convention: one per addressee, one per author).
  const sourceGroup = !agent && !by && source === firstParty(people[0]) ? people : NO_ARGS
  const targetGroup =
    objectOrPp && target === firstParty(objectOrPp.arg)
      ? coordinated(v, objectOrPp.index, c.last, clause.right)
      : NO_ARGS
  return {
    source,
    target,
    pronounSource,
    moreSources: otherParties(sourceGroup, source, -1),
    moreTargets: otherParties(targetGroup, target, source),
  }
}

const NO_ARGS: Arg[] = []

/**
 * "Russia vetoes renewal of UN panel monitoring North Korea sanctions", "the DPRK sanctions panel": a country
 * bare before the sanctions noun a monitor watches (after monitoring/watching, before panel/monitor/committee) names
 * the state sanctioned, not the one imposing them (a panel watches sanctions on a state); not "U.S. sanctions" bare,
 * "new EU sanctions", "breaching UN sanctions" (the imposer's), nor a possessive ("Japan's sanctions").
 */
function monitoredSanctions(v: SentenceView, inner: Arg, first: number): boolean {
  const { tokens } = v
  if (inner.possessive || inner.last !== first - 1 || !tokens[first].text.startsWith('sanction')) return false
  return (
    /^(monitoring|monitor|monitors|watching|watch|watches|watched)$/.test(
      tokens[inner.first - 1]?.text ?? '',
    ) || /^(panel|panels|monitor|committee)$/.test(tokens[first + 1]?.text ?? '')
  )
}

/** "on the sidelines of the G7 summit", "on the margins of the ASEAN meetings": the trigger is a setting. */
function onSidelines(v: SentenceView, first: number): boolean {
  for (let k = first - 1, hops = 0; k >= 0 && hops < 5; k--, hops++) {
    const w = v.tokens[k].text
    if (w === 'of') return /^(sidelines|margins|sideline|margin)$/.test(v.tokens[k - 1]?.text ?? '')
    if (!v.tokens[k].word) return false
  }
  return false
}

const SEEKING = set('seek seeks sought seeking pursue pursues pursued pursuing')
const PUSHING = set(
  'push pushes pushed pushing call calls called calling press presses pressed lobby lobbied',
)

/** A verb of seeking takes the trigger noun, over its modifiers: "seek new UN sanctions", "push for". */
function soughtAt(v: SentenceView, first: number, left: number): boolean {
  for (let k = first - 1, hops = 0; k > left && hops < 6; k--, hops++) {
    const t = v.tokens[k]
    if (t.arg >= 0) continue
    if (SEEKING.has(t.text)) return true
    if (t.text === 'for') return PUSHING.has(v.tokens[k - 1]?.text ?? '')
    if (!t.word || is(t, W_PREPS) || is(t, W_BE) || is(t, W_VERBAL) || is(t, W_SUPPORT)) return false
  }
  return false
}

/** Nouns of what someone said against another: their possessor or modifier made it. */
const ACCUSING_NOUNS = set(
  'claim claims accusation accusations allegation allegations charge charges criticism remarks demand ' +
    'demands proposal proposals offer offers assertion assertions',
)

/**
 * What a denial verb at `verb` rejects names `a` without addressing it: inside a claim's "that" clause
 * ("accusations that hackers broke into Japan's space agency"), or as a word modifying what is rejected
 * ("a Japanese newspaper report", "Putin trip"), unless that is the one's claim or accusation. The
 * victim of a denied act is addressed ("denies hacking South Korean contractors").
 */
function notAddressed(v: SentenceView, verb: number, a: Arg): boolean {
  for (let k = verb + 1; k < a.first; k++) {
    const t = v.tokens[k]
    if (t.text === 'that') return true
    if (t.word && t.arg < 0 && t.text.endsWith('ing')) return false
  }
  const next = v.tokens[a.last + 1]
  if (!next?.word || next.arg >= 0 || is(next, W_PREPS) || next.text === 'and') return false
  for (let k = a.last + 1; k < Math.min(v.tokens.length, a.last + 4); k++) {
    if (ACCUSING_NOUNS.has(v.tokens[k].text)) return false
    if (!v.tokens[k].word) break
  }
  return true
}

const LISTING = set('add adds added adding place places placed placing put puts putting list lists listed')

/**
 * "added six North Korean officials to its sanctions list", "the US decision to place Chinese firms on
 * its sanctions list": the one put on a list is sanctioned, by the one putting them there (the nearest
 * actor before the verb). [lister, listed], or null when the trigger is no such list.
 */
function listedOn(v: SentenceView, first: number, last: number, left: number): [number, number] | null {
  const { tokens } = v
  const list = /^(list|blacklist)$/
  if (!list.test(tokens[last].text) && !list.test(tokens[last + 1]?.text ?? '')) return null
  let k = first - 1
  while (k > left && /^(its|their|the|a|his|her)$/.test(tokens[k].text)) k--
  if (!/^(to|on|onto)$/.test(tokens[k]?.text ?? '')) return null
  let verb = -1
  // "added" also reports, so it may bound the clause itself.
  for (let j = k - 1; j >= Math.max(0, left) && j >= k - 10; j--)
    if (tokens[j].arg < 0 && LISTING.has(tokens[j].text)) {
      verb = j
      break
    }
  if (verb < 0) return null
  let listed = -1
  for (let j = verb + 1; j < k; j++)
    if (tokens[j].arg >= 0 && !v.args[tokens[j].arg].venue) {
      listed = v.args[tokens[j].arg].parties[0]
      break
    }
  let lister = -1
  for (let j = verb - 1; j >= 0 && tokens[j].text !== ';'; j--)
    if (tokens[j].arg >= 0 && !v.args[tokens[j].arg].venue) {
      lister = v.args[tokens[j].arg].parties[0]
      break
    }
  return listed >= 0 || lister >= 0 ? [lister, listed] : null
}

/** Participles of a transfer a weapon noun can take its supplier's "by" phrase with. */
const SUPPLIED = set(
  'supplied provided sent shipped delivered transferred sold made built produced manufactured',
)

/**
 * "using ballistic missiles supplied by North Korea": the agent of a transfer participle right after a weapon
 * noun at `last` is who supplied it, whatever stands before the noun (the city struck). -1 when none.
 */
export function supplierAfter(v: SentenceView, last: number): number {
  const { tokens } = v
  if (!SUPPLIED.has(tokens[last + 1]?.text ?? '') || tokens[last + 2]?.text !== 'by') return -1
  const arg = tokens[last + 3]?.arg ?? -1
  return arg >= 0 && !v.args[arg].venue ? v.args[arg].parties[0] : -1
}

/** Verbs of using weapons in a strike: who strikes with supplied arms received them. */
const STRIKING = set(
  'attacked attacks attack struck strikes strike launched launches fired fires hit hits shelled pounded',
)

/**
 * "Russian forces attacked Kharkiv using missiles supplied by North Korea", "Russia strikes Kyiv with
 * North Korean-made missiles": the subject of the striking verb before the trigger at `first`, a party
 * of another side than the supplier (`other`), received the arms. -1 when the sentence has no such strike.
 */
export function weaponUser(v: SentenceView, first: number, other: (party: number) => boolean): number {
  const { tokens } = v
  for (let k = 1; k < first; k++) {
    if (tokens[k].arg >= 0 || !STRIKING.has(tokens[k].text)) continue
    // The arms are the strike's instrument ("with", "using" between the verb and the trigger), not
    // what it hit ("struck a depot holding shells supplied by ...").
    let instrument = false
    for (let i = k + 1; i < first; i++)
      if (tokens[i].text === 'with' || tokens[i].text === 'using') instrument = true
    if (!instrument) continue
    // The subject right before the verb, over a plural head ("Russian forces", "Russia's army").
    let j = k - 1
    if (j > 0 && tokens[j].arg < 0 && is(tokens[j], W_STATE_BODIES)) j--
    const arg = tokens[j].arg
    if (arg < 0 || v.args[arg].venue || prepBefore(v, v.args[arg].first, -1) !== null) continue
    const party = v.args[arg].parties[0]
    if (other(party)) return party
  }
  return -1
}

/** Words of what protesters demand be done to whom ("demanding the impeachment of Yoon"). */
const DEMANDED = set('impeachment removal resignation ouster arrest plan plans decision policy visit')

/**
 * Whom a protest is against when no object names it: the possessor or of-phrase of what it demands or
 * opposes, a few words on ("demanding the impeachment of President Yoon", "to protest Tokyo's plan").
 */
function protested(v: SentenceView, last: number): Arg | null {
  const { tokens } = v
  for (let k = last + 1; k < tokens.length; k++) {
    const t = tokens[k]
    if (t.text === ';') return null
    if (t.arg < 0) continue
    const a = v.args[t.arg]
    if (a.venue) continue
    const head = tokens[a.last + 1]?.text ?? ''
    if (a.possessive && DEMANDED.has(head)) return a
    // "rallied outside the Japanese Embassy", "marched outside the headquarters of U.S. Forces Korea": a
    // rally at a state's mission or command is against that state or body.
    if (
      MISSIONS.has(head) ||
      (tokens[a.first - 1]?.text === 'of' && MISSIONS.has(tokens[a.first - 2]?.text ?? ''))
    )
      return a
    let j = a.first - 1
    while (j > 0 && isAt(tokens[j], W_TITLE_WORDS)) j-- // "the impeachment of President Yoon"
    if (tokens[j]?.text === 'of' && DEMANDED.has(tokens[j - 1]?.text ?? '')) return a
    k = a.last
  }
  return null
}

const MISSIONS = set('embassy embassies consulate consulates headquarters')

/** A verb (a past form or participle, not an adjective of the noun after it) between tokens a and b. */
function verbBefore(v: SentenceView, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++)
    if (v.tokens[k].arg < 0 && is(v.tokens[k], W_VERBAL) && !attributiveEd(v, k, b)) return true
  return false
}

/** The trigger noun is a setting: "during talks", "in a phone call", "at a meeting" (over its modifiers). */
function settingOf(v: SentenceView, first: number): boolean {
  for (let k = first - 1, hops = 0; k >= 0 && hops < 4; k--, hops++) {
    const t = v.tokens[k]
    if (!t.word || t.arg >= 0) return false
    if (t.text === 'during' || t.text === 'in' || t.text === 'at') return true
    if (is(t, W_PREPS) || is(t, W_VERBAL) || is(t, W_SUPPORT)) return false
  }
  return false
}

/** "X told Y": the bare argument before "told"/"tells" and the one right after it, when both are parties. */
function tellerAndTold(v: SentenceView): [number, number] | null {
  for (let i = 1; i < v.tokens.length - 1; i++) {
    const w = v.tokens[i].text
    if (w !== 'told' && w !== 'tells') continue
    const before = v.tokens[i - 1].arg
    // "told President Volodymyr Zelensky": over the addressee's title.
    let j = i + 1
    while (j < i + 4 && v.tokens[j].arg < 0 && isAt(v.tokens[j], W_TITLE_WORDS)) j++
    const after = v.tokens[j]?.arg ?? -1
    if (before < 0 || after < 0) return null
    const x = v.args[before]
    const y = v.args[after]
    if (x.venue || y.venue || prepBefore(v, x.first, -1) !== null) return null
    return x.parties[0] !== y.parties[0] ? [x.parties[0], y.parties[0]] : null
  }
  return null
}

/**
 * addParties unless `a` is a private body: "Samsung's chairman met Japanese business leaders" names no
 * party (a module function, not a closure per call: see digitAt).
 */
function addPublicParties(v: SentenceView, parties: number[], a: Arg): void {
  if (!privateBody(v, a)) addParties(parties, a)
}

/** The first parties of a coordination's members other than `first` (and `not`), once each. */
function otherParties(group: Arg[], first: number, not: number): number[] {
  const out: number[] = []
  for (const a of group) {
    const p = a.parties[0]
    if (p !== first && p !== not && !out.includes(p)) out.push(p)
  }
  return out
}

/** Acts of taking: what follows "from" is whom they take from. */
const THEFT = set('stole stolen steal steals stealing theft thefts heist heists robbed robbery looted')
const W_THEFT = classBit(THEFT)

/** The from-phrase of a theft verb after the trigger in its clause: whom the theft takes from. */
function theftVictim(v: SentenceView, last: number): Arg | null {
  const { tokens } = v
  // Over "known as TraderTraitor", "linked to North Korea": up to the clause's punctuation.
  let end = last + 1
  while (end < tokens.length && end - last < 24 && !/^[,;.:]$/.test(tokens[end].text)) end++
  for (let k = last + 1; k < end; k++) {
    if (!isAt(tokens[k], W_THEFT) || tokens[k].arg >= 0) continue
    for (const f of argsIn(v, k, end)) if (f.prep === 'from' && !f.arg.venue) return f.arg
    return null
  }
  return null
}

/** Participles telling what an act did to whom ("..., disrupting navigation on South Korean boats"). */
const EFFECTS = set('disrupting affecting hitting damaging crippling paralysing paralyzing targeting')

function hitByEffect(v: SentenceView, right: number): Arg | null {
  const { tokens } = v
  // "jamming GPS signals ... since Wednesday, disrupting ...": the comma closing the act's time phrase.
  let comma = right
  while (comma < tokens.length && comma - right < 8 && !/^[,;.:]$/.test(tokens[comma].text)) comma++
  if (tokens[comma]?.text !== ',' || !EFFECTS.has(tokens[comma + 1]?.text ?? '')) return null
  let end = comma + 2
  while (end < tokens.length && !/^[,;.:]$/.test(tokens[end].text)) end++
  for (const f of argsIn(v, comma + 1, end)) if (!f.arg.venue) return f.arg
  return null
}

function possessivePronounBefore(v: SentenceView, first: number): boolean {
  for (let k = first - 1, hops = 0; k >= 0 && hops < 3; k--, hops++) {
    const t = v.tokens[k]
    if (!t.word) return false
    if (is(t, W_POSSESSIVE_PRONOUNS)) return true
    // "Kim called for an expansion of the country's nuclear arsenal": "the country" refers back like "its".
    if (STATE_ANAPHORS.has(t.text) && v.tokens[k - 1]?.text === 'the') return true
  }
  return false
}

const STATE_ANAPHORS = set("country's nation's regime's")

/** The receiving verb ("bought", "purchases") between the clause start and the trigger, or -1. */
function receivingVerb(v: SentenceView, left: number, last: number): number {
  for (let k = left + 1; k <= last; k++) {
    if (RECEIVE.has(v.tokens[k].text)) return k
    // "did not take delivery of any munitions from Pyongyang".
    if (
      v.tokens[k].text === 'delivery' &&
      /^(take|takes|took|taken|taking)$/.test(v.tokens[k - 1]?.text ?? '')
    )
      return k - 1
  }
  return -1
}

const HELP = set('help helps support assist aid')

/** Parts of a state a transfer reaches: "to flood-hit areas of North Korea", "to the people of Ukraine". */
const RECIPIENT_PARTS = set('areas area regions region parts provinces people residents victims civilians')

/** "to help Ukrainian civilians", "to support Ukraine": the one a transfer's purpose helps, or -1. */
function helped(v: SentenceView, last: number, right: number): number {
  const { tokens } = v
  for (let k = last + 1; k < Math.min(right, last + 4); k++) {
    const w = tokens[k].text
    // "grant aid for Ukraine's energy projects": whose need a transfer is for receives it.
    if (w === 'for') {
      const j = tokens[k + 1]?.text === 'the' ? k + 2 : k + 1
      const a = tokens[j]?.arg ?? -1
      if (a >= 0 && v.args[a].possessive && !v.args[a].venue) return v.args[a].parties[0]
    }
    // "to flood-hit areas of North Korea", "to the people of Ukraine": the places or people of a state.
    if (w === 'to')
      for (let j = k + 1; j < Math.min(right, k + 5); j++) {
        const t = tokens[j]
        if (t.text === 'of' && RECIPIENT_PARTS.has(tokens[j - 1].text)) {
          const a = tokens[j + 1]?.arg ?? -1
          return a >= 0 ? v.args[a].parties[0] : -1
        }
        if (!t.word || t.arg >= 0 || is(t, W_PREPS)) break
      }
    if (!tokens[k].word || tokens[k].arg >= 0) break
  }
  for (let k = last + 1; k < Math.min(right, last + 6); k++) {
    if (v.tokens[k].text !== 'to' || !HELP.has(v.tokens[k + 1]?.text ?? '')) continue
    for (let j = k + 2; j < Math.min(v.tokens.length, k + 5); j++) {
      const a = v.tokens[j].arg
      if (a >= 0) return v.args[a].venue ? -1 : v.args[a].parties[0]
      if (!v.tokens[j].word || is(v.tokens[j], W_PREPS)) return -1
    }
    return -1
  }
  return -1
}

/** The person taking office: the object of "named/appointed X", Y of "replace X with Y", else the subject. */
function leadershipPerson(
  c: EnContext,
  subject: Arg[],
  after: ArgAt[],
  inner: Arg | null,
): { source: number; target: number } {
  const trig = c.v.tokens[c.last].text
  const transitive = LEADERSHIP_TRANSITIVE.has(trig)
  // "dismissed President Lee's proposal": the object is the possessor's thing, nobody leaves office.
  const object = after[0]
  if (
    transitive &&
    object &&
    object.prep === null &&
    object.arg.possessive &&
    object.arg.first === c.last + 1 + titleWords(c.v, c.last + 1)
  )
    return { source: -1, target: -1 }
  let withPerson = -1
  let objectPerson = -1
  let anyPerson = -1
  for (const f of after) {
    const p = f.arg.parties[0]
    if (!c.isPerson(p)) continue
    if (anyPerson < 0) anyPerson = p
    if (f.prep === 'with' && withPerson < 0) withPerson = p
    if ((f.prep === null || f.prep === 'of') && objectPerson < 0) objectPerson = p
  }
  if (withPerson >= 0 && /^replac/.test(trig)) return { source: withPerson, target: -1 }
  // "sent a message to Takaichi after parliament elected her as prime minister": her is the person named before.
  if (transitive && objectPerson < 0 && /^(her|him)$/.test(c.v.tokens[c.last + 1]?.text ?? '')) {
    for (let k = c.first - 1; k >= 0; k--) {
      const a = c.v.tokens[k].arg
      if (a >= 0 && c.isPerson(c.v.args[a].parties[0])) return { source: c.v.args[a].parties[0], target: -1 }
    }
    if (c.isPerson(c.previousSubject)) return { source: c.previousSubject, target: -1 }
  }
  if (transitive && objectPerson >= 0) return { source: objectPerson, target: -1 }
  const person = (a: Arg | undefined | null) => (a && c.isPerson(a.parties[0]) ? a.parties[0] : -1)
  let source = person(inner)
  if (source < 0) source = person(subject[0])
  if (source < 0) source = anyPerson
  if (source < 0) source = firstParty(inner ?? subject[0])
  // "assumed command of U.S. Forces Korea": a commander no taxonomy person changes the command's organisation.
  if (source < 0) source = commandTaken(c, after)
  return { source, target: -1 }
}

/** The organisation of "assumed/took command of X" right after the trigger, else -1. */
function commandTaken(c: EnContext, after: ArgAt[]): number {
  if (c.v.tokens[c.last].text !== 'command') return -1
  const f = after[0]
  return f && f.prep === 'of' && f.arg.first === c.last + 2 ? f.arg.parties[0] : -1
}

/** How many title words ("President", "Prime Minister") start at token i. */
function titleWords(v: SentenceView, i: number): number {
  let n = 0
  while (n < 3 && v.tokens[i + n]?.arg < 0 && isAt(v.tokens[i + n], W_TITLE_WORDS)) n++
  return n
}

/** The winner when a person wins, else the country holding the election. */
function electionSource(c: EnContext, subject: Arg[], inner: Arg | null): number {
  const { v, clause } = c
  // "congratulated Lee Jae-myung on his election": the one congratulated on it won it.
  let k = c.first - 1
  while (k > 0 && /^(his|her|their|its|the|election|electoral|landslide)$/.test(v.tokens[k].text)) k--
  const won = v.tokens[k - 1]?.arg ?? -1
  if (
    v.tokens[k]?.text === 'on' &&
    won >= 0 &&
    /^congratulat/.test(v.tokens[v.args[won].first - 1]?.text ?? '')
  )
    return v.args[won].parties[0]
  let win = false
  for (let k = clause.left + 1; k < clause.right; k++) if (WIN.has(v.tokens[k].text)) win = true
  const s = subject[0]
  if (win && s && c.isPerson(s.parties[0])) return s.parties[0]
  if (win && inner && c.isPerson(inner.parties[0])) return inner.parties[0]
  // "Liberal candidate Lee Jae-myung won ...", "Lee sworn in after snap election win": the person who won.
  if (win && !s && !inner)
    for (const a of v.args) if (!a.venue && c.isPerson(a.parties[0])) return a.parties[0]
  for (const a of [inner, s]) {
    if (!a) continue
    const country = c.countryOf(a.parties[0])
    if (country >= 0) return country
  }
  return -1
}

// ── Modality ────────────────────────────────────────────────────────────────────

const NEGATION = set('not never no without neither nor cannot')
const W_NEGATION = classBit(NEGATION)
const DENIAL = set(
  'denied denies deny denying dismissed dismisses dismissing rejected rejects rejecting refuted refutes ' +
    // "did not rule out supplying": the base form after a negation too (a possibility, not a denial).
    'refuting rule ruled rules ruling cancelled canceled cancels scrapped scraps refused refuses refuse refusing',
)
const W_DENIAL = classBit(DENIAL)
/** Excluding: a possibility when negated ("does not exclude"), as ruling out is; nothing otherwise. */
const EXCLUDE = set('exclude excludes excluded excluding')

/**
 * "there are no concrete plans for Kim Jong Un to visit Russia, Kremlin spokesman Dmitry Peskov said", "Trump says
 * chips not discussed in talks with Xi": a state reporting that an act it is a party to (the act's target) did not
 * happen denies it, as it denies its own (taxonomy rule 4). Not a third party's report ("the JCS said North Korea
 * had not fired", "Seoul said North Korea had no plans to hold talks with Japan").
 */
export function deniedAsPartyEn(
  target: number,
  speaker: number,
  countryOf: (p: number) => number,
  frame: Frame,
): boolean {
  return target >= 0 ? countryOf(target) === countryOf(speaker) : frame === Frame.Symmetric
}

/** Plain saying verbs: a state's own voice ("said", "told"), not a claim it reports ("claimed", "reported"). */
const OWN_VOICE = set('said says told')
/** What another party is said to lack ("North Korea had no plans to ..."): its intent reported, nothing denied. */
const INTENT_NOUNS = set('plan plans intention intentions')

/**
 * "South Korea's JCS said North Korea had not fired a missile", "Kim will not attend the parade, the Kremlin said":
 * a state body saying in its own voice that another's act did not or will not happen denies it (t5 t37 t76), the
 * speaker's argument right before said/says/told (over a date or title, 4 tokens at most; a possessive only over
 * a body of its state, "Japan's defence ministry said"); not a speaker found through "which claimed" ("a
 * Washington think tank which claimed ...").
 */
export function deniesInOwnVoiceEn(v: SentenceView, speaker: number): boolean {
  const { tokens } = v
  return v.args.some((a) => {
    if (a.parties[0] !== speaker) return false
    for (let k = a.last + 1; k <= a.last + 4 && k < tokens.length; k++) {
      if (OWN_VOICE.has(tokens[k].text)) return !anotherLacksIntent(tokens, k)
      if (!tokens[k].word || tokens[k].arg >= 0 || /^(which|who|that)$/.test(tokens[k].text)) return false
      // "Japan's defence ministry said": a possessive speaks through a body of its state only.
      if (a.possessive && !isAt(tokens[k], W_STATE_BODIES)) return false
    }
    return false
  })
}

/**
 * "Seoul said North Korea had no plans to hold talks with Japan": after the saying verb, another party's lacking a
 * plan is its intent reported, not an act the speaker denies (round nineteen's reading, statements-round19).
 */
function anotherLacksIntent(tokens: Token[], said: number): boolean {
  for (let k = said + 1; k < tokens.length - 1; k++)
    if (tokens[k].text === 'no' && INTENT_NOUNS.has(tokens[k + 1].text)) return true
  return false
}

const SPECULATION = set(
  'may might could possibly possible likely unlikely probably perhaps potential potentially if unless ' +
    'whether feared fears fear concern concerns speculation speculated speculate rumored rumoured rumors ' +
    'rumours predict predicts predicted forecast hypothetical appears seems seem suspected alleged warned ' +
    'warns warn warning chance chances prospect prospects possibility risk risks scenario scenarios ' +
    'contingency imminent',
)
const W_SPECULATION = classBit(SPECULATION)
const PLAN = set(
  "will 'll shall plans plan planned planning intends intend intended aims aim seeks seek sought set " +
    'scheduled due agreed agree agrees decided decide pledged pledges pledge pledging vowed vows vow ' +
    'promised promises promise offered offers offer offering proposed proposes propose proposal wants want ' +
    'wanted hopes hope hoped preparing prepares prepare preparations ready upcoming forthcoming next urged ' +
    'urges urge urging asked invited invites considering considers mulling weighing expected expects expect ' +
    'envisages called calls calling demanded demands demanding seeking poised slated mulls weighs eyes eyeing ' +
    'intending ' +
    // "postponed the drills to September": a postponed act is still to come.
    'postponed postpones postponing rescheduled delayed delays delaying deferred defers deferring',
)
const W_PLAN = classBit(PLAN)
const REVERSING = set(
  'cancel cancelled halt halted suspend suspended postpone postponed scrap scrapped stop stopped end scale',
)
const W_REVERSING = classBit(REVERSING)

/** A date or time the event is set for: a weekday, a month, "next week", "tomorrow", a number. */
function hasDate(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = tokens[k].text
    if (is(tokens[k], W_TIME_WORDS) || w === 'tomorrow' || w === 'today' || w === 'next' || w === 'later')
      return true
  }
  return false
}

function firstReporting(tokens: Token[]): number {
  for (let k = 0; k < tokens.length; k++) if (isReporting(tokens[k])) return k
  return -1
}

const PACTS = set('treaty pact clause accord alliance charter')

/** The trigger's clause ends where a condition starts: "... sanctions if", "..., unless", "in case". */
function conditionAfter(tokens: Token[], clause: Clause): boolean {
  // "a treaty that obliges each side to provide military assistance if attacked": a pact's provision.
  for (let j = 0; j < clause.right; j++) if (PACTS.has(tokens[j].text)) return false
  let k = clause.right
  if (tokens[k]?.text === ',') k++
  const w = tokens[k]?.text
  return w === 'if' || w === 'unless' || (w === 'in' && tokens[k + 1]?.text === 'case')
}

/** Modals of what would be (not "will": a condition on a plan is conditionAfter's). */
const SUPPOSING_MODALS = /^(would|could|might|'d)$/

/** A condition opening at k: "if", ", provided (that)", "providing", "as long as", "on condition that". */
function conditionAt(tokens: Token[], k: number): boolean {
  const w = tokens[k].text
  if (w === 'if') return tokens[k + 1]?.text !== 'any'
  if (w === 'provided' || w === 'providing')
    return tokens[k - 1]?.text === ',' || tokens[k + 1]?.text === 'that'
  if (w === 'as') return tokens[k + 1]?.text === 'long' && tokens[k + 2]?.text === 'as'
  return w === 'on' && tokens[k + 1]?.text === 'condition' && tokens[k + 2]?.text === 'that'
}

/**
 * "said they would not object to Tokyo lifting its sanctions, provided all victims are sent home", "would have no
 * reason to shun talks if Washington dropped its demand", "sanctions were 'something we could talk about' if he met
 * Kim": a would/could/might clause holding the trigger, with a condition after the trigger, tells what would be if
 * the condition held, a possibility (tu t53 t61 t88), not a report, a plan or a denial of the act. The modal stands
 * before the trigger in its stretch of sentence (back to a mark or a reporting verb, ten words), or in the predicate
 * of a noun trigger (its phrase, then "be" or the modal; no comma before the condition); the condition comes within
 * twenty words, before a reporting verb or a semicolon. Not a pact's provision ("a treaty that would oblige each to
 * help if attacked").
 */
function conditionedModal(tokens: Token[], first: number, last: number): boolean {
  let cond = -1
  for (let k = last + 1; k < tokens.length && k <= last + 20; k++) {
    if (tokens[k].text === ';' || tokens[k].text === '.' || isReporting(tokens[k])) break
    if (conditionAt(tokens, k)) {
      cond = k
      break
    }
  }
  if (cond < 0) return false
  for (let j = 0; j < cond; j++) if (PACTS.has(tokens[j].text)) return false
  for (let k = first - 1; k >= 0 && k >= first - 10; k--) {
    const t = tokens[k]
    if (SUPPOSING_MODALS.test(t.text)) return true
    if ((!t.word && !/^['"‘’“”-]$/.test(t.text)) || isReporting(t)) break
  }
  // After a noun trigger: its phrase (prepositions and parties), then its verb, "be" or the modal itself.
  let k = last + 1
  while (k < cond && (tokens[k].arg >= 0 || is(tokens[k], W_PREPS))) k++
  if (!is(tokens[k], W_BE) && !SUPPOSING_MODALS.test(tokens[k].text)) return false
  for (; k < cond && k <= last + 12; k++) {
    if (tokens[k].text === ',') return false
    if (SUPPOSING_MODALS.test(tokens[k].text)) return true
  }
  return false
}

/** "next week", "tomorrow", "later this month" after the trigger, in its clause (a few words on). */
function futureDateAfter(tokens: Token[], last: number, right: number): boolean {
  for (let k = last + 1; k < Math.min(right, last + 8); k++) {
    const w = tokens[k].text
    if (w === 'tomorrow') return true
    if ((w === 'next' || w === 'later') && isAt(tokens[k + 1], W_TIME_WORDS)) return true
    if (w === 'later' && tokens[k + 1]?.text === 'this' && isAt(tokens[k + 2], W_TIME_WORDS)) return true
  }
  return false
}

/** "since January", "since 2017" after the trigger, before its clause ends. */
function sinceAfter(tokens: Token[], last: number, right: number): boolean {
  for (let k = last + 1; k <= right && k < tokens.length; k++) if (tokens[k].text === 'since') return true
  return false
}

/** Nouns of a claim whose "that" clause holds the event ("reports that Russia supplied ..."). */
const CLAIM_NOUNS = set(
  'reports report claims claim allegations allegation rumours rumors suggestions accusations story stories',
)
/** Words that make a claim noun the one just told of ("the report", "this story", "such claims"). */
const CLAIM_DETERMINERS = set('the this that these those such')
/** Nouns "no such" denies that stand for an act told before: "no such plans", "no such shipment". */
const DENIED_ACT_NOUNS = set('plans plan arrangement arrangements shipment shipments deliveries delivery')
/**
 * Trigger forms that deny a claim: call it false ("not accurate", "untrue"), or deny what it told ("no such").
 * Kept apart from FALSEHOOD_WORDS on purpose: this set is the statement event's own trigger forms (the last five of
 * its list in taxonomy.default.json), which claimDeniedEn gates; the core is the predicate words read around some
 * other trigger (baseless, fabricated: no triggers), and neither "no such" nor "inaccurate" is a predicate there.
 */
export const FALSEHOOD_EN = /^(not accurate|not true|inaccurate|untrue|no such)$/

/**
 * "said the report was 'not accurate'", "'This story is not true,' ... said", "said these claims were untrue": the
 * falsehood word at `first` is the predicate of a definite claim noun; "'There are no such plans,' ... told
 * reporters", "said no such shipment was under way": "no such" opens its clause and denies what was just told.
 * Either is what a denial of the claim says. Not "it was not true that ...", "the figures were inaccurate" (no claim
 * named), "no such restriction" (no act), nor "such" inside a clause ("had seen no such ...").
 */
export function claimDeniedAsFalse(v: SentenceView, first: number, trigger: (k: number) => boolean): boolean {
  const { tokens } = v
  let k = first - 1
  // (Over an opening quotation mark: "was 'not accurate'".)
  if (k >= 0 && isAnyQuoteMark(tokens[k])) k--
  if (tokens[first].text === 'no') {
    // What "such" takes up is an act the sentence's triggers name ("no such meeting") or a plan or shipment of
    // one; "no such restriction" (a trade measure) is no act of the domain, and denying it is no statement.
    const noun = first + 2
    if (!(trigger(noun) || DENIED_ACT_NOUNS.has(tokens[noun]?.text ?? ''))) return false
    // "there are no such plans", or "no such" opening the sentence, a quotation or a reported clause.
    if (k >= 1 && isAt(tokens[k], W_BE) && tokens[k - 1].text === 'there') return true
    return k < 0 || k < first - 1 || tokens[k].text === 'that' || isReporting(tokens[k])
  }
  return (
    k >= 2 &&
    isAt(tokens[k], W_BE) &&
    CLAIM_NOUNS.has(tokens[k - 1].text) &&
    CLAIM_DETERMINERS.has(tokens[k - 2].text)
  )
}

/** Words calling a claim false, whichever way it is named: the core of FALSE_CLAIM and CALLED_FALSE. */
const FALSEHOOD_WORDS = 'baseless groundless unfounded false fabricated'
/** What a claim is said to be when it is denied ("... were baseless", "is not true"). */
const FALSE_CLAIM = set(`${FALSEHOOD_WORDS} untrue fabrication`)

/**
 * "Claims that Russia supplied jets to Pyongyang were not true / were baseless": the trigger sits in
 * a claim noun's "that" clause, and the claim's own predicate, after the clause, calls it false.
 */
function claimCalledFalse(tokens: Token[], first: number, last: number): boolean {
  let that = -1
  for (let k = first - 1; k > 0 && first - k <= 16; k--) {
    const w = tokens[k].text
    if (w === '.' || w === ';') return false
    if (w === 'that' && CLAIM_NOUNS.has(tokens[k - 1].text)) {
      that = k
      break
    }
  }
  if (that < 0) return false
  for (let k = last + 1; k < tokens.length - 1; k++) {
    if (!isAt(tokens[k], W_BE)) continue
    let n = k + 1
    const not = tokens[n]?.text === 'not'
    if (not) n++
    while (n < tokens.length && !tokens[n].word) n++
    const w = tokens[n]?.text ?? ''
    if (not ? w === 'true' || w === 'accurate' : FALSE_CLAIM.has(w)) return true
  }
  return false
}

/** What a call verb names a claim when it denies it ("another hoax", "fake news", "groundless rumours"). */
const CALLED_FALSE = set(`${FALSEHOOD_WORDS} hoax fake fakes canard lies lie nonsense`)

/**
 * "Kremlin calls reports of North Korean troops in Russia 'another hoax'", "calls Telegram reports of ... 'fake
 * news'": the trigger is in a claim noun's of-phrase, the object of a call verb, and what the verb names it after
 * the trigger is a falsehood: the claimed act is denied (t48 and the headlines of t70 t74 t81). "calls reports of
 * troops in Russia 'credible'" names nothing false.
 */
function reportsCalledFalse(tokens: Token[], first: number, last: number): boolean {
  let of = -1
  for (let k = first - 1; k > 1 && first - k <= 6; k--) {
    const w = tokens[k].text
    if (!tokens[k].word || w === 'that') return false
    if (w === 'of') {
      of = k
      break
    }
  }
  if (of < 0 || !CLAIM_NOUNS.has(tokens[of - 1].text)) return false
  // The call verb right before the claim noun, or before one word describing it ("Telegram reports").
  if (!CALL_VERBS.has(tokens[of - 2]?.text ?? '') && !CALL_VERBS.has(tokens[of - 3]?.text ?? '')) return false
  for (let k = last + 1; k < tokens.length && k <= last + 12; k++) {
    if (tokens[k].text === '.' || tokens[k].text === ';') return false
    if (CALLED_FALSE.has(tokens[k].text)) return true
  }
  return false
}

const TIME_UNITS = /^(days?|weeks?|months?|years?|decades?)$/
/** Word classes no word of a noun phrase's nouns and adjectives is in (plainNoun). */
const PLAIN_NOUN_EXCLUDED = [
  W_VERBAL,
  W_PREPS,
  W_BE,
  W_MODALS,
  W_SUBORDINATORS,
  W_DETERMINERS,
  W_POSSESSIVE_PRONOUNS,
]
/** Words that close a time clause before the trigger: another clause opens there. */
const OTHER_CLAUSE = set('before when while because although though until unless if since but')

/** A word no apposition between commas holds: a verb, a preposition, a form of "be", a modal, a subordinator. */
const apposed = (t: Token) =>
  is(t, W_VERBAL) ||
  is(t, W_PREPS) ||
  is(t, W_BE) ||
  is(t, W_MODALS) ||
  is(t, W_SUBORDINATORS) ||
  isReporting(t)

/**
 * "The announcement came two days after Russia's chief of general staff, Valery Gerasimov, praised ...", "The
 * remarks came after Washington sanctioned ...": the trigger stands in a time clause opened by "after" after a span
 * of time or after "came"; the clause tells the earlier act the news is dated by, background, whatever its length
 * (an apposition between commas is in it). What a reporting verb in it reports is that report's news ("days after
 * the group reported that the North had shipped shells"); "hours after" is still the news; a clause a comma closes
 * before the trigger ends there ("Days after the vote, Japan held talks").
 */
function afterClause(v: SentenceView, first: number): boolean {
  const { tokens } = v
  for (let k = first - 1; k > 0; k--) {
    const t = tokens[k]
    if (!t.word) {
      if (t.text !== ',') return false
      // ", Valery Gerasimov,": an apposition of the clause's subject (a name, no verb), between commas.
      let j = k - 1
      while (j > 0 && k - j <= 5 && tokens[j].word && (tokens[j].arg >= 0 || !apposed(tokens[j]))) j--
      if (j === k - 1 || tokens[j].text !== ',') return false
      k = j
      continue
    }
    if (t.arg >= 0) continue
    // "days after the group reported that the North had shipped shells": a claim reported is that report's news.
    if (OTHER_CLAUSE.has(t.text) || isReporting(t)) return false
    if (t.text !== 'after') continue
    let b = k - 1
    while (b > 0 && /^(just|shortly|only|soon)$/.test(tokens[b].text)) b--
    const w = tokens[b]?.text ?? ''
    return TIME_UNITS.test(w) || /^(came|comes|come)$/.test(w)
  }
  return false
}

/** How many words of a noun phrase may stand between "followed" and the trigger ("Putin's signing of a"). */
const FOLLOWED_SPAN = 6

/**
 * "The exchange followed Putin's signing of a mutual-defence treaty with Kim", "the drill follows the North's launch
 * last week": an act named in the object of "followed"/"follows" is the earlier one the subject comes after, recalled
 * as its context (t35 t86 t93), as the prefix "following the" is. The trigger's phrase runs back to the verb over
 * names, possessives, determiners, "of" and plain nouns; not "was followed by" (the later act), "followed up", nor a
 * verb with a modal ("talks will follow the signing": to come).
 */
function followedAct(v: SentenceView, first: number): boolean {
  const { tokens } = v
  for (let k = first - 1, hops = 0; k > 0 && hops < FOLLOWED_SPAN; k--, hops++) {
    const t = tokens[k]
    if (/^(followed|follows)$/.test(t.text))
      return !is(tokens[k - 1], W_BE) && !is(tokens[k - 1], W_MODALS) && tokens[k + 1]?.text !== 'up'
    if (!t.word) return false
    if (t.arg >= 0 || t.text.endsWith("'s") || t.text === 'of') continue
    if (!is(t, W_DETERMINERS) && !is(t, W_POSSESSIVE_PRONOUNS) && !plainNoun(t) && !t.text.endsWith('ing'))
      return false
  }
  return false
}

/**
 * Whether a token ends upToNow's stretch: the sentence's edge or a , ; : . mark. A module function, not a closure
 * made per call: under keepNames (tsx, wrangler) each closure made runs a defineProperty.
 */
function stretchStop(t: Token | undefined): boolean {
  return t === undefined || (!t.word && /^[,;:.]$/.test(t.text))
}

/**
 * "Seoul has so far provided Ukraine with humanitarian support", "Until now Seoul has sent Kyiv only aid", "until now
 * the service has carried out its missile firings in the United States": a perfect with "so far", "thus far", "until
 * now" or "up to now" in the trigger's stretch of the sentence (between , ; : marks) sums up what was done before,
 * recalled as the context of what is new (a negation, "has so far refused", decided first: denied).
 */
function upToNow(v: SentenceView, first: number): boolean {
  const { tokens } = v
  let a = first
  while (a > 0 && !stretchStop(tokens[a - 1])) a--
  let b = first
  while (b < tokens.length && !stretchStop(tokens[b])) b++
  let now = false
  let perfect = false
  for (let k = a; k < b; k++) {
    const w = tokens[k].text
    const next = tokens[k + 1]?.text
    if (((w === 'so' || w === 'thus') && next === 'far') || ((w === 'until' || w === 'up') && next === 'now'))
      now = true
    if (k < first && /^(has|have)$/.test(w))
      for (let j = k + 1; j <= k + 3 && j <= first; j++)
        if (tokens[j].arg < 0 && pastForm(tokens[j].text)) perfect = true
  }
  return now && perfect
}

const PERIOD_OPENERS = set('during in under throughout')
const PERIOD_DETERMINERS = set('his her their its the')
const EARLIER = set('first previous former earlier last past')
const PERIODS = set('term tenure presidency administration government premiership')

/** "during his first term", "under the previous government": the trigger's clause is set in an earlier period. */
function earlierPeriod(tokens: Token[], clause: Clause): boolean {
  const end = Math.min(clause.right, tokens.length)
  for (let k = Math.max(0, clause.left + 1); k + 3 < end; k++) {
    if (!PERIOD_OPENERS.has(tokens[k].text)) continue
    // "during Trump's first term": a named holder stands where "his" would.
    let d = k + 1
    while (d < end && tokens[d].arg >= 0 && tokens[d + 1]?.arg === tokens[d].arg) d++
    if (!PERIOD_DETERMINERS.has(tokens[d]?.text ?? '') && !(tokens[d]?.arg >= 0)) continue
    if (EARLIER.has(tokens[d + 1]?.text ?? '') && PERIODS.has(tokens[d + 2]?.text ?? '')) return true
  }
  return false
}

/** A perfect with a span of time right before the trigger: "has long condemned", "have for decades denounced". */
function habitSince(tokens: Token[], first: number): boolean {
  const w = tokens[first - 1]?.text
  if (w === 'long') return /^(has|have|had)$/.test(tokens[first - 2]?.text ?? '')
  return (
    /^(years|decades)$/.test(w ?? '') &&
    tokens[first - 2]?.text === 'for' &&
    /^(has|have|had)$/.test(tokens[first - 3]?.text ?? '')
  )
}

/** Auxiliaries that make "killed" a finite passive or a perfect ("were killed in", "has killed"). */
const KILLED_AUX = /^(is|are|was|were|be|been|being|has|have|had|get|got|gets)$/
/** What governs a phrase naming the dead: a preposition ("remains of", "tribute to") or a verb of remembrance. */
const REMEMBERED_GOVERNOR =
  /^(of|to|for|honou?r(s|ed|ing)?|mourn(s|ed|ing)?|remember(s|ed|ing)?|commemorat(e|es|ed|ing))$/
const NOW_WORDS =
  /^(today|yesterday|overnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this)('s|’s)?$/

/**
 * "the remains of soldiers killed in the Korean War", "honours service members killed in clashes with North
 * Korea": the dead named by how they died, in a phrase a preposition or a verb of remembrance governs, are
 * remembered, not today's news (the trigger is "killed" or stands in its in/during phrase). Not "were killed in"
 * (a report), a headline's "Five killed in strike" or "Ukraine says 30 soldiers killed in ..." (nothing governs
 * the dead, or a reporting verb does), nor "killed in Tuesday's clash" (dated now).
 */
function killedRemembered(tokens: Token[], first: number): boolean {
  let k = first
  while (k >= 0 && k > first - 6 && tokens[k].text !== 'killed') {
    if (!tokens[k].word && tokens[k].text !== '-') return false
    k--
  }
  if (k < 1 || tokens[k].text !== 'killed' || !/^(in|during)$/.test(tokens[k + 1]?.text ?? '')) return false
  for (let a = k + 2; a < Math.min(tokens.length, k + 8) && tokens[a].word; a++)
    if (NOW_WORDS.test(tokens[a].text)) return false
  let j = k - 1
  while (j > 0 && tokens[j].text.endsWith('ly')) j--
  if (!tokens[j].word || KILLED_AUX.test(tokens[j].text)) return false
  for (let h = j - 1; h >= Math.max(0, j - 7); h--) {
    const t = tokens[h]
    if (!t.word || isReporting(t)) return false
    if (REMEMBERED_GOVERNOR.test(t.text)) return true
  }
  return false
}

/**
 * "A nuclear attack by North Korea on the U.S. will result in the end of its regime", "a potential North Korean
 * nuclear attack", "simulating a nuclear attack": no nuclear attack has been made in the news this tags, so one
 * named is a scenario planned against or warned of (speculative), however the sentence words it.
 */
const nuclearAttack = (tokens: Token[], first: number) =>
  /^(attacks?|strikes?)$/.test(tokens[first].text) && tokens[first - 1]?.text === 'nuclear'

/** Prepositions that take "the fighting" as a war already known: "role in", "during", "course of". */
const RECALLING_PREPS = /^(in|during|of|since|from)$/

/**
 * "troops' role in the Kursk fighting", "letters written during the fighting", "infrastructure destroyed in the
 * fighting", "changed the course of the fighting": "the fighting" a preposition takes is a war the reader knows,
 * recalled as the setting of something else (background), not a fight reported; not when a day dates it now
 * ("in the fighting on Monday").
 */
function fightingRecalled(tokens: Token[], first: number): boolean {
  if (tokens[first].text !== 'fighting') return false
  let k = first - 1
  if (tokens[k]?.text !== 'the' && tokens[k]?.word) k--
  if (tokens[k]?.text !== 'the' || !RECALLING_PREPS.test(tokens[k - 1]?.text ?? '')) return false
  for (let a = first + 1; a < Math.min(tokens.length, first + 5) && tokens[a].word; a++)
    if (NOW_WORDS.test(tokens[a].text)) return false
  return true
}

/** Words of the taxonomy's English background cues and prefixes that date what they stand in. */
const PAST_CUES = set(
  'ago previously previous earlier former past since last history following wake aftermath prior',
)

/** A background cue at token k: a cue word, a year, "days after", "at the time", "had met", "was the first". */
function pastCueAt(tokens: Token[], k: number, first: number): boolean {
  const w = tokens[k].text
  if (PAST_CUES.has(w) || /^(19|20)\d\d$/.test(w)) return true
  if (w === 'after') return TIME_UNITS.test(tokens[k - 1]?.text ?? '')
  if (w === 'had') return k === first - 1
  if (w === 'time') return tokens[k - 1]?.text === 'the' && tokens[k - 2]?.text === 'at'
  return w === 'first' && tokens[k - 1]?.text === 'the' && tokens[k - 2]?.text === 'was'
}

/**
 * "The FBI said North Korean hackers were behind last week's theft", "broke into a hospital's servers last
 * month, the police said": an attack attributed in a finding made public is the news, however long ago it
 * was carried out (as disclosedKo). A reporting verb in the sentence discloses it, unless a past date
 * follows that verb ("police said last month that ...": the finding itself is recalled), or the sentence
 * tells a penalty the attack is the reason of ("imposed sanctions on ... that had laundered cryptocurrency
 * stolen in last year's heists": background, as a penalty's "for").
 */
export function disclosed(v: SentenceView): boolean {
  const { tokens } = v
  v.firstReporting ??= firstReporting(tokens)
  const k = v.firstReporting
  if (k < 0 || tokens.some((t) => t.text.startsWith('sanction'))) return false
  for (let j = k + 1; j <= k + 3 && j < tokens.length; j++) {
    const w = tokens[j].text
    if (w === 'last' || w === 'earlier' || w === 'ago' || /^(19|20)\d\d$/.test(w)) return false
  }
  return true
}

/** Arrival words of people counted in a tally (humanitarian: defectors who reached a country). */
const ARRIVED_EN = new Set(['arrived', 'arrivals', 'reached', 'entered', 'resettled'])

/**
 * "A total of 236 North Korean defectors reached South Korea last year, the ministry said": a count of people
 * who arrived over a past period, made public now, is the news of the tally (t67 t78), not an arrival recalled.
 * A count (a figure that is no year) and an arrival word in the sentence.
 */
export function arrivalTallyEn(v: SentenceView): boolean {
  const { tokens } = v
  return (
    tokens.some((t) => /^\d[\d,]*$/.test(t.text) && !/^(19|20)\d\d$/.test(t.text)) &&
    tokens.some((t) => ARRIVED_EN.has(t.text))
  )
}

/** "a North Korean soldier ... taken into custody" (t89 t94), not "taken into custody by South Korean troops". */
export function takenInWithoutTaker(v: SentenceView, first: number, last: number): boolean {
  return v.tokens[first].text === 'taken' && v.tokens[last + 1]?.text !== 'by'
}

/** Nouns of a drill a relief word may name the purpose of. */
const DRILL_NOUN_EN = new Set(['exercise', 'exercises', 'drill', 'drills', 'training', 'sarex'])

/**
 * "a trilateral humanitarian assistance and disaster relief exercise", "joint disaster-relief drill": relief
 * naming what a drill practises is the drill's kind, no relief given (t31; 인도적 차원의 훈련, t69 t77).
 */
export function reliefDrillEn(v: SentenceView, last: number): boolean {
  for (let k = last + 1; k <= last + 4 && k < v.tokens.length; k++) {
    const w = v.tokens[k]
    if (!w.word || w.arg >= 0) return false
    if (DRILL_NOUN_EN.has(w.text)) return true
  }
  return false
}

/**
 * "accused of laundering cryptocurrency stolen by state-backed hackers, including proceeds of the Bybit heist": a
 * theft a participle names inside what is laundered is the loot's origin, carried out before the laundering the
 * sentence tells (background: t45 t72); not "helped launder cryptocurrency that hackers stole" nor "laundering
 * stolen cryptocurrency" (the gold reads the theft there as part of the allegation, t12), nor "the hackers have
 * begun laundering the funds" (the theft before the laundering word is told). Also "launderers who moved North
 * Korea's stolen crypto": the thief named as the loot's owner before the participle (t90).
 */
export function launderedLoot(v: SentenceView, first: number, last: number): boolean {
  const { tokens } = v
  for (let k = first - 1; k >= 0 && k >= first - 16; k--) {
    const w = tokens[k].text
    if (w === '.' || w === ';' || w === ':') return false
    if (!w.startsWith('launder')) continue
    for (let j = k + 1; j <= last; j++)
      if (tokens[j].text === 'stolen' && tokens[j + 1]?.text === 'by') return true
    // "launderers who moved North Korea's stolen crypto": the thief named as the loot's owner, its origin.
    return tokens[first].text === 'stolen' && /'s$/.test(tokens[first - 1]?.text ?? '')
  }
  return false
}

/**
 * A background cue dates the clause it stands in: "it may reject the offer as it has in the past",
 * "the first such aid to reach the country since it sealed its borders in 2020", "wanted to hold a
 * summit ... to resolve the issue of nationals abducted decades ago". True when the words between
 * commas around the trigger hold such a cue, all of them outside the trigger's own clause (its
 * subordinate "as", "since", relative or "to" clause): the trigger keeps its own modality.
 */
export function pastCueElsewhere(v: SentenceView, first: number, last: number, clause: Clause): boolean {
  const { tokens } = v
  const stop = (t: Token) => !t.word && /^[,;:()]$/.test(t.text)
  let a = first
  while (a > 0 && !stop(tokens[a - 1])) a--
  let b = last + 1
  while (b < tokens.length && !stop(tokens[b])) b++
  let right = clause.right
  // "to resolve the issue of ...": an infinitive of purpose after the trigger's phrase opens its own clause.
  for (let k = last + 1; k < right; k++)
    if (tokens[k].text === 'to' && isAt(tokens[k + 1], W_PURPOSE_VERBS)) right = k
  let outside = false
  for (let k = a; k < b; k++) {
    if (!tokens[k].word || tokens[k].arg >= 0 || !pastCueAt(tokens, k, first)) continue
    if (k >= Math.max(clause.left, a) && k < right) return false
    // "the Washington Declaration that Biden and Yoon adopted in April 2023": the date in the trigger noun's
    // own relative clause dates that noun's act.
    if (k > right && ownRelativeClause(tokens, last, right)) return false
    // "sank in March 2010 after a torpedo attack", "collapsed in 2002 after officials accused": a clause of
    // "after" right behind a dated one tells an act earlier still.
    if (k < clause.left && clause.left - k <= 2 && tokens[clause.left].text === 'after') return false
    outside = true
  }
  return outside
}

/** A "that"/"which" clause opening right after a noun trigger: the clause that says what was done to it. */
function ownRelativeClause(tokens: Token[], last: number, right: number): boolean {
  return (
    right === last + 1 &&
    /^(that|which)$/.test(tokens[right]?.text ?? '') &&
    !/(ed|ing)$/.test(tokens[last].text)
  )
}

const W_PURPOSE_VERBS = classBit(
  set('resolve discuss address help ensure mark support prevent counter deter'),
)

/** "for helping", "for supplying": the reason a penalty or a protest gives. */
const REASON_AFTER_FOR = set(
  'helping supplying shipping providing sending aiding facilitating allegedly involvement',
)

/** "concern over", "fears about": a worry whose object is a thing that is, not a clause that may be. */
const worryOverThing = (tokens: Token[], k: number) =>
  /^(concerns?|fears?)$/.test(tokens[k].text) && /^(over|about|at|regarding)$/.test(tokens[k + 1]?.text ?? '')

const SITE_NOUNS = set('building buildings facility facilities site sites hall plant structure complex')

/**
 * "IAEA sees suspected new enrichment building at Yongbyon": "suspected" before a building's noun phrase doubts
 * what the building is for, not that it is there; the construction seen is reported (t7 t20 t22 t35 t45 t52
 * t61 t84; Korean 농축시설 추정 건물, korean.ts).
 */
function suspectedSite(tokens: Token[], k: number): boolean {
  if (tokens[k].text !== 'suspected') return false
  // (Not "suspected North Korea was building a reactor": a party or a verb ends the phrase.)
  for (let j = k + 1; j <= k + 4 && j < tokens.length && tokens[j].word; j++) {
    if (tokens[j].arg >= 0 || is(tokens[j], W_BE) || is(tokens[j], W_MODALS)) return false
    if (SITE_NOUNS.has(tokens[j].text)) return true
  }
  return false
}

const INCLUDING = set(
  'include includes included including incorporate incorporates incorporated incorporating reflect',
)

/**
 * "agreed to include nuclear-contingency scenarios in next August's exercise", "a nuclear operations scenario in the
 * Ulchi Freedom Shield exercise": a scenario included in a drill is the drill's content, not a guess about the drill
 * (t69 t82; Korean 시나리오를 포함하기로, scenarioIncludedKo). The cue word (scenario, or contingency before it) with an
 * including verb up to five words before and "in" / "into" right after the scenario noun: the including verb, or -1.
 */
function scenarioIncluded(tokens: Token[], k: number): number {
  let noun = k
  while (noun < k + 3 && noun < tokens.length && !/^scenarios?$/.test(tokens[noun].text)) noun++
  if (!/^scenarios?$/.test(tokens[noun]?.text ?? '') || !/^(in|into)$/.test(tokens[noun + 1]?.text ?? ''))
    return -1
  for (let j = k - 1; j >= 0 && j >= k - 5; j--) if (INCLUDING.has(tokens[j].text)) return j
  return -1
}

/** A speculation cue that names a scenario included in a drill (scenarioIncluded). */
const includedAt = (tokens: Token[], k: number) =>
  is(tokens[k], W_SPECULATION) && scenarioIncluded(tokens, k) >= 0

/** "agreed to include", "decided to incorporate": a plan word and "to" right before the verb at j. */
const agreedTo = (tokens: Token[], j: number) => tokens[j - 1]?.text === 'to' && is(tokens[j - 2], W_PLAN)

/** Words a modality cue may stand before the trigger's verb group ("will also soon provide"). */
const CUE_REACH = 6

/** The token before the first one a cue may stand on: CUE_REACH words back, a name counting as one. */
function reachBefore(v: SentenceView, anchor: number): number {
  let k = anchor - 1
  for (let words = 0; k >= 0 && words < CUE_REACH; k--) {
    const arg = v.tokens[k].arg
    if (arg < 0 || v.tokens[k - 1]?.arg !== arg) words++
  }
  return k
}

/**
 * The determiner opening the trigger noun's phrase ("will not take part in a trilateral foreign
 * ministers' meeting"): its modifiers are the noun's, so a cue's reach counts from there. The trigger
 * itself when no determiner opens it within four modifiers (no verb, preposition, possessive or party
 * between).
 */
function phraseStart(v: SentenceView, first: number, left: number): number {
  // A verbal trigger ("and hold talks") has no noun phrase to open.
  if (is(v.tokens[first], W_SUPPORT) || is(v.tokens[first], W_VERBAL)) return first
  for (let k = first - 1; k > left && first - k <= 4; k--) {
    const t = v.tokens[k]
    if (/^(and|or|but|nor)$/.test(t.text) || is(t, W_TIME_WORDS)) return first
    if (is(t, W_DETERMINERS)) return k
    // A possessive opens the phrase too ("the country's nuclear arsenal"): no further back.
    if (
      !t.word ||
      t.arg >= 0 ||
      t.text.endsWith("'s") ||
      is(t, W_PREPS) ||
      is(t, W_BE) ||
      is(t, W_SUPPORT) ||
      is(t, W_VERBAL)
    )
      return first
  }
  return first
}

/** The support verb taking the trigger noun ("will provide ... assistance"), if any. */
function supportVerbOf(v: SentenceView, first: number, left: number): number | null {
  for (let k = first - 1, hops = 0; k > left && hops < 8; k--, hops++) {
    const t = v.tokens[k]
    // "sent about 11,000 troops", "will send 1,000 deminers": a number's parts count as no word.
    if (inQuantity(v, k) || isDigit(t.text)) {
      hops--
      continue
    }
    if (!t.word) return null
    if (is(t, W_SUPPORT)) return k
    if (t.text === 'of') continue
    if (is(t, W_PREPS) && !/^\d/.test(v.tokens[k + 1]?.text ?? '')) return null
    if (is(t, W_BE) || isReporting(t) || (is(t, W_VERBAL) && !attributiveEd(v, k, first))) return null
  }
  return null
}

/**
 * "describing late-night talks", "about a partnership", "'the summit bowl'": the trigger is a noun no verb of its
 * own tells as an act (not a past or -ing form, no support verb: "held talks" tells new ones).
 */
export function bareNoun(v: SentenceView, first: number, left: number): boolean {
  const w = v.tokens[first].text
  return !pastForm(w) && !w.endsWith('ing') && supportVerbOf(v, first, left) === null
}

/**
 * "5,000 tonnes of fortified food", "the combined drills": an -ed word right before the trigger noun,
 * after "of", a determiner or a number, modifies it; no verb takes the noun there.
 */
function attributiveEd(v: SentenceView, k: number, first: number): boolean {
  const prev = v.tokens[k - 1]
  return (
    k === first - 1 &&
    prev !== undefined &&
    (prev.text === 'of' || is(prev, W_DETERMINERS) || isDigit(prev.text) || is(prev, W_SUPPORT))
  )
}

/** The trigger heads the clause's subject: nothing but its own modifiers and arguments before it. */
function subjectNoun(v: SentenceView, first: number, left: number): boolean {
  if (is(v.tokens[first], W_VERBAL)) return false
  for (let k = first - 1; k > left; k--) {
    const t = v.tokens[k]
    // "If they go well, diplomats say, a Xi visit could follow": a noun opening a clause after a comma.
    if (!t.word) return t.text === "'" || t.text === '"' || t.text === ','
    if (t.arg >= 0 || is(t, W_DETERMINERS) || /^\d/.test(t.text)) continue
    if (is(t, W_SUPPORT) || is(t, W_PREPS) || is(t, W_BE) || is(t, W_MODALS) || is(t, W_VERBAL)) return false
  }
  return true
}

/**
 * "sanctions would follow any North Korean nuclear test", "a response to any attack": an act named
 * with "any" is no particular one, only one that may happen (a negation before it decides first).
 */
function anyBefore(v: SentenceView, first: number): boolean {
  for (let k = first - 1, hops = 0; k >= 0 && hops < 4; k--, hops++) {
    const t = v.tokens[k]
    if (t.text === 'any') return true
    if (t.arg >= 0) continue
    if (!t.word || is(t, W_PREPS) || is(t, W_BE) || is(t, W_MODALS) || is(t, W_DETERMINERS)) return false
    if (is(t, W_VERBAL) || is(t, W_SUPPORT)) return false
  }
  return false
}

const APPROVING = set('approved approves approve approving cleared clears')

const ANSWERS = set('respond responds responded react reacts reacted retaliate retaliates reply price prices')

/** The preposition before the trigger's noun phrase that an answering word takes ("respond to"), or -1. */
function answeredAt(v: SentenceView, first: number): number {
  for (let k = first - 1, hops = 0; k >= 0 && hops < 5; k--, hops++) {
    const t = v.tokens[k]
    if (t.arg >= 0 || is(t, W_DETERMINERS) || is(t, W_POSSESSIVE_PRONOUNS)) continue
    if (/^(to|for|against)$/.test(t.text)) return ANSWERS.has(v.tokens[k - 1]?.text ?? '') ? k : -1
    if (!t.word || is(t, W_PREPS) || is(t, W_MODALS) || is(t, W_VERBAL) || is(t, W_SUPPORT)) return -1
  }
  return -1
}

/** Support verbs in their bare form, as after a modal ("will ... and hold talks"), and visit, meet. */
const BASE_SUPPORT = new Set([
  ...[...SUPPORT].filter(
    (w) =>
      !/(s|ed|ing)$/.test(w) && !IRREGULAR_PARTICIPLES.has(w) && !/^(gave|took|began|sought|had)$/.test(w),
  ),
  'visit',
  'meet',
])

const TO_COME = set('planned upcoming scheduled proposed forthcoming impending')
const UNDER_WAY = set('ongoing continuing')

const AHEAD = /^(ahead|on)$/
/** An adjective of time among the trigger's modifiers: "the planned drills", "the ongoing exercise". */
function timeAdjective(v: SentenceView, first: number): 'planned' | 'ongoing' | null {
  for (let k = first - 1, hops = 0; k >= 0 && hops < 4; k--, hops++) {
    const t = v.tokens[k]
    if (t.arg >= 0) continue // "the planned U.S.-South Korea drills"
    // "if Seoul and Washington go ahead with their joint exercise next month": the owners' own act that a warning
    // or condition says they may go on with is one they have set, planned (not "go ahead with a nuclear test").
    if (
      is(t, W_POSSESSIVE_PRONOUNS) &&
      v.tokens[k - 1]?.text === 'with' &&
      AHEAD.test(v.tokens[k - 2]?.text ?? '')
    )
      return 'planned'
    if (!t.word) return null
    const prev = v.tokens[k - 1]
    // Not a verb: "has proposed talks", "Seoul planned drills" (a plan by other cues).
    const attributive =
      !prev?.word ||
      is(prev, W_DETERMINERS) ||
      is(prev, W_POSSESSIVE_PRONOUNS) ||
      (prev.arg >= 0 && v.args[prev.arg].possessive) ||
      is(prev, W_PREPS)
    if (TO_COME.has(t.text)) return attributive ? 'planned' : null
    if (UNDER_WAY.has(t.text)) return 'ongoing'
    if (is(t, W_PREPS) || is(t, W_BE) || is(t, W_MODALS) || is(t, W_VERBAL) || is(t, W_SUPPORT)) return null
  }
  return null
}

const CONTRACTS = set('deal deals contract contracts order orders agreement bid tender')
const BLAMED = /^(responsible|blamed|blames|blame|blaming)$/

/** "expected" means scheduled when passive ("is expected to sign"), a guess when someone expects it. */
const GUESSERS = set('analysts experts observers economists officials some many')

/** Words after a trigger that decide its modality ("a summit is planned", "talks were cancelled"). */
const POST_PLAN = set(
  'planned scheduled expected slated set due proposed upcoming postponed delayed rescheduled',
)
const W_POST_PLAN = classBit(POST_PLAN)
const POST_DENIAL = set('cancelled canceled denied called ruled scrapped')
const W_POST_DENIAL = classBit(POST_DENIAL)
const POST_SPECULATION = set('possible likely unlikely feared rumored rumoured')
const W_POST_SPECULATION = classBit(POST_SPECULATION)
/** Imperatives that open a supposition ("Imagine that ...", "Suppose Seoul ..."). */
const SUPPOSING = set('imagine suppose supposing picture')
const W_SUPPOSING = classBit(SUPPOSING)

/** Verbs of giving up what one holds ("abandon", "give up", "negotiate away"). */
const RELINQUISH = set(
  'abandon abandons abandoning relinquish relinquishes relinquishing surrender surrenders',
)
const relinquishing = (tokens: Token[], k: number) =>
  RELINQUISH.has(tokens[k].text) ||
  (/^(give|gives|giving)$/.test(tokens[k].text) && tokens[k + 1]?.text === 'up') ||
  (/^(negotiate|negotiates|negotiating|bargain|trade)$/.test(tokens[k].text) &&
    tokens[k + 1]?.text === 'away')

/** Verbs that with "back" or "off" put off an act ("push back the talks", "put off the visit"). */
const PUTTING_OFF_PHRASAL = /^(push|pushes|pushed|pushing|put|puts|putting)$/
/** Verbs of telling or remembering a past act ("the memoir recounts the 2023 summit"). */
const RECALLING = set(
  'recalls recalled recalling recounts recounted recounting remembers remembered reminisces',
)
/**
 * Every word that can open a test of englishModality's cue loop (a word its set, regex or comparison
 * asks for first; the "n't" forms are added by wordClasses). Most words of a clause cue nothing: the
 * loop reads this one bit per token, kept per word, and skips them instead of running its dozen tests
 * on each. A new test in that loop needs its word here.
 */
const MODALITY_CUES = new Set([
  ...DENIAL,
  ...EXCLUDE,
  ...'call calls called calling push pushes pushed pushing put puts putting failed possible would should'.split(
    ' ',
  ),
  ...'were had event case'.split(' '),
  ...RECALLING,
  ...NEGATION,
  ...REVERSING,
  ...RELINQUISH,
  ...'give gives giving negotiate negotiates negotiating bargain trade'.split(' '),
  ...SPECULATION,
  ...'expected expects expect plan plans to'.split(' '),
  ...PLAN,
])
const W_MODALITY_CUE = classBit(MODALITY_CUES)

/** "Should Pyongyang fire ...", ", should the talks fail,": "should" opening its clause with a subject after it. */
function invertedShould(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]
  if (before?.word || (before && !/^[,;:"'(]$/.test(before.text) && k > 1)) return false
  const next = tokens[k + 1]
  return next?.word === true && !/^(be|not|have|also|never|only|now|still|n't)$/.test(next.text)
}

/** Subjects an inverted "were" or "had" takes ("Were the talks to fail", "Had he attended"), besides an actor. */
const INVERTED_SUBJECTS = set('the a an its their his her he she it they we this these those')

/**
 * "Were North Korea to fire a missile", "Had Pyongyang fired a missile": "were" or "had" opening its clause before
 * its subject, with "to" or a past form before the clause's next comma, is a condition, as an inverted "should" is.
 */
function invertedCondition(tokens: Token[], k: number): boolean {
  const w = tokens[k].text
  if (w === 'should') return invertedShould(tokens, k)
  if (w !== 'were' && w !== 'had') return false
  const before = tokens[k - 1]
  if (before && (before.word || !/^[,;:"'(]$/.test(before.text))) return false
  const next = tokens[k + 1]
  if (!next?.word || !(next.arg >= 0 || INVERTED_SUBJECTS.has(next.text))) return false
  for (let j = k + 2; j < tokens.length && j < k + 10; j++) {
    const t = tokens[j]
    if (!t.word) return false
    if (w === 'were' ? t.text === 'to' : t.arg < 0 && pastForm(t.text)) return true
  }
  return false
}

const BILLS = set('bill bills legislation measure resolution amendment')

/**
 * "passed a bipartisan bill that would require the Treasury to sanction ...", "introduced legislation on Wednesday
 * that would require ...": what a bill would do is what it proposes, planned, not a guess (t66 t90 t91; t23's "a bill
 * that would fast-track delivery" likewise). The bill noun up to four words before the relative "that" / "which";
 * not "a resolution that would have extended" (a vetoed bill's counterfactual).
 */
function billWould(tokens: Token[], k: number): boolean {
  if (tokens[k + 1]?.text === 'have') return false
  let r = k - 1
  if (!/^(that|which)$/.test(tokens[r]?.text ?? '')) return false
  if (tokens[r - 1]?.text === ',') r--
  for (let j = r - 1; j >= 0 && j >= r - 4; j--) {
    if (BILLS.has(tokens[j].text)) return true
    if (!tokens[j].word || is(tokens[j], W_VERBAL) || is(tokens[j], W_BE)) return false
  }
  return false
}

/** Verbs of a commitment whose "that" clause (or bare clause) a "would" puts in their future. */
const COMMITTING = set('agreed agree agrees pledged pledges promised promises vowed vows decided decides')

/** A commitment verb opening the clause "would" stands in: "agreed that Takaichi would", "pledged Japan would". */
function committedBefore(tokens: Token[], left: number, would: number): boolean {
  for (let k = would - 1; k >= Math.max(0, left - 1) && would - k <= 8; k--) {
    const t = tokens[k]
    if (t.arg < 0 && COMMITTING.has(t.text)) return true
    if (!t.word && t.text !== "'" && t.text !== '"') return false
  }
  return false
}

/** Words that, before the trigger, make someone say what its clause says ("warned it would respond if ..."). */
const WARNING_SAYS = set(
  'warned warns warn threatened threatens vowed vows pledged pledges promised promises declared',
)

/**
 * "If North Korea fires a missile, Japan would respond", "Should Pyongyang fire, Seoul would ...", "In the event
 * North Korea fires ...": a condition opening the sentence, closed by its comma before the trigger, supposes the
 * main clause the trigger stands in (up to a semicolon, a reporting verb or a contrast: "..., but China has
 * condemned"). "If anything," supposes nothing.
 */
function conditionOpening(v: SentenceView, first: number): boolean {
  const { tokens } = v
  let k = 0
  while (k < first && !tokens[k].word) k++
  const w = tokens[k]?.text
  const a = tokens[k + 1]?.text
  const opens =
    ((w === 'if' || w === 'unless') && a !== 'anything') ||
    (w === 'in' && (a === 'case' || (a === 'the' && tokens[k + 2]?.text === 'event'))) ||
    (INVERTING.has(w) && invertedCondition(tokens, k))
  if (!opens) return false
  let comma = -1
  for (let j = k + 1; j < first; j++)
    if (tokens[j].text === ',' && !inQuantity(v, j)) {
      comma = j
      break
    }
  if (comma < 0) return false
  for (let j = comma + 1; j < first; j++) {
    const t = tokens[j]
    if (
      t.text === ';' ||
      t.text === ':' ||
      isReporting(t) ||
      /^(but|while|whereas|although|though)$/.test(t.text)
    )
      return false
  }
  return true
}

/**
 * A word of WARNING_SAYS before the trigger, or what a headline's "Hegseth: U.S. would respond if ..." or a quotation
 * mark gives someone to say.
 */
function saidBefore(tokens: Token[], first: number): boolean {
  for (let k = 0; k < first; k++) {
    const t = tokens[k]
    if (t.word ? t.arg < 0 && WARNING_SAYS.has(t.text) : /^[:"'\u2018\u2019\u201c\u201d]$/.test(t.text))
      return true
  }
  return false
}

/** "recalled its ambassador": recalling an envoy is a diplomatic act, not a memory. */
const recallOfEnvoy = (tokens: Token[], k: number) =>
  /^recall/.test(tokens[k].text) &&
  /^(ambassadors?|envoys?|diplomats?|its|their|his|her)$/.test(tokens[k + 1]?.text ?? '')

/** Words that put off an act ("pushed back", "put off"): it is still to come. */
const PUTTING_OFF = /^(postponed|delayed|rescheduled)$/

/**
 * The predicate of the noun phrase the trigger heads or sits in ("A round of talks between X and Y
 * scheduled for Thursday has been called off", "The third round of the exercise involving ... has
 * been pushed back to September"): called off or cancelled, the act will not be (denied); put off,
 * it is still to come (planned). Read at the first form of "be" or "have" after the trigger.
 */
function subjectCancelledOrPutOff(
  v: SentenceView,
  first: number,
  last: number,
  left: number,
): Modality | null {
  const { tokens } = v
  // The trigger is in the subject: no verb, modal or preposition but "of" between the clause start and it.
  for (let k = first - 1; k > left; k--) {
    const t = tokens[k]
    if (t.arg >= 0 || (!t.word && t.text !== ',')) continue
    if (t.text === 'of' || is(t, W_DETERMINERS) || /^\d/.test(t.text)) continue
    if (is(t, W_SUPPORT) || is(t, W_PREPS) || is(t, W_BE) || is(t, W_MODALS) || is(t, W_VERBAL)) return null
    if (isReporting(t) || t.text === ',') return null
  }
  for (let k = last + 1; k < tokens.length && k - last < 30; k++) {
    const t = tokens[k]
    if (t.arg >= 0) continue
    if (t.text === ';' || t.text === '.' || isReporting(t) || is(t, W_SUBORDINATORS) || is(t, W_MODALS))
      return null
    if (!is(t, W_BE) && !/^(has|have|had)$/.test(t.text)) continue
    let n = k + 1
    while (n < tokens.length && (is(tokens[n], W_BE) || /^(now|also|again|since)$/.test(tokens[n].text))) n++
    const w = tokens[n]?.text ?? ''
    const after = tokens[n + 1]?.text ?? ''
    if (/^(cancell?ed|canceled|scrapped|shelved|abandoned)$/.test(w) || (w === 'called' && after === 'off'))
      return 'denied'
    if (
      PUTTING_OFF.test(w) ||
      (w === 'pushed' && /^(back|to)$/.test(after)) ||
      (w === 'put' && after === 'off')
    )
      return 'planned'
    return null
  }
  return null
}

const WEEKDAYS = set('monday tuesday wednesday thursday friday saturday sunday')
/** Past forms a clause told in the past shows ("met", "was"); regular ones end in -ed. */
const PAST_FORMS = set(
  'was were had did said met held began went came took gave made sent fought led won struck shot sold told ' +
    'left found paid drew threw wrote ran rose fell saw knew brought bought caught kept spent stood became ' +
    'broke spoke flew lost ' +
    // Forms the present shares only with a plural subject, in news mostly past ("Japan put ... on Friday").
    'put set hit cut shut let cast',
)

/** A day named as today or to come in tokens [from, to): "today", "tonight", "on Monday", "this week". */
/** The words dayNamed stops at: most clauses hold none, and a class bit skips the rest. */
const W_DAY_WORDS = classBit(new Set([...WEEKDAYS, 'today', 'tonight', 'this']))

function dayNamed(tokens: Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) {
    if (!is(tokens[k], W_DAY_WORDS)) continue
    const w = tokens[k].text
    const prev = tokens[k - 1]?.text ?? ''
    if (w === 'today' || w === 'tonight') return prev !== 'until' && prev !== 'to'
    if (WEEKDAYS.has(w) && !/^(last|past|previous|since|until|by)$/.test(prev)) return true
    if (w === 'this' && /^(week|weekend)$/.test(tokens[k + 1]?.text ?? '')) return true
  }
  return false
}

/**
 * The futurate present of a calendar ("Cho Hyun arrives in Tokyo today", "the allies begin their drills
 * on Monday", "Monday: Iwaya travels to Washington"): a present-tense clause naming today or a weekday
 * tells what is scheduled; a clause in the past tense or perfect ("fired on Monday") does not.
 */
function futuratePresent(v: SentenceView, clause: Clause): boolean {
  const { tokens } = v
  const from = Math.max(0, clause.left + 1)
  const to = Math.min(clause.right, tokens.length)
  // "Monday: ...", "Today: ...": a calendar entry's label dates the items after it.
  const label =
    tokens[1]?.text === ':' && (WEEKDAYS.has(tokens[0].text) || /^(today|tonight)$/.test(tokens[0].text))
  if (!label && !dayNamed(tokens, from, to)) return false
  let present = false
  for (let k = label ? 2 : from; k < to; k++) {
    const t = tokens[k]
    if (!t.word || t.arg >= 0) continue
    // "KCNA says ...": the present of a report is the journalist's, not a schedule.
    if (/^(has|have|had|did|was|were)$/.test(t.text) || isReporting(t)) return false
    // A past form, not a modifier or a present passive: "fired on Monday", "put ... on Friday" (but
    // "the planned drills", "is set to sign", "is held on Monday").
    const participle = isAt(tokens[k - 1], W_DETERMINERS) || /^(is|are|be)$/.test(tokens[k - 1]?.text ?? '')
    if ((PAST_FORMS.has(t.text) || (t.text.endsWith('ed') && is(t, W_VERBAL))) && !participle) return false
    // The present itself: a verb right after its subject ("Iwaya travels", "the allies begin").
    const prev = tokens[k - 1]
    if (prev?.arg >= 0 && !v.args[prev.arg].possessive && !v.args[prev.arg].venue && presentForm(t))
      present = true
  }
  return present
}

/** "travels", "holds", "begin": a present form (an -s verb, or a support verb's bare form). */
const presentForm = (t: Token) =>
  (/[^s]s$/.test(t.text) && !is(t, W_PREPS)) || (is(t, W_SUPPORT) && BASE_SUPPORT.has(t.text))

export interface EnModality {
  modality: 'reported' | 'planned' | 'denied' | 'speculative' | 'background' | null
  /** Decided by a denial verb (denied, ruled out...): the denier made a diplomatic statement. */
  denialVerb: number
  /**
   * The trigger's clause is supposed by a condition in the writer's own voice ("Should North Korea fire a missile,
   * Japan would respond"): a speech act in it was not made, so it stays speculative (no reporting verb, warning or
   * vow in the sentence makes anyone say it).
   */
  supposed?: boolean
  /**
   * The act is said not to exist ("no talks were being arranged", "no plans to offer talks", "no such meeting"):
   * whoever reports that denies it, whosever act it would have been.
   */
  negatedAct?: boolean
}

const W_TITLE_WORDS = classBit(NAME_TITLES_EN)

/**
 * Modalities the trigger's own phrase decides, whatever its clause says: a participle describing
 * a person ("arrested impeached President Yoon", "the ousted leader") is their past; an event named
 * as a time reference ("before the July election", "ahead of the summit") is still to come.
 */
function attributiveOrTimeReference(v: SentenceView, first: number, last: number): Modality | null {
  const { tokens } = v
  const w = tokens[first].text
  const prev = tokens[first - 1]
  const next = tokens[last + 1]
  if (first === last && prev && next && (w.endsWith('ed') || IRREGULAR_PARTICIPLES.has(w))) {
    const describesPerson = is(next, W_TITLE_WORDS) || (next.arg >= 0 && v.args[next.arg].first === last + 1)
    const attributive = prev.arg < 0 && (is(prev, W_DETERMINERS) || is(prev, W_VERBAL) || is(prev, W_PREPS))
    if (describesPerson && attributive) return 'background'
  }
  // "before the July upper house election", "ahead of next week's summit": over its modifiers.
  for (let k = first - 1, hops = 0; k >= 0 && hops < 5; k--, hops++) {
    const t = tokens[k]
    if (t.text === 'before' || t.text === 'until' || (t.text === 'of' && tokens[k - 1]?.text === 'ahead')) {
      const unit = tokens[t.text === 'of' ? k - 2 : k - 1]?.text ?? ''
      // "days before the election" is read by the caller (a time reference of the news itself).
      return /^(days?|hours|weeks?|months?|shortly|just|years?)$/.test(unit) ? null : 'planned'
    }
    if (!t.word || is(t, W_PREPS) || is(t, W_BE) || is(t, W_VERBAL) || is(t, W_MODALS)) break
  }
  return null
}

const MONTH_NAMES = [
  'january february march april may june july august september october november december',
  'jan feb mar apr may jun jul aug sept oct nov dec',
]
/** "june", "oct." → 1-12; 0 for any other word ("may" only as a full name after "in"/"on", read by the caller). */
const MONTH_OF = new Map<string, number>()
for (const names of MONTH_NAMES)
  names.split(' ').forEach((w, i) => {
    MONTH_OF.set(w, i + 1)
    MONTH_OF.set(`${w}.`, i + 1)
  })
/** Words a date phrase of the past opens with ("in June", "last week", "earlier this month", "two weeks ago"). */
const DATE_OPENERS = set('in on last earlier early late mid two three several few')
const PEOPLE_TRIGGERS = set(
  'troops soldiers forces defectors workers hackers personnel engineers sappers units',
)
/** A day this many days or more before the article's, in its own month, is no longer the news ("on Oct. 4"). */
const EARLIER_DAYS = 7

export interface Today {
  month: number
  day: number
}

/**
 * An explicit date before the article's at token k: "last week", "last month", "earlier this month",
 * "N days/weeks ago", "last October", "in June" or "on Oct. 4" read against the article's month (a month
 * after the article's, or a year after it, is left alone: "in June" of an article of March may be to come;
 * a past year is background.ts's). Returns the index after the phrase, or -1.
 */
function earlierDateAt(tokens: Token[], k: number, today: Today, pastTense = false): number {
  const t = tokens[k]
  if (!t || !DATE_OPENERS.has(t.text)) return -1
  const a = tokens[k + 1]?.text ?? ''
  const b = tokens[k + 2]?.text ?? ''
  if (t.text === 'last' && /^(week|month|year)$/.test(a)) return k + 2
  if (t.text === 'last' && MONTH_OF.has(a)) return k + 2
  if (t.text === 'earlier' && a === 'this' && /^(month|year)$/.test(b)) return k + 3
  if (/^(days|weeks)$/.test(a) && b === 'ago') return k + 3
  if (!/^(in|on|early|late|mid)$/.test(t.text)) return -1
  let j = k + 1
  // "in early June", "in mid-June" (mid- splits off as its own word or stays on the month).
  if (/^(early|late|mid|mid-)$/.test(tokens[j]?.text ?? '')) j++
  const name = (tokens[j]?.text ?? '').replace(/^mid-/, '')
  const month = MONTH_OF.get(name) ?? 0
  // "may" is a modal far more often than a month: only as "in May".
  if (month === 0 || (name === 'may' && tokens[j - 1]?.text !== 'in')) return -1
  j++
  if (tokens[j]?.text === '.') j++ // "Oct. 4" split at its dot
  let day = 0
  if (/^\d{1,2}$/.test(tokens[j]?.text ?? '')) day = Number(tokens[j++].text)
  if (tokens[j]?.text === ',') j++
  if (/^\d{4}$/.test(tokens[j]?.text ?? '')) return -1
  // After a past verb a month after the article's is last year's ("led Ishiba to resign in September", January).
  if (month < today.month || (pastTense && month > today.month)) return j
  if (month === today.month && day > 0 && day <= today.day - EARLIER_DAYS) return j
  return -1
}

/** Verbs pinning an act on its doers ("the theft, which the FBI attributed to North Korean hackers"). */
const PINNING = /^(attributed|blamed|linked|traced|tied)$/

/**
 * "the $1.5 billion theft from Bybit in February, which the FBI attributed to North Korea's hackers": the
 * people a relative clause pins an act of a date before the article's on are named with that act, recalled
 * as it is (t50 t66). `k` is where the people's phrase opens ("to").
 */
function pinnedOnDated(tokens: Token[], k: number, today: Today): boolean {
  if (!/^(to|on)$/.test(tokens[k]?.text ?? '') || !PINNING.test(tokens[k - 1]?.text ?? '')) return false
  let r = k - 2
  while (r > 0 && r >= k - 5 && !/^(which|that)$/.test(tokens[r].text)) r--
  if (!/^(which|that)$/.test(tokens[r]?.text ?? '')) return false
  for (let j = r - 1; j >= 0 && j >= r - 12; j--) {
    if (earlierDateAt(tokens, j, today) >= 0) return true
    const w = tokens[j].text
    if (w.endsWith("'s") && (MONTH_OF.get(w.slice(0, -2)) ?? 13) < today.month) return true
  }
  return false
}

/** Currency signs before a sum ("$1.5 billion", "¥110 billion", "€20 million"). */
const CURRENCY = new Set(['$', '€', '¥', '£', '₩'])

/** Token k is part of a sum of money: its currency sign, its figure after one, or the figure's "billion". */
function moneyAt(tokens: Token[], k: number): boolean {
  const t = tokens[k].text
  if (CURRENCY.has(t)) return /^\d/.test(tokens[k + 1]?.text ?? '')
  if (/^\d/.test(t)) return CURRENCY.has(tokens[k - 1]?.text ?? '')
  return (
    /^(million|billion|trillion)$/.test(t) &&
    /^\d/.test(tokens[k - 1]?.text ?? '') &&
    CURRENCY.has(tokens[k - 2]?.text ?? '')
  )
}

/** Counts in words before an adjective in -ed ("its two failed launches"). */
const COUNT_WORDS = set('two three four five several many')

/**
 * "the North's failed satellite launch last week", "its two failed launches earlier this year" (t33 t61): an
 * adjective in -ed right before the noun, after its owner, a determiner or a count, modifies the noun.
 */
function failedBeforeNoun(v: SentenceView, k: number, first: number): boolean {
  const t = v.tokens[k]
  const prev = v.tokens[k - 1]
  if (k !== first - 1 || !t.text.endsWith('ed') || !prev) return false
  if (attributiveEd(v, k, first) || COUNT_WORDS.has(prev.text) || is(prev, W_POSSESSIVE_PRONOUNS)) return true
  return prev.text.endsWith("'s") || (prev.arg >= 0 && v.args[prev.arg].possessive)
}

/** "next" right before token k ("next August's exercise"): a month to come, not one passed. */
const nextAt = (tokens: Token[], k: number) => tokens[k - 1]?.text === 'next'

/**
 * "over North Korea's launch of a satellite last week", "signed during Putin's visit to Pyongyang in June",
 * "the treaty Moscow signed with North Korea last week", "who won the LDP leadership race on Oct. 4": an
 * event named by a noun whose own phrase (or a relative clause on it) carries a date before the article's
 * is recalled as context, background. The date of a verb stays the news ("China sent back 60 defectors last
 * week", "held talks last week"), and so does a noun a support verb makes the subject's act.
 */
function datedNoun(v: SentenceView, first: number, last: number, today: Today): boolean {
  const { tokens } = v
  // A noun: back over its modifiers to a determiner, a possessive or a preposition, passing no verb.
  let k = first - 1
  let hops = 0
  // "Putin's June visit": a month before the article's among the noun's modifiers dates it ("may" is a modal).
  let monthBefore = false
  for (; k >= 0 && hops < 5; k--, hops++) {
    const t = tokens[k]
    // "the $1.5 billion theft": a sum of money sizes the act named, and is passed over (not counted).
    if (moneyAt(tokens, k)) {
      hops--
      continue
    }
    // "about 60 North Korean defectors": a count of people, not an event named.
    if (!t.word || /^\d/.test(t.text)) return false
    // "February's $1.5 billion theft": a month before the article's owns the act ("next August's exercise" is to come).
    if (
      t.text.endsWith("'s") &&
      (MONTH_OF.get(t.text.slice(0, -2)) ?? 13) < today.month &&
      !nextAt(tokens, k)
    )
      monthBefore = true
    if (t.text.endsWith("'s") || (t.arg >= 0 && v.args[t.arg].possessive)) break
    if (t.arg >= 0) continue
    const month = t.text === 'may' ? 0 : (MONTH_OF.get(t.text) ?? 0)
    if (month > 0 && month < today.month) monthBefore = true
    if (is(t, W_POSSESSIVE_PRONOUNS) || is(t, W_PREPS)) break
    if (is(t, W_DETERMINERS)) {
      if (isAt(tokens[k - 1], W_SUPPORT)) return false
      break
    }
    // "the North's failed satellite launch last week": an -ed word between the owner and its noun is no verb.
    if (failedBeforeNoun(v, k, first)) continue
    if (is(t, W_VERBAL) || is(t, W_BE) || is(t, W_MODALS) || is(t, W_SUPPORT) || PAST_FORMS.has(t.text))
      return false
  }
  if (k < 0 || hops >= 5) return false
  // The noun opening its sentence is its subject, the news about it ("The treaty Moscow signed in June took
  // effect on Wednesday").
  if (k === 0 || (k === 1 && !tokens[0].word)) return false
  // A participle ("troops fighting alongside Russian forces") or a past form is a verb, dated as the news.
  const head = tokens[first].text
  if (head.endsWith('ed') || head.endsWith('ing') || IRREGULAR_PARTICIPLES.has(head)) return false
  // "dozens of North Korean troops ... last week": people, whose date is what they did.
  if (PEOPLE_TRIGGERS.has(tokens[last].text))
    return pinnedOnDated(tokens, tokens[k].arg >= 0 ? v.args[tokens[k].arg].first - 1 : k, today)
  if (monthBefore || duringDatedAct(v, k, today)) return true
  // Forward over its phrase: prepositions and nouns, or one relative clause ("the treaty Moscow signed").
  let relative = false
  for (let j = last + 1, n = 0; j < tokens.length && n < 12; j++, n++) {
    const end = earlierDateAt(tokens, j, today)
    if (end >= 0) return true
    const t = tokens[j]
    if (!t.word) {
      if (t.text === ',' && relative && tokens[j - 1]?.arg >= 0) continue
      return false
    }
    if (t.arg >= 0) continue
    if (j === last + 1 && (t.text === 'that' || t.text === 'which')) continue
    // "The drill follows North Korea's launch": a present verb right after its subject noun.
    if (j === last + 1 && t.text.endsWith('s') && !is(t, W_PREPS)) return false
    const verb = is(t, W_VERBAL) || PAST_FORMS.has(t.text)
    // A relative clause opens on the noun itself: "the treaty (that) Moscow signed", not "a shipment of
    // vaccines from UNICEF reached", whose verb is the sentence's own.
    let opener = tokens[last + 1]?.text === 'that' || tokens[last + 1]?.text === 'which' ? last + 2 : last + 1
    // "the mutual defence treaty Moscow signed": a trigger inside a compound, its head noun before the clause.
    const after = tokens[last + 2]
    if (plainNoun(tokens[last + 1]) && after && (after.arg >= 0 || is(after, W_DETERMINERS)))
      opener = last + 2
    if (verb && !relative && subjectPhrase(v, opener, j - 1)) {
      relative = true
      continue
    }
    if (verb || is(t, W_BE) || is(t, W_MODALS) || is(t, W_SUBORDINATORS) || t.text === 'and') return false
  }
  return false
}

/** Words between "and" and the second of two coordinated actors ("South Korea and the United States"). */
const COORDINATED_TITLE =
  /^(the|president|prime|minister|foreign|defen[cs]e|leader|secretary|premier|counterpart)$/

/**
 * "Lavrov and Choe Son Hui toast ... at the start of his three-day visit", "Biden and Yoon adopted the Washington
 * Declaration during Yoon's state visit", "South Korea and the United States signed ... during Yoon's state visit":
 * a visit naming no host, whose visitor's side is coordinated ("X and Y") with another country's actor named as no
 * place, is made to that other side (tu t15 t79). Returns the host's country, or -1.
 */
export function coordinatedHostEn(v: SentenceView, home: number, countryOf: (p: number) => number): number {
  const { args, tokens } = v
  for (let i = 0; i + 1 < args.length; i++) {
    const a = args[i]
    const b = args[i + 1]
    if (a.venue || b.venue || tokens[a.last + 1]?.text !== 'and') continue
    let k = a.last + 2
    while (k < b.first && COORDINATED_TITLE.test(tokens[k].text)) k++
    if (k !== b.first) continue
    const x = countryOf(a.parties[0])
    const y = countryOf(b.parties[0])
    if (x === home && y !== home) return y
    if (y === home && x !== home) return x
  }
  return -1
}

/**
 * "The treaty was signed by Putin and Kim in Pyongyang in June": a sentence dated by a month before the article's
 * (not "since June", nor "last week": a month's distance) tells an act of past months. The visit the venue implies
 * is then recalled, as the taxonomy's visit excludes ("background visits (past months)").
 */
export function datedByPastMonth(v: SentenceView, today: Today): boolean {
  const { tokens } = v
  let since = false
  for (let j = 0; j < tokens.length; j++) {
    // "their first summit since Lee took office in June": a date in a since-phrase dates another act.
    if (tokens[j].text === 'since') since = true
    else if (!tokens[j].word) since = false
    if (since || !/^(in|on|early|late|mid)$/.test(tokens[j].text)) continue
    if (earlierDateAt(tokens, j, today) >= 0) return true
  }
  return false
}

/**
 * "The pact was signed in Pyongyang in June, during Putin's first trip to the North": a noun phrase opening at k
 * after "during" is the time of the act its clause tells, and that act's date before the article's dates it too.
 */
function duringDatedAct(v: SentenceView, k: number, today: Today): boolean {
  const { tokens } = v
  let at = k - 1
  if (tokens[at]?.text !== 'during') return false
  if (tokens[at - 1]?.text === ',') at--
  for (let j = at - 1; j >= 0; j--) {
    const t = tokens[j]
    // The clause of "during": back to a subordinator or a sentence opening (a comma may close the date phrase).
    if (is(t, W_SUBORDINATORS) || t.text === ';') return false
    if (t.text !== 'since' && earlierDateAt(tokens, j, today) >= 0 && tokens[j - 1]?.text !== 'since')
      return true
  }
  return false
}

/**
 * "Ishiba, who took office last October, faces calls to step down", "a defeat that led Ishiba to resign in
 * September": a relative clause describes its noun by an act it dates before the article, recalled as context,
 * background. The trigger stands in the relative clause (after its "who", "which" or "that", no comma between)
 * and the date before the clause's next comma; a dated verb of the sentence itself stays the news.
 */
function datedRelative(v: SentenceView, first: number, last: number, today: Today): boolean {
  const { tokens } = v
  let rel = reducedRelative(v, first)
  for (let k = first - 1, hops = 0; rel < 0 && k > 0 && hops < 8; k--, hops++) {
    const t = tokens[k]
    if (!t.word) return false
    // "the treaty Moscow signed with North Korea last week": a relative clause with no "that" (contactRelative).
    if ((t.arg < 0 || k === v.args[t.arg].first) && contactRelative(v, k, first)) {
      rel = k - 1
      break
    }
    if (t.arg >= 0) continue
    if (/^(who|which|that)$/.test(t.text)) {
      const prev = tokens[k - 1]
      // "said that ..." opens a reported clause, not a relative one.
      if (
        t.text === 'that' &&
        (!prev.word || isReporting(prev) || is(prev, W_VERBAL) || PAST_FORMS.has(prev.text))
      )
        return false
      if (t.text !== 'that' || pastForm(tokens[k + 1]?.text ?? '')) rel = k
      break
    }
    if (is(t, W_SUBORDINATORS) || isReporting(t)) return false
  }
  if (rel < 0) return false
  // "A missile that struck Kharkiv on Jan. 2 was North Korean-made": a thing the sentence is about is named by
  // its act, the news (a person described so is not: "Ishiba, who took office last October, faces ...").
  // (A reduced relative's rel is its comma, no word: not a contact clause.)
  const contact = tokens[rel].word && tokens[rel].arg < 0 && !/^(who|which|that)$/.test(tokens[rel].text)
  const antecedent = contact ? rel : tokens[rel - 1]?.text === ',' ? rel - 2 : rel - 1
  if ((tokens[antecedent]?.arg ?? -1) < 0) {
    let k = 0
    while (k < rel && !(tokens[k].word && (pastForm(tokens[k].text) || is(tokens[k], W_BE)))) k++
    if (k === rel) return false
  }
  // A past verb opening the clause puts a month of no year in the past, this year's or last ("a defeat that
  // led Ishiba to resign in September" of an article of January).
  const past = pastForm(tokens[contact ? first : rel + 1]?.text ?? '')
  for (let j = last + 1; j < tokens.length && j - last <= 10; j++) {
    if (earlierDateAt(tokens, j, today, past) >= 0) return true
    // "stepped down as Japan's prime minister last October": "as" before an office is no new clause.
    const t = tokens[j]
    if (!t.word || (is(t, W_SUBORDINATORS) && t.text !== 'as') || isReporting(t)) return false
  }
  return false
}

/**
 * "Lee Jae-myung, sworn in last week, has signalled ...": a past participle right after a comma on a name opens a
 * relative clause with no "who was" (a reduced one), read as datedRelative reads "who was sworn in last week".
 * The comma's index, else -1.
 */
function reducedRelative(v: SentenceView, first: number): number {
  const { tokens } = v
  if (tokens[first - 1]?.text !== ',' || (tokens[first - 2]?.arg ?? -1) < 0) return -1
  return pastForm(tokens[first].text) ? first - 1 : -1
}

/**
 * "the mutual defence treaty Moscow signed with North Korea last week", "the treaty the two countries signed last
 * June": a noun phrase (a determiner or an owner, then common nouns) right before an actor who does the trigger's past
 * verb is that verb's object: a relative clause without "that", as datedRelative reads one with it. The actor's
 * first token is at k; not a date or a span of time ("Last week Moscow signed"), nor a verb ("said Moscow signed").
 */
function contactRelative(v: SentenceView, k: number, first: number): boolean {
  const { tokens } = v
  if (!pastForm(tokens[first].text) || !subjectPhrase(v, k, first - 1) || !plainNoun(tokens[k - 1]))
    return false
  for (let j = k - 2; j >= 0 && j >= k - 5; j--) {
    const t = tokens[j]
    if (is(t, W_DETERMINERS) || is(t, W_POSSESSIVE_PRONOUNS) || t.text.endsWith("'s")) return true
    if (!plainNoun(t)) return false
  }
  return false
}

/** Signing verbs whose contact relative clause names the instrument signed ("the treaty Moscow signed"). */
const SIGNED_FORMS = /^(signed|concluded|sealed|inked)$/
/** Days that keep a signing the news ("the treaty they signed today"), as Korean 전날, 어제, 이날, 오늘. */
const NEWS_DAYS = /^(today|yesterday|tonight|overnight|hours)$/

/**
 * "summoned the envoy to protest the defense treaty Russia and North Korea signed earlier this week", "a protest
 * over the pact Moscow and Pyongyang sealed": an instrument named by its signing in a clause with no "that", as the
 * object of another verb or a preposition, is recalled as that act's context (English side of signedInstrumentKo;
 * t103 t110 t111). The trigger is the signing verb or the instrument noun before the clause. Not the instrument as
 * the sentence's subject ("The treaty they signed obliges ...": its own news), nor one signed today or yesterday.
 */
function signedInstrumentObject(v: SentenceView, first: number, last: number): boolean {
  const { tokens } = v
  let verb = SIGNED_FORMS.test(tokens[first].text) ? first : -1
  for (let j = last + 1; verb < 0 && j < tokens.length && j - last <= 9; j++) {
    if (SIGNED_FORMS.test(tokens[j].text)) verb = j
    else if (!tokens[j].word || (tokens[j].arg < 0 && tokens[j].text !== 'and')) return false
  }
  if (verb < 2) return false
  // The subject: one actor or two joined by "and" ("Russia and North Korea", "Vladimir Putin and Kim Jong Un").
  let k = verb - 1
  if (tokens[k].arg < 0) return false
  k = v.args[tokens[k].arg].first
  if (tokens[k - 1]?.text === 'and' && (tokens[k - 2]?.arg ?? -1) >= 0) k = v.args[tokens[k - 2].arg].first
  if (!contactRelative(v, k, verb)) return false
  // What stands before the noun phrase's determiner or owner is a verb or a preposition taking it as object.
  let d = k - 2
  while (d > k - 6 && !is(tokens[d], W_DETERMINERS) && !is(tokens[d], W_POSSESSIVE_PRONOUNS)) d--
  const before = tokens[d - 1]
  if (!before?.word || before.arg >= 0 || !/^[a-z]+$/.test(before.text)) return false
  if (is(before, W_BE) || isReporting(before) || is(before, W_SUBORDINATORS) || before.text === 'and')
    return false
  for (let j = verb + 1; j < tokens.length && j - verb <= 6 && tokens[j].word; j++)
    if (NEWS_DAYS.test(tokens[j].text)) return false
  return true
}

/** Tokens from..to are a subject: one actor ("Moscow"), or a determiner and plain words ("the two countries"). */
function subjectPhrase(v: SentenceView, from: number, to: number): boolean {
  const { tokens } = v
  if (to < from) return false
  if (tokens[from].arg >= 0) {
    const a = v.args[tokens[from].arg]
    // "Russia and North Korea": two actors joined by "and" are one subject.
    if (a.first === from && tokens[a.last + 1]?.text === 'and' && (tokens[a.last + 2]?.arg ?? -1) >= 0)
      return subjectPhrase(v, a.last + 2, to) && tokens[a.last + 2].arg !== tokens[from].arg
    return a.first === from && a.last === to
  }
  if (!is(tokens[from], W_DETERMINERS)) return false
  for (let j = from + 1; j <= to; j++) if (!plainNoun(tokens[j])) return false
  return to > from
}

/** A lower-case word of a noun phrase (a noun or an adjective): no actor, verb, function word, date or time span. */
function plainNoun(t: Token | undefined): boolean {
  if (!t?.word) return false
  return (
    t.arg < 0 &&
    /^[a-z][a-z-]*$/.test(t.text) &&
    !TIME_UNITS.test(t.text) &&
    !MONTH_OF.has(t.text) &&
    !isReporting(t) &&
    !pastForm(t.text) &&
    !PLAIN_NOUN_EXCLUDED.some((w) => is(t, w))
  )
}

/**
 * "The pact was signed when Putin visited Pyongyang in June", "When Yoon Suk Yeol hosted Fumio Kishida and Li Qiang in
 * Seoul last May, the three leaders promised ...": a when-clause with a past verb and a date before the article's
 * tells the earlier time the sentence's news is set against, recalled (t57 t69 t77). The trigger stands in the clause
 * (after its "when", no other subordinator, reporting verb or mark between) and the date after the trigger, before
 * the clause's next mark; a present verb ("when Lee visits Tokyo in June") names no date passed.
 */
function datedWhenClause(v: SentenceView, first: number, last: number, today: Today): boolean {
  const { tokens } = v
  let when = -1
  for (let k = first - 1, hops = 0; k >= 0 && hops < 10; k--, hops++) {
    const t = tokens[k]
    if (!t.word) return false
    if (t.arg >= 0) continue
    if (t.text === 'when') {
      when = k
      break
    }
    if (is(t, W_SUBORDINATORS) || isReporting(t)) return false
  }
  if (when < 0) return false
  let past = false
  for (let k = when + 1; k <= last; k++) if (tokens[k].arg < 0 && pastForm(tokens[k].text)) past = true
  if (!past) return false
  for (let j = last + 1; j < tokens.length && j - last <= 10; j++) {
    if (earlierDateAt(tokens, j, today, true) >= 0) return true
    const t = tokens[j]
    if (!t.word || is(t, W_SUBORDINATORS) || isReporting(t)) return false
  }
  return false
}

interface NoDate {
  from: number
  to: number
}

const DATE_SETTING = /^(set|fixed|agreed|scheduled|given|announced|decided|finali[sz]ed)$/

/**
 * "no dates set", "no date had been agreed", "date not yet set", "the date has not been fixed": the sentence says a
 * date is not set; the span of those words (their "set" and "not" cue nothing of the act), or null.
 */
function noDateSet(tokens: Token[]): NoDate | null {
  for (let k = 0; k < tokens.length; k++) {
    if (!/^dates?$/.test(tokens[k].text)) continue
    const no = tokens[k - 1]?.text === 'no'
    if (!no && !/^(the|a)$/.test(tokens[k - 1]?.text ?? '') && tokens[k + 1]?.text !== 'not') continue
    let negated = no
    for (let j = k + 1; j < tokens.length && j <= k + 5; j++) {
      const w = tokens[j].text
      if (w === 'not') negated = true
      else if (DATE_SETTING.test(w)) return negated ? { from: no ? k - 1 : k, to: j + 1 } : null
      else if (!/^(has|have|had|was|were|is|are|been|yet|be)$/.test(w)) break
    }
  }
  return null
}

/** A past verb form (module-level: a closure per englishModality call costs its naming, see digitAt). */
const pastForm = (w: string) => looksVerbal(w) || PAST_FORMS.has(w)

/**
 * Cues in the trigger's clause before it (and, for denial and speculation, the words governing
 * its clause: "denied reports that...", "analysts said ... may"), then a few words after it.
 * null = no cue: the caller decides (reported, or background by the tagger's background rules).
 */
export function englishModality(
  v: SentenceView,
  first: number,
  last: number,
  clause: Clause,
  frame: Frame,
  today?: Today,
): EnModality {
  // "Q: Will Russia transfer submarine technology to North Korea?": a yes-no question asserts nothing, what it
  // asks about is a possibility (as the Korean ~할까, ~했나).
  if (yesNoQuestion(v) || nounQuestion(v, first)) return { modality: 'speculative', denialVerb: -1 }
  if (preconditionOf(v.tokens, first, last) && !denuclearisationWord(v.tokens, last))
    return { modality: 'speculative', denialVerb: -1 }
  // "traders bet on a Trump-Kim meeting", "doubts over new talks", "slim hope for talks": the act is only what a
  // wager, a doubt or a scant hope is about.
  if (objectOfWager(v.tokens, first)) return { modality: 'speculative', denialVerb: -1 }
  const unset = noDateSet(v.tokens)
  let mod = cuedModality(v, first, last, clause, frame, unset)
  // "would not object to Tokyo lifting sanctions, provided ...", "would have no reason to shun talks if ...": a
  // would/could clause under a condition after it is supposed, whatever its negation or report says.
  if (
    mod.modality !== 'background' &&
    mod.modality !== 'speculative' &&
    conditionedModal(v.tokens, first, last)
  )
    mod = { modality: 'speculative', denialVerb: -1 }
  mod = useOfOwnWeapons(v.tokens, first, mod)
  // "if the North Korean troops deployed in Russia join the fighting": the deployment is presupposed, reported.
  mod = presupposedDeployment(v, first, last, mod)
  // "Kremlin says no dates set for Putin trip to Pyongyang": an act whose date is not set is only possible (the
  // negation is the date's, no denial of the act; a plan of its own, "have agreed to hold a summit", stays planned).
  if (unset && (mod.modality === null || (mod.modality === 'denied' && mod.denialVerb < 0)))
    return { modality: 'speculative', denialVerb: -1 }
  // "The two leaders last met ... in November", "Lee last visited Japan in August for talks": "last" on a past
  // verb tells the previous time, recalled against the news (a plan or a guess about the next is another clause).
  if ((mod.modality === null || mod.modality === 'planned') && lastTimeBefore(v, first, clause))
    return { modality: 'background', denialVerb: -1 }
  // A date before the article's on an event noun recalls it (datedNoun): it outweighs "reported" and a plan,
  // not a denial or a guess ("has no right to discuss North Korea's launch last week" stays a denial).
  if (today && (mod.modality === null || mod.modality === 'planned') && datedNoun(v, first, last, today))
    return { modality: 'background', denialVerb: -1 }
  if (today && (mod.modality === null || mod.modality === 'planned') && datedRelative(v, first, last, today))
    return { modality: 'background', denialVerb: -1 }
  // "to protest the treaty Russia and North Korea signed": the instrument another act is about is recalled.
  if (mod.modality === null && signedInstrumentObject(v, first, last))
    return { modality: 'background', denialVerb: -1 }
  // "signed when Putin visited Pyongyang in June": a past when-clause dated before the article's recalls its act.
  if (
    today &&
    (mod.modality === null || mod.modality === 'planned') &&
    datedWhenClause(v, first, last, today)
  )
    return { modality: 'background', denialVerb: -1 }
  return mod
}

/**
 * "if the North Korean troops deployed in Russia join the fighting", "depending on how North Korean troops deployed
 * to Russia are used", "in return for its troop deployment", "in response to North Korea's dispatch of troops to
 * Russia": a deployment named as a noun phrase (troops with a past participle, or a possessed deployment) is what
 * the guess or condition around it takes for granted, reported (first batch, t23, t47, t69); so is a capture
 * ("would accept the soldiers captured by Ukraine if they wish", t111 t118). Troops a modal verb
 * governs ("could send troops", "troops may be deployed") stay a guess.
 */
function presupposedDeployment(v: SentenceView, first: number, last: number, mod: EnModality): EnModality {
  if (mod.modality !== 'speculative') return mod
  const w = (k: number) => v.tokens[k]?.text.toLowerCase() ?? ''
  const owned = (k: number) =>
    /^(its|their)$|['’]s$/.test(w(k)) || v.args[v.tokens[k]?.arg ?? -1]?.possessive === true
  const troops = /^(troops|soldiers)$/
  // troops deployed to / in Russia, where "deployed" is the trigger or follows it; "would accept the soldiers
  // captured by Ukraine if they ask": a capture the troops' participle names is as much taken for granted.
  const participle =
    (troops.test(w(first)) && w(last + 1) === 'deployed' && /^(to|in)$/.test(w(last + 2))) ||
    (/^(deployed|captured)$/.test(w(first)) &&
      troops.test(w(first - 1)) &&
      (w(first) === 'deployed' ? /^(to|in)$/ : /^(by|in)$/).test(w(last + 1)) &&
      w(first - 2) !== 'be')
  // in return for its troop deployment, in response to North Korea's dispatch of troops: what a reaction answers
  // (a possessor before the deployment noun, after "in return for" / "in response to"); "reward North Korea for its
  // troop deployment" the gold reads as context (t34), so other prepositions are left alone.
  // k is the owner's last token ("Korea's"): the phrase comes before its first ("North").
  const answered = (k: number) => {
    const at = (v.args[v.tokens[k]?.arg ?? -1]?.first ?? k) - 1
    return /^in (return for|response to)$/.test(`${w(at - 2)} ${w(at - 1)} ${w(at)}`)
  }
  const possessed =
    (w(first) === 'troop' && /^deployments?$/.test(w(last)) && owned(first - 1) && answered(first - 1)) ||
    (troops.test(w(first)) &&
      w(first - 1) === 'of' &&
      /^(dispatch|deployment)$/.test(w(first - 2)) &&
      owned(first - 3) &&
      answered(first - 3))
  return participle || possessed ? { modality: 'reported', denialVerb: -1 } : mod
}

/**
 * "could meet the conditions for the use of nuclear weapons", "would use nuclear weapons 'without hesitation' if
 * attacked": a state saying when it would use its nuclear weapons states its doctrine, reported whatever the
 * condition or modal of the warning (t7 t30 t41 t61 t82; Korean 핵무기 사용 조건, useOfOwnWeaponsKo). Not another's
 * use ("warned that using nuclear weapons would mean the end of the regime" stays a guess).
 */
function useOfOwnWeapons(tokens: Token[], first: number, mod: EnModality): EnModality {
  if (mod.modality !== 'speculative' || tokens[first].text !== 'nuclear') return mod
  const w = (k: number) => tokens[k]?.text ?? ''
  let u = first - 1
  if (/^(its|their|the)$/.test(w(u))) u--
  // conditions for the (its) use of | would (will) use
  const conditions =
    w(u) === 'of' &&
    w(u - 1) === 'use' &&
    /^(its|the)$/.test(w(u - 2)) &&
    w(u - 3) === 'for' &&
    /^conditions?$/.test(w(u - 4))
  const vowed = w(u) === 'use' && /^(would|will)$/.test(w(u - 1))
  return conditions || vowed ? { ...mod, modality: null } : mod
}

const PREMISED = set('premised predicated conditioned conditional contingent')

/**
 * "talks premised on denuclearisation", "dropping denuclearization as a precondition for talks", "no easing
 * until Pyongyang takes steps to give up its nuclear weapons": an act named as the condition another is set
 * on is supposed, not done (round eighteen: t28 t35 t40; Korean 비핵화를 전제로, korean.ts). "until" makes
 * a condition of giving the thing up only ("until North Korea conducted a test in 2017" tells a time).
 */
function preconditionOf(tokens: Token[], first: number, last: number): boolean {
  let givenUp = false
  for (let k = first - 1; k >= 0 && k >= first - 10; k--) {
    const w = tokens[k].text
    if (!tokens[k].word) break
    if (PREMISED.has(w) && /^(on|upon)$/.test(tokens[k + 1]?.text ?? '') && k >= first - 4) return true
    if (relinquishing(tokens, k)) givenUp = true
    if (w === 'until' && givenUp) return true
  }
  const [a, b, c] = [tokens[last + 1]?.text, tokens[last + 2]?.text, tokens[last + 3]?.text]
  return a === 'as' && (b === 'a' || b === 'the') && /^(pre)?conditions?$/.test(c ?? '')
}

const WAGER_HEAD: Record<string, RegExp> = {
  bet: /^on$/,
  bets: /^on$/,
  betting: /^on$/,
  doubt: /^(over|about)$/,
  doubts: /^(over|about)$/,
  talk: /^(of|about)$/,
}
const SCANT = set('slim little faint dim fading scant')
const SCANT_HEAD = set('hope hopes room chance chances prospect prospects')
const NOUN_PHRASE_BREAK = set(
  'at in with to from by after before since during between that which who when whether and or but is are was were',
)

/**
 * "traders bet on a Trump-Kim meeting", "hears doubts over new Trump-Kim talks", "talk of a fourth meeting", "slim
 * hope for Tokyo-Pyongyang talks", "little room for leader talks": the act heads the noun phrase a wager, a doubt,
 * hearsay or a scant hope is about, so it is only possible (t30 t95 t105 t114 t118). A bare "hope for talks" or
 * "room for dialogue" (an offer, planned) and "talks" (the verb, "to talk of") are left as they are.
 */
function objectOfWager(tokens: Token[], first: number): boolean {
  for (let k = first - 1; k >= 1 && k >= first - 6; k--) {
    const w = tokens[k].text
    if (!tokens[k].word && w !== '-') return false
    if (NOUN_PHRASE_BREAK.has(w)) return false
    if (!/^(on|over|about|of|for)$/.test(w)) continue
    const head = tokens[k - 1].text
    if (WAGER_HEAD[head]?.test(w))
      return head !== 'talk' || !/^(to|will|would|could|can)$/.test(tokens[k - 2]?.text ?? '')
    return /^(for|of)$/.test(w) && SCANT_HEAD.has(head) && SCANT.has(tokens[k - 2]?.text ?? '')
  }
  return false
}

/**
 * Denuclearisation named as the condition talks are set on is their agenda, accepted or refused (labelling
 * convention C1: "rejected any talks premised on denuclearization", "floated dropping denuclearization as a
 * precondition"): not supposed like another act set as a condition (t28 t32 t40 t48 t61).
 */
function denuclearisationWord(tokens: Token[], last: number): boolean {
  return /^denucleari[sz]ation$/.test(tokens[last].text)
}

/** "last" right before a past verb at or before the trigger, in its clause ("last met", "last visited"). */
function lastTimeBefore(v: SentenceView, first: number, clause: Clause): boolean {
  const { tokens } = v
  for (let k = Math.max(clause.left + 1, 0); k < first; k++)
    if (tokens[k].text === 'last' && pastForm(tokens[k + 1]?.text ?? '') && k + 1 <= first) return true
  return false
}

/**
 * "Asked whether state hacking groups were already harvesting data, she said ...", "it is unclear whether the
 * North will launch": the trigger stands in a clause opened by "whether" (no comma, colon or semicolon between),
 * an indirect question: asked about, not told.
 */
export function askedWhether(v: SentenceView, first: number): boolean {
  const { tokens } = v
  for (let k = first - 1; k >= 0 && k >= first - 12; k--) {
    const w = tokens[k].text
    if (w === 'whether') return true
    if (/^[,:;.!?]$/.test(w) || w === 'that') return false
  }
  return false
}

const QUESTION_OPENERS = set('will would can could does do did is are was were should has have might')

/** A sentence opening on an auxiliary (after a "Q:" label) and ending on a question mark. */
function yesNoQuestion(v: SentenceView): boolean {
  const { tokens } = v
  let end = tokens.length - 1
  while (end >= 0 && /^['"’”]$/.test(tokens[end].text)) end--
  if (tokens[end]?.text !== '?') return false
  let k = 0
  if (tokens[0]?.text === 'q' && tokens[1]?.text === ':') k = 2
  return QUESTION_OPENERS.has(tokens[k]?.text ?? '')
}

/**
 * "Analysis: A second-term Trump-Kim summit? Washington insiders see long odds", "Rumour mill: a Trump-Kim
 * handshake at Panmunjom?": a noun phrase asked about (after a label, up to its question mark) is a
 * possibility, not a report (t79; as askedKo's headline segment in Korean).
 */
function nounQuestion(v: SentenceView, first: number): boolean {
  const { tokens } = v
  let start = first
  while (start > 0 && !/^[:?.;!]$/.test(tokens[start - 1].text)) start--
  if (!/^(a|an)$/.test(tokens[start]?.text ?? '')) return false
  for (let k = first + 1; k < tokens.length; k++) {
    if (tokens[k].text === '?') return true
    if (/^[:.;!,]$/.test(tokens[k].text)) return false
  }
  return false
}

const PLAN_HAVERS = set('it we they he she i')

/**
 * "there were no plans", "we have no plan": no plan at all, or none of the speaker's, is the speaker's denial;
 * "North Korea had no plans" reports another's intent (the quotes of "there were 'no plans'" aside).
 */
function ownOrNobodysPlan(tokens: Token[], no: number): boolean {
  let k = no - 1
  while (k >= 0 && /^['"‘’“”]$/.test(tokens[k].text)) k--
  if (k < 0) return false
  const w = tokens[k].text
  if (is(tokens[k], W_BE)) return true
  return /^(has|have|had)$/.test(w) && PLAN_HAVERS.has(tokens[k - 1]?.text ?? '')
}

/** The "no" determining the noun at `first` ("no talks", "no such meeting", "no new sanctions"), or -1. */
function noneOf(v: SentenceView, first: number): number {
  const { tokens } = v
  for (let k = first - 1, hops = 0; k >= 0 && hops < 3; k--, hops++) {
    const t = tokens[k]
    if (t.text === 'no') return k
    if (t.text === '-' || t.arg >= 0) continue
    // (Not "no doubt the talks will happen": a determiner between starts another noun.)
    if (!t.word || is(t, W_DETERMINERS) || is(t, W_SUPPORT) || is(t, W_PREPS) || is(t, W_BE)) break
    if (is(t, W_MODALS) || is(t, W_VERBAL)) break
  }
  return -1
}

const EVIDENCE_NOUNS = /^(signs?|indications?|evidence)$/
const COMING_CUES = /^(imminent|about|preparing|preparations?|readying|planning)$/

/**
 * "has seen 'no indications' that North Korea is about to conduct a nuclear test", "could not verify reports that the
 * North was preparing a test": an act still to come that a speaker finds no evidence of is a guess about it, not its
 * denial ("no evidence that China deployed units", a past act, stays denied). Stops at a clause break ("no sign of
 * preparations, but the North may fire").
 */
function noSignOfComingAct(tokens: Token[], first: number, last: number): boolean {
  let coming = COMING_CUES.test(tokens[last + 1]?.text ?? '')
  for (let k = first - 1, hops = 0; k >= 0 && hops < 12; k--, hops++) {
    const t = tokens[k]
    if (COMING_CUES.test(t.text)) coming = true
    else if (is(t, W_SUBORDINATORS) || /^[,;:.]$/.test(t.text)) return false
    else if (EVIDENCE_NOUNS.test(t.text)) return coming && cueWithin(tokens, k, /^no$/)
    else if (/^(verify|confirm)$/.test(t.text))
      return coming && cueWithin(tokens, k, /^(not|cannot|unable|n't)$/)
  }
  return false
}

/** A word matching `cue` among the three words before `k`, quote marks skipped ("'no' indications"). */
function cueWithin(tokens: Token[], k: number, cue: RegExp): boolean {
  for (let j = k - 1, hops = 0; j >= 0 && hops < 3; j--) {
    if (isAnyQuoteMark(tokens[j])) continue
    if (cue.test(tokens[j].text)) return true
    hops++
  }
  return false
}

function cuedModality(
  v: SentenceView,
  first: number,
  last: number,
  clause: Clause,
  frame: Frame,
  unset: NoDate | null,
): EnModality {
  const { tokens } = v
  const fixed = attributiveOrTimeReference(v, first, last)
  if (fixed) return { modality: fixed, denialVerb: -1 }
  // "notified Japan of a satellite launch window": the window is the period set for the act, to come.
  if (/^windows?$/.test(tokens[last + 1]?.text ?? '')) return { modality: 'planned', denialVerb: -1 }
  // "Imagine that South Korea announced it would build the bomb": a thought experiment's events are
  // all supposed, whatever its own clauses say.
  for (let k = 0; k < first; k++)
    if (is(tokens[k], W_SUPPOSING) && (k === 0 || !tokens[k - 1].word))
      return { modality: 'speculative', denialVerb: -1 }
  if (claimCalledFalse(tokens, first, last)) return { modality: 'denied', denialVerb: -1 }
  // "Kremlin calls reports of North Korean troops in Russia 'fake news'": the reports a call verb names false.
  if (reportsCalledFalse(tokens, first, last)) return { modality: 'denied', denialVerb: -1 }
  // "a drill North Korea has long condemned", "has for years denounced": a habit recalled as context, not
  // today's act.
  if (nuclearAttack(tokens, first)) return { modality: 'speculative', denialVerb: -1 }
  // "no indications that the North is about to conduct a nuclear test": evidence of an act to come is lacking.
  if (noSignOfComingAct(tokens, first, last)) return { modality: 'speculative', denialVerb: -1 }
  if (habitSince(tokens, first) || killedRemembered(tokens, first) || fightingRecalled(tokens, first))
    return { modality: 'background', denialVerb: -1 }
  let neg = -1
  let spec = false
  let plan = false
  let denial = -1
  let kept = false
  // "no talks", "no such meeting", "no joint drills": "no" determining the trigger negates the act itself,
  // however far its clause reaches ("officials said no contact with the North Korean delegation was planned").
  const none = noneOf(v, first)
  let negatedAct = none >= 0
  neg = none
  // A condition ("if", "unless", an inverted "should") supposes the trigger's clause: see EnModality.supposed.
  let cond = false
  v.firstReporting ??= firstReporting(tokens)
  const reporting = v.firstReporting >= 0 && v.firstReporting <= clause.left
  // The governing words: the clause itself, then up to 6 words before its boundary.
  const govFrom = Math.max(0, clause.left - 6)
  // A comma between a cue and the trigger ends the cue's reach ("urged X to play a role ..., in a call"),
  // and so does distance: a cue acts on the verb group of the trigger (or of the verb taking it).
  let comma = clause.left
  for (let k = clause.left + 1; k < first; k++) if (tokens[k].text === ',' && !inQuantity(v, k)) comma = k
  const anchor = supportVerbOf(v, first, clause.left) ?? phraseStart(v, first, clause.left)
  let reach = Math.max(comma, reachBefore(v, anchor))
  // "Moscow would respond to new US sanctions", "would pay a dear price for the drills": the modal is the
  // response's; the act responded to is not what it promises.
  reach = Math.max(reach, answeredAt(v, first))
  // "will attend the APEC meeting in Gyeongju this week and hold a summit": a bare verb after "and"
  // shares the verb group of the verb it is coordinated with, however long that one's phrase.
  if (tokens[anchor - 1]?.text === 'and' && BASE_SUPPORT.has(tokens[anchor].text))
    for (let k = anchor - 2; k > comma; k--)
      if (is(tokens[k], W_MODALS)) {
        reach = Math.min(reach, k - 1)
        break
      }
  for (let k = govFrom; k < first; k++) {
    const tok = tokens[k]
    if (!is(tok, W_MODALITY_CUE)) continue
    // "no dates set": the words saying the date is not set cue nothing of the act (noDateSet).
    if (unset && k >= unset.from && k < unset.to) continue
    const w = tok.text
    const inClause = k > reach
    const negatedCue =
      /^(not|never)$/.test(tokens[k - 1]?.text ?? '') || tokens[k - 1]?.text.endsWith("n't") === true
    if (is(tok, W_DENIAL) && (!/^rul(e|ed|es|ing)$/.test(w) ? true : tokens[k + 1]?.text === 'out')) {
      // "Officials did not rule out that Kim could ...": a denial negated is a possibility, however far
      // the trigger's clause starts after it.
      if (negatedCue) spec = true
      else denial = k
    }
    // "did not exclude further sanctions": an act not excluded is kept open, as one not ruled out (Korean
    // notExcludedKo); "excluded from the talks" unnegated is no denial of them.
    else if (EXCLUDE.has(w) && negatedCue) spec = true
    // "China calls off the trilateral meeting": a phrasal cancel (not "calls for talks", a plan).
    // (Not "urged Pyongyang to call off a launch": a call-off asked for is no cancellation.)
    else if (
      /^call(s|ed|ing)?$/.test(w) &&
      tokens[k + 1]?.text === 'off' &&
      tokens[k - 1]?.text !== 'to' &&
      inClause
    )
      denial = k
    // "Seoul, Tokyo push back defence talks to September", "put off the visit": put off, still to come.
    else if (PUTTING_OFF_PHRASAL.test(w) && /^(back|off)$/.test(tokens[k + 1]?.text ?? '') && inClause)
      plan = true
    // "Kishida's memoir recounts the Camp David summit": a telling of a past act recalls it.
    else if (RECALLING.has(w) && inClause && k >= anchor - 4 && !recallOfEnvoy(tokens, k))
      return { modality: 'background', denialVerb: -1 }
    else if (w === 'failed' && tokens[k + 1]?.text === 'to' && inClause) neg = k
    else if ((is(tok, W_NEGATION) || w.endsWith("n't")) && inClause) neg = k
    // "will not scale back the drills", "did not cancel the summit": not undoing an act affirms it.
    else if (is(tok, W_REVERSING) && neg >= 0 && k > neg) neg = -1
    // "would never negotiate away its nuclear weapons", "will not give up its arsenal": what is not
    // to be given up is held now (reported), whatever the modal of the refusal.
    else if (neg >= 0 && k > neg && relinquishing(tokens, k)) {
      neg = -1
      kept = true
    }
    // "agreed to include a nuclear scenario in the drills": the drill is what the agreement plans.
    else if (includedAt(tokens, k) && agreedTo(tokens, scenarioIncluded(tokens, k))) plan = true
    // "has approved the possible sale of F-35 jets": an approved sale is to come, "possible" being the
    // approval's formula (the sale still needs its contract), not a guess.
    else if (w === 'possible' && frame === Frame.Transfer && APPROVING.has(tokens[k - 2]?.text ?? ''))
      plan = true
    // "concern over the deepening cooperation": a worry about what is happening, unlike "fears that ... could".
    else if (
      is(tok, W_SPECULATION) &&
      (inClause || k >= clause.left - 3) &&
      !worryOverThing(tokens, k) &&
      !suspectedSite(tokens, k) &&
      // "agreed to include nuclear scenarios in the exercise": the drill's content, no guess.
      !includedAt(tokens, k)
    ) {
      spec = true
      if (w === 'if' || w === 'unless') cond = true
    }
    // "Should thousands of protesters rally outside the embassy, police would intervene": "should" opening a
    // clause before its subject is a condition, as "if" is.
    // "Were North Korea to fire a missile", "Had Pyongyang fired a missile": the same inversion with "were ... to"
    // and "had".
    // (The inversion opens the trigger's clause: it is its left bound.)
    else if (INVERTING.has(w) && (inClause || k === clause.left) && invertedCondition(tokens, k)) {
      spec = true
      cond = true
    }
    // "In the event North Korea fires a missile", "in case talks collapse": a condition, as "if" is.
    else if (
      ((w === 'event' && tokens[k - 1]?.text === 'the' && tokens[k - 2]?.text === 'in') ||
        (w === 'case' && tokens[k - 1]?.text === 'in')) &&
      tokens[k + 1]?.text !== ',' &&
      (inClause || k >= clause.left - 3)
    ) {
      spec = true
      cond = true
    } else if (w === 'would' && inClause) {
      // "agreed that Takaichi would visit", "pledged that Japan would provide": the future of a commitment made.
      // "a bill that would require the Treasury to sanction": the bill's proposal (billWould).
      if (reporting || committedBefore(tokens, clause.left, k) || billWould(tokens, k)) plan = true
      else spec = true
    } else if (w === 'expected' || w === 'expects' || w === 'expect') {
      const who = tokens[k - 1]?.text ?? ''
      if (GUESSERS.has(who) || w !== 'expected') spec = true
      // "is expected to sign on Monday" is scheduled; "is expected to accompany him" with no date, a guess.
      else if (inClause && !(tokens[k + 1]?.text === 'to' && tokens[k + 2]?.text === 'be')) {
        if (hasDate(tokens, clause.left + 1, clause.right)) plan = true
        else spec = true
      }
    }
    // "a pact pledging mutual military aid": what a signed pact pledges is its content, not a plan.
    // "no plans for Prime Minister Kishida to visit": the plan negated, however long the name after it.
    else if (/^plans?$/.test(w) && tokens[k - 1]?.text === 'no' && inClause) {
      neg = k
      negatedAct = ownOrNobodysPlan(tokens, k - 1)
    } else if (is(tok, W_PLAN) && inClause && !PACTS.has(tokens[k - 1]?.text ?? '')) plan = true
    else if (w === 'to' && (tokens[k - 1]?.text === 'is' || tokens[k - 1]?.text === 'are') && inClause)
      plan = true
    // A headline's "Rubio to visit Seoul", "WFP to send food to ...": the subject, "to", the trigger
    // or the verb taking it.
    else if (w === 'to' && (k === first - 1 || k === anchor - 1) && (tokens[k - 1]?.arg ?? -1) >= 0)
      plan = true
  }
  // "Should North Korea fire a missile, Japan would respond", "Japan would respond if North Korea fired": the
  // main clause of a condition is supposed, and so is a trigger carrying its own modal before a condition.
  if (
    !cond &&
    (conditionOpening(v, first) ||
      (/^(would|will)$/.test(tokens[first].text) && conditionAfter(tokens, clause)))
  ) {
    spec = true
    cond = true
  }
  // (No one is said to say it: no reporting verb, and no warning or vow before the trigger.)
  const supposed = cond && v.firstReporting < 0 && !saidBefore(tokens, first)
  if (kept && denial < 0) return { modality: null, denialVerb: -1 }
  if (denial >= 0) {
    // "did not deny" / "did not rule out": neither happened nor denied.
    if (neg >= 0 && neg < denial) return { modality: 'speculative', denialVerb: -1 }
    return { modality: 'denied', denialVerb: denial }
  }
  // "Pyongyang had not fired a missile since January": the reporter recalls the last time, nobody
  // denies anything (a negation someone reports, "the JCS said the North had not fired", is a denial).
  if (neg >= 0 && !spec && !reporting && sinceAfter(tokens, last, clause.right))
    return { modality: 'background', denialVerb: -1 }
  if (neg >= 0)
    return {
      modality: spec ? 'speculative' : 'denied',
      denialVerb: -1,
      supposed: spec && supposed,
      negatedAct: negatedAct && !spec,
    }
  // "if they went ahead with their planned drills", "a price for the ongoing exercise": an adjective of
  // time on the trigger says when it is, whatever the clause around it supposes or promises.
  const when = timeAdjective(v, first)
  if (when) return { modality: when === 'planned' ? 'planned' : null, denialVerb: -1 }
  if (spec || anyBefore(v, first)) return { modality: 'speculative', denialVerb: -1, supposed }
  // "will impose sanctions if Pyongyang sends more troops": a plan under a condition is not a plan.
  if (plan) return { modality: conditionAfter(tokens, clause) ? 'speculative' : 'planned', denialVerb: -1 }
  // "arrived for talks", "heads to Washington for a meeting": the purpose is still to come (not a
  // visit: arriving "for a visit" is the visit).
  for (let k = first - 1, hops = 0; k > comma && hops < 4 && frame !== Frame.Visit; k--, hops++) {
    const w = tokens[k].text
    // Not "signs a deal for 180 tanks": what a contract is for is its content; nor "responsible for
    // the theft": who is to blame for an act did it.
    if (w === 'for' && !CONTRACTS.has(tokens[k - 1]?.text ?? '') && !BLAMED.test(tokens[k - 1]?.text ?? ''))
      return { modality: 'planned', denialVerb: -1 }
    if (!tokens[k].word || is(tokens[k], W_PREPS) || tokens[k].arg >= 0) break
  }
  // A noun subject takes the modality of its predicate: "sanctions on North Korea were something we
  // could talk about if ...", "talks will resume".
  if (subjectNoun(v, first, clause.left)) {
    // A named party counts as one word ("a meeting between Trump and Kim Jong Un is unlikely").
    for (let k = last + 1, hops = 0; k < tokens.length && hops < 9; k++) {
      const w = tokens[k].text
      if (tokens[k].arg >= 0 && tokens[k + 1]?.arg === tokens[k].arg) continue
      hops++
      // "a North Korean missile launch, if it came, would knock the KOSPI lower": a condition set off by
      // commas right after the noun subject supposes it.
      if (w === ',' && /^(if|unless)$/.test(tokens[k + 1]?.text ?? ''))
        return { modality: 'speculative', denialVerb: -1 }
      if (w === ',' || w === ';' || isReporting(tokens[k])) break
      if (
        w === 'could' ||
        w === 'may' ||
        w === 'might' ||
        w === 'if' ||
        w === 'unless' ||
        (is(tokens[k], W_POST_SPECULATION) && isAt(tokens[k - 1], W_BE))
      )
        return { modality: 'speculative', denialVerb: -1 }
      // "talks will resume", "an election must be held within 60 days": what is to be, or required to be.
      if (w === 'will' || w === "'ll" || (w === 'must' && tokens[k + 1]?.text === 'be'))
        return { modality: conditionAfter(tokens, clause) ? 'speculative' : 'planned', denialVerb: -1 }
      if (w === 'not' || w === 'never' || w.endsWith("n't")) return { modality: 'denied', denialVerb: -1 }
    }
  }
  // "A round of talks ... scheduled for Thursday has been called off", "... has been pushed back".
  const putOff = subjectCancelledOrPutOff(v, first, last, clause.left)
  if (putOff) return { modality: putOff, denialVerb: -1 }
  // "during Hegseth's visit to Tokyo next week", "talks in Seoul tomorrow": a date to come.
  if (futureDateAfter(tokens, last, clause.right)) return { modality: 'planned', denialVerb: -1 }
  // After the trigger: "a summit is planned", "the visit was cancelled".
  for (let k = last + 1, hops = 0; k < clause.right && hops < 4; k++, hops++) {
    const tok = tokens[k]
    const w = tok.text
    if (is(tok, W_BE) || w === 'has' || w === 'have' || w === 'had' || w === 'now' || w === 'also') continue
    if (is(tok, W_POST_PLAN)) return { modality: 'planned', denialVerb: -1 }
    // "a snap election that must be held within 60 days": required to take place, so to come.
    if (w === 'must' && tokens[k + 1]?.text === 'be' && tokens[k - 1]?.text === 'that')
      return { modality: 'planned', denialVerb: -1 }
    // "talks were called off", "a test was ruled out" (not "... and called for more").
    if (
      is(tok, W_POST_DENIAL) &&
      (w === 'called' ? tokens[k + 1]?.text === 'off' : w !== 'ruled' || tokens[k + 1]?.text === 'out')
    )
      return { modality: 'denied', denialVerb: -1 }
    if (is(tok, W_POST_SPECULATION)) return { modality: 'speculative', denialVerb: -1 }
    if (is(tok, W_PREPS) || tok.arg >= 0) break
  }
  // "days before the U.S. presidential election", "hours after the talks": a time reference.
  for (let k = first - 1, hops = 0; k >= 0 && hops < 4; k--, hops++) {
    const w = tokens[k].text
    if (w === 'before' || w === 'after' || (w === 'of' && tokens[k - 1]?.text === 'ahead')) {
      const unit = tokens[w === 'of' ? k - 2 : k - 1]?.text ?? ''
      // A future event as a time reference ("days before the election") or an earlier one ("weeks
      // after the summit"); "hours after" is still the news, but not an office taken ("hours after Trump's
      // inauguration"): a term is counted from its start, as Korean 취임 직후 (AFTER_OFFICE).
      if (
        w === 'after'
          ? /^(days?|weeks?|months?|years?)$/.test(unit) ||
            (frame === Frame.Leadership && /^hours?$/.test(unit))
          : /^(days?|hours|weeks?|months?|shortly|just)$/.test(unit)
      )
        return { modality: 'background', denialVerb: -1 }
      break
    }
    if (!tokens[k].word || tokens[k].arg >= 0 ? false : is(tokens[k], W_PREPS) || is(tokens[k], W_BE)) break
  }
  // "The exchange followed Putin's signing of a treaty": the act another one follows is its context.
  if (followedAct(v, first)) return { modality: 'background', denialVerb: -1 }
  // "sanctioned for their role in shipping munitions", "for helping Russia": the reason, told as context.
  for (let k = first - 1, hops = 0; k > clause.left && hops < 4; k--, hops++) {
    const w = tokens[k].text
    if (REASON_AFTER_FOR.has(w) && tokens[k - 1]?.text === 'for')
      return { modality: 'background', denialVerb: -1 }
    if (w === 'role' && tokens[k - 2]?.text === 'for') return { modality: 'background', denialVerb: -1 }
    if (!tokens[k].word) break
  }
  // "the first such clash since Pyongyang sent troops", "days after Lai was inaugurated" (not a
  // phrase a comma closes: "the first summit since the 2023 gathering, Trump and Lee signed" dates
  // the earlier gathering, not the signing).
  if (clause.left >= 0 && comma === clause.left) {
    const b = tokens[clause.left].text
    const before = tokens[clause.left - 1]?.text ?? ''
    if (b === 'since' || (b === 'after' && TIME_UNITS.test(before)))
      return { modality: 'background', denialVerb: -1 }
  }
  if (afterClause(v, first) || upToNow(v, first)) return { modality: 'background', denialVerb: -1 }
  if (earlierPeriod(tokens, clause)) return { modality: 'background', denialVerb: -1 }
  // "Lavrov last visited North Korea in June": "last" before a past verb recalls the previous time.
  const verb = supportVerbOf(v, first, clause.left) ?? first
  if (tokens[verb - 1]?.text === 'last' && pastForm(tokens[verb].text))
    return { modality: 'background', denialVerb: -1 }
  // "..., when the two countries signed a treaty": a when-clause hung on a recalled time is that time.
  if (clause.left > 0 && tokens[clause.left].text === 'when' && tokens[clause.left - 1].text === ',') {
    let k = clause.left - 2
    while (k >= 0 && !/^[,;.:]$/.test(tokens[k].text)) k--
    for (let j = k + 1; j < clause.left - 1; j++)
      if (
        tokens[j].arg < 0 &&
        pastCueAt(tokens, j, first) &&
        (tokens[j].text !== 'last' || pastForm(tokens[j + 1]?.text ?? ''))
      )
        return { modality: 'background', denialVerb: -1 }
  }
  // "Seoul's delegation arrives in Tokyo today", "Monday: Iwaya travels to Washington": a schedule.
  if (futuratePresent(v, clause)) return { modality: 'planned', denialVerb: -1 }
  return { modality: null, denialVerb: -1 }
}

/** The last words of the consequence phrases consequenceRoles reads. */
const CONSEQUENCE_LAST = new Set(['price', 'dearly', 'responsible', 'responsibility'])

/**
 * "Kim warned that Seoul would pay dearly", "said the South would be held responsible": a consequence its
 * subject is to suffer; the subject (the rules' source) is the one threatened, and the one who threatens is
 * the speaker, the first other party before it (t8 t18 t85). A pronoun subject ("warned Pyongyang that it
 * would bear full responsibility") gives no record: the warning verb has it. Null for other triggers (their
 * roles stand).
 */
export function consequenceRoles(
  v: SentenceView,
  first: number,
  last: number,
  source: number,
  target: number,
  countryOf: (p: number) => number,
): { source: number; target: number } | null {
  // (Read on every English trigger: the last word first, before any string is built.)
  if (!CONSEQUENCE_LAST.has(v.tokens[last].text)) return null
  const words = v.tokens
    .slice(first, last + 1)
    .filter((t) => t.word)
    .map((t) => t.text)
    .join(' ')
  if (!/^(pay (a |the )?(price|dearly)|be held responsible|bear full responsibility)$/.test(words))
    return null
  for (let k = first - 1; k >= 0 && k >= first - 3; k--)
    if (/^(it|they|he|she)$/.test(v.tokens[k].text)) return { source: -1, target: -1 }
  const speaker = v.args.find(
    (a) => !a.venue && a.last < first && countryOf(a.parties[0]) !== countryOf(source),
  )
  return { source: speaker?.parties[0] ?? (source >= 0 ? target : -1), target: source }
}
