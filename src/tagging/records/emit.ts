/** Records: a kept trigger's record and the records that go with it (pushRecords). */
import type { TriggerHit } from '../state'
import { Frame } from './frames'
import {
  ANNIVERSARY,
  candidateElectedKo,
  EMPTY_SOURCE,
  EMPTY_TARGET,
  impliedModality,
  leadersJustNamed,
  MAX_COORDINATED,
  NOUN_TAIL,
  topOfficeWonEn,
  warning,
} from './index'
import { demandBeforeWarningKo } from './korean'
import type { RecordState } from './state'
import { slice } from './view'

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
