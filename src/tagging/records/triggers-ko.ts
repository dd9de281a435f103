import type { ActorMention, TriggerHit } from '../state'
import { Frame, Requires } from './frames'
import {
  addresseeBefore,
  addresseeKo,
  addressesPeopleKo,
  adoptsOwnTextKo,
  anaphoricObject,
  appealAddresseeKo,
  argInClauseBefore,
  arrivalDisclosedKo,
  askedKo,
  attacksWordsKo,
  Boundary,
  chairedMeeting,
  claimantKo,
  complianceClaimKo,
  conditionalStanceKo,
  courtroomSpeechKo,
  criticisedMeetingKo,
  disclosedKo,
  discussedLaunchKo,
  domesticVictim,
  facedResponseKo,
  fightSettingKo,
  handedOverKo,
  hopeKo,
  indirectQuestionKo,
  type KoContext,
  koreanModality,
  koreanRoles,
  launchConcernKo,
  launderedLootKo,
  meetingVenueKo,
  metPeopleKo,
  movedTroopsKo,
  normOwnerKo,
  praisesSportKo,
  preventionKo,
  questionEndKo,
  quotationSpeakerKo,
  quotedSubject,
  readinessToNoOneKo,
  reliefDrillKo,
  sportComplaintKo,
  standingTreatyKo,
  threatDescribesNounKo,
  tokenBoundary,
  tokenCase,
  tookPartKo,
  unqualifiedVictimKo,
  unquotedVerdictKo,
  vehicleOfWarning,
  violationPartyKo,
  voicedNoStanceKo,
  workContentKo,
} from './korean'
import { AGENT_HEAD_KO } from './posts'
import {
  CANDIDATE_KO,
  conditionalWinAt,
  corporatePostOnly,
  countryKey,
  EMPTY_TARGET,
  FIRM_NOUNS_KO,
  figureQuoted,
  firmOf,
  quotedQuestion,
  RALLIER_KO,
  reactionTarget,
  threatBySomething,
  topicArg,
  warning,
} from './shared'
import { carriedSpeakerKo } from './speaker-ko'
import { NO_ACTORS, type RecordState } from './state'
import {
  Case,
  companyForm,
  isAnyQuoteMark,
  quotationOpening,
  type SentenceView,
  slice,
  type Token,
  tokenAt,
} from './view'

/**
 * Korean: the acceptance checks of one trigger and its roles and modality (particles, the trigger's tail).
 * A trigger the word shows to name no act (an adjective in 적, a weapon in 기, a syllable straddling two words, a
 * seminar's title, a rally's slogan...) is rejected here before any role is read; then the roles the particles
 * give, completed by what the sentence says of them (the relative clause of a visit, an invitation, the
 * addressee of a demand, the claimant of a denial), and the modality. The result fills the trigger's fields of the
 * state for the steps every language shares (./index).
 */
export function koreanTrigger(st: RecordState, hit: TriggerHit): boolean {
  const { t, tokens, v, input, isPerson, countryOf, frame } = st
  const start = tokenAt(tokens, hit.start)
  const at = Math.max(start, tokenAt(tokens, hit.end - 1))
  const tail = slice(t, hit.end, tokens[at].end)
  // The word alone decides these (an adjective, a weapon, a title): no role is worth reading.
  if (wordNamesNoActKo(st, hit, start, at, tail)) return false
  // What the sentence makes of the word (a topic, a slogan, speech at home or by civilians), before roles.
  if (sentenceNamesNoActKo(st, hit, start, at)) return false
  // 중국은 안보리 결의를 이행해 왔다: a compliance word names an event only as a state's claim of compliance.
  const complier = complianceClaimKo(v, start, at, tail)
  if (complier === -1) return false
  const ctx: KoContext = {
    v,
    frame,
    at,
    start,
    tail,
    isPerson,
    countryOf,
    previousSubject: input.previousSubject,
    today: input.today,
  }
  // Roles, then the talks they show to be none, then a statement's addressee (a hope aimed at no one rejects).
  readRolesKo(st, ctx)
  // "안보리 결의 위반"이라고: the resolution's owner is not whom the verdict condemns.
  if (st.ev === st.m.denialEvent && normOwnerKo(v, at, st.target)) st.target = -1
  if (noTalksBetweenStatesKo(st, at)) return false
  if (!statementAddresseeKo(st, start, at)) return false
  completeRolesKo(st, start, at)
  // Modality after the roles; a claim of compliance or a denial phrase then sets both again (a denial's roles).
  readModalityKo(st, hit, ctx)
  denialRolesKo(st, hit, start, complier)
  return true
}

/**
 * The trigger's word names no act: an adjective (적), a syllable straddling two words, an origin (출신), people's
 * plight describing a group, a seminar's title, a quoted figure, a weapon or force, a launch pad, a visit to no
 * state, a president-elect, training received.
 */
