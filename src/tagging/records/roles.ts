/**
 * Records: the steps every language shares between a trigger's own checks (./triggers-en, ./triggers-ko) and
 * the record's acceptance (./accept): the sides of an election and a fight beside an ally, the event and
 * modality, a denial's statement, and the roles the event's frame still lacks.
 */
import type { TriggerHit } from '../state'
import type { Modality } from '../types'
import { namedParties, otherSide } from './english'
import { Frame, Requires } from './frames'
import {
  allyOfFight,
  bodySpeaker,
  civilian,
  civilianSubjectKo,
  countryKey,
  criticisedKo,
  DENIAL_WORDS,
  EMPTY_TARGET,
  FIGHT_BESIDE_KO,
  fightTold,
  formerLeaving,
  HARM,
  makersDeal,
  nearestOtherParty,
  pactTopicKo,
  partiesNeeded,
  quotationOpening,
  speakerOf,
  topicArg,
  visitNoun,
} from './index'
import { claimantKo, clausePartiesKo, otherSideKo } from './korean'
import { NO_ACTORS, type RecordState } from './state'
import { tokenAt } from './view'

/**
 * The sides every language completes the same way: an election's country when the sentence does not say whose, and
 * a fight beside an ally ("fought alongside Russian forces", 러시아 편에서 싸우는), whose ally is neither its source nor
 * its target. False for a fight only caused or aimed at (싸우게, 싸우기 위해: a deployment, no fight told).
 */
export function completeSides(st: RecordState, hit: TriggerHit): boolean {
  const { m, tokens, v, input, countryOf, ev, frame, at, korean } = st
  let { source, target } = st
  // An election is its country's: when the sentence does not say whose, the first party it names
  // ("Ishiba ruled out a summit before the upper house election"), else the previous sentence's.
  if (frame === Frame.Election && source < 0) {
    const named = v.args.find((a) => !a.venue)
    source = countryOf(named ? named.parties[0] : input.previousSubject)
  }
  // "fought alongside Russian forces", 러시아 편에서 싸우는: the side fought beside is an ally, never the
  // fight's source or target (whom the fighting is against is another phrase's, or left empty).
  // (러시아군과 함께 싸우게 했다, 싸우기 위해: a fight caused or aimed at is a deployment, no fight told.)
  if (ev === m.ruleEvents.attackClash && korean && FIGHT_BESIDE_KO.test(tokens[at].text)) {
    if (/^싸우(게|기|도록|러)/.test(tokens[tokenAt(tokens, hit.end - 1)]?.text ?? '')) return false
  }
  const ally = ev === m.ruleEvents.attackClash ? allyOfFight(v, at, tokenAt(tokens, hit.end - 1), korean) : -1
  // (러시아 편에서 싸우는 북한군: the ally read as the source makes the fighter its target; with no source, the
  // fighter is the party nearest the words, of neither the ally's country nor the target's.)
  if (ally >= 0 && source === ally && target >= 0) {
    source = target
    target = -1
  }
  if (ally >= 0 && (source === ally || source < 0)) {
    const side = (p: number) => countryKey(m, p)
    source = nearestOtherParty(
      v,
      at,
      (p) => side(p) !== side(ally) && (target < 0 || side(p) !== side(target)),
    )
  }
  if (ally >= 0 && target === ally) target = -1
  st.source = source
  st.target = target
  st.ally = ally
  return true
}

/**
 * The record's event (a launch fired at a target is a strike) and its final modality: background by the tagger's
 * cues, by a former title leaving office or as what a Korean statement criticises; a statement reported even when
 * what it announces is to come. False for "did not deny" (a statement not made).
 */
