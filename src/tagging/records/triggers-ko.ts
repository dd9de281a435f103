import type { TriggerHit } from '../state'
import type { Modality } from '../types'
import { Frame, Requires } from './frames'
import {
  cautionKo,
  civilianSpeakerKo,
  companyForm,
  countryKey,
  DENIAL_PHRASE,
  demandOfRally,
  EMPTY_TARGET,
  figureQuoted,
  firmOf,
  firmSubjectKo,
  koreanTopic,
  PEOPLE_HEAD,
  quotationOpening,
  RESUMED_FOR,
  reactionTarget,
  reportedClauseAfter,
  sloganOfRally,
  sponsorKo,
  straddles,
  threatBySomething,
  threatenedByThingKo,
  titleOfForum,
  topicArg,
  visitedStateBefore,
  warning,
  winIfKo,
} from './index'
import {
  addresseeBefore,
  addresseeKo,
  addressesPeopleKo,
  anaphoricObject,
  argInClauseBefore,
  askedKo,
  chairedMeeting,
  claimantKo,
  disclosedKo,
  discussedLaunchKo,
  domesticVictim,
  koreanModality,
  koreanRoles,
  metPeopleKo,
  praisesSportKo,
  quotationSpeakerKo,
  quotedSubject,
  unqualifiedVictimKo,
  vehicleOfWarning,
} from './korean'
import { NO_ACTORS, type RecordState } from './state'
import { Case, slice, tokenAt } from './view'

/**
 * Korean: the acceptance checks of one trigger and its roles and modality (particles, the trigger's tail).
 * A trigger the word shows to name no act (an adjective in 적, a weapon in 기, a syllable straddling two words, a
 * seminar's title, a rally's slogan...) is rejected here before any role is read; then the roles the particles
 * give, completed by what the sentence says of them (the relative clause of a visit, an invitation, the
 * addressee of a demand, the claimant of a denial), and the modality. The result fills the trigger's fields of the
 * state for the steps every language shares (./index).
 */