function wordNamesNoActKo(
  st: RecordState,
  hit: TriggerHit,
  start: number,
  at: number,
  tail: string,
): boolean {
  const { m, t, tokens, v, isCountry, ev, frame } = st
  // 공격적 (aggressive), 군사적: an adjective made of the trigger names no act.
  if (tail.startsWith('적')) return true
  // 국제사회의, 국회의원, 현대화: the trigger's first syllable ends the word before it.
  if (straddles(t, tokens[start].start, hit.start)) return true
  // 탈북민 출신 구의원: the trigger names where a person comes from, no case.
  if (/^출신/.test(v.tokens[at + 1]?.text ?? '')) return true
  // 탈북민 단체, 탈북 학생, 탈북민 세미나: a bare noun of people's plight before the noun of a group, a
  // student or a gathering says who its members are or what it is about, no case of theirs.
  if (frame === Frame.People && tail === '' && PEOPLE_HEAD.test(v.tokens[at + 1]?.text ?? '')) return true
  // 인도적 차원의 훈련, 재난 구호 등 ... 분야 협력: relief naming a drill's kind or a field of cooperation is no relief.
  if ((frame === Frame.People || ev === m.ruleEvents.aid) && reliefDrillKo(v, at)) return true
  // '북한 해킹 대응 전략' 세미나: the title of a seminar names its topic, no act.
  if (titleOfForum(v, at)) return true
  // 평화적 용도의 우라늄 농축, 민수용 우라늄 농축: fuel-cycle work for civil use is energy, no weapons act.
  if (civilFuelCycleKo(v, start)) return true
  if (figureQuoted(m, t, hit)) return true
  // 발사 장면을 담은 기념우표, 핵무력을 미화하는 영상: what a work shows or glorifies, no act reported.
  if (workContentKo(v, at)) return true
  // 관리 부실을 집중 공격했다: an attack on a failing or a policy is criticism, no use of force.
  if (ev === m.ruleEvents.attackClash && attacksWordsKo(v, start)) return true
  // 전투기, 공격용 드론, 전투력: a thing named after an act (a weapon, a force), no act.
  if (/^(기|함|력|복|용)/.test(tail)) return true
  // 발사대 (a launch pad or launcher), 발사대회: a launch's thing or contest, no launch.
  if (frame === Frame.Self && tail.startsWith('대')) return true
  // 서해위성발사장, 발사장 공사: a launch site is the launch's place, no launch (as 발사대 is its thing).
  if (frame === Frame.Self && /^장(?!거리)/.test(tail) && v.tokens[at].text.includes('발사장')) return true
  // 평양을 찾아, 도쿄를 찾은: 찾다 is a visit only with a state or its capital as its object (not 현장을 찾아,
  // 러시아대사관을 찾아 at home, 해법을 찾았다).
  if (frame === Frame.Visit && t.codes[hit.start] === 0xcc3e && !visitedStateBefore(v, start, isCountry))
    return true
  // 북한의 도발에 대응: a verdict noun is a statement only as a quoted verdict ("명백한 도발"이라며).
  if (ev === m.denialEvent && unquotedVerdictKo(v, at, tail)) return true
  // 결의를 채택했다, 채택한 방위백서: adopting a body's own text is no agreement between parties.
  if (ev === m.ruleEvents.allianceAgreement && adoptsOwnTextKo(v, start, at)) return true
  // NPT 복귀를 촉구: a treaty a state is urged back to is the standing one, no signing.
  if (ev === m.ruleEvents.allianceAgreement && standingTreatyKo(v, at)) return true
  // 트럼프 당선인: the president-elect is a title, not an election.
  if (frame === Frame.Election && /^[인자]/.test(tail)) return true
  // 국방장관 후보라고, 대법관 후보로: a nominee to an appointed office, no candidate in an election (t51 t52).
  if (frame === Frame.Election && appointedPostBefore(v, at)) return true
  // 적응 훈련을 받고 있다: troops receiving training (deployed ones), no drill held (t34).
  return (
    ev === m.ruleEvents.militaryExercise && /^[을를]$/.test(tail) && /^받/.test(v.tokens[at + 1]?.text ?? '')
  )
}

/**
 * The sentence makes the word no act of the domain: a topic, a vehicle of a warning, speech at home or about
 * sport, a threat by something, a caution, a rally's slogan or demand, a courtroom, a civilian speaker.
 */
function sentenceNamesNoActKo(st: RecordState, hit: TriggerHit, start: number, at: number): boolean {
  const { m, t, v, triggerTokens, ev, frame } = st
  return (
    koreanTopic(v, at) ||
    (m.eventSpeech[ev] === 1 && frame === Frame.Directed && vehicleOfWarning(v, at)) ||
    (m.eventSpeech[ev] === 1 && addressesPeopleKo(v, start)) ||
    (m.eventSpeech[ev] === 1 && (praisesSportKo(v, at) || sportComplaintKo(v, at))) ||
    threatBySomething(v, start, triggerTokens, m.eventSpeech[ev] === 1 && frame === Frame.Directed) ||
    (m.eventSpeech[ev] === 1 && threatenedByThingKo(v, start)) ||
    (m.eventSpeech[ev] === 1 && threatDescribesNounKo(v, at)) ||
    (m.eventSpeech[ev] === 1 && frame === Frame.Directed && cautionKo(v, start)) ||
    (m.eventSpeech[ev] === 1 && sloganOfRally(v, at)) ||
    (frame !== Frame.Protest && frame !== Frame.People && demandOfRally(v, at)) ||
    // 시민들이 모여 구경했다: people gathering make a protest only when they shout or condemn.
    (frame === Frame.Protest && gatheringNoRallyKo(v, hit, start)) ||
    (frame === Frame.Leadership && removalSloganKo(t, hit)) ||
    // (KAI 신임 사장 취임: a company's post, no state's office.)
    (frame === Frame.Leadership && corporatePostOnly(v, true)) ||
    (m.eventSpeech[ev] === 1 && courtroomSpeechKo(v, at)) ||
    ((m.eventSpeech[ev] === 1 || m.eventInternational[ev] === 1) && civilianSpeakerKo(v, start)) ||
    (ev === m.ruleEvents.militaryCooperation && jointActOfNoPairKo(st, start)) ||
    (ev === m.ruleEvents.militaryCooperation && noTroopsMovedIntoKo(st, start))
  )
}

/**
 * 북한군 약 8천 명이 러시아 쿠르스크 지역으로 이동했다: one state's troops moving into another state are a
 * deployment alongside it (movedTroopsKo; t9 t12 t13 t22 t34 t48 t73 t97). Not into Ukraine, the front of the war
 * there (as troopsHostedBy). True rejects.
 */
function noTroopsMovedIntoKo(st: RecordState, start: number): boolean {
  const { m, v, countryOf } = st
  if (!v.tokens[start].text.startsWith('이동')) return false
  const moved = movedTroopsKo(v, start, countryOf)
  if (!moved) return true
  const into = countryOf(moved.into.parties[0])
  return into >= 0 && into === m.ruleActors.ukraine
}

