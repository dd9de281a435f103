/** Records: whether a trigger's record, its roles read, is kept (acceptRecord). */
import type { CompiledTaxonomy } from '../compile'
import type { TriggerHit } from '../state'
import type { Recent } from './args'
import { coordinatedHostEn, privateSpeaker } from './english'
import { Frame, Requires } from './frames'
import { multilateralEn } from './post'
import { STATE_POST_EN, TITLE_CASE_KO, TITLE_SUBJECT_KO } from './posts'
import {
  attendsGatheringAfterEn,
  CIVILIAN,
  countryKey,
  EMPTY_SOURCE,
  firmOf,
  type HitInfo,
  OTHER_STATES_KO,
  ruleRequires,
} from './shared'
import type { RecordState } from './state'
import { type SentenceView, sentenceText, tokenAt } from './view'

/**
 * The checks a record passes once its roles are known, in order: a word's sense outside the domain (no actor), help
 * or speech at home, a required role or actor missing, a visit with no foreign host or attended for a gathering,
 * talks within one government. The host of a visit told beside talks is completed here too (it decides the visit
 * check that follows). False rejects the record.
 */
export function acceptRecord(st: RecordState, hit: TriggerHit): boolean {
  const { m } = st
  // The word's sense outside the domain, or a role the event requires missing: nothing left to complete.
  if (senseOutsideDomain(st, hit) || requiredRoleMissing(st, hit)) return false
  // Speech aimed at the speaker's own country has no other actor to aim at; a target rule then decides.
  if (aimedAtOwnCountryEn(st)) st.target = -1
  if (st.target < 0 && ruleRequires(m, hit, 'requiresTarget')) return false
  // A visit's host is completed first: it decides the visit check that follows.
  completeVisitHost(st)
  if (noVisitAbroad(st)) return false
  if (st.source === st.target) st.target = -1
  // Help, speech or talks that stay within one country are no act between actors.
  return !aidAtHome(st, hit) && !homeSpeech(st) && !talksWithinOneGovernment(st)
}

/** A word's sense outside the domain: a test, launch, famine or rescue with no actor, relief at home. */
function senseOutsideDomain(st: RecordState, hit: TriggerHit): boolean {
  const { m, v, frame, korean, source, target } = st
  // A test, a launch, a famine or a rescue with no role filled and no actor in its sentence is a
  // sense of the word (a film's "abduction", a rocket's "launch"), not an event of the domain. So is a
  // measure aimed at someone that names no required party (a sanction) with neither side named: a judge's
  // sanctions on a lawyer, a ship-to-ship transfer between tankers (round twenty-four: t23 t72 t90).
  if (
    source < 0 &&
    target < 0 &&
    (frame === Frame.Self ||
      frame === Frame.People ||
      (frame === Frame.Directed && m.eventRequires[st.ev] === Requires.None)) &&
    // 일본 기업 인터스텔라가 로켓을 발사: an actor naming only a company's country is none either.
    !v.args.some((a) => !a.venue && !(korean && firmOf(v, a.parties[0])))
  )
    return true
  // "emergency relief funds would reach households": relief with no recipient named, given by no
  // one or by a state with no other state in its sentence, is relief at home, not one state's help
  // to another's people. (Not aid: "provided $3 million in aid to help rebuild schools" is foreign aid
  // whose recipient is named elsewhere.)
  const relief = frame === Frame.People && v.tokens[tokenAt(v.tokens, hit.end - 1)]?.text === 'relief'
  return (
    target < 0 &&
    relief &&
    (source < 0 ||
      v.args.every((a) => a.venue || a.parties.every((p) => countryKey(m, p) === countryKey(m, source))))
  )
}

/** A role the event or the trigger entry requires is missing: a source, a giver, an attacker. */
function requiredRoleMissing(st: RecordState, hit: TriggerHit): boolean {
  const { m, tokens, ev, frame, at, korean, source, target } = st
  const requires = m.eventRequires[ev]
  if (requires === Requires.Source && source < 0) return true
  // "Hyundai will provide 50 generators to a Japanese shipyard": a giving verb with no giver among the actors
  // is a firm's or a person's supply, no state's aid (the verb needs its subject; "aid to Ukraine" does not).
  if (!korean && frame === Frame.Transfer && source < 0 && GIVING_VERB_EN.test(tokens[at].text)) return true
  // "Hackers breached a South Korean bank": actors in the sentence, none the attacker. A trigger
  // naming its own agent (Lazarus, 김수키) needs no actor.
  return (
    requires === Requires.Attributed && source < 0 && (target >= 0 || ruleRequires(m, hit, 'requiresActor'))
  )
}

