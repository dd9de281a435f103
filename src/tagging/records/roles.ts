/**
 * Records: the steps every language shares between a trigger's own checks (./triggers-en, ./triggers-ko) and
 * the record's acceptance (./accept): the sides of an election and a fight beside an ally, the event and
 * modality, a denial's statement, and the roles the event's frame still lacks.
 */
import type { CompiledTaxonomy } from '../compile'
import type { ActorMention, TriggerHit } from '../state'
import type { Modality } from '../types'
import { courtroomSpeechEn, deniedAsPartyEn, deniesInOwnVoiceEn, namedParties, otherSide } from './english'
import { Frame, Requires } from './frames'
import {
  claimantKo,
  clausePartiesKo,
  courtroomSpeechKo,
  dispatchGoalKo,
  otherSideKo,
  tokenCase,
} from './korean'
import { FORMER_TITLE_KO } from './posts'
import {
  CIVILIAN,
  countryKey,
  EMPTY_TARGET,
  type HitInfo,
  helpersOf,
  partiesNeeded,
  RALLIER_KO,
  REPORTING,
  speakerOf,
  topicArg,
} from './shared'
import { NO_ACTORS, type RecordState } from './state'
import { Case, quotationOpening, type SentenceView, type Token, tokenAt } from './view'

/** 보선, 보선하는, 보선됐다: members elected to fill a party body's seats (not 재보선, a by-election). */
const CO_OPTED_KO = /^보선(하|되|돼|됐|을|이|에|했)?/

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
  // 회의에서는 정치국 위원과 후보위원을 보선하는 조직 문제가 다뤄졌다: members co-opted at the plenum the sentence
  // before named are that state's party's change of officials (the gold: t6 t66 t78).
  if (frame === Frame.Leadership && source < 0 && korean && CO_OPTED_KO.test(tokens[at].text))
    source = input.recent.lastSentence?.countries[0] ?? -1
  // 정청래 의원을 새 당대표로 선출했다, 장동혁 후보가 신임 당 대표로 선출됐다: a party leader no taxonomy person
  // chosen by the party's vote is the change of the country holding it (the gold: t36 t43).
  if (frame === Frame.Leadership && source < 0 && korean && partyLeaderChosenKo(st, at)) {
    const named = v.args.find((a) => !a.venue)
    source = named ? countryOf(named.parties[0]) : (input.recent.lastSentence?.countries[0] ?? m.homeKo)
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

/** 당 대표로, 당대표에, 총재로: the party leadership a vote fills. */
const PARTY_LEADER_KO = /^(당 ?대표|총재)(로|에|직)$/

/** 선출*: a party leader chosen, the sentence naming the party leadership and a vote (후보, 득표율, 전국당원대회). */
function partyLeaderChosenKo(st: RecordState, at: number): boolean {
  const { m, v, input } = st
  if (!/^선출/.test(v.tokens[at].text)) return false
  if (!input.hits.some((h) => h.hit.entry.event === m.ruleEvents.election)) return false
  for (let k = Math.max(0, at - 3); k < at; k++) {
    const w = v.tokens[k].text
    // (당 대표로: two words.)
    if (PARTY_LEADER_KO.test(w) || PARTY_LEADER_KO.test(`${v.tokens[k - 1]?.text ?? ''} ${w}`)) return true
  }
  return false
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
  const { m, v, input, countryOf, out, ev, korean, denier, negatedAct, koFailed, final, at } = st
  let { source } = st
  // A denial: by a denial verb, or the speaker negating its own act ("we will not", 검토하지 않는다).
  // (이르지 못했다: a failure is nobody's denial, and no statement.)
  // (재판부는 '... 송환하지 않은 채 ...'고 밝혔다: a court's finding is nobody's denial.)
  if (final === 'denied' && !koFailed && !(korean ? courtroomSpeechKo(v, at) : courtroomSpeechEn(v, at))) {
    st.speaker ??= speakerOf(v)
    // "the unification ministry said no talks were being arranged": a domestic body (no party to events)
    // reporting the negated act speaks for its state.
    if (st.speaker < 0 && negatedAct && !korean) st.speaker = bodySpeaker(v, input.s.bodies)
    const self =
      denier < 0 &&
      st.speaker >= 0 &&
      (negatedAct ||
        source < 0 ||
        countryOf(source) === countryOf(st.speaker) ||
        source === st.speaker ||
        (!korean && deniedAsPartyEn(st.target, st.speaker, countryOf, st.frame)) ||
        // "the JCS said North Korea had not fired": the state saying so denies another's act.
        (!korean && deniesInOwnVoiceEn(v, st.speaker)))
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
  if (frame === Frame.Transfer && source < 0 && target < 0 && (korean ? makersDealKo(v) : makersDeal(v))) {
    // (Or the one country of a sentence telling of its export deal: soleExporter.)
    source = input.s.actors.find((a) => a.partyOnly)?.primary[0] ?? soleExporter(m, v, input.s.actors)
    byMaker = source >= 0
  }
  if (partiesNeeded(requires) && source < 0 && target < 0) return false
  // "wage an all-out offensive to bring in the harvest": a fight with no other side named and no one
  // hurt is a figure ("drones struck a block in Kharkiv, killing three" is not).
  // (합참은 "북한군이 ... 해안포 사격을 실시했다"고 밝혔다: who reports a quotation is outside it, no side.)
  const quoted = korean ? quotationOpening(v, at) : -1
  // (합참은 북한군이 ... 해안포 사격을 했다고 밝혔다: so is the topic reporting the firing in indirect speech.)
  const reporter = korean && /^사격/.test(tokens[at].text) ? reportingTopicKo(v, at) : -1
  if (reporter >= 0 && target === v.args[reporter].parties[0]) target = -1
  const outside = Math.max(quoted, reporter >= 0 ? v.args[reporter].last : -1)
  if (
    requires === Requires.Adversary &&
    target < 0 &&
    !(ev === m.ruleEvents.attackClash && fightTold(tokens, at, korean)) &&
    struck === null &&
    !v.args.some(
      (a) => a.first > outside && a.parties.some((p) => countryKey(m, p) !== countryKey(m, source)),
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
  // (김정은 동지의 명령에 따라 ... 부대들이 작전에 참가했다: a state's forces do not fight their own leader.)
  if (requires === Requires.Adversary && sameSide(m, source, target)) target = -1
  // "South Korean troops fired warning shots after North Korean soldiers crossed the line": a fight's
  // other side is the party of another country the sentence names (not who reports it).
  // (A fight beside an ally finds its other side below.)
  if (requires === Requires.Adversary && target < 0 && source >= 0 && ally < 0 && korean)
    target = otherSideKo(
      v,
      tokenAt(v.tokens, hit.end - 1),
      (p) => countryKey(m, p) !== countryKey(m, source),
      isPerson,
      outside,
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

/** Harm done: what makes a strike with no other side named a real one (a ship sunk or set ablaze too). */
const HARM =
  // long line: one alternation of prefixes, English then Korean.
  /^(kill|kills|killed|killing|wounded|wounding|injured|injuring|dead|died|casualties|destroyed|damaged|ablaze|sank|sunk|사망|부상|사상자|파괴|침몰|격침|숨지|숨져|숨졌|숨진)/

/**
 * Fire aimed at someone by its nature, or forces that fought (foughtByForces): a fight told, never a figure,
 * though its other side is named only in another sentence ("a patrol vessel fired warning shots", 경고사격을
 * 실시했다, 이에 대응해 대응 사격을 실시했다, "its troops fought in Kursk", 해방 작전에 참가했다; t21 t30 t42 t54 ko-119).
 */
function fightTold(tokens: readonly Token[], at: number, korean: boolean): boolean {
  const w = tokens[at].text
  if (!korean) return w === 'fought' || w === 'warning'
  // (해방 작전에 참가했다: forces in an operation to take a place back fought whoever held it.)
  return (
    w.startsWith('경고') ||
    w === '작전에' ||
    (/^사격/.test(w) && (tokens[at - 1]?.text ?? '').startsWith('대응')) ||
    // (대응사격을 실시했다: the answering fire written as one word.)
    w.startsWith('대응사격')
  )
}

const DENIAL_WORDS = /^(deny|denies|denied|denying|reject|rejects|rejected|rejecting)$/

/** A pact as the topic opening a Korean sentence (조약에는, 이 협정은). */
const PACT_TOPIC = /^(조약|협정|합의서|합의문)(에는|엔|은|는)$/

/** An article of a pact as the topic (조약 4조는, 이 협정 제3조에는): its pact's, as PACT_TOPIC. */
const PACT_ARTICLE = /^(조약|협정)$/
const ARTICLE_TOPIC = /^제?\d+조(에는|엔|은|는)$/

function pactTopicKo(v: SentenceView): boolean {
  const at = /^(이|해당|새)$/.test(v.tokens[0]?.text ?? '') ? 1 : 0
  const w = v.tokens[at]?.text ?? ''
  return PACT_TOPIC.test(w) || (PACT_ARTICLE.test(w) && ARTICLE_TOPIC.test(v.tokens[at + 1]?.text ?? ''))
}

/** What makes an arms maker's sale: a contract, a deal, an order or deliveries (not "hopes of arms exports"). */
const MAKERS_DEAL = new Set('contract contracts deal deals order orders deliveries delivered'.split(' '))

/**
 * "Shares of Hanwha Aerospace rose after the company signed a deal to supply howitzers", "signed a contract with
 * Hyundai Rotem for K2 tanks": an arms maker the sentence names (a party form) supplies the weapons the
 * sentence names when no role is read otherwise, if the sentence tells of its contract, deal, order or
 * deliveries (a market story's "hopes of more arms exports" tells of none).
 */
function makersDeal(v: SentenceView): boolean {
  return v.tokens.some((x) => MAKERS_DEAL.has(x.text))
}

/** 계약, 수주, 선적, 납품, 인도: the Korean words of an arms maker's sale (as MAKERS_DEAL). */
const MAKERS_DEAL_KO = /^(계약|수주|선적|납품|인도(?:됐|되|했|하|분|물량))/

/** makersDeal for Korean: "KAI와 ... 도입하는 계약을 체결했다", "LIG넥스원은 ... 수출 물량을 선적했다". */
function makersDealKo(v: SentenceView): boolean {
  return v.tokens.some((x) => MAKERS_DEAL_KO.test(x.text))
}

/** export, exports, exported, exporting, 수출 (not 수출입, trade both ways): a sale out of the seller's country. */
const EXPORT_WORD = /^(exports?|exported|exporting|수출(?!입))/

/**
 * "a second contract to export K2 tanks to Poland would be signed", "양국은 ... 계약을 체결할 예정이며 ... 일본의 최대
 * 방산 수출 사례가 된다": a sentence telling of an export deal (makersDeal) that names one country only makes it the
 * exporter, the buyer outside the taxonomy left empty; a domestic order is no export, and two countries named
 * leave the roles to the rules that read them. The country, or -1.
 */
function soleExporter(m: CompiledTaxonomy, v: SentenceView, actors: readonly ActorMention[]): number {
  if (!v.tokens.some((x) => EXPORT_WORD.test(x.text))) return -1
  let country = -1
  for (const a of actors) {
    if (a.body) continue
    const c = countryKey(m, a.primary[0])
    if (c < 0 || !helpersOf(m).isCountry(c) || (country >= 0 && c !== country)) return -1
    country = c
  }
  return country
}

/** Words between a body and its reporting verb: "a Unification Ministry spokesperson said". */
const BODY_VOICES = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'official', 'officials'])

/** The state of a body (Sentence.bodies) that is the subject of a reporting verb, or -1. */
function bodySpeaker(v: SentenceView, bodies: readonly ActorMention[] | undefined): number {
  const { tokens } = v
  for (const b of bodies ?? []) {
    let j = tokenAt(tokens, b.end - 1) + 1
    if (BODY_VOICES.has(tokens[j]?.text ?? '')) j++
    if (REPORTING.has(tokens[j]?.text ?? '')) return b.actors[0]
  }
  return -1
}

/** The words of fighting beside a side: "fought alongside X", X 편에서 / X를 위해 / X와 함께 싸우는. */
const FIGHT_BESIDE_EN = /^(fought|fighting|fights)$/

const FIGHT_BESIDE_KO = /^(편에서|위해|함께)$/

/**
 * The party a fighting trigger names as the side fought beside (the actor right after "alongside", or after
 * "fought for" as 위해 싸웠 says it, or the one right before 편에서, 위해, 함께), or -1.
 */
function allyOfFight(v: SentenceView, first: number, last: number, korean: boolean): number {
  const { tokens } = v
  const foughtFor = !korean && tokens[first]?.text === 'fought' && tokens[last]?.text === 'for'
  const side = korean ? tokens[first - 1] : tokens[last + 1]
  const beside = korean
    ? FIGHT_BESIDE_KO.test(tokens[first]?.text ?? '')
    : foughtFor || (FIGHT_BESIDE_EN.test(tokens[first]?.text ?? '') && tokens[last]?.text === 'alongside')
  if (korean && !beside) return dispatchGoalKo(v, first)
  if (!beside || !side || side.arg < 0) return -1
  return v.args[side.arg].parties[0] ?? -1
}

/** The party of the sentence nearest token at that passes keep (venues and the words up to after aside), or -1. */
function nearestOtherParty(v: SentenceView, at: number, keep: (p: number) => boolean, after = -1): number {
  let best = -1
  let distance = Infinity
  for (const a of v.args) {
    if (a.first <= after) continue
    const d = a.first > at ? a.first - at : at - a.last
    if (!a.venue && keep(a.parties[0]) && d < distance) {
      best = a.parties[0]
      distance = d
    }
  }
  return best
}

/** Words that criticise or worry about what they follow. */
const CRITICISM_KO = /^(우려|비판|규탄|항의|비난|반발|유감|경고|주시|예의주시|위협)/

/**
 * The trigger as a noun (군사협력이, 파병을, 군사협력 우려) is the object of a criticism after it in its
 * sentence; not a new act a verb reports first ("무기 판매를 승인한 데 대해 항의": the approval is news).
 */
function criticisedKo(m: CompiledTaxonomy, v: SentenceView, hits: HitInfo[], hit: TriggerHit): boolean {
  const at = tokenAt(v.tokens, hit.start)
  // "북한이 러시아에 포탄을 공급하고 있다고 규탄했다": an act stated in a clause of its own (~다고) is a
  // claim about a real act, reported, not a relation named as the topic of the criticism.
  if (/[다라]고$/.test(v.tokens[at].text)) return false
  for (let i = at + 1; i < Math.min(v.tokens.length, at + 12); i++) {
    const w = v.tokens[i].text
    if (/[다라]고$/.test(w)) return false
    if (CRITICISM_KO.test(w)) return true
    if (/(한|된|했|하는|되는)$/.test(w) && !/^(강력|깊은)/.test(w)) return false
    if (hits.some((h) => h.hit.entry.event === m.denialEvent && tokenAt(v.tokens, h.hit.start) === i))
      return true
  }
  return false
}

/**
 * "한덕수 총리가 권한대행을 맡게 됐고, 국회 앞에서는 시민이 집회를 열었다": a people noun as subject
 * between the actor and the protest is who protests; the actor is another clause's.
 */
function civilianSubjectKo(v: SentenceView, actor: number, at: number): boolean {
  // The subject particle may end a count after the noun (시민 수만 명이).
  let subject = false
  for (let k = at - 1; k >= 0; k--) {
    const t = v.tokens[k]
    if (t.arg >= 0 && v.args[t.arg].parties.includes(actor)) return false
    if (!t.word || t.arg >= 0) continue
    const kase = tokenCase(t)
    if (kase === Case.Nom || kase === Case.Top) subject = true
    if (subject && RALLIER_KO.test(t.text)) return true
  }
  return false
}

/** "South Korean doctors", 시민단체: the actor names where the protesters come from, not a state protest. */
function civilian(v: SentenceView, actor: number): boolean {
  for (const a of v.args) {
    if (a.parties[0] !== actor) continue
    const next = v.tokens[a.last + 1]
    if (next && CIVILIAN.has(next.text)) return true
    if (/(koreans|russians|americans|chinese|japanese|ukrainians)$/.test(v.tokens[a.last].text)) return true
  }
  return false
}

/** "a three-day visit", "the trip": the trigger is a noun after its determiner, not a verb. */
function visitNoun(v: SentenceView, start: number): boolean {
  const at = tokenAt(v.tokens, start)
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const w = v.tokens[k].text
    if (/^(a|an|the|this|that)$/.test(w)) return true
    if (!v.tokens[k].word || v.tokens[k].arg >= 0) return false
  }
  return false
}

/** Leaving an office (not taking one): removed, resigned, stepped down, 탄핵, 물러났다. */
const LEAVING = new RegExp(
  '^(removed|resign|resigns|resigned|resignation|stepped|step|steps|stepping|ousted|ouster|ousts|ousting|' +
    'impeach|impeached|impeachment|dismissed|sacked|fired|사임|사퇴|퇴진|탄핵|파면|해임|경질|물러)',
)

/** A title marked former: "former", or 전 before an office (윤석열 전 대통령, 김 전 장관), not 1년 전. */
const formerAt = (v: SentenceView, k: number) =>
  v.tokens[k]?.text === 'former' ||
  (v.tokens[k]?.text === '전' && FORMER_TITLE_KO.test(v.tokens[k + 1]?.text ?? ''))

/** Words of a title between "former" and the name ("former Defense Minister Kim"). */
const FORMER_REACH = 4

/**
 * The trigger at `at` is `person` leaving office, and the sentence titles that person former: "former" in the
 * title before the name, 전 in the title after it (윤석열 전 대통령, 김 전 장관).
 */
function formerLeaving(v: SentenceView, at: number, person: number): boolean {
  if (!LEAVING.test(v.tokens[at].text)) return false
  for (const a of v.args) {
    if (a.venue || !a.parties.includes(person)) continue
    for (let k = a.first; k <= a.last + 1; k++) if (formerAt(v, k)) return true
    for (let k = a.first - 1; k >= 0 && k >= a.first - FORMER_REACH; k--) {
      if (formerAt(v, k)) return true
      if (!v.tokens[k].word || v.tokens[k].arg >= 0) break
    }
  }
  return false
}

/** Two parties of one country (a state and its leader, or its military). */
const sameSide = (m: CompiledTaxonomy, a: number, b: number) =>
  a >= 0 && b >= 0 && countryKey(m, a) === countryKey(m, b)

/**
 * 합참은 북한군이 ... 사격했다고 밝혔다: the topic before the trigger whose clause a quoting ending (다고, 라고)
 * after the trigger closes is who reports the act, outside it; its argument's index, or -1.
 */
function reportingTopicKo(v: SentenceView, at: number): number {
  const top = v.args.findIndex((a) => a.kase === Case.Top && a.last < at)
  if (top < 0) return -1
  return v.tokens.some((x, k) => k >= at && /(다고|라고)$/.test(x.text)) ? top : -1
}