/**
 * 한미 정보당국이 공조하며 추적·감시해 왔다, 한미일이 공조해 추적했다, 한미 전문가들이 함께 분석한 결과: tracking or
 * analysing done jointly is intelligence cooperation only when the subject names two states (t29 t93); 경찰은 FBI와
 * 공조해 자금을 추적 (a police case with a partner) or 업계가 함께 분석 is none. True rejects.
 */
function jointActOfNoPairKo(st: RecordState, start: number): boolean {
  const { v, isCountry } = st
  const w = v.tokens[start].text
  if (!w.startsWith('공조') && !(w === '함께' && /^분석/.test(v.tokens[start + 1]?.text ?? ''))) return false
  const subject = argInClauseBefore(v, start, (a) => a.kase === Case.Top || a.kase === Case.Nom)
  return !subject || subject.venue || subject.parties.filter(isCountry).length < 2
}

/**
 * The roles the particles give (koreanRoles), completed by what the sentence says of them: a fight's setting, a
 * response faced, a pronoun subject, a quotation's or the sentence before's speaker, the relative clause of a
 * visit, a trade between two parties, an invitation.
 */
function readRolesKo(st: RecordState, ctx: KoContext): void {
  const { m, v, input, isPerson, countryOf, ev, frame } = st
  const { start, at, tail } = ctx
  const roles = koreanRoles(ctx)
  let { source, target } = roles
  if (ev === m.ruleEvents.attackClash && source < 0 && target < 0)
    ({ source, target } = fightSettingKo(v, start, at, countryOf) ?? { source, target })
  st.moreSources = roles.moreSources ?? NO_ACTORS
  st.moreTargets = roles.moreTargets ?? NO_ACTORS
  const faced = warning(m, ev) ? facedResponseKo(v, start) : -1
  if (faced >= 0) [source, target] = [source === faced ? -1 : source, faced]
  // "그는 ... 경고했다": a personal pronoun as the sentence's subject is the person acting just before.
  if (
    source < 0 &&
    isPerson(input.previousSubject) &&
    /^(그는|그녀는|그가|그녀가)$/.test(v.tokens[0]?.text ?? '')
  )
    source = input.previousSubject
  // 윤 대통령은 "... 압도적인 대응에 직면할 것"이라고 말했다, 외교부는 "단호한 대응 조치를 취할 것"이라고 밝혔다: a
  // warning worded as a noun inside a quotation names no agent there; it is the quotation's speaker's, when
  // the sentence names another country's actor to aim it at (not "계엄군 투입은 경고 차원" at home). So is a statement
  // said in the quotation: 김 위원장은 "러시아 ... 승리를 축하한다"고 말했다 (t30 t77).
  if (source < 0 && m.eventSpeech[ev] === 1) {
    const speaker = quotationSpeakerKo(v, start)
    if (
      speaker >= 0 &&
      v.args.some((a) => !a.venue && countryKey(m, a.parties[0]) !== countryKey(m, speaker))
    )
      source = speaker
  }
  // 국가안전국은 ... 밝혔다. 국가안전국은 ... 비판했다: a statement whose subject is no actor is the speaker's
  // of the sentence before (continuedSpeakerKo).
  if (source < 0 && m.eventSpeech[ev] === 1 && input.previousSpeaker)
    source = carriedSpeakerKo(m, v, at, input.previousSpeaker)
  // "방한한 블링컨 장관과 회담했다", "국빈 방문한 푸틴 대통령을 맞이했다": the visit verb is a relative
  // clause, and its subject is the person it hangs on, not the sentence's topic (the host); so is a trip
  // told as ongoing ("방북 중인 리창 총리와 함께 주석단에 섰다": the one beside the host is the visitor).
  const ongoing = tail === '' && v.tokens[at + 1]?.text === '중인'
  if (frame === Frame.Visit && (ongoing || /(한|하는|할)$/.test(tail))) {
    const head = v.tokens[at + (ongoing ? 2 : 1)]?.arg ?? -1
    const visitor = head >= 0 && !v.args[head].venue ? v.args[head].parties[0] : -1
    if (isPerson(visitor) && visitor !== source) {
      if (target < 0 || countryOf(target) === countryOf(visitor)) target = source
      source = visitor
    }
  }
  // "북한과 러시아 간 무기 거래": a trade between two parties names them, supplier first as written.
  if (
    frame === Frame.Transfer &&
    source < 0 &&
    target < 0 &&
    /^간(의)?$/.test(v.tokens[start - 1]?.text ?? '')
  ) {
    const b = v.tokens[start - 2]?.arg ?? -1
    const a = v.tokens[start - 3]?.arg ?? -1
    if (a >= 0 && b >= 0 && v.args[a].kase === Case.Com) {
      source = v.args[a].parties[0]
      target = v.args[b].parties[0]
    }
  }
  // "푸틴 대통령은 김정은 위원장을 모스크바로 초청했다": the one invited (을) visits the inviter.
  if (frame === Frame.Visit && /^초청/.test(v.tokens[at].text) && source >= 0) {
    const guest =
      argInClauseBefore(v, start, (a) => a.kase === Case.Acc && isPerson(a.parties[0]))?.parties[0] ?? -1
    if (guest >= 0 && countryOf(guest) !== countryOf(source)) {
      target = source
      source = guest
    }
  }
  st.source = source
  st.target = target
}

/**
 * Talks the roles show to be none between states: dialogue as an idea, a venue, a meeting chaired, people met,
 * prevention, a firm as the only party or the subject.
 */
function noTalksBetweenStatesKo(st: RecordState, at: number): boolean {
  const { v, input, isPerson, frame, source, target } = st
  if (frame !== Frame.Symmetric) return false
  // 대화의 정신, 대화의 문, 대화의 장: dialogue qualifying another noun is the idea of talking, no talks held.
  if (v.tokens[at].text === '대화의') return true
  if (target < 0 && meetingVenueKo(v, at)) return true
  if (chairedMeeting(v, at)) return true
  if (metPeopleKo(v, at)) return true
  // 사고 예방, 질병 예방: prevention, no courtesy call on a person.
  if (preventionKo(v, at, isPerson)) return true
  // 대만 파운드리 기업과 협상: the only party named is a firm of that country; no talks between states.
  if (target < 0 && source >= 0 && firmOf(v, source)) return true
  return firmSubjectKo(v, input.s.actors)
}