/**
 * "Lee sent a congratulatory message to South Korea's national football team": speech aimed at the
 * speaker's own country (its team, its people) is aimed at no other actor, so no target.
 */
function aimedAtOwnCountryEn(st: RecordState): boolean {
  const { m, ev, frame, korean, source, target } = st
  return (
    !korean &&
    m.eventSpeech[ev] === 1 &&
    frame === Frame.Directed &&
    source >= 0 &&
    target >= 0 &&
    target !== source &&
    m.actorIsCountry[target] === 1 &&
    countryKey(m, source) === target
  )
}

/** A visit with one side found takes the other from talks beside it, a bare Korean title, or its coordination. */
function completeVisitHost(st: RecordState): void {
  const { m, tokens, v, input, isPerson, ev, at, korean } = st
  if (m.eventRequires[ev] !== Requires.Host) return
  let { source, target } = st
  // "Ishiba visits Busan for a summit with Lee", "방한 중인 왕이 부장과 회담": a visit with one role found, told
  // beside talks in its sentence, takes the other from the official of another country there (the one met).
  // Not a hosting verb ("having hosted Kim": who hosts whom is the verb's), and a host the trigger names
  // itself (방한: Korea) is the host's side only.
  if (source < 0 !== target < 0 && !HOSTING_EN.test(tokens[at].text) && talksBesideVisit(m, v, input.hits)) {
    const other = visitCounterpart(m, v, source >= 0 ? source : target, isPerson)
    // The host the trigger names itself (방한: Korea), else the place of the talks ("met Lee in Seoul").
    const named =
      v.args.find((a) => a.prefixTarget && a.first <= at && at <= a.last) ?? v.args.find((a) => a.venue)
    const host = named ? countryKey(m, named.parties[0]) : -1
    if (source < 0) source = other
    else if (countryKey(m, source) === host) {
      // 서울에서 방한 중인 왕이 부장과 회담, "U.S. senators met Lee in Seoul during a two-day visit": the host's
      // own official met the visitor (an official, else a state named as no place).
      source = visitCounterpart(m, v, host, isPerson, true)
      target = host
    } else if (!named || countryKey(m, other) === host) target = countryKey(m, other)
  }
  // 최상목 부총리가 ... 일본 도쿄를 방문해, 미국을 방문 중인 여한구 통상교섭본부장은: a Korean text's official
  // named by a bare title (no country before it) is its own government's, visiting the foreign host.
  if (korean && source < 0 && target >= 0 && m.homeKo >= 0) {
    if (countryKey(m, target) !== m.homeKo && bareTitleSubjectKo(v)) source = m.homeKo
  }
  // "held talks with Choe in Wonsan at the start of a three-day visit": a trip counted in days naming neither side.
  if (!korean && source < 0 && target < 0) [source, target] = dayTrip(m, v, at, isPerson)
  // "Lavrov and Choe toast ... at the start of his three-day visit": the host is the side named with the visitor
  // (not at a gathering: "met on the sidelines of the APEC forum, agreeing to continue reciprocal visits").
  if (
    !korean &&
    source >= 0 &&
    target < 0 &&
    !HOSTING_EN.test(tokens[at].text) &&
    !tokens.some((x) => GATHERING_OR_TOUR.test(x.text))
  )
    target = coordinatedHostEn(v, countryKey(m, source), (p) => countryKey(m, p))
  st.source = source
  st.target = target
}

/** No visit abroad: a side missing or the host the visitor's own country, a gathering attended (convention 5). */
function noVisitAbroad(st: RecordState): boolean {
  const { m, tokens, v, input, ev, korean, source, target } = st
  if (m.eventRequires[ev] !== Requires.Host) return false
  // A visit is someone's (a band's world tour is not) to a host that is not their own country.
  // 폴란드 국방장관이 3일 방한해, "Duda, who is on a state visit to Seoul": an official the taxonomy lacks (or
  // does not resolve) visits, unnamed; the filler leaves him so (the host's own official met there is no visitor).
  if (source < 0 && target >= 0 && (korean ? titledVisitorKo(st) : onTripEn(st))) {
    st.empty |= EMPTY_SOURCE
    return false
  }
  if (source < 0 || target < 0 || countryKey(m, target) === countryKey(m, source)) return true
  // "arrived in Seoul for the first trilateral summit": a multilateral gathering attended abroad is the
  // meeting only (convention 5), as for a visit the venue implies (the taxonomy's excludes name the others).
  if (!korean && multilateralEn(v)) return true
  // "Trump flies to South Korea on Wednesday for the APEC summit": the host is where a gathering is attended.
  if (!korean && gatheringAtHost(st)) return true
  // "시진핑 11년 만의 방한" over "시 주석이 APEC 정상회의 참석차 30일 방한해": a headline's visit is the trip its lead
  // tells, made to attend a gathering: the meeting only (convention 5; t11 t18 t28 t36), unless the headline
  // itself calls it a state visit (국빈 방한), which the gold labels beside the gathering.
  return (
    korean &&
    input.seg.inTitle &&
    input.leadAttends === true &&
    !tokens.some((x) => x.text.startsWith('국빈'))
  )
}

