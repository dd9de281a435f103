/**
 * Records: the steps after a sentence's record list is built (finishRecords): records completed from
 * others, records the sentence implies (impliedVisits, attendedAbroad, earlierVisit), and the filters
 * that drop records adding nothing (the makers filter, dedupe).
 */
import type { CompiledTaxonomy } from '../compile'
import type { Sentence } from '../state'
import type { Modality } from '../types'
import { askedWhether, clauseOf, datedByPastMonth, englishModality } from './english'
import { Frame } from './frames'
import { indirectQuestionKo, koreanModality, multilateralKo } from './korean'
import { metPeople } from './meeting'
import { capitalisedToken, countryKey, helpersOf, type RawRecord, type SentenceInput } from './shared'
import type { RecordState, TriggerSpan } from './state'
import { type Arg, Case, quotationOpening, type SentenceView, slice, tokenAt } from './view'

/** Korean nouns of giving ending a humanitarian trigger (인도적 지원, 영양 지원, 긴급 구호). */
const GIVING_NOUN = /(지원|원조|구호|공여)$/
/** Korean words of giving a transfer trigger may hold (지원하기로, 공여해, 제공할), and of military ones. */
const GIVING = /(지원|원조|구호|공여|제공|기부)/
const MILITARY = /(무기|군사|포탄|탄약|미사일|군수)/

/** English ordinals of a repeated trip: "his second trip to the North", "third visit in as many months". */
const REPEAT_ORDINAL_EN = /^(second|third|fourth|fifth)$/
const TRIP_NOUN_EN = /^(trip|trips|visit|visits)$/
/** Korean trip nouns (방북, 방한은, 방문): the word a repeat cue counts. */
const TRIP_NOUN_KO = /^방(북|한|일|미|중|러|문)/
/** Korean short spans counted since the last trip (2주 만의 방북, 보름 만에 또): weeks or days, not years. */
const SHORT_SPAN_KO = /^(\d+주|보름|열흘|사흘|나흘|닷새|이틀)$/

/**
 * "met Kim in Pyongyang on Tuesday, his second trip to the North in two weeks", "보름 만에 또 방북", "방북은 이달
 * 들어서만 두 번째": a trip told as a repeat names the earlier one too, which the gold labels as a background
 * visit by the same visitor to the same host (t18 t24 t30 t39 t43 t45 t68 t71 t73 t75). Only ordinals and short
 * spans: "first visit in 24 years" is labelled both ways and is left alone.
 */
function earlierVisit(m: CompiledTaxonomy, v: SentenceView, out: RawRecord[]): void {
  const visit = m.ruleEvents.visit
  if (!out.some((r) => r.event === visit && r.modality !== 'background')) return
  const { tokens } = v
  let repeat = false
  for (let k = 0; k + 1 < tokens.length && !repeat; k++) {
    const w = tokens[k].text
    const next = tokens[k + 1].text
    repeat =
      (REPEAT_ORDINAL_EN.test(w) && TRIP_NOUN_EN.test(next)) ||
      (w === '또' && TRIP_NOUN_KO.test(next)) ||
      (/^(두|세|네)$/.test(w) && next.startsWith('번째') && tokens.some((x) => TRIP_NOUN_KO.test(x.text))) ||
      (SHORT_SPAN_KO.test(w) && next.startsWith('만') && tokens.some((x) => TRIP_NOUN_KO.test(x.text)))
  }
  if (!repeat) return
  for (const r of out.slice()) {
    if (r.event !== visit || r.modality === 'background' || r.source < 0 || r.target < 0) continue
    if (
      out.some(
        (o) =>
          o.event === visit && o.modality === 'background' && o.source === r.source && o.target === r.target,
      )
    )
      continue
    out.push({ ...r, modality: 'background', cued: true })
  }
}
/** "analysts in Seoul said": a place that locates who comments, not where the talks are. */
const ATTRIBUTION = new Set(
  (
    'analysts experts observers officials sources diplomats researchers scholars economists tank ' +
    'commentators media newspaper newspapers'
  ).split(' '),
)

/**
 * Talks held in a capital named only as the venue, with an official of another country, are that
 * official's visit (taxonomy venue_implies). Not when an organisation is a party (a NATO summit).
 */