/**
 * A statement's addressee (a demand's, a hope's appeal); false for a thing handed over that is no position, a
 * readiness toward no actor, a conditional stance restated or a hope aimed at no other state.
 */
function statementAddresseeKo(st: RecordState, start: number, at: number): boolean {
  const { m, v, ev, frame } = st
  let { source, target } = st
  // 중국 측에 ... 강화해 달라고 요청, 우크라이나 정부에 ... 한국 송환을 요청: the statement's addressee.
  if (
    source >= 0 &&
    m.eventSpeech[ev] === 1 &&
    frame === Frame.Directed &&
    !warning(m, ev) &&
    (target < 0 || countryKey(m, target) === countryKey(m, source))
  ) {
    const to = addresseeKo(v, start, at, (p) => countryKey(m, p) === countryKey(m, source))
    if (to >= 0) target = to
  }
  // 원칙을 우크라이나 측에 전달했다: handing over is a statement only of a position (not goods, a letter).
  if (ev === m.denialEvent && handedOverKo(v, start)) return false
  // '깊은 우려'를 표명했다: voicing is a statement only of a stance (not a resignation, an intention).
  if (ev === m.denialEvent && voicedNoStanceKo(v, start)) return false
  // 러시아에 억류된 포로와 맞교환할 용의: a readiness is aimed at an actor offered to, not one in a relative clause.
  if (ev === m.denialEvent && readinessToNoOneKo(v, start, target)) return false
  // '북한이 핵을 사용하면 ... 것'이라는 기존 입장을 재확인했다: a conditional threat restated is a warning.
  if (m.eventSpeech[ev] === 1 && conditionalStanceKo(v, start)) return false
  // 북한도 ... 화답하길 기대한다: a hope is a statement only as an appeal to another state, by its speaker.
  if (m.eventSpeech[ev] === 1 && hopeKo(v, at)) {
    ;[source, target] = appealRoles(st, start)
    if (target < 0) return false
  }
  st.source = source
  st.target = target
  return true
}

/**
 * The target (and an attack's source) the sentence completes: a warning's addressee, a quoted subject, a
 * denial's claimant, the act 이를 refers to, a hacker's sponsor, a reaction's target, the writer's country.
 */
function completeRolesKo(st: RecordState, start: number, at: number): void {
  const { m, v, input, out, ev, frame } = st
  let { source, target } = st
  if (target < 0 && source >= 0 && warning(m, ev))
    target = addresseeBefore(v, start, source, (p) => countryKey(m, p) === countryKey(m, source))
  else if (target < 0 && source >= 0 && m.eventSpeech[ev] === 1)
    target = quotedSubject(v, start, at, (p) => countryKey(m, p) === countryKey(m, source))
  if (target < 0 && source >= 0 && m.eventSpeech[ev] === 1 && /^(부인|반박|일축)/.test(v.tokens[at].text))
    target = claimantKo(v, (p) => countryKey(m, p) === countryKey(m, source))
  // "...경고한 데 대해, 대만은 이를 규탄했다", "연합연습이 시작됐다. 북한은 이를 비난했다": 이를 is the act just
  // told, so the statement is aimed at its actor (of this sentence's earlier record, else the last one's).
  if (target < 0 && source >= 0 && m.eventSpeech[ev] === 1 && anaphoricObject(v, start)) {
    const other = (p: number) => p >= 0 && countryKey(m, p) !== countryKey(m, source)
    const prior = out.find((r) => other(r.source))
    target = prior ? prior.source : other(input.previousSubject) ? input.previousSubject : -1
  }
  // "北 연계 해커", "북한과 연계된 해킹 조직", "정찰총국 산하": hackers tied to a state act for it, as
  // attributed by the words that tie them.
  if (source < 0 && m.eventRequires[ev] === Requires.Attributed) source = sponsorKo(v)
  // "경찰청은 ... 탈취된 사건이 라자루스의 소행이라고 밝혔다": who makes a finding public attributes the attack;
  // the topic of the reporting verb is no attacker when the trigger sits in the clause it reports.
  if (
    m.eventRequires[ev] === Requires.Attributed &&
    source >= 0 &&
    source === topicArg(v) &&
    disclosedKo(v) &&
    reportedClauseAfter(v, at)
  )
    source = sponsorKo(v)
  // "중국군이 대만 포위 훈련을 실시했다. 대만 국방부는 ... 규탄했다": a reaction naming no one in its sentence
  // is aimed at the actor the previous sentence was about, when that is another country's (as in English).
  // Not a denial (반박, 일축: aimed at no one named) nor a warning (its content names whom it warns).
  if (
    target < 0 &&
    source >= 0 &&
    m.eventSpeech[ev] === 1 &&
    frame === Frame.Directed &&
    !warning(m, ev) &&
    !/^(부인|반박|일축)/.test(v.tokens[at].text)
  )
    target = reactionTarget(m, v, source, input.previousSubject)
  // 국내 방산업체를 해킹: a foreign actor's act on domestic firms is aimed at the writer's country.
  if (
    target < 0 &&
    source >= 0 &&
    frame === Frame.Directed &&
    m.eventSpeech[ev] !== 1 &&
    m.homeKo >= 0 &&
    countryKey(m, source) !== countryKey(m, m.homeKo) &&
    (domesticVictim(v) || (m.eventRequires[ev] === Requires.Attributed && unqualifiedVictimKo(v)))
  )
    target = m.homeKo
  st.source = source
  st.target = target
}

/**
 * The modality the particles and the tail cue (koreanModality), then what the sentence says of it: a question,
 * a launch discussed or of concern, a theft taken part in, a meeting criticised, an election's cause, a win under
 * a condition, talks as a goal. Sets st.modality and the modality flags, and a denial verb's denier.
 */