/**
 * "the interior ministry would send emergency aid to affected farms": a state's help to places or
 * people it names as no actor, where neither its sentence nor the one before names an actor outside
 * its country, is help at home (the taxonomy's aid goes to another country or its population; "aid
 * to help rebuild schools" names no recipient and may be foreign aid).
 */
function aidAtHome(st: RecordState, hit: TriggerHit): boolean {
  const { m, tokens, v, input, ev, frame, korean, source, target } = st
  return (
    !korean &&
    frame === Frame.Transfer &&
    !m.eventOngoing[ev] &&
    target < 0 &&
    source >= 0 &&
    !input.seg.inTitle &&
    localRecipient(v, tokenAt(tokens, hit.end - 1)) &&
    onlyHome(m, v, input.recent, source)
  )
}

/** Speech by private people, or praise, exhortation, a demand or blame among home actors only: home news. */
function homeSpeech(st: RecordState): boolean {
  const { m, tokens, v, input, ev, at, korean, event, source, target } = st
  // "thanked personnel for their service", "welcomed the decision" on its own budget: thanks, praise
  // or exhortation aimed at no one, where neither its sentence nor the one before names an actor outside
  // the speaker's country, takes no position towards another actor (an official statement does). A
  // headline's "one before" is its lead ("Xi tours chip plant, urges self-reliance" over a domestic lead).
  // "Economists sharply criticized the tariffs", "protesters demanding his ouster": a statement whose
  // speaker is no actor, with private people or analysts before it, is no state's position.
  if (
    !korean &&
    event === m.denialEvent &&
    source < 0 &&
    tokens.some(
      (x, k) => k < at && (CIVILIAN.has(x.text) || RALLY_SPEAKERS.has(x.text) || privateSpeaker(x.text)),
    )
  )
    return true
  // Praise, exhortation, a demand or blame aimed at no one, among home actors only, is home news (a
  // president who blames the opposition, a state that blames an engine; round fifteen: t30 t57).
  if (
    !korean &&
    ev === m.denialEvent &&
    homeAimed(m, source, target) &&
    HOME_SPEECH_EN.test(tokens[at].text) &&
    onlyHome(m, v, input.recent, source, input.seg.inTitle ? input.lead : input.recent.lastSentence)
  )
    return true
  // The same in Korean (round ten): 우승한 구단을 축하했다, 농촌 지원을 촉구했다, 살포 자제를 요청했다 —
  // and a demand (round fifteen: 방위성이 예산 ...엔을 요구, 총무성이 자국 기업에 요구; t33 t59) —
  // praise, thanks or exhortation with no one it is aimed at, among actors of the speaker's country only,
  // is home news, not a position towards another actor (북한에 ... 촉구했다 names whom it is aimed at).
  return (
    korean &&
    ev === m.denialEvent &&
    homeAimed(m, source, target) &&
    EXHORT_KO.test(tokens[at].text) &&
    !tokens.some((x) => OTHER_STATES_KO.test(x.text)) &&
    // (정부에 ... 촉구했다: aimed at its own government, whatever the demand is about.)
    (target >= 0 ||
      onlyHome(m, v, input.recent, source, input.seg.inTitle ? input.lead : input.recent.lastSentence))
  )
}

/** Talks within one government ("the party's plenary", a domestic leaders' meeting) are no summit. */
function talksWithinOneGovernment(st: RecordState): boolean {
  const { m, ev, source, target } = st
  return (
    m.eventInternational[ev] === 1 &&
    source >= 0 &&
    target >= 0 &&
    countryKey(m, source) === countryKey(m, target)
  )
}

/**
 * Who speaks at a rally, for a private cause or a trade, or writes a study ("Speakers demanded that
 * Beijing stop the repatriations", "Organisers called on Beijing", "Scallop processors welcomed China's
 * decision", "the authors wrote, urging Washington to buy more tankers"): no state's position.
 */