const CALL = /^(통화|전화|화상)/
const IN_PERSON = /^(회담|회동|만나|만났|만난|만날|정상회의|방문)/
/** English: "condemned shipments to Moscow during a call", "spoke by phone" (no "met", no "visit"). */
const CALL_EN = /^(phone|telephone|call)$/
const IN_PERSON_EN = /^(met|meet|meets|meeting|visit|visits|visited|visiting|arrived|trip)$/

/** Words a capital after "to" is the goal of (a trip), not the addressee of ("proposed a summit to Pyongyang"). */
const MOTION_EN = new Set(
  (
    'visit visits visited visiting trip trips flew fly flies flying travel travels traveled travelled ' +
    'traveling travelling went go goes going head heads headed heading return returns returned returning ' +
    'came come comes coming journey flight flights back way moved invited invitation'
  ).split(' '),
)
const HANGUL = /[\uac00-\ud7a3]/

/**
 * A venue where talks are held: "in Pyongyang", "flew to Pyongyang", 평양에서. Not a capital named as an
 * addressee ("conveyed to Pyongyang her wish to hold a summit"), nor two capitals as one word naming the
 * two sides (도쿄·평양 연락사무소, "the Seoul-Tokyo hotline").
 */
function talksVenue(m: CompiledTaxonomy, v: SentenceView, a: Arg): boolean {
  if (a.parties.some((p) => countryKey(m, p) !== countryKey(m, a.parties[0]))) return false
  const { tokens } = v
  if (HANGUL.test(tokens[a.first].text)) return true
  const before = tokens[a.first - 1]?.text
  return (
    !(before === 'to' || before === 'toward' || before === 'towards') ||
    MOTION_EN.has(tokens[a.first - 2]?.text)
  )
}

/**
 * A gathering the sentence calls more than two-sided: trilateral, a Quad meeting, the Summit for Democracy (a named
 * summit with a purpose, "for the APEC summit", may come with a bilateral visit: the gold labels both).
 */
const MULTILATERAL_EN = /^(trilateral|three-way|multilateral|quad|quadrilateral)$/
export const multilateralEn = (v: SentenceView) =>
  v.tokens.some(
    (x, k) =>
      MULTILATERAL_EN.test(x.text) ||
      (x.text === 'summit' && v.tokens[k + 1]?.text === 'for' && v.tokens[k + 2]?.text === 'democracy'),
  )

/**
 * Reporting verbs whose clause holds what was said, not where it was said: only "said" forms ("told reporters after
 * their talks" tells when), and not before a word of time or place ("said after the talks").
 */
const REPORTING_EN = /^(said|says|saying)$/
const NOT_SPEECH_EN = /^(after|before|following|during|at|on|in|later|afterwards?)$/

/**
 * "met abductees' families in Tokyo and said she would seek a summit with Kim", 도쿄에서 열린 국민대회에서 "김정은
 * 위원장과의 정상회담을 제안했다"고 밝혔다: talks named in what someone said (a quotation, or the clause after a
 * reporting verb) are not held where it was said, so a venue before that speech is not theirs.
 */
function spokenElsewhere(v: SentenceView, venue: Arg, at: number): boolean {
  if (venue.last >= at) return false
  const q = quotationOpening(v, at)
  if (q > venue.last) return true
  for (let k = venue.last + 1; k < at; k++)
    if (REPORTING_EN.test(v.tokens[k].text) && !NOT_SPEECH_EN.test(v.tokens[k + 1]?.text ?? '')) return true
  return false
}

/**
 * An organisation that is no state's own body (NATO, the UN, ASEAN): talks where it is a party are a gathering's.
 * A state's own (주한미군, the JCS, the ruling party) implies its country and is talked about, not a party (t24).
 */
const forumOrg = (m: CompiledTaxonomy, x: number) =>
  m.actorIsOrg[x] === 1 && !m.implied[x].some((p) => m.actorIsCountry[p] === 1)

/** Parts of a country a place of talks is named by: "Russia's Far East", 러시아 극동, 중국 동북부. */
const REGION_EN = /^(far|capital|coast|region|province|(north|south)?(east|west)(ern)?|(north|south)(ern)?)$/
const REGION_KO =
  /^(극동|동부|서부|남부|북부|중부|북동부|북서부|남동부|남서부|동북부|서북부|동남부|서남부|수도)/