function readModalityKo(st: RecordState, hit: TriggerHit, ctx: KoContext): void {
  const { m, t, v, ev, frame, background } = st
  const { start, at } = ctx
  const mod = koreanModality(ctx)
  let modality = mod.modality
  // An attack attributed in a finding made public is the news, however long ago it was carried out.
  st.undated = background && m.eventRequires[ev] === Requires.Attributed && disclosedKo(v)
  // 지난해 입국한 탈북민이 236명으로 집계됐다고 밝혔다: an arrival over a past period made public is the news.
  if (background && frame === Frame.People && arrivalDisclosedKo(v)) st.undated = true
  // 요구하고 있을 것으로 본다: the statement itself is someone's guess, not a statement reported.
  st.koGuessed = mod.guessed === true
  st.koFailed = mod.failed === true
  st.koOwnPlan = mod.ownPlan === true && modality === 'planned'
  if (modality !== 'background' && askedKo(v, start)) modality = 'speculative'
  // 참석하는지를 묻는 말에, '김정은이 판문점서 만난 대통령은?': an indirect or a quoted question asks, it does not tell.
  if (modality !== 'background' && (indirectQuestionKo(v, at) || quotedQuestion(v, start, questionEndKo)))
    modality = 'speculative'
  if (modality !== 'speculative' && discussedLaunchKo(ctx)) modality = 'background'
  // 발사에 깊은 우려를 표명, 발사에 관여한 인사: the launch a concern or a part taken is about, before it.
  if (modality !== 'speculative' && launchConcernKo(ctx)) modality = 'background'
  // 가상자산 탈취에 관여한 개인, 탈취 관여자 ... 제재: a theft someone is designated for taking part in, before the news.
  if (m.eventRequires[ev] === Requires.Attributed && /^(|에)$/.test(ctx.tail) && tookPartKo(v, at + 1))
    modality = 'background'
  // 라자루스가 훔친 가상자산을 세탁했다며: the loot's theft, before the laundering another party is told to do.
  if (m.eventRequires[ev] === Requires.Attributed && modality !== 'speculative' && launderedLootKo(v, at))
    modality = 'background'
  if (ev === m.ruleEvents.meetingSummit && criticisedMeetingKo(ctx)) modality = 'background'
  if (frame === Frame.Leadership && electionCauseKo(t, hit)) modality = 'background'
  // 이재명 후보가 당선된다면, 후보는 당선 시 ...: a candidate's win under a condition is none (the candidate's
  // title reads as the win only when the win is told).
  if (modality === null && frame === Frame.Election && winIfKo(v, at)) modality = 'speculative'
  // 남북 대화 재개를 위해, 대화 복원을 위한 여건: talks to be resumed are the goal of another act, neither
  // held nor scheduled.
  if (modality === null && RESUMED_FOR.test(`${v.tokens[at + 1]?.text} ${v.tokens[at + 2]?.text}`))
    modality = 'speculative'
  if (mod.denialVerb) st.denier = topicArg(v)
  st.modality = modality
}

/**
 * A claim of compliance (complianceClaimKo) or a denial phrase (검토한 바 없다) is a denial: its claimant or
 * speaker is the source, aimed at the side the claim is about; this overrides the roles and modality read.
 */
function denialRolesKo(st: RecordState, hit: TriggerHit, start: number, complier: number | null): void {
  const { m, t, v, ev } = st
  let { source, target, modality } = st
  // The claim of compliance is its claimant's denial of the violation reported (complianceClaimKo), aimed at the
  // sanctioned side the sentence names (violationPartyKo).
  if (complier !== null) {
    ;[source, modality, st.denier] = [complier, 'denied', complier]
    target = violationPartyKo(v, start, (p) => countryKey(m, p) === countryKey(m, complier))
  }
  // "...검토한 바 없다"고 밝혔다, "물러날 생각은 없다": a denial phrase is a statement its speaker made
  // (reported), by the topic that speaks it and aimed at whoever made the claim, not at the quote's actors.
  if (ev === m.denialEvent && DENIAL_PHRASE.test(slice(t, hit.start, hit.end))) {
    const q = quotationOpening(v, start)
    const outside = v.args.filter((a) => !a.venue && a.last < q)
    const bare = outside.findLast((a) => a.kase === Case.None)
    const speaker = outside.find((a) => a.kase === Case.Top) ?? bare ?? outside[0]
    const who = q < 0 ? topicArg(v) : (speaker?.parties[0] ?? -1)
    if (who >= 0) source = who
    target = source >= 0 ? claimantKo(v, (p) => countryKey(m, p) === countryKey(m, source)) : -1
    // No claimant named: the denial is aimed at no one, and its target stays empty (the filler too).
    st.empty |= EMPTY_TARGET
    if (modality === 'denied') modality = null
  }
  st.source = source
  st.target = target
  st.modality = modality
}

/** The resumption or restoration of an act as a purpose (재개를 위해, 복원을 위한). */
const RESUMED_FOR = /^(재개|복원|성사)[를을]? 위(해|한|하여)/

/** Korean statement triggers that are themselves a denial (검토한 바 없다, 적이 없다, 사실이 아니다). */
const DENIAL_PHRASE =
  /(바 없|적이? 없|계획[이은] 없|사실이 아니|사실무근|생각[은이] 없|뜻[은이] 없|검토하고 있지 않)/

/** Korean heads a people noun describes (탈북민 단체, 탈북 청소년, 탈북민 세미나): groups, the young, gatherings. */
const PEOPLE_HEAD = /^(단체|학생|청소년|청년|대안학교|학교|세미나|토론회|모임|동아리|협회|센터)/

/**
 * Triggers matched inside a word whose first syllable closes the word before it: 국제사회의 is 사회 and 의,
 * 국회의원 국회 and 의원, 현대화 현대 and 화 (-ization), so no 회의 (meeting) or 대화 (talks) is inside.
 */