const RALLY_SPEAKERS = new Set(
  (
    'speakers organisers organizers defectors escapees participants marchers rallygoers campaigners authors ' +
    'processors shippers traders exporters importers producers manufacturers'
  ).split(' '),
)

/** Places and people at home a state's help goes to ("to affected farms and fishing villages"). */
const LOCAL_RECIPIENT = new Set(
  (
    'farms villages households homes residents victims families towns communities farmers fishermen ' +
    'regions areas provinces cities counties'
  ).split(' '),
)

/** "aid ... to affected farms": a "to" phrase after the trigger whose noun is a place or people at home. */
function localRecipient(v: SentenceView, last: number): boolean {
  for (let k = last + 1; k < Math.min(v.tokens.length, last + 8); k++) {
    if (v.tokens[k].text !== 'to') continue
    for (let j = k + 1; j < Math.min(v.tokens.length, k + 4); j++) {
      if (v.tokens[j].arg >= 0 || !v.tokens[j].word) return false
      if (LOCAL_RECIPIENT.has(v.tokens[j].text)) return true
    }
    return false
  }
  return false
}

/**
 * A statement by an actor aimed at no one, or at its own country's government or leader ("the National Assembly
 * voted to demand the lifting of the martial law President Yoon declared", 정부에 촉구했다): read as home news
 * when nothing foreign is near (the gold labels no statement between actors of one country: t5 t30 t51).
 */
function homeAimed(m: CompiledTaxonomy, source: number, target: number): boolean {
  return source >= 0 && (target < 0 || countryKey(m, target) === countryKey(m, source))
}

/** Neither the sentence nor the one before it names an actor outside `source`'s country (venues aside). */
function onlyHome(
  m: CompiledTaxonomy,
  v: SentenceView,
  recent: Recent,
  source: number,
  before = recent.lastSentence,
): boolean {
  const home = (p: number) => countryKey(m, p) === countryKey(m, source)
  return (
    v.args.every((a) => a.venue || a.parties.every(home)) &&
    (!before || (before.persons.every(home) && before.countries.every(home)))
  )
}

/**
 * Korean praise, thanks, exhortation and demand: a statement only when aimed at someone (see the records loop). So
 * is a position or wish conveyed (입장을 전달했다, 뜻을 전했다: 위로의 뜻을 전했다 to mourners at home is none).
 */
const EXHORT_KO = /^(촉구|요청|요구|당부|축하|환영|칭찬|치켜세|감사|입장을|뜻을)/

/** English praise, thanks, exhortation, demand and blame: likewise a statement only when aimed at someone. */
const HOME_SPEECH_EN = /^(thank|prais|hail|welcom|urg|call|congratulat|blam|demand)/

/** English giving verbs that are aid triggers: their subject gives. */
const GIVING_VERB_EN = /^(provide|give|gives|gave)$/

/** English verbs of hosting a visit: their object is the guest. */
const HOSTING_EN = /^(host|hosts|hosted|hosting|welcome|welcomes|welcomed)$/

/** The visit's host is named right before the words of a gathering of many states attended there (t44 t68 t107). */
function gatheringAtHost({ m, v, target }: RecordState): boolean {
  const host = countryKey(m, target)
  return v.args.some(
    (a) =>
      a.parties.some((p) => countryKey(m, p) === host) && attendsGatheringAfterEn(v.t, v.tokens[a.last].end),
  )
}

/**
 * Gatherings of more than two sides (attending one abroad is the meeting only) and tours of a region ("trip to
 * Asia", 아시아 순방: the official met may be in none of the countries toured).
 */
const GATHERING_OR_TOUR =
  /^(apec|asean|g7|g20|nato|forum|sidelines|summits|asia|europe|africa|tour)$|정상회의|총회|다자|포럼|순방|APEC|ASEAN/i

/** 참석(차, 했다 ...) after 회의 within a few words: a meeting attended, not bilateral talks. */
const ATTENDING_KO = /^참석/

const MEETING_KO = /회의/

const ATTENDED_MEETING_WORDS = 4

/**
 * A sentence telling bilateral talks (a meeting trigger not in the background), no gathering or tour, and no
 * Korean meeting attended (국방장관회의(ADMM-Plus) 참석차).
 */