export function settleModality(st: RecordState, hit: TriggerHit): boolean {
  const { m, tokens, v, input, isPerson, ev, frame, at, background, korean, source, struck } = st
  const { koGuessed, koOwnPlan, undated, speechGuessed, namedActModality } = st
  let { modality } = st
  const event = struck === null ? ev : m.ruleEvents.attackClash
  // (Not over a Korean plan of the trigger's own predicate: KoModality.ownPlan.)
  if (background && !undated && !koOwnPlan) modality = 'background'
  // "Former President Yoon, removed from office in April", "김 전 장관은 지난 5일 물러났다": one already titled
  // former leaving office is why the title reads so, an earlier change recalled (not the news).
  if (frame === Frame.Leadership && isPerson(source) && formerLeaving(v, at, source)) modality = 'background'
  // 북러 군사협력 우려: an ongoing relation named as what a Korean statement criticises is the
  // statement's context (background). In English the act a statement condemns is asserted by it
  // ("condemned the DPRK's transfers of shells to Russia"): reported, like an accusation.
  if (modality === null && korean && m.eventOngoing[ev] && criticisedKo(m, v, input.hits, hit))
    modality = 'background'
  // A warning or a statement is reported even when what it announces is conditional or to come.
  if (
    m.eventSpeech[ev] &&
    (modality === 'planned' || modality === 'speculative') &&
    !koGuessed &&
    !speechGuessed
  )
    modality = null
  const final: Modality = namedActModality ?? modality ?? 'reported'

  // "did not deny": a statement that was not made.
  if (event === m.denialEvent && final === 'denied' && !korean && DENIAL_WORDS.test(tokens[at].text))
    return false
  st.modality = modality
  st.event = event
  st.final = final
  return true
}

/**
 * A denied act is also the denier's statement (taxonomy rule 4): by a denial verb's subject, else the speaker
 * negating its own act; the denier becomes the act's source when it has none. A failure told (이르지 못했다)
 * is nobody's denial.
 */
export function denialOf(st: RecordState): void {
  const { m, v, input, countryOf, out, ev, korean, denier, negatedAct, koFailed, final } = st
  let { source } = st
  // A denial: by a denial verb, or the speaker negating its own act ("we will not", 검토하지 않는다).
  // (이르지 못했다: a failure is nobody's denial, and no statement.)
  if (final === 'denied' && !koFailed) {
    st.speaker ??= speakerOf(v)
    // "the unification ministry said no talks were being arranged": a domestic body (no party to events)
    // reporting the negated act speaks for its state.
    if (st.speaker < 0 && negatedAct && !korean) st.speaker = bodySpeaker(v, input.s.bodies)
    const self =
      denier < 0 &&
      st.speaker >= 0 &&
      (negatedAct || source < 0 || countryOf(source) === countryOf(st.speaker) || source === st.speaker)
    const who = denier >= 0 ? denier : self ? st.speaker : -1
    if (who >= 0) {
      if (source < 0) source = who
      if (m.denialEvent >= 0 && m.denialEvent !== ev)
        out.push({
          event: m.denialEvent,
          source: who,
          // 미국의 주장은 근거 없는 모함이라고 반박: a denial is aimed at whoever made the claim it denies.
          // A Korean one naming no claimant is aimed at no one: its target stays empty (the filler too).
          // (English denials are not marked: the gold often names whom they answer, out of batch.)
          target: korean ? claimantKo(v, (p) => countryKey(m, p) === countryKey(m, who)) : -1,
          modality: 'reported',
          cued: false,
          empty: korean ? EMPTY_TARGET : 0,
        })
    }
  }

  st.source = source
}

/**
 * The roles the event's frame still lacks, from the rest of the sentence: a protest by civilians is no state's, a
 * visit's host is the venue abroad, a pact's parties are the two the sentence names, an arms deal's supplier its
 * maker, a fight's other side the party of another country (or a firing drill when there is none). False when an
 * event that needs a party has none.
 */