const STRADDLES: [string, RegExp][] = [
  ['회의', /((^|국제)사|^의|국|대|협|교|기|학|위원)회$/],
  ['대화', /(현|극|최|거)대$/],
  // 해경선: a coast guard (해경) ship (선); (해상)국경선: a border (국경) line (선). No primary (경선).
  ['경선', /(해|국)경$/],
]

const TIED = /^(연계|연루|배후|산하|소속)/

/**
 * An actor right before a word tying someone to it (北 연계, 북한과 연계된), or before its organ's name and
 * that word (북한 정찰총국 산하), else -1.
 */
function sponsorKo(v: SentenceView): number {
  for (const a of v.args) {
    if (a.venue) continue
    const next = v.tokens[a.last + 1]
    if (TIED.test(next?.text ?? '')) return a.parties[0]
    const organ = next?.word === true && next.arg < 0 && /^[가-힣]{2,5}$/.test(next.text)
    if (organ && TIED.test(v.tokens[a.last + 2]?.text ?? '')) return a.parties[0]
  }
  return -1
}

const FORUM = /^(세미나|토론회|포럼|심포지엄|콘퍼런스|학술대회|학술회의|워크숍|강연)/

/** The trigger is inside quotation marks whose closing mark a forum noun follows. */
function titleOfForum(v: SentenceView, at: number): boolean {
  let open = 0
  for (let k = 0; k < at; k++) if (isAnyQuoteMark(v.tokens[k])) open++
  if (open % 2 === 0) return false
  for (let k = at + 1; k < v.tokens.length; k++) {
    const t = v.tokens[k]
    if (isAnyQuoteMark(t)) return FORUM.test(v.tokens[k + 1]?.text ?? '')
  }
  return false
}

/** A civil-use qualifier: 평화적, 민수용, 민간, 상업용, 발전용 (bare or as 평화적 용도의, 민간 목적의). */
const CIVIL_USE_KO = /^(평화적|평화용|민수용?|민간|상업용|상업적|발전용)$/

/**
 * 평화적 용도의 우라늄 농축, 민수용 우라늄 농축과 재처리: fuel-cycle work (enrichment, reprocessing) qualified as
 * for civil use names nuclear energy, which the taxonomy leaves untagged, not a weapons programme.
 */
function civilFuelCycleKo(v: SentenceView, start: number): boolean {
  if (!/^(우라늄|농축|재처리)/.test(v.tokens[start].text)) return false
  const before = v.tokens[start - 1]?.text ?? ''
  if (CIVIL_USE_KO.test(before)) return true
  return /^(용도|목적)의$/.test(before) && CIVIL_USE_KO.test(v.tokens[start - 2]?.text ?? '')
}

function straddles(t: SentenceView['t'], wordStart: number, at: number): boolean {
  if (at === wordStart) return false
  for (const [key, before] of STRADDLES)
    if (slice(t, at, at + key.length) === key && before.test(slice(t, wordStart, at + 1))) return true
  return false
}

/** Korean company names' last nouns (HD현대중공업, 대한항공, 한화에어로스페이스) and company nouns (조선소는). */
const FIRM_NAME_KO = new RegExp(
  `(중공업|조선소|조선해양|전자|항공|에어로스페이스|자동차|건설|물산|제철|증권|${FIRM_NOUNS_KO})(은|는|이|가)?$`,
)

/**
 * "HD현대중공업은 미 해군 보급체계사령부와 함정정비협약을 맺었다", "이 협약을 체결한 조선소는", a headline's
 * "HD현대중공업, 미 해군 ... 체결": the subject is a firm, no state, so the pact (or the talks) is the
 * firm's contract with a state body, no interstate act (t65; the English twin is firmsSign).
 */
function firmSubjectKo(v: SentenceView, mentions: readonly ActorMention[]): boolean {
  const { tokens } = v
  // A headline's subject is its opening word before a comma; 한화오션은: a company form of its country as the
  // subject is the firm too.
  const opening = tokens.findIndex((t) => t.word)
  if (opening >= 0 && tokens[opening + 1]?.text === ',') return firmToken(v, mentions, tokens[opening])
  const subject = v.args.find((a) => !a.venue && (a.kase === Case.Top || a.kase === Case.Nom))
  if (subject) return companyForm(mentions, v, subject)
  return tokens.some(
    (t) =>
      t.word &&
      t.arg < 0 &&
      (tokenCase(t) === Case.Top || tokenCase(t) === Case.Nom) &&
      firmToken(v, mentions, t),
  )
}

/** A token naming a firm: an argument that is a company form of its actor, or a bare word that is a firm's name. */
function firmToken(v: SentenceView, mentions: readonly ActorMention[], t: Token): boolean {
  return t.arg >= 0 ? companyForm(mentions, v, v.args[t.arg]) : FIRM_NAME_KO.test(t.text)
}

/** A quotative ending (~다고, ~라고) after the trigger: the trigger is in the content of a report. */
function reportedClauseAfter(v: SentenceView, at: number): boolean {
  for (let i = at; i < v.tokens.length; i++)
    if (v.tokens[i].word && /(다고|라고)$/.test(v.tokens[i].text)) return true
  return false
}

/** "북한의 가상자산 탈취 등 사이버 위협에 공동 대응": the trigger is what a joint response is about. */
function koreanTopic(v: SentenceView, at: number): boolean {
  for (let i = at, hops = 0; i < v.tokens.length - 1 && hops < 5; i++, hops++) {
    const w = v.tokens[i].text
    if (i > at && tokenBoundary(v.tokens[i]) !== Boundary.None) return false
    // Generic threats to counter together (not "발사에 대응해": a response to the launch itself).
    if (/위협에$/.test(w) || (/에$/.test(w) && /^(공동|공조)/.test(v.tokens[i + 1].text))) return true
  }
  return false
}

/**
 * "전단 살포가 주민 안전을 위협한다", "군사협력이 ... 안보를 위협하고 있다": 위협하다 whose 이/가 subject in its
 * clause is a thing (no actor is a subject there) describes a danger; no one threatens anyone.
 */