export function koreanTrigger(st: RecordState, hit: TriggerHit): boolean {
  const {
    m,
    t,
    tokens,
    v,
    input,
    triggerTokens,
    isPerson,
    isCountry,
    countryOf,
    out,
    ev,
    frame,
    background,
  } = st
  let source: number
  let target: number
  let modality: Modality | null
  const start = tokenAt(tokens, hit.start)
  const at = Math.max(start, tokenAt(tokens, hit.end - 1))
  const tail = slice(t, hit.end, tokens[at].end)
  // 공격적 (aggressive), 군사적: an adjective made of the trigger names no act.
  if (tail.startsWith('적')) return false
  // 국제사회의, 국회의원, 현대화: the trigger's first syllable ends the word before it.
  if (straddles(t, tokens[start].start, hit.start)) return false
  // 탈북민 출신 구의원: the trigger names where a person comes from, no case.
  if (/^출신/.test(v.tokens[at + 1]?.text ?? '')) return false
  // 탈북민 단체, 탈북 학생, 탈북민 세미나: a bare noun of people's plight before the noun of a group, a
  // student or a gathering says who its members are or what it is about, no case of theirs.
  if (frame === Frame.People && tail === '' && PEOPLE_HEAD.test(v.tokens[at + 1]?.text ?? '')) return false
  // '북한 해킹 대응 전략' 세미나: the title of a seminar names its topic, no act.
  if (titleOfForum(v, at)) return false
  if (figureQuoted(m, t, hit)) return false
  // 전투기, 공격용 드론, 전투력: a thing named after an act (a weapon, a force), no act.
  if (/^(기|함|력|복|용)/.test(tail)) return false
  // 발사대 (a launch pad or launcher), 발사대회: a launch's thing or contest, no launch.
  if (frame === Frame.Self && tail.startsWith('대')) return false
  // 평양을 찾아, 도쿄를 찾은: 찾다 is a visit only with a state or its capital as its object (not 현장을 찾아,
  // 러시아대사관을 찾아 at home, 해법을 찾았다).
  if (frame === Frame.Visit && t.codes[hit.start] === 0xcc3e && !visitedStateBefore(v, start, isCountry))
    return false
  // 트럼프 당선인: the president-elect is a title, not an election.
  if (frame === Frame.Election && /^[인자]/.test(tail)) return false
  if (
    koreanTopic(v, at) ||
    (m.eventSpeech[ev] === 1 && frame === Frame.Directed && vehicleOfWarning(v, at)) ||
    (m.eventSpeech[ev] === 1 && addressesPeopleKo(v, start)) ||
    (m.eventSpeech[ev] === 1 && praisesSportKo(v, at)) ||
    threatBySomething(v, start, triggerTokens, m.eventSpeech[ev] === 1 && frame === Frame.Directed) ||
    (m.eventSpeech[ev] === 1 && threatenedByThingKo(v, start)) ||
    (m.eventSpeech[ev] === 1 && frame === Frame.Directed && cautionKo(v, start)) ||
    (m.eventSpeech[ev] === 1 && sloganOfRally(v, at)) ||
    (frame !== Frame.Protest && frame !== Frame.People && demandOfRally(v, at)) ||
    ((m.eventSpeech[ev] === 1 || m.eventInternational[ev] === 1) && civilianSpeakerKo(v, start))
  )
    return false
  const ctx = {
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
  const roles = koreanRoles(ctx)
  ;({ source, target } = roles)
  st.moreSources = roles.moreSources ?? NO_ACTORS
  st.moreTargets = roles.moreTargets ?? NO_ACTORS
  // "그는 ... 경고했다": a personal pronoun as the sentence's subject is the person acting just before.
  if (
    source < 0 &&
    isPerson(input.previousSubject) &&
    /^(그는|그녀는|그가|그녀가)$/.test(v.tokens[0]?.text ?? '')
  )
    source = input.previousSubject
  // 윤 대통령은 "... 압도적인 대응에 직면할 것"이라고 말했다, 외교부는 "단호한 대응 조치를 취할 것"이라고 밝혔다: a
  // warning worded as a noun inside a quotation names no agent there; it is the quotation's speaker's, when
  // the sentence names another country's actor to aim it at (not "계엄군 투입은 경고 차원" at home).
  if (source < 0 && warning(m, ev)) {
    const speaker = quotationSpeakerKo(v, start)
    if (
      speaker >= 0 &&
      v.args.some((a) => !a.venue && countryKey(m, a.parties[0]) !== countryKey(m, speaker))
    )
      source = speaker
  }
  // "방한한 블링컨 장관과 회담했다", "국빈 방문한 푸틴 대통령을 맞이했다": the visit verb is a relative
  // clause, and its subject is the person it hangs on, not the sentence's topic (the host).
  if (frame === Frame.Visit && /(한|하는|할)$/.test(tail)) {
    const head = v.tokens[at + 1]?.arg ?? -1
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
  // 대화의 정신, 대화의 문, 대화의 장: dialogue qualifying another noun is the idea of talking, no talks held.
  if (frame === Frame.Symmetric && v.tokens[at].text === '대화의') return false
  // 공산당 회의에서 ... 주문했다: the meeting is where another act happened (a party's own meeting).
  if (frame === Frame.Symmetric && target < 0 && /^회의에서/.test(v.tokens[at].text)) return false
  if (frame === Frame.Symmetric && chairedMeeting(v, at)) return false
  if (frame === Frame.Symmetric && metPeopleKo(v, at)) return false
  // 대만 파운드리 기업과 협상: the only party named is a firm of that country; no talks between states.
  if (frame === Frame.Symmetric && target < 0 && source >= 0 && firmOf(v, source)) return false
  if (frame === Frame.Symmetric && firmSubjectKo(v, (a) => companyForm(input.s.actors, v, a))) return false
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
  const mod = koreanModality(ctx)
  modality = mod.modality
  // An attack attributed in a finding made public is the news, however long ago it was carried out.
  st.undated = background && m.eventRequires[ev] === Requires.Attributed && disclosedKo(v)
  // 요구하고 있을 것으로 본다: the statement itself is someone's guess, not a statement reported.
  st.koGuessed = mod.guessed === true
  st.koFailed = mod.failed === true
  st.koOwnPlan = mod.ownPlan === true && modality === 'planned'
  if (modality !== 'background' && askedKo(v, start)) modality = 'speculative'
  if (modality !== 'speculative' && discussedLaunchKo(ctx)) modality = 'background'
  // 이재명 후보가 당선된다면, 후보는 당선 시 ...: a candidate's win under a condition is none (the candidate's
  // title reads as the win only when the win is told).
  if (modality === null && frame === Frame.Election && winIfKo(v, at)) modality = 'speculative'
  // 남북 대화 재개를 위해, 대화 복원을 위한 여건: talks to be resumed are the goal of another act, neither
  // held nor scheduled.
  if (modality === null && RESUMED_FOR.test(`${v.tokens[at + 1]?.text} ${v.tokens[at + 2]?.text}`))
    modality = 'speculative'
  if (mod.denialVerb) st.denier = topicArg(v)
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
  return true
}
