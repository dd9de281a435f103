/**
 * Event records of one sentence: for each trigger that passed its rules, the source and target
 * (English word order, voice and prepositions; Korean particles), the modality (negation, plans,
 * speculation, background), then the checks that a trigger word alone does not decide:
 *  - the roles the event's frame requires are filled (a visit needs a host that is not the
 *    visitor's own country: a leader touring a factory at home is no visit);
 *  - a state actor "protesting" makes a diplomatic protest, not a street protest;
 *  - implications: an election won by a person is a leadership change; talks a foreign official
 *    holds in a capital named only as the venue are a visit;
 *  - a denial is also a diplomatic statement by the one who denies (taxonomy rule 4).
 */
import { C_HANGUL, charClass } from '../chars'
import type { TriggerHit } from '../state'
import { acceptRecord } from './accept'
import { buildArgs } from './args'
import { pushRecords } from './emit'
import type { SpeakerKo } from './korean'
import { finishRecords } from './post'
import { completeByFrame, completeSides, denialOf, settleModality } from './roles'
import { civilSpaceLaunch, helpersOf, type RawRecord, type SentenceInput, speakerOf } from './shared'
import { sentenceSpeakerKo } from './speaker-ko'
import { newRecordState, resetTrigger } from './state'
import { englishTrigger } from './triggers-en'
import { koreanTrigger } from './triggers-ko'
import { beforeQuoteOpening, type SentenceView, sentenceView, TokenMarks, tokenAt, tokenize } from './view'

// (Its home moved to ./post with the other visit implications; the tagger imports it from here.)
export { mayAttendCeremony } from './post'
// fill.ts imports the role flags from here: its digest (frozen with the filler's examples) covers its text.
export { attendsGatheringKo, EMPTY_SOURCE, EMPTY_TARGET, type HitInfo, type RawRecord } from './shared'

/** Triggers of one event at most this many tokens apart are one mention of it. */
const NEIGHBOUR_TOKENS = 3

const TRIGGER_TOKENS = new TokenMarks()

/**
 * The triggers of a sentence that made their record, by span, event and background: another
 * trigger entry matching the same span for the same event (7 % of triggers on the bench corpus)
 * derives the same roles and modality, so it would only add records the first one's cover (dedupe
 * drops them). Only a trigger entry's own rules (requiresActor, requiresTarget) tell entries apart,
 * and those can only reject a record, so one that was made stands for the others.
 */
class RecordedTriggers {
  /** Per trigger: start, end, event, background (1/0), both roles filled (1/0). */
  private readonly keys: number[] = []

  /** Whether a trigger of this span, event and background made its record: -1 no, 1 with both roles, 0 not. */
  find(hit: TriggerHit, background: boolean): number {
    const { keys } = this
    for (let i = 0; i < keys.length; i += 5)
      if (
        keys[i] === hit.start &&
        keys[i + 1] === hit.end &&
        keys[i + 2] === hit.entry.event &&
        keys[i + 3] === (background ? 1 : 0)
      )
        return keys[i + 4]
    return -1
  }

  add(hit: TriggerHit, background: boolean, bothRoles: boolean): void {
    this.keys.push(hit.start, hit.end, hit.entry.event, background ? 1 : 0, bothRoles ? 1 : 0)
  }

  clear(): void {
    this.keys.length = 0
  }
}
const RECORDED = new RecordedTriggers()

/**
 * The records of one sentence, as a pipeline over its triggers: the trigger's own checks in its language
 * (englishTrigger, koreanTrigger), the sides every language completes (completeSides), the event and modality
 * (settleModality), a denial's statement (denialOf), the roles the frame lacks (completeByFrame), the record's
 * acceptance (acceptRecord), the record pushed (pushRecords); then the steps over the whole list (finishRecords).
 * A trigger whose neighbour of the same event, or an entry of the same span, already made a full record is skipped.
 */
export function sentenceRecords(input: SentenceInput): {
  records: RawRecord[]
  subject: number
  /** Who speaks the sentence (null: it depends on the sentence before, not read). */
  speaker: SpeakerKo | null
} {
  const { m, seg, s } = input
  const t = seg.t
  const tokens = tokenize(t, s.start, s.end)
  const v = sentenceView(t, tokens)
  // Reused: a sentence's records are derived synchronously, one sentence at a time.
  const triggerTokens = TRIGGER_TOKENS
  triggerTokens.clear()
  for (const { hit } of input.hits) triggerTokens.add(tokenAt(tokens, hit.start))
  buildArgs(m, v, s.actors, s.venueMentions, input.recent, triggerTokens)
  const st = newRecordState(m, input, v, triggerTokens, helpersOf(m))
  let subject = -1
  // Triggers of one event right next to each other ("fired a ballistic missile", "미사일 발사")
  // state one event: once a record has both roles, the neighbours add nothing.
  let doneEvent = -1
  let doneAt = -1
  let doneBackground = false
  const recorded = RECORDED
  recorded.clear()
  for (const { hit, background } of input.hits) {
    const ev = hit.entry.event
    // The trigger's first token (koreanTrigger calls it start, and its last token at).
    const at = tokenAt(tokens, hit.start)
    // ("warns Seoul will 'pay a price'": a quote's opening mark is no word between the neighbours.)
    const near = beforeQuoteOpening(tokens, at) + 1 - doneAt <= NEIGHBOUR_TOKENS
    if (ev === doneEvent && background === doneBackground && near) continue
    const made = recorded.find(hit, background)
    if (made >= 0) {
      // What the trigger's own record would have left for its neighbours.
      if (made === 1) {
        doneEvent = ev
        doneAt = at
        doneBackground = background
      }
      continue
    }
    const frame = m.eventFrame[ev]
    const korean = koreanSpan(t, hit.start, hit.end)
    resetTrigger(st, ev, frame, at, background, korean)
    // "launched a crewed spacecraft", 유인우주선을 발사했다: a civil space launch is no military launch (either language).
    if (ev === m.ruleEvents.missileLaunch && civilSpaceLaunch(input)) continue
    if (korean ? !koreanTrigger(st, hit) : !englishTrigger(st, hit)) continue
    if (!completeSides(st, hit) || !settleModality(st, hit)) continue
    denialOf(st)
    if (!completeByFrame(st, hit) || !acceptRecord(st, hit)) continue
    pushRecords(st, hit)
    const { source, target } = st
    recorded.add(hit, background, source >= 0 && target >= 0)
    if (source >= 0 && target >= 0) {
      doneEvent = ev
      doneAt = at
      doneBackground = background
    }
    if (subject < 0 && source >= 0) subject = source
  }
  // "..., KCNA said in a commentary. It said ...": who reports this sentence, for an "it" opening the next.
  input.recent.saying = speakerOf(v)
  const speaker = sentenceSpeakerKo(m, v, s.actors, input.legislature ?? -1, input.previousSpeaker)
  return { records: finishRecords(st), subject, speaker }
}

// "GPS 교란", "MOU 체결": a Korean trigger may open with a Latin acronym; its words are Korean all the same.
function koreanSpan(t: SentenceView['t'], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (charClass()[t.codes[i]] === C_HANGUL) return true
  return false
}