function threatenedByThingKo(v: SentenceView, start: number): boolean {
  if (!v.tokens[start].text.startsWith('위협')) return false
  for (let k = start - 1; k >= 0; k--) {
    const t = v.tokens[k]
    if (isAnyQuoteMark(t) || tokenBoundary(t) === Boundary.Strong) return false
    // An actor with its own particle (북한이, 북한은) is the subject; a bare one (대북 전단 살포가) qualifies a thing.
    if (t.arg >= 0 && v.args[t.arg].last === k && v.args[t.arg].particle !== '') {
      const kase = v.args[t.arg].kase
      if (kase === Case.Nom || kase === Case.Top) return false
    }
    if (t.word && t.arg < 0 && tokenCase(t) === Case.Nom) return !AGENT_HEAD_KO.test(t.text)
  }
  return false
}

/**
 * "국정원은 추가 공격이 이어질 수 있다고 경고했다": a warning whose reported content names no actor and has a
 * thing as its 이/가 subject cautions about a danger; no one is threatened ("도발하면 대가를 치를 것" is a threat).
 */
function cautionKo(v: SentenceView, start: number): boolean {
  if (!/^경고/.test(v.tokens[start].text) || start === 0) return false
  const end = v.tokens[start - 1]
  if (!end.word || !/(다고|라고)$/.test(end.text)) return false
  let thing = false
  for (let k = start - 2; k >= 0; k--) {
    const t = v.tokens[k]
    if (t.arg >= 0) return v.args[t.arg].kase === Case.Top && thing
    if (!t.word || tokenBoundary(t) === Boundary.Strong) return false
    if (tokenCase(t) === Case.Nom && !AGENT_HEAD_KO.test(t.text)) thing = true
  }
  return false
}

/** "미국의 개방 요구를 규탄하는 집회", "규탄 집회": what a rally condemns is its slogan, the protest's target. */
function sloganOfRally(v: SentenceView, at: number): boolean {
  const w = v.tokens[at].text
  return (/(하는|하며|하고)$/.test(w) || tokenBoundary(v.tokens[at]) === Boundary.None) && rallyAfter(v, at)
}

/**
 * "윤 대통령 파면을 촉구하는 시민단체 집회", "탄핵에 반대하는 대규모 집회": the act a rally demands or
 * opposes is its demand, neither done nor planned by anyone.
 */
function demandOfRally(v: SentenceView, at: number): boolean {
  // The object may be a noun the trigger qualifies (탄핵 기각을 요구하는).
  const object = tokenCase(v.tokens[at]) === null && v.tokens[at + 1]?.word ? at + 1 : at
  const verb = v.tokens[object + 1]
  return (
    verb?.word === true &&
    tokenCase(v.tokens[object]) !== null &&
    /^(촉구|요구|반대|규탄|찬성|지지)(하는|하며|하고)$/.test(verb.text) &&
    rallyAfter(v, object + 1)
  )
}

/**
 * "'윤석열 퇴진'을 외쳤다", "\"윤석열 정부 퇴진\" 구호", "탄핵을 둘러싼 찬반 집회": a removal a crowd shouts, or
 * rallies for and against, is its slogan, no change of office done or planned (the gold: t36 t57; in English
 * t11 t30 t43). Not 탄핵심판 선고를 앞두고 찬반 집회 (the ruling is on the agenda: another trigger).
 */
function removalSloganKo(t: SentenceView['t'], hit: TriggerHit): boolean {
  if (!/^(퇴진|탄핵|파면|하야|사퇴)/.test(slice(t, hit.start, hit.end))) return false
  const after = slice(t, hit.end, Math.min(t.codes.length, hit.end + SLOGAN_REACH))
  return /^(['"]?[을를]? ?외[치쳤친]|['"] ?구호|하라['"]|[을를]? 둘러싼 찬반)/.test(after)
}

/**
 * "이시바 총리의 사임 표명으로 치러지는 자민당 총재선거", "윤석열 전 대통령을 파면함에 따라 치러지는 조기 대선": a removal an
 * election is held because of is its cause, recalled (background; the gold: t6 t40; in English t26 t38 t41 t51).
 */
function electionCauseKo(t: SentenceView['t'], hit: TriggerHit): boolean {
  if (!/^(퇴진|탄핵|파면|사임|사퇴|사의)/.test(slice(t, hit.start, hit.end))) return false
  const after = slice(t, hit.end, Math.min(t.codes.length, hit.end + CAUSE_REACH_KO))
  return /^(함|됨|한 것|된 것)?( 표명| 결정| 선고)?(으로|로|에 따라|에 따른) ?(치러지|치러진|치러질|실시되|실시된|실시될|조기)/.test(
    after,
  )
}

/** Characters after a removal word that reach the election it causes (` 표명으로 치러지는`). */
const CAUSE_REACH_KO = 16

/** Characters after a removal word that tell it is shouted or rallied over (`'을 외쳤다`, `을 둘러싼 찬반`). */
const SLOGAN_REACH = 10

/** A rally noun right after token `at`, over one bare modifier (대규모, 시민단체). */
function rallyAfter(v: SentenceView, at: number): boolean {
  for (let k = at + 1; k <= at + 2 && k < v.tokens.length; k++) {
    const t = v.tokens[k]
    if (!t.word) return false
    if (RALLY.test(t.text)) return true
    if (tokenCase(t) !== null || tokenBoundary(t) !== Boundary.None) return false
  }
  return false
}

const RALLY = /^(집회|시위|농성|궐기|행진|촛불)/

/** Verbs of people gathering (모여, 모인, 몰려가): a protest trigger only under gatheringNoRallyKo. */
const GATHERING_KO = /^(모여|모인|몰려)/
/** What a gathered crowd does to protest: shouts a slogan, condemns, criticises, protests, demands. */
const CROWD_PROTEST_KO = /^(외치|외쳤|외친|구호|규탄|비판|항의|반대|촉구|요구|퇴진)/
/** Words from a gathering verb back to the people gathering (시민 수천 명이 국회 앞으로 몰려가). */
const GATHERER_REACH = 6

