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
