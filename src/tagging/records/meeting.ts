/**
 * Meetings with people at home (round eleven): a meeting-summit is between states' representatives, so
 * a leader, an agency or an envoy who meets fishermen, families, escapees or lawmakers holds no talks with
 * a state ("The coast guard held a meeting with fishing cooperatives", "Lai would meet members of
 * Congress", "rights investigator meets escapees"). Read only for a meeting whose record found no partner.
 * Nor is a meeting of one state's own bodies: its cabinet, a committee, a party plenum (domesticBodyMeeting).
 */
import { TIME_WORDS } from './english'
import type { SentenceView } from './view'

/** Plural people nouns no state speaks through: the partner of a meeting that is no talks between states. */
const PEOPLE = new Set(
  (
    'fishermen fishers cooperatives farmers workers residents families relatives students teachers reporters ' +
    'journalists activists defectors escapees survivors victims veterans athletes players fans voters citizens ' +
    'lawmakers legislators congressmen parishioners pilgrims tourists opposition'
  ).split(' '),
)

/** "meets escapees", "met with abductees' families", "meet members of Congress": whom the trigger meets. */
export function metPeople(v: SentenceView, last: number): boolean {
  const { tokens } = v
  let k = last + 1
  if (tokens[k]?.text === 'with') k++
  for (const end = Math.min(tokens.length, k + 4); k < end; k++) {
    const t = tokens[k]
    if (t.text === "'") continue
    if (!t.word || t.arg >= 0) return false
    if (PEOPLE.has(t.text)) return true
    if (
      t.text === 'members' &&
      tokens[k + 1]?.text === 'of' &&
      /^(congress|parliament)$/.test(tokens[k + 2]?.text ?? '')
    )
      return true
  }
  return false
}

/** One state's own bodies, as the modifier of a meeting: "cabinet meeting", "budget committee meeting". */
const DOMESTIC_BODIES = new Set(['cabinet', 'committee', 'plenary', 'politburo', 'plenum', 'party', 'caucus'])
const MEETING_NOUNS = new Set(['meeting', 'meetings', 'session', 'sessions'])

/**
 * "the cabinet meeting held before Yoon declared martial law", "after an all-night budget committee meeting": a
 * meeting noun whose own modifiers (up to a determiner or a name) name a body of one state is its government's
 * business, no talks between states; "a joint committee meeting" of two states still is.
 */
export function domesticBodyMeeting(v: SentenceView, first: number, last: number): boolean {
  const { tokens } = v
  if (!MEETING_NOUNS.has(tokens[last].text)) return false
  let body = false
  for (let k = first - 1; k >= 0 && k >= first - 4; k--) {
    const t = tokens[k]
    if (!t.word || t.arg >= 0) break
    if (/^(joint|bilateral|trilateral|intergovernmental)$/.test(t.text)) return false
    if (DOMESTIC_BODIES.has(t.text)) body = true
  }
  return body
}

/**
 * "Hegseth and Nakatani agreed in Tokyo on Sunday to ...", "Lee and Trump agreed in Gyeongju": parties agreeing
 * in a named place met there (t22, t34, t45). Not "agreed in June", "agreed in principle", "agreed at a
 * meeting" (that meeting is its own trigger): the word after the trigger's "in"/"at" is a capitalised place name.
 */
export function agreedInPlace(v: SentenceView, last: number): boolean {
  const next = v.tokens[last + 1]
  if (!next?.word || TIME_WORDS.has(next.text) || next.text === 'principle' || /^\d/.test(next.text))
    return false
  const c = v.t.source.charCodeAt(v.t.orig[next.start])
  return c >= 0x41 && c <= 0x5a
}

/**
 * "Kim Jong Un received Li the same evening", "was received at the airport by ... Kim Jong Un", "Kim received the
 * Russian delegation": receiving is a reception (talks between states) only when whom it receives, or who receives
 * in the passive, is a person (or a delegation); "received shells", "received 180 votes" are no meeting (round
 * twenty-two: t11, t25, with 예방 in t5, t79).
 */
export function receivesNoOne(v: SentenceView, last: number, isPerson: (p: number) => boolean): boolean {
  const { tokens, args } = v
  if (!/^receiv/.test(tokens[last]?.text ?? '')) return false
  const personAt = (k: number) => args[tokens[k]?.arg ?? -1]?.parties.some(isPerson) === true
  // The object right after the verb ("received Li", "received Russian Defence Minister Andrei Belousov").
  for (let k = last + 1; k < Math.min(tokens.length, last + 5); k++) {
    if (personAt(k)) return false
    if (/^(delegation|delegations|envoy|envoys)$/.test(tokens[k].text)) return false
    if (/^(by|from|with|and|,|\.)$/.test(tokens[k].text)) break
  }
  // The passive's agent ("received at Pyongyang's airport by his counterpart and later by Kim Jong Un").
  if (tokens[last - 1]?.text === 'be' || /^(was|were|been|being|is|are)$/.test(tokens[last - 1]?.text ?? ''))
    for (let k = last + 1; k < Math.min(tokens.length, last + 16); k++)
      if (tokens[k].text === 'by' && (personAt(k + 1) || personAt(k + 2) || personAt(k + 3))) return false
  return true
}

/** What "meet" satisfies or answers when it names no meeting: "meet the needs", "meet the conditions". */
const MET_THINGS = new Set(
  'needs need target targets goal goals conditions condition threats threat demand demands quota quotas'.split(
    ' ',
  ),
)
/** The answer of "met with": "would be met with an 'overwhelming response'". */
const ANSWERS = new Set('response responses countermeasures retaliation force'.split(' '))

/**
 * "could meet the conditions for the use of nuclear weapons", "capability to meet current and future threats",
 * "will meet any further leaflets with 'a new response'": meet as satisfy or answer, no meeting (round
 * twenty-two: t31, t41, t80). Its object's head (up to four words, before any name or preposition) is a thing
 * met, or "with" brings an answer.
 */
export function meetsNoOne(v: SentenceView, last: number, isPerson: (p: number) => boolean): boolean {
  const { tokens, args } = v
  if (!/^(meet|meets|met)$/.test(tokens[last]?.text ?? '')) return false
  for (let k = last + 1; k < Math.min(tokens.length, last + 6); k++) {
    const t = tokens[k]
    if (t.text === "'") continue
    if (!t.word || t.arg >= 0 || /^(to|in|at|on|for|by)$/.test(t.text)) break
    if (MET_THINGS.has(t.text)) return true
  }
  // "with" after the object, in the same clause (not "met Trump and ... with"), and no person met on the way.
  for (let k = last + 1; k < Math.min(tokens.length, last + 10); k++) {
    const t = tokens[k]
    if (t.text === ',' || t.text === 'and' || args[t.arg]?.parties.some(isPerson)) break
    if (t.text === 'with')
      for (let j = k + 1; j < Math.min(tokens.length, k + 6); j++)
        if (ANSWERS.has(tokens[j].text)) return true
  }
  return false
}