/**
 * "시민 수천 명이 모여 '윤석열 퇴진'을 외쳤다", "시 주석 방한을 비판하는 시민단체가 모여", "시민 수천 명이 국회 앞으로
 * 몰려가 계엄 철회를 외쳤다": people gathering are a street protest when civilians gather (RALLIER_KO, not member
 * states) and their sentence has them shout or condemn (the gold: t41 t57 t102). Not 주민들이 모여 대피했다,
 * 정상들이 모여 규탄했다, 환영하는 교민들이 모여 (no protest verb), 규모인 (inside a word). True rejects.
 */
function gatheringNoRallyKo(v: SentenceView, hit: TriggerHit, start: number): boolean {
  if (!GATHERING_KO.test(slice(v.t, hit.start, hit.end))) return false
  // 규모인: the syllables inside another word.
  if (v.tokens[start].start !== hit.start) return true
  let gatherer = false
  for (let k = start - 1, words = 0; k >= 0 && words < GATHERER_REACH && !gatherer; k--) {
    const t = v.tokens[k]
    if (isAnyQuoteMark(t) || tokenBoundary(t) === Boundary.Strong) break
    if (!t.word) continue
    words++
    gatherer = RALLIER_KO.test(t.text) && !/^회원국/.test(t.text)
  }
  return !gatherer || !v.tokens.some((t, k) => k !== start && t.word && CROWD_PROTEST_KO.test(t.text))
}

/** The word before `start` names a state in the object case (한국을, 평양을), not a building of it. */
function visitedStateBefore(v: SentenceView, start: number, isCountry: (a: number) => boolean): boolean {
  const prev = v.tokens[start - 1]
  if (!prev || prev.arg < 0 || /(대사관|영사관|공관)/.test(prev.text)) return false
  const a = v.args[prev.arg]
  return !a.prefixTarget && a.kase === Case.Acc && a.parties.some(isCountry)
}

/**
 * People, firms and bodies who speak for no state (round nine's sense inventory): 중국 배우는 결혼설을
 * 부인했다, 미국 팬들은 컴백을 축하했다, 일본 기업은 특허 침해 주장을 반박했다, 의사협회는 철회를 촉구했다.
 */
const PRIVATE_SPEAKER_KO =
  /^(배우|가수|아이돌|팬|누리꾼|네티즌|환자|손님|고객|소비자|학부모|관광객|여행객|투자자|기업|업체|회사|소속사|평론가|유튜버|선수|구단|의사|협회|법원)/

/**
 * "현대차 노조가 미국 관세에 항의하며": people who rally speak for no state; a statement is official.
 * The topic (은/는) before the trigger is who speaks; a subject in 이/가 counts when no topic comes
 * before it, being as often an embedded clause's (소속사는 열애설이 사실무근이라고 밝혔다, 외교부는 일본
 * 관광객들이 상륙한 데 대해 유감을 표명했다).
 */
function civilianSpeakerKo(v: SentenceView, start: number): boolean {
  let subject = -1
  for (let k = start - 1; k >= 0; k--) {
    const t = v.tokens[k]
    if (isAnyQuoteMark(t) || tokenBoundary(t) === Boundary.Strong) break
    if (t.arg >= 0) {
      const kase = v.args[t.arg].kase
      if (kase === Case.Top) return false
      if (kase === Case.Nom) break
      continue
    }
    const kase = tokenCase(t)
    if (kase === Case.Nom && subject < 0) subject = k
    if (kase !== Case.Top) continue
    // 가수 측은: the side of the noun before speaks.
    const who = /^측/.test(t.text) && k > 0 ? v.tokens[k - 1].text : t.text
    return RALLIER_KO.test(t.text) || PRIVATE_SPEAKER_KO.test(who)
  }
  return subject >= 0 && RALLIER_KO.test(v.tokens[subject].text)
}

/**
 * "이재명 후보가 당선된다면", "이재명 후보는 대통령 당선 시 ...", "당선되면": an election trigger that is a
 * candidate's title after a name, or the win itself, whose win the sentence says under a condition (the first
 * win word from the trigger on).
 */
function winIfKo(v: SentenceView, at: number): boolean {
  const w = v.tokens[at].text
  const title = CANDIDATE_KO.test(w) && v.tokens[at - 1]?.word === true
  if (!title && !/^(당선|승리|집권)/.test(w)) return false
  for (let k = at; k < v.tokens.length && k <= at + 6; k++) {
    const x = v.tokens[k].text
    if (/^(당선|승리|집권)/.test(x) && !x.startsWith('당선인')) return conditionalWinAt(v, k)
  }
  return false
}

/**
 * The speaker and addressee of an appeal (appealAddresseeKo): the speaker is the quotation's (통일부는 "..."고) or
 * the sentence's topic, a state actor; the addressee another state's. [-1, -1] when it is no appeal.
 */
function appealRoles(st: RecordState, start: number): [number, number] {
  const { m, v } = st
  const quoted = quotationSpeakerKo(v, start)
  const speaker = quoted >= 0 ? quoted : topicArg(v)
  if (speaker < 0 || countryKey(m, speaker) < 0) return [-1, -1]
  const to = appealAddresseeKo(v, start, (p) => countryKey(m, p) === countryKey(m, speaker))
  return to >= 0 ? [speaker, to] : [-1, -1]
}

/** An appointed office (장관, 대법관, 청장, 대사 ...; not 총리 or 위원장, a party race's post too) as one word. */
const APPOINTED_POST_KO = /(장관|대법관|대법원장|재판관|청장|처장|대사)$/
/** 국방장관 후보, 외교부 장관 후보: 후보 right after an appointed office names its nominee. */
function appointedPostBefore(v: SentenceView, at: number): boolean {
  return /^후보/.test(v.tokens[at].text) && APPOINTED_POST_KO.test(v.tokens[at - 1]?.text ?? '')
}