export function completeByFrame(st: RecordState, hit: TriggerHit): boolean {
  const { m, tokens, v, input, isPerson, ev, frame, at, korean, struck, ally } = st
  let { source, target, empty, event } = st
  if (frame === Frame.Protest && source >= 0) {
    if (civilian(v, source) || (korean && civilianSubjectKo(v, source, at))) source = -1
    else if (m.eventStateActorEvent[ev] >= 0) event = m.eventStateActorEvent[ev]
  }
  if (frame === Frame.Visit && (target < 0 || countryKey(m, target) === countryKey(m, source))) {
    target = -1
    for (const a of v.args)
      if (a.venue && (source < 0 || countryKey(m, a.parties[0]) !== countryKey(m, source))) {
        target = a.parties[0]
        break
      }
  }
  // "held talks with Choe in Wonsan, at the start of a three-day visit to North Korea": a visit noun
  // with its host only is the visit of the sentence's official from another country.
  if (frame === Frame.Visit && source < 0 && target >= 0 && !korean && visitNoun(v, hit.start)) {
    const host = countryKey(m, target)
    source =
      v.args.find((a) => !a.venue && isPerson(a.parties[0]) && countryKey(m, a.parties[0]) !== host)
        ?.parties[0] ?? -1
  }
  const requires = m.eventRequires[ev]
  if (requires === Requires.Any && source < 0 && target < 0 && frame === Frame.Symmetric) {
    // "북한과 러시아가 체결한 조약은 ... 군사 원조를 제공", "The treaty signed by Kim and Putin obliges
    // each side ...": the two parties the sentence names.
    const named = korean ? clausePartiesKo(v, at) : namedParties(v)
    source = named[0] ?? -1
    target = named.find((p) => p !== source) ?? -1
    // "조약에는 한쪽이 ... 상호 군사지원을 제공한다는 조항이 담겼다": a pact opening a sentence that names no one
    // is the pact just told of, so what it provides binds the two parties the last sentence named.
    const last = input.recent.lastSentence?.countries ?? NO_ACTORS
    if (korean && source < 0 && last.length >= 2 && pactTopicKo(v)) {
      source = last[0]
      target = last[1]
    }
  }
  // An arms maker named beside its deal is the supplier (makersDeal).
  let byMaker = false
  if (frame === Frame.Transfer && source < 0 && target < 0 && !korean && makersDeal(v)) {
    source = input.s.actors.find((a) => a.partyOnly)?.primary[0] ?? -1
    byMaker = source >= 0
  }
  if (partiesNeeded(requires) && source < 0 && target < 0) return false
  // "wage an all-out offensive to bring in the harvest": a fight with no other side named and no one
  // hurt is a figure ("drones struck a block in Kharkiv, killing three" is not).
  // (합참은 "북한군이 ... 해안포 사격을 실시했다"고 밝혔다: who reports a quotation is outside it, no side.)
  const quoted = korean ? quotationOpening(v, at) : -1
  if (
    requires === Requires.Adversary &&
    target < 0 &&
    !(ev === m.ruleEvents.attackClash && fightTold(tokens, at, korean)) &&
    struck === null &&
    !v.args.some(
      (a) => a.first > quoted && a.parties.some((p) => countryKey(m, p) !== countryKey(m, source)),
    ) &&
    !v.tokens.some((x) => HARM.test(x.text))
  ) {
    // 북한은 해안포 200여발을 사격했다: a force firing with no other side named and no one hurt is a
    // firing drill (실사격), not a fight (대응 사격 answers someone: still none without them).
    const drill =
      korean &&
      source >= 0 &&
      /^사격/.test(tokens[at].text) &&
      !tokens.some((x, k) => k < at && x.text.startsWith('대응'))
        ? m.ruleEvents.militaryExercise
        : -1
    if (drill < 0) return false
    event = drill
  }
  // "South Korean troops fired warning shots after North Korean soldiers crossed the line": a fight's
  // other side is the party of another country the sentence names (not who reports it).
  // (A fight beside an ally finds its other side below.)
  if (requires === Requires.Adversary && target < 0 && source >= 0 && ally < 0 && korean)
    target = otherSideKo(
      v,
      tokenAt(v.tokens, hit.end - 1),
      (p) => countryKey(m, p) !== countryKey(m, source),
      isPerson,
      quoted,
    )
  if (requires === Requires.Adversary && target < 0 && source >= 0 && ally < 0 && !korean) {
    st.speaker ??= speakerOf(v)
    const reporter = st.speaker
    const side = (p: number) => countryKey(m, p)
    const last = tokenAt(v.tokens, hit.end - 1)
    target = otherSide(
      v,
      last,
      (p) => side(p) !== side(source) && (reporter < 0 || side(p) !== side(reporter)),
    )
  }
  // (Nor the other side found for it: that is the nearest party of neither side, not who reports it.)
  if (ally >= 0 && (target < 0 || target === ally)) {
    // (The Korean reporter is the topic: 국정원은 북한군이 ... 싸우는 사실을 확인했다.)
    if (!korean) st.speaker ??= speakerOf(v)
    const by = korean ? topicArg(v) : (st.speaker ?? -1)
    const side = (p: number) => countryKey(m, p)
    const reporter = by < 0 ? -1 : side(by)
    target = nearestOtherParty(
      v,
      at,
      (p) => side(p) !== side(ally) && (source < 0 || side(p) !== side(source)) && side(p) !== reporter,
      korean ? quoted : -1,
    )
    if (target < 0) empty |= EMPTY_TARGET
  }
  st.source = source
  st.target = target
  st.empty = empty
  st.event = event
  st.byMaker = byMaker
  return true
}