function talksBesideVisit(m: CompiledTaxonomy, v: SentenceView, hits: HitInfo[]): boolean {
  return (
    hits.some((h) => h.hit.entry.event === m.ruleEvents.meetingSummit && !h.background) &&
    !v.tokens.some(
      (x, k) =>
        GATHERING_OR_TOUR.test(x.text) ||
        (ATTENDING_KO.test(x.text) &&
          v.tokens.slice(Math.max(0, k - ATTENDED_MEETING_WORDS), k).some((y) => MEETING_KO.test(y.text))),
    )
  )
}

/**
 * The other side of a visit whose one role is `known`: the sentence's first official of another country (else,
 * `orState`, its first state of another country named as no place; -1 when none).
 */
function visitCounterpart(
  m: CompiledTaxonomy,
  v: SentenceView,
  known: number,
  isPerson: (a: number) => boolean,
  orState = false,
): number {
  const home = countryKey(m, known)
  let state = -1
  for (const a of v.args)
    for (const p of a.parties) {
      if (countryKey(m, p) === home) continue
      if (isPerson(p)) return p
      if (orState && state < 0 && !a.venue) state = p
    }
  return state
}

/** A trip's length before its noun: "a three-day visit", "a two-day state visit". */
const DAYS_EN = /^[a-z]+-day$/

/**
 * The sides of a trip counted in days that names neither ("talks with Choe in Wonsan at the start of a three-day
 * visit", "prepared to host Lee for a two-day visit ..., when he is to hold talks with Takaichi"; t41 t74): the
 * sentence's first official travels to the country of its first official of another country; when the sentence
 * names a venue, the host is the venue's country and the visitor its first official of another country.
 */
function dayTrip(
  m: CompiledTaxonomy,
  v: SentenceView,
  at: number,
  isPerson: (a: number) => boolean,
): [number, number] {
  if (!DAYS_EN.test(v.tokens[at - 1]?.text ?? '')) return [-1, -1]
  const people = v.args.filter((a) => !a.venue && isPerson(a.parties[0])).map((a) => a.parties[0])
  const venue = v.args.find((a) => a.venue)
  const host = venue ? countryKey(m, venue.parties[0]) : -1
  const visitor = people.find((p) => host < 0 || countryKey(m, p) !== host) ?? -1
  if (visitor < 0) return [-1, -1]
  if (host >= 0) return [visitor, host]
  const other = people.find((p) => countryKey(m, p) !== countryKey(m, visitor))
  return other === undefined ? [-1, -1] : [visitor, countryKey(m, other)]
}

/**
 * A visit verb naming its host (방한해, 방한한) whose visitor is an official by title: the subject before it
 * (국방장관이 3일 방한해) or the head its relative clause opens (방한한 파베우 베이다 폴란드 국방부 차관을).
 */
function titledVisitorKo(st: RecordState): boolean {
  const { tokens, v, at } = st
  if (!v.args.some((a) => a.prefixTarget && a.first <= at && at <= a.last)) return false
  // 방한한 (a relative verb), not the noun 방한 (왕 부장은 방한 기간 조현 장관과: the one met is no visitor).
  const relative = /^방.+한$/.test(tokens[at].text)
  const from = relative ? at + 1 : Math.max(0, at - 4)
  const to = relative ? Math.min(tokens.length, at + 6) : at
  for (let k = from; k < to; k++) if (TITLE_CASE_KO.test(tokens[k].text)) return true
  return false
}

/** Words between "on" and a trip noun: "on a four-day trip", "on his first official visit". */
const ON_TRIP_FILLER =
  /^(a|an|his|her|their|the|first|second|third|official|state|working|bilateral|\d+-day|[a-z]+-day)$/

/**
 * "Duda, who is on a state visit to Seoul", "Koizumi, on his first trip to South Korea as defense minister": a
 * person being on the trip, set off by a comma or "is", in a sentence naming a state's post (not tourists).
 */
function onTripEn(st: RecordState): boolean {
  const { tokens, v, at } = st
  let k = at - 1
  while (k >= 0 && ON_TRIP_FILLER.test(tokens[k].text.toLowerCase()) && at - k <= 4) k--
  if (k < 1 || tokens[k].text.toLowerCase() !== 'on') return false
  if (!/^(,|is|was|are|were)$/.test(tokens[k - 1].text.toLowerCase())) return false
  return STATE_POST_EN.test(sentenceText(v, { lower: true }))
}

/** The sentence's subject is a bare title: no actor names it or stands right before it (미 국무장관은). */
function bareTitleSubjectKo(v: SentenceView): boolean {
  return v.tokens.some(
    (x, k) =>
      TITLE_SUBJECT_KO.test(x.text) &&
      !v.args.some((a) => !a.prefixTarget && a.first <= k && a.last >= k - 1),
  )
}
