/** Records: a kept trigger's record and the records that go with it (pushRecords). */
import type { CompiledTaxonomy } from '../compile'
import type { TriggerHit } from '../state'
import type { Modality } from '../types'
import { Frame } from './frames'
import { demandBeforeWarningKo } from './korean'
import { TOP_OFFICE_KO } from './posts'
import { CANDIDATE_KO, conditionalWinAt, EMPTY_SOURCE, EMPTY_TARGET, warning } from './shared'
import type { RecordState } from './state'
import { type SentenceView, sentenceText, slice } from './view'

/**
 * Pushes the trigger's record and what goes with it: the demand a Korean warning makes first, the records of
 * coordinated roles (at most MAX_COORDINATED more), the events it implies (taxonomy implies); and notes it in the
 * sentence's lists the later steps read (named, makers, spans, unspoken: ./post).
 */
export function pushRecords(st: RecordState, hit: TriggerHit): void {
  const { m, t, tokens, v, input, triggerTokens, isPerson, isCountry, out, spans, unspoken, makers, named } =
    st
  const { ev, frame, at, korean, source, target, modality, bareEn, moreSources, moreTargets, event, final } =
    st
  const { byMaker } = st
  let { empty } = st
  if (source >= 0) empty &= ~EMPTY_SOURCE
  if (target >= 0) empty &= ~EMPTY_TARGET
  out.push({ event, source, target, modality: final, cued: modality !== null, empty })
  // A Korean warning that first demands in the imperative (중단하라"며 ... 경고했다) is also the demand.
  if (
    korean &&
    warning(m, event) &&
    m.denialEvent >= 0 &&
    source >= 0 &&
    target >= 0 &&
    final === 'reported' &&
    demandBeforeWarningKo(v, at)
  )
    out.push({ event: m.denialEvent, source, target, modality: final, cued: false, empty: 0 })
  // (Not 새 협정, nor 협정에 서명했다: a new one, or the noun of the predicate telling it.) In English any
  // sentence: "recounts the 2023 summit with Biden, describing late-night talks", "A year after Russia and North
  // Korea signed a treaty, China has said little about a partnership" (t20 t47 t74).
  if (korean && st.anniversary === undefined) st.anniversary = v.tokens.some((x) => ANNIVERSARY.test(x.text))
  const nounOnly = korean
    ? st.anniversary &&
      NOUN_TAIL.test(slice(t, hit.end, tokens[at].end)) &&
      tokens[at - 1]?.text !== '새' &&
      !triggerTokens.has(at + 1)
    : bareEn && final === 'reported'
  if (nounOnly) named.push(out[out.length - 1])
  if (byMaker) makers.push(out[out.length - 1])
  if (korean) spans.push({ start: hit.start, end: hit.end, frame, rec: out[out.length - 1] })
  if (korean && m.eventSpeech[ev] === 1 && source < 0 && !leadersJustNamed(v))
    unspoken.push(out[out.length - 1])
  for (let n = 0; n < moreSources.length && n < MAX_COORDINATED; n++) {
    const x = moreSources[n]
    out.push({ event, source: x, target, modality: final, cued: modality !== null, empty: 0 })
  }
  for (let n = 0; n < moreTargets.length && n < MAX_COORDINATED; n++) {
    const y = moreTargets[n]
    out.push({ event, source, target: y, modality: final, cued: modality !== null, empty: 0 })
  }
  for (const imp of m.eventImplies)
    if (
      imp.from === event &&
      (!imp.cues || input.cues.has(imp.cues)) &&
      (!imp.personSource ||
        isPerson(source) ||
        (isCountry(source) && (korean ? candidateElectedKo(v) : topOfficeWonEn(v, at))))
    ) {
      out.push({
        event: imp.to,
        source,
        // Food aid to a country is humanitarian help to its people, a mutual-defence pact's parties
        // cooperate with each other; office taken has no target.
        target: m.eventFrame[imp.to] === Frame.Leadership ? -1 : target,
        modality: impliedModality(m, imp.to, final, v),
        cued: false,
        empty: 0,
      })
      if (nounOnly) named.push(out[out.length - 1])
    }
}

/** Records per coordinated role beyond the first ("Japan, South Korea and the U.S. condemned"). */
const MAX_COORDINATED = 3

/** "세 정상은", "양국 장관은": a group of the leaders or ministers just named speaks (roles read it elsewhere). */
function leadersJustNamed(v: SentenceView): boolean {
  const w = v.tokens.find((x) => x.word)?.text ?? ''
  const next = v.tokens[v.tokens.findIndex((x) => x.word) + 1]?.text ?? ''
  return (
    /^(양|두|세|3국|양국|한미일|한미|한일)$/.test(w) &&
    // (외교장관, 국방장관, 외무장관: any word ending in 장관 before the particle.)
    /(정상|장관)(은|는|이|가|들은)$/.test(next)
  )
}

/** "won ... and is set to become prime minister", "was to be sworn in", 취임할 예정: office comes later. */
const OFFICE_LATER = /\b(to|will) (be sworn|become|take office|be inaugurated|assume office)|취임할|취임 예정/

/**
 * "대만 총통 선거에서 민진당 라이칭더 후보가 당선됐다": a candidate (후보, after a name) elected to a state's top
 * office, the president's or the prime minister's, takes office for the state holding the election, whether or
 * not the taxonomy names the person (not a party's win, nor a football association's or a lawmaker's seat).
 */
function candidateElectedKo(v: SentenceView): boolean {
  let candidate = false
  let elected = false
  let office = false
  for (let k = 1; k < v.tokens.length; k++) {
    const w = v.tokens[k].text
    if (CANDIDATE_KO.test(w) && v.tokens[k - 1].word && v.tokens[k - 1].arg < 0) candidate = true
    else if (candidate && w.startsWith('당선') && !w.startsWith('당선인') && !conditionalWinAt(v, k))
      elected = true
    if (TOP_OFFICE_KO.test(w)) office = true
  }
  return candidate && elected && office
}

/**
 * "Lai Ching-te won Taiwan's presidential election", "was declared the winner of the presidential election": a
 * state's presidency won (the trigger at `at` names it) takes office for the state holding the election when the
 * taxonomy does not name the winner (records the country); a party's or a parliament's vote is no such win.
 */
function topOfficeWonEn(v: SentenceView, at: number): boolean {
  const { tokens } = v
  if (!TOP_OFFICE_EN.has(tokens[at].text) && !TOP_OFFICE_EN.has(tokens[at - 1]?.text ?? '')) return false
  return tokens.some((t) => WON_EN.has(t.text))
}

const WON_EN = new Set(['won', 'wins', 'winner', 'victory'])

const TOP_OFFICE_EN = new Set(['presidential', 'presidency'])

/** A Korean anniversary's word: 70주년을, 15주기, 1돌. */
const ANNIVERSARY = /^\d+(주년|주기|돌)/

/** A Korean noun's case particle or none: the trigger names the event as a thing (조약 원본을, 동맹은). */
const NOUN_TAIL = /^(|은|는|이|가|을|를|의|도|과|와)$/

/** An implied leadership change is planned when the sentence says the winner takes office later. */
function impliedModality(m: CompiledTaxonomy, event: number, final: Modality, v: SentenceView): Modality {
  if (final !== 'reported' || m.eventFrame[event] !== Frame.Leadership) return final
  return OFFICE_LATER.test(sentenceText(v)) ? 'planned' : final
}