/**
 * A country named as the place of talks by a region of it: "held talks at the cosmodrome in Russia's Far East",
 * 러시아 극동 아무르주 보스토치니 우주기지에서 정상회담을 했다 (t20 t29 t100 t102). The country is a party of the
 * sentence (no venue mention), but the talks are held in it, as in its capital.
 */
function regionVenue(m: CompiledTaxonomy, v: SentenceView, a: Arg): boolean {
  if (a.venue || a.parties.length !== 1 || m.actorIsCountry[a.parties[0]] !== 1) return false
  const { tokens } = v
  const word = tokens[a.last].text
  const next = tokens[a.last + 1]
  if (next === undefined || next.arg >= 0) return false
  if (!HANGUL.test(word)) {
    const before = tokens[a.first - 1]?.text
    return before === 'in' && /['\u2019]s$/.test(word) && REGION_EN.test(next.text)
  }
  // 러시아 극동 ... 우주기지에서: the bare country, a region of it, then the place ending in 에서 (few words on).
  if ((a.kase !== Case.None && a.kase !== Case.Gen) || !REGION_KO.test(next.text)) return false
  for (let k = a.last + 1; k < tokens.length && k <= a.last + 5; k++) {
    if (tokens[k].arg >= 0 || !tokens[k].word) return false
    if (tokens[k].text.endsWith('에서')) return true
  }
  return false
}

/** Adds a visit the rules infer (no word of visiting): `visitor` came to `host`'s state. One record shape. */
function pushVisit(out: RawRecord[], visit: number, visitor: number, host: number, modality: Modality): void {
  out.push({ event: visit, source: visitor, target: host, modality, cued: false, empty: 0 })
}

function impliedVisits(
  m: CompiledTaxonomy,
  s: Sentence,
  v: SentenceView,
  out: RawRecord[],
  today: SentenceInput['today'],
): void {
  // Per argument, a country named by a region of it ("in Russia's Far East"): the place of talks as its capital is.
  // Computed once for the gate here and the venues below.
  const regions = v.args.map((a) => regionVenue(m, v, a))
  if (s.venues.length === 0 && !regions.includes(true)) return
  // First the test that usually rejects: few sentences naming a venue make a record whose event
  // implies a visit; the guards below read every actor and every token.
  const n = out.length
  let from = 0
  while (from < n && !m.venueImplies.has(out[from].event)) from++
  if (from === n) return
  // The tokens of the triggers whose events imply a visit, the talks a venue may be the place of ("met families of
  // abductees": meeting people at home is no talks, as the records rule reads it).
  const talks: number[] = []
  for (const h of s.triggers) {
    if (!m.venueImplies.has(h.entry.event)) continue
    const at = tokenAt(v.tokens, h.start)
    if (!metPeople(v, Math.max(at, tokenAt(v.tokens, h.end - 1)))) talks.push(at)
  }
  const venues: number[] = []
  for (const [i, a] of v.args.entries()) {
    if (
      !regions[i] &&
      (!a.venue || ATTRIBUTION.has(v.tokens[a.first - 2]?.text ?? '') || !talksVenue(m, v, a))
    )
      continue
    if (talks.length > 0 && talks.every((at) => spokenElsewhere(v, a, at))) continue
    for (const p of a.parties) if (!venues.includes(p)) venues.push(p)
  }
  if (venues.length === 0) return
  // Leaders of three or more states meeting at a venue is a multilateral meeting, nobody's visit of the host.
  // Where the sentence also tells a ceremony ("held talks with Xi in Beijing, a day after standing alongside Xi and
  // Putin at a military parade"), a third leader may be only at the ceremony (no summit): the talks' parties count.
  const persons = (
    ceremonyTold(v)
      ? out.slice(from).flatMap((r) => (m.venueImplies.has(r.event) ? [r.source, r.target] : []))
      : s.actors.flatMap((a) => a.primary)
  ).filter((p) => p >= 0 && m.actorIsPerson[p] === 1)
  if (new Set(persons.map((p) => countryKey(m, p))).size >= 3) return
  // "hold trilateral summit in Seoul": a meeting the sentence calls three-sided, whoever it names; "in Seoul for
  // the Summit for Democracy", "for a Quad foreign ministers' meeting in Washington": a multilateral gathering
  // attended abroad is the meeting only (taxonomy convention 5).
  if (multilateralEn(v) || multilateralKo(v)) return
  // "트럼프 당선인과 통화하고": talks by telephone or video take no one anywhere.
  const { tokens } = v
  if (tokens.some((x) => CALL.test(x.text)) && !tokens.some((x) => IN_PERSON.test(x.text))) return
  if (tokens.some((x) => CALL_EN.test(x.text)) && !tokens.some((x) => IN_PERSON_EN.test(x.text))) return
  for (let i = from; i < n; i++) {
    const r = out[i]
    const implied = m.venueImplies.get(r.event)
    if (implied === undefined) continue
    if (s.actors.some((a) => a.actors.some((x) => forumOrg(m, x)))) return
    const people = [r.source, r.target, ...s.actors.flatMap((a) => a.primary)].filter(
      (a) => a >= 0 && m.actorIsPerson[a] === 1,
    )
    for (const venue of venues) {
      const visitor = people.find((p) => !m.implied[p].includes(venue))
      if (visitor === undefined) continue
      // "arrived in Pyongyang for talks": the visit is already stated.
      if (!out.some((o) => o.event === implied && o.source === visitor && o.target === venue))
        pushVisit(
          out,
          implied,
          visitor,
          venue,
          r.modality === 'reported' && today && datedByPastMonth(v, today) ? 'background' : r.modality,
        )
      return
    }
  }
}

/** A state's ceremony (not a summit): a parade, an inauguration, a commemoration (열병식, 취임식, 기념식). */
const CEREMONY_EN = /^(parade|parades|inauguration|commemoration|commemorations|celebration|celebrations)$/
const CEREMONY_WORDS_KO = ['열병식', '취임식', '기념식', '경축']
const CEREMONY_KO = new RegExp(`^(${CEREMONY_WORDS_KO.join('|')})`)
/** Being present at it: attending, watching, joining, standing alongside its hosts (참석, 참관, 지켜봤다). */
const ATTEND_EN =
  /^(attend|attends|attended|attending|watch|watches|watched|watching|join|joins|joined|stood|standing)$/
const ATTEND_KO = /^(참석|참관|지켜(보|봤|본|볼))/
const HELD_KO = /^열(린|리는|릴|려)/
/** 베이징 천안문 망루에서, 평양 김일성광장에서: a capital, then the place in it where one stood (not bare 서울에서). */
const placeOfKo = (a: Arg): boolean => a.particle.endsWith('에서') && a.particle !== '에서'
const koreanSentence = (v: SentenceView): boolean => v.tokens.some((x) => HANGUL.test(x.text))
/**
 * Where the sentence names a ceremony, its first word of being at it ("standing alongside Xi at a military
 * parade", 열병식에 참석): that verb's token, or -1 (no ceremony, or nobody at it).
 */
function ceremonyAttendVerb(v: SentenceView): number {
  const korean = koreanSentence(v)
  if (!v.tokens.some((x) => (korean ? CEREMONY_KO : CEREMONY_EN).test(x.text))) return -1
  return v.tokens.findIndex((x) => (korean ? ATTEND_KO : ATTEND_EN).test(x.text))
}
/** The sentence names a ceremony and someone's being at it. */
const ceremonyTold = (v: SentenceView): boolean => ceremonyAttendVerb(v) >= 0

/**
 * Whole-text test of a sentence with no trigger: might it tell a ceremony attended abroad (attendedAbroad)? The
 * stems of CEREMONY_EN's nouns and the Korean words themselves, so it passes whatever the token test can.
 */
const CEREMONY_TEXT = new RegExp(
  ['parade', 'inauguration', 'commemoration', 'celebration', ...CEREMONY_WORDS_KO].join('|'),
)
export const mayAttendCeremony = (s: Sentence): boolean => {
  const text = slice(s.seg.t, s.start, s.end)
  return (
    (CEREMONY_TEXT.test(text) && s.venues.length > 0) ||
    (GUESTS_TEXT.test(text) && /ceremon|parade/.test(text))
  )
}
/** A ceremony its guests attend: the state ceremonies above, or one named so ("sworn in ... in a ceremony"). */
const HELD_CEREMONY_EN = /^(ceremony|ceremonies)$/
/** "..., with Li Qiang watching alongside Kim", "with Iwaya among the foreign guests": guests in an absolute. */
const GUESTS_TEXT = /\bwith\b.*\b(watching|among the)\b/i
const GUESTS_EN = /^(watching|among)$/

/**
 * "North Korea displayed its new missile at a military parade ..., with Chinese Premier Li Qiang watching alongside
 * Kim Jong Un", "Trump was sworn in ... in a ceremony ..., with Japanese Foreign Minister Iwaya among the foreign
 * guests": the guests a "with" absolute names at a ceremony whose holder is the sentence's subject came to the
 * holder's state (t20 t57). The guests are the persons, or the countries of unlisted officials, between "with" and
 * the watching word, from another state than the holder; not "with Washington watching closely".
 */
function guestsAbroad(m: CompiledTaxonomy, v: SentenceView, out: RawRecord[]): void {
  const { tokens } = v
  const ceremony = tokens.findIndex((x) => CEREMONY_EN.test(x.text) || HELD_CEREMONY_EN.test(x.text))
  const holder = v.args.find((a) => !a.venue)
  if (ceremony < 0 || !holder || holder.first > ceremony) return
  const w = tokens.findIndex((x, k) => k > ceremony && x.text === 'with')
  const end = tokens.findIndex((x, k) => k > w && GUESTS_EN.test(x.text))
  if (w < 0 || end < 0) return
  const visit = m.ruleEvents.visit
  const host = holder.parties[0]
  for (const a of v.args) {
    if (a.venue || a.first <= w || a.last >= end) continue
    const guest = a.parties[0]
    // A country only before an unlisted official's title or name ("Chinese Vice President Han Zheng", not
    // "with Washington watching closely").
    const official = m.actorIsCountry[guest] === 1 && a.last + 1 < end && capitalisedToken(v, a.last + 1)
    if (m.actorIsPerson[guest] !== 1 && !official) continue
    if (countryKey(m, guest) === countryKey(m, host)) continue
    if (out.some((o) => o.event === visit && o.source === guest)) continue
    pushVisit(out, visit, guest, countryKey(m, host), 'reported')
  }
}

/**
 * "Kim Jong Un stood alongside Xi and Putin at a military parade in Beijing", 모스크바에서 열리는 전승절 열병식에
 * 참석하지 않는다고: a leader at a state's ceremony held in that state's capital travelled there, a visit (a
 * ceremony is no multilateral summit, taxonomy rule 5), told with no word of visiting. The visitor is the
 * sentence's first person of another country (Korean: the attending verb's subject and those coordinated with it).
 */
function attendedAbroad(
  m: CompiledTaxonomy,
  s: Sentence,
  v: SentenceView,
  out: RawRecord[],
  input: SentenceInput,
): void {
  // The event talks at a venue imply (visit): a ceremony there implies it as well.
  const visit = m.venueImplies.values().next().value
  if (s.venues.length === 0 || visit === undefined) return
  const { tokens } = v
  const verb = ceremonyAttendVerb(v)
  if (verb < 0 || multilateralEn(v)) return
  const korean = koreanSentence(v)
  // Where the ceremony is held: English after the verb ("stood ... at a military parade in Beijing", not
  // "speculation had grown in Seoul that Putin might attend"), Korean before 열린/열리는 (베이징에서 열리는 열병식).
  const venue = v.args.find(
    (a) =>
      a.venue &&
      talksVenue(m, v, a) &&
      (korean
        ? tokens.slice(a.last + 1, a.last + 4).some((x) => HELD_KO.test(x.text)) || placeOfKo(a)
        : a.first > verb && !ATTRIBUTION.has(tokens[a.first - 2]?.text ?? '')),
  )
  if (!venue) return
  const host = venue.parties[0]
  const { isPerson, countryOf } = helpersOf(m)
  const abroad = (p: number) => p >= 0 && isPerson(p) && countryKey(m, p) !== countryKey(m, host)
  let visitors: number[]
  let modality: Modality
  if (korean) {
    // Verb-final: the persons before the attending verb are its subject and those coordinated with it
    // (김정은 위원장과 푸틴 대통령 등 ... 참석한다고), not those named after it (시진핑 주석과 함께 망루에 올랐다).
    visitors = v.args
      .filter((a) => !a.venue && a.last < verb && abroad(a.parties[0]))
      .map((a) => a.parties[0])
    const tail = tokens[verb].text.slice(2)
    const ctx = {
      v,
      frame: Frame.Visit,
      at: verb,
      start: verb,
      tail,
      isPerson,
      countryOf,
      previousSubject: -1,
    }
    // 참석한다고 발표했다: a present form announced is the schedule; 참석하는지를 묻는 말에: a question, asked.
    modality = indirectQuestionKo(v, verb)
      ? 'speculative'
      : (koreanModality({ ...ctx, today: input.today }).modality ??
        (/^(한다|할|하기로)/.test(tail) ? 'planned' : 'reported'))
  } else {
    const first = v.args.find((a) => !a.venue && isPerson(a.parties[0]))
    visitors = first && abroad(first.parties[0]) ? [first.parties[0]] : []
    modality = askedWhether(v, verb)
      ? 'speculative'
      : (englishModality(v, verb, verb, clauseOf(v, verb, verb), Frame.Visit, input.today).modality ??
        'reported')
  }
  for (const visitor of visitors)
    if (!out.some((o) => o.event === visit && o.source === visitor && o.modality === modality))
      pushVisit(out, visit, visitor, host, modality)
}
/** A speaker's verb, or a present copula ("Suzuki, who is in Seoul"), whose "in" names where the speaker stands. */
const SPOKE_EN = /^(said|says|saying|speaking|spoke|told|is|are)$/
/** Words before that verb making it unasserted or to come ("is due to speak in", "will say in"). */
const UNASSERTED_EN = /^(to|will|would|may|might|could|can|should|not|n't|expected)$/
/** Words allowed between the speaker and the verb, with names: a comma, "who", "counterpart Taro Aso". */
const SPEAKER_GAP_EN = /^(,|who|counterpart)$/

/**
 * "Shoigu said in Pyongyang that ...", "Hegseth said in Tokyo on Sunday", "Cho, speaking to reporters in Beijing",
 * "his Japanese counterpart Shunichi Suzuki, who is in Seoul for ...": an official of one state speaking, or said
 * to be, in another state's capital is there, a visit told with no word of visiting (t9 t44 t60). The speaker is
 * the person (or the country of an unlisted official) right before the verb; not a trip to come ("will say in"),
 * not a multilateral gathering's sidelines (convention 5), not a speaker at home.
 */
function spokeAbroad(m: CompiledTaxonomy, v: SentenceView, out: RawRecord[]): void {
  const visit = m.ruleEvents.visit
  const { tokens } = v
  if (tokens.some((x) => x.text === 'sidelines' || x.text === 'call')) return
  for (const a of v.args) {
    if (!a.venue || tokens[a.first - 1]?.text !== 'in' || !talksVenue(m, v, a)) continue
    // "speaking to reporters in Beijing", "told reporters in Tokyo": the verb before its audience.
    let verb = a.first - 2
    if (tokens[verb]?.text === 'reporters') verb -= tokens[verb - 1]?.text === 'to' ? 2 : 1
    if (verb < 1 || !SPOKE_EN.test(tokens[verb].text) || UNASSERTED_EN.test(tokens[verb - 1].text)) continue
    // A gathering of three or more is the place's only before what is said ("said Seoul did not rule out a
    // three-way summit" is speech, not the venue).
    const said = tokens.findIndex((x, k) => k > a.last && REPORTING_EN.test(x.text))
    if (multilateralEn({ ...v, tokens: said < 0 ? tokens : tokens.slice(0, said) })) continue
    const speaker = v.args.findLast((b) => !b.venue && b.last < verb)
    if (!speaker) continue
    let k = speaker.last + 1
    while (k < verb && (SPEAKER_GAP_EN.test(tokens[k].text) || capitalisedToken(v, k))) k++
    if (k < verb) continue
    const visitor = speaker.parties[0]
    const host = a.parties[0]
    if (m.actorIsPerson[visitor] !== 1 && m.actorIsCountry[visitor] !== 1) continue
    if (countryKey(m, visitor) === countryKey(m, host)) continue
    if (out.some((o) => o.event === visit && o.source === visitor && o.target === host)) continue
    pushVisit(out, visit, visitor, host, 'reported')
  }
}
/** a says all b says: same event and modality, b's roles unfilled or the same (either order when symmetric). */
function covers(m: CompiledTaxonomy, a: RawRecord, b: RawRecord): boolean {
  if (a.event !== b.event || a.modality !== b.modality) return false
  if (m.eventFrame[a.event] === Frame.Symmetric)
    return (
      (b.source < 0 || b.source === a.source || b.source === a.target) &&
      (b.target < 0 || b.target === a.source || b.target === a.target)
    )
  // "대통령 선거에서 이재명 후보가 당선됐다": one election, its winner over the country holding it (the
  // election's source is the winner when a person wins).
  if (
    m.eventFrame[a.event] === Frame.Election &&
    a.source >= 0 &&
    b.source >= 0 &&
    a.source !== b.source &&
    m.actorIsCountry[b.source] === 1 &&
    m.actorIsCountry[a.source] !== 1 &&
    countryKey(m, a.source) === b.source
  )
    return b.target < 0 || a.target === b.target
  return (b.source < 0 || a.source === b.source) && (b.target < 0 || a.target === b.target)
}

/** Two triggers of one event, each finding one role ("shipped" its source, "shells to Russia" its target). */
const halves = (o: RawRecord, r: RawRecord) =>
  o.event === r.event &&
  o.modality === r.modality &&
  ((o.source >= 0 && o.target < 0 && r.source < 0 && r.target >= 0 && r.target !== o.source) ||
    (o.source < 0 && o.target >= 0 && r.source >= 0 && r.target < 0 && r.source !== o.target))

/**
 * One record per (event, source, target, modality) in a sentence; a record whose roles another
 * fills better is dropped (two triggers of one event in one clause: "fired a ballistic missile"),
 * and two halves of one record are joined.
 */
function dedupe(m: CompiledTaxonomy, records: RawRecord[]): RawRecord[] {
  const out: RawRecord[] = []
  next: for (const r of records) {
    for (const o of out) {
      if (covers(m, o, r)) continue next
      if (halves(o, r)) {
        if (o.source < 0) o.source = r.source
        if (o.target < 0) o.target = r.target
        continue next
      }
    }
    for (let i = out.length - 1; i >= 0; i--) if (covers(m, r, out[i])) out.splice(i, 1)
    out.push(r)
  }
  return out
}

/**
 * "영양 지원 사업에 ... 지원하기로", "인도적 지원을 제공": a humanitarian case named by a giving noun is
 * the giving a transfer record of its sentence reports with the same noun (the taxonomy tags humanitarian
 * aid as both), so it has that giver, recipient and modality.
 */
function shareGivingRoles(m: CompiledTaxonomy, t: SentenceView['t'], spans: readonly TriggerSpan[]): void {
  for (const h of spans) {
    if (h.frame !== Frame.People || !GIVING_NOUN.test(slice(t, h.start, h.end))) continue
    // The very words of an aid trigger (남측의 인도적 지원 제안): its giver and recipient, whatever the
    // people frame read (the 이/가 subject who answers the offer is not the giver).
    const twin = spans.find((x) => x.frame === Frame.Transfer && x.start === h.start && x.end === h.end)
    if (twin && twin.rec.source >= 0 && twin.rec.modality === h.rec.modality) {
      // (The giver read as whose people: the other party is the recipient.)
      const other = h.rec.target === twin.rec.source ? h.rec.source : h.rec.target
      const recipient = twin.rec.target >= 0 ? twin.rec.target : other
      if (twin.rec.target >= 0 || h.rec.target === twin.rec.source) {
        h.rec.source = twin.rec.source
        h.rec.target = recipient === twin.rec.source ? -1 : recipient
        continue
      }
    }
    if (h.rec.source >= 0 && h.rec.target >= 0) continue
    // Military transfers (무기 지원, 군사 지원) are no relief; aid (not an ongoing relation) comes first.
    const gives = (x: (typeof spans)[number]) =>
      x.frame === Frame.Transfer &&
      GIVING.test(slice(t, x.start, x.end)) &&
      !MILITARY.test(slice(t, x.start, x.end))
    const same = (x: (typeof spans)[number]) => h.rec.target < 0 || x.rec.target === h.rec.target
    const g =
      spans.find((x) => gives(x) && same(x) && !m.eventOngoing[x.rec.event]) ??
      spans.find((x) => gives(x) && same(x))
    if (!g || g.rec.modality === 'background' || h.rec.modality === 'background') continue
    if (h.rec.source < 0 && g.rec.source !== h.rec.target) h.rec.source = g.rec.source
    if (h.rec.target < 0 && g.rec.target !== h.rec.source) h.rec.target = g.rec.target
    h.rec.modality = g.rec.modality
  }
}

/**
 * "탄핵을 촉구하는 시민", "노동단체 회원 1만여 명이 ... 철회를 요구했다": a statement is someone's; with no
 * actor speaking it (and no speaker's record of it to complete) it is a crowd's or a writer's words.
 * A legislature speaks for its state to another (국회는 ... 송환을 촉구하는 결의안을 의결했다); at home
 * (계엄 해제를 요구하는 결의안) its words are no diplomacy.
 */
function dropUnspoken(
  m: CompiledTaxonomy,
  out: RawRecord[],
  unspoken: readonly RawRecord[],
  house: number,
): void {
  for (const r of unspoken) {
    if (out.some((o) => o.event === r.event && o.source >= 0)) continue
    if (house >= 0 && r.target >= 0 && countryKey(m, r.target) !== countryKey(m, house)) r.source = house
    else out.splice(out.indexOf(r), 1)
  }
}

/**
 * 조약 서명 70주년을 맞아 조약 원본을 공개, 조약 서명 70주년인 1일 ... '한미동맹은 ...': once an anniversary
 * names an event as the past it counts from, the sentence's other noun naming it between the same parties is that
 * past event again, not a new one (t25 t32; a predicate, 새 협정에 서명했다, tells a new one; the mentions of a
 * sentence opened by "One year ago", t40 t47, are background already). English: a bare noun, any sentence.
 */
function recallNamed(out: readonly RawRecord[], named: readonly RawRecord[]): void {
  if (named.length)
    for (const r of named)
      if (
        r.modality !== 'background' &&
        out.some(
          (o) =>
            o.modality === 'background' &&
            o.event === r.event &&
            o.source === r.source &&
            o.target === r.target,
        )
      )
        r.modality = 'background'
}

/**
 * A maker's sale read from its name adds nothing to one the sentence's words give its roles.
 */
function withoutMakersEchoes(out: RawRecord[], makers: readonly RawRecord[]): RawRecord[] {
  return makers.length
    ? out.filter(
        (r) =>
          !makers.includes(r) ||
          !out.some((o) => !makers.includes(o) && o.event === r.event && o.source === r.source),
      )
    : out
}

/**
 * The steps after a sentence's record list is built, in order: what one record completes in another (humanitarian
 * aid's giver and recipient, a speakerless statement, a noun that names a recalled event again), the records the
 * sentence implies (a visit held as talks in a capital, a ceremony attended abroad, the earlier of a repeated trip),
 * then the records that add nothing (an arms maker's echo, those another covers: dedupe).
 */
export function finishRecords(st: RecordState): RawRecord[] {
  const { m, input, v, out } = st
  const { s } = input
  shareGivingRoles(m, st.t, st.spans)
  dropUnspoken(m, out, st.unspoken, input.legislature ?? -1)
  recallNamed(out, st.named)
  impliedVisits(m, s, v, out, input.today)
  attendedAbroad(m, s, v, out, input)
  spokeAbroad(m, v, out)
  guestsAbroad(m, v, out)
  earlierVisit(m, v, out)
  return dedupe(m, withoutMakersEchoes(out, st.makers))
}
