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
import type { CompiledTaxonomy } from '../compile'
import type { ActorMention, Segment, Sentence, TriggerHit } from '../state'
import type { Modality } from '../types'
import { acceptRecord } from './accept'
import { buildArgs, type Recent } from './args'
import { pushRecords } from './emit'
import { PREPS } from './english'
import { Frame, Requires } from './frames'
import { Boundary, tokenBoundary, tokenCase } from './korean'
import { finishRecords } from './post'
import { completeByFrame, completeSides, denialOf, settleModality } from './roles'
import { newRecordState, resetTrigger } from './state'
import { englishTrigger } from './triggers-en'
import { koreanTrigger } from './triggers-ko'
import { type Arg, Case, type SentenceView, slice, type Token, TokenMarks, tokenAt, tokenize } from './view'

// (Its home moved to ./post with the other visit implications; the tagger imports it from here.)
export { mayAttendCeremony } from './post'

export interface RawRecord {
  event: number
  source: number
  target: number
  modality: Modality
  /** The modality came from a cue (not the default "reported"). Always set: one object shape. */
  cued: boolean
  /**
   * Roles the rules leave empty on purpose (EMPTY_SOURCE | EMPTY_TARGET): the learned filler
   * (records/fill.ts) leaves them so. Internal: never in the API's records. Always set: one object shape.
   */
  empty: number
}

/** RawRecord.empty: the source is deliberately empty. */
export const EMPTY_SOURCE = 1
/** RawRecord.empty: the target is deliberately empty. */
export const EMPTY_TARGET = 2

export interface HitInfo {
  hit: TriggerHit
  /** The tagger's background rules fired on it ("last month's visit", 회담 당시, a past year). */
  background: boolean
}

export interface SentenceInput {
  m: CompiledTaxonomy
  seg: Segment
  s: Sentence
  hits: HitInfo[]
  recent: Recent
  /** For a headline: what its lead sentence names (a headline summarises the lead). */
  lead?: Recent['lastSentence']
  /** The first source of the previous sentence with records, for a pronoun subject (-1 = none). */
  previousSubject: number
  /** The state of a legislature heading a Korean sentence (국회 ... 결의안을 채택했다): its statements' speaker. */
  legislature?: number
  /**
   * Cue presence in the sentence (event implications check their cues with it). An object with a
   * method, not a closure per sentence: the bundler's keepNames names every such closure when made.
   */
  cues: { has(set: Uint8Array): boolean }
  /** The article's date in Korea (UTC+9): a day named in Korean text is read against it. */
  today?: { month: number; day: number }
  /** For a Korean headline: its lead tells a trip made to attend a gathering (attendsGatheringKo). */
  leadAttends?: boolean
}

const REPORTING = new Set([
  'said',
  'says',
  'told',
  'added',
  'stated',
  'reported',
  'announced',
  'confirmed',
  'claimed',
])
export const CIVILIAN = new Set(
  (
    'doctors workers activists students protesters protestors demonstrators citizens residents people ' +
    'union unions group groups farmers nurses fans supporters opponents civic teachers drivers ' +
    'employees staff veterans shoppers voters defectors escapees refugees fishermen 시민 시민단체 주민 노동자 노조 ' +
    '학생 단체 회원 의사'
  ).split(' '),
)

/**
 * Who speaks at a rally, for a private cause or a trade, or writes a study ("Speakers demanded that
 * Beijing stop the repatriations", "Organisers called on Beijing", "Scallop processors welcomed China's
 * decision", "the authors wrote, urging Washington to buy more tankers"): no state's position.
 */
export const RALLY_SPEAKERS = new Set(
  (
    'speakers organisers organizers defectors escapees participants marchers rallygoers campaigners authors ' +
    'processors shippers traders exporters importers producers manufacturers'
  ).split(' '),
)

/** Harm done: what makes a strike with no other side named a real one (a ship sunk or set ablaze too). */
export const HARM =
  // long line: one alternation of prefixes, English then Korean.
  /^(kill|kills|killed|killing|wounded|wounding|injured|injuring|dead|died|casualties|destroyed|damaged|ablaze|sank|sunk|사망|부상|사상자|파괴|침몰|격침)/

/** A state's armed forces or their weapons, as the subject of a strike ("its naval drones", "its troops"). */
const OWN_FORCES =
  /^(forces|troops|soldiers|units|military|army|navy|drones|missiles|artillery|aircraft|jets|warplanes)$/

/** "its (naval) drones ..." right before the trigger, in its clause: the subject is a state's own forces. */
export function ownForcesBefore(v: SentenceView, left: number, first: number): boolean {
  const { tokens } = v
  const forces = (k: number) => OWN_FORCES.test(tokens[k]?.text ?? '')
  for (let k = first - 1; k > left && k >= first - 8; k--)
    if (tokens[k].text === 'its' && (forces(k + 1) || forces(k + 2))) return true
  return false
}

/**
 * "North Korea confirms its troops fought for Russia in Kursk", "soldiers had fought in Kursk": "fought" (and
 * "fought for") is a fight told when armed forces are its subject, right before it (t14 t30 t39 t75);
 * "units that fought in Kursk", "veterans who fought", "management fought back" recall or figure one.
 * True for other words.
 */
export function foughtByForces(v: SentenceView, first: number, last: number): boolean {
  const { tokens } = v
  if (tokens[first].text !== 'fought' || !(first === last || tokens[last].text === 'for')) return true
  let k = first - 1
  if (/^(had|have|has)$/.test(tokens[k]?.text ?? '')) k--
  return /^(forces|troops|soldiers|units)$/.test(tokens[k]?.text ?? '')
}

/**
 * The firing verbs attack-clash shares with missile-launch, as the trigger's text (which may sit inside a longer
 * token: "firings", "submarine-launched"): a strike only when aimed (projectileFiredAt reads the token).
 */
export const FIRING_EN = /^(fir|launch)[a-z]*$/

/**
 * Fire aimed at someone by its nature, or forces that fought (foughtByForces): a fight told, never a figure,
 * though its other side is named only in another sentence ("a patrol vessel fired warning shots", 경고사격을
 * 실시했다, 이에 대응해 대응 사격을 실시했다, "its troops fought in Kursk"; t21 t30 t42 t54 ko-119).
 */
export function fightTold(tokens: readonly Token[], at: number, korean: boolean): boolean {
  const w = tokens[at].text
  if (!korean) return w === 'fought' || w === 'warning'
  return w.startsWith('경고') || (/^사격/.test(w) && (tokens[at - 1]?.text ?? '').startsWith('대응'))
}

export const DENIAL_WORDS = /^(deny|denies|denied|denying|reject|rejects|rejected|rejecting)$/

/** The resumption or restoration of an act as a purpose (재개를 위해, 복원을 위한). */
export const RESUMED_FOR = /^(재개|복원|성사)[를을]? 위(해|한|하여)/
/** Korean statement triggers that are themselves a denial (검토한 바 없다, 적이 없다, 사실이 아니다). */
export const DENIAL_PHRASE =
  /(바 없|적이? 없|계획[이은] 없|사실이 아니|사실무근|생각[은이] 없|뜻[은이] 없|검토하고 있지 않)/
/** A pact as the topic opening a Korean sentence (조약에는, 이 협정은). */
const PACT_TOPIC = /^(조약|협정|합의서|합의문)(에는|엔|은|는)$/
export const pactTopicKo = (v: SentenceView) =>
  PACT_TOPIC.test(v.tokens[0]?.text ?? '') ||
  (/^(이|해당|새)$/.test(v.tokens[0]?.text ?? '') && PACT_TOPIC.test(v.tokens[1]?.text ?? ''))
/** Korean heads a people noun describes (탈북민 단체, 탈북 청소년, 탈북민 세미나): groups, the young, gatherings. */
export const PEOPLE_HEAD = /^(단체|학생|청소년|청년|대안학교|학교|세미나|토론회|모임|동아리|협회|센터)/
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

/** Records per coordinated role beyond the first ("Japan, South Korea and the U.S. condemned"). */
export const MAX_COORDINATED = 3
/** Triggers of one event at most this many tokens apart are one mention of it. */
const NEIGHBOUR_TOKENS = 3

interface Helpers {
  isPerson: (a: number) => boolean
  isCountry: (a: number) => boolean
  countryOf: (a: number) => number
  /** Per actor: the country it is or implies, -1 when none. */
  countries: Int32Array
}

/** Actor predicates the role rules take, made once per compiled taxonomy. */
const helpers = new WeakMap<CompiledTaxonomy, Helpers>()
/** The last taxonomy's (an isolate tags with one taxonomy at a time): no WeakMap lookup per call. */
let lastHelpers: { m: CompiledTaxonomy; h: Helpers } | null = null
export function helpersOf(m: CompiledTaxonomy): Helpers {
  if (lastHelpers?.m === m) return lastHelpers.h
  let h = helpers.get(m)
  if (!h) {
    const countries = Int32Array.from(m.implied, (list, a) =>
      m.actorIsCountry[a] ? a : (list.find((x) => m.actorIsCountry[x] === 1) ?? -1),
    )
    h = {
      isPerson: (a) => a >= 0 && m.actorIsPerson[a] === 1,
      isCountry: (a) => a >= 0 && m.actorIsCountry[a] === 1,
      countryOf: (a) => (a < 0 ? -1 : countries[a]),
      countries,
    }
    helpers.set(m, h)
  }
  lastHelpers = { m, h }
  return h
}

/** The country an actor is or implies, the actor itself when none. */
export function countryKey(m: CompiledTaxonomy, a: number): number {
  if (a < 0) return -1
  const c = helpersOf(m).countries[a]
  return c >= 0 ? c : a
}

/** Places and people at home a state's help goes to ("to affected farms and fishing villages"). */
const LOCAL_RECIPIENT = new Set(
  (
    'farms villages households homes residents victims families towns communities farmers fishermen ' +
    'regions areas provinces cities counties'
  ).split(' '),
)

/** "aid ... to affected farms": a "to" phrase after the trigger whose noun is a place or people at home. */
export function localRecipient(v: SentenceView, last: number): boolean {
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

/** Neither the sentence nor the one before it names an actor outside `source`'s country (venues aside). */
export function onlyHome(
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
export function sentenceRecords(input: SentenceInput): { records: RawRecord[]; subject: number } {
  const { m, seg, s } = input
  const t = seg.t
  const tokens = tokenize(t, s.start, s.end)
  // Every field set up front: one object shape for every sentence (the lazy ones fill in later).
  const v: SentenceView = {
    t,
    tokens,
    args: [],
    prepAt: undefined,
    bounds: undefined,
    firstReporting: undefined,
  }
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
    if (ev === doneEvent && background === doneBackground && at - doneAt <= NEIGHBOUR_TOKENS) continue
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
  return { records: finishRecords(st), subject }
}

/** What makes an arms maker's sale: a contract, a deal, an order or deliveries (not "hopes of arms exports"). */
const MAKERS_DEAL = new Set('contract contracts deal deals order orders deliveries delivered'.split(' '))

/**
 * "Shares of Hanwha Aerospace rose after the company signed a deal to supply howitzers", "signed a contract with
 * Hyundai Rotem for K2 tanks": an arms maker the sentence names (a party form) supplies the weapons the
 * sentence names when no role is read otherwise, if the sentence tells of its contract, deal, order or
 * deliveries (a market story's "hopes of more arms exports" tells of none).
 */
export function makersDeal(v: SentenceView): boolean {
  return v.tokens.some((x) => MAKERS_DEAL.has(x.text))
}

// "GPS 교란", "MOU 체결": a Korean trigger may open with a Latin acronym; its words are Korean all the same.
function koreanSpan(t: SentenceView['t'], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (charClass()[t.codes[i]] === C_HANGUL) return true
  return false
}

/** "세 정상은", "양국 장관은": a group of the leaders or ministers just named speaks (roles read it elsewhere). */
export function leadersJustNamed(v: SentenceView): boolean {
  const w = v.tokens.find((x) => x.word)?.text ?? ''
  const next = v.tokens[v.tokens.findIndex((x) => x.word) + 1]?.text ?? ''
  return (
    /^(양|두|세|3국|양국|한미일|한미|한일)$/.test(w) &&
    /(정상|장관|외교장관|국방장관|외무장관)(은|는|이|가|들은)$/.test(next)
  )
}

const SINGLE_OPEN = new Set([0x27, 0x2018])
const SINGLE_CLOSE = new Set([0x27, 0x2019])

function scareQuoted(t: SentenceView['t'], start: number, end: number): boolean {
  const before = t.source.charCodeAt(t.orig[start] - 1)
  const after = end < t.len ? t.source.charCodeAt(t.orig[end]) : -1
  return SINGLE_OPEN.has(before) && SINGLE_CLOSE.has(after)
}

/**
 * 기업 '정상회담', 노년층을 '공격'해, a mascot 'election', tariffs 'sanctioned' by experts: a trigger word alone
 * in single quotes is mentioned or used as a figure (scare quotes), not an act reported (both languages; English
 * since round sixteen: t9 t57 and Korean's t47). A name stays a name ('자유의 방패', '김수키').
 */
export function figureQuoted(m: CompiledTaxonomy, t: SentenceView['t'], hit: TriggerHit): boolean {
  return (
    scareQuoted(t, hit.start, hit.end) &&
    !/\s/.test(slice(t, hit.start, hit.end)) &&
    !(m.eventRequires[hit.entry.event] === Requires.Attributed && !ruleRequires(m, hit, 'requiresActor'))
  )
}

const TIED = /^(연계|연루|배후|산하|소속)/

/**
 * An actor right before a word tying someone to it (北 연계, 북한과 연계된), or before its organ's name and
 * that word (북한 정찰총국 산하), else -1.
 */
export function sponsorKo(v: SentenceView): number {
  for (const a of v.args) {
    if (a.venue) continue
    const next = v.tokens[a.last + 1]
    if (TIED.test(next?.text ?? '')) return a.parties[0]
    const organ = next?.word === true && next.arg < 0 && /^[가-힣]{2,5}$/.test(next.text)
    if (organ && TIED.test(v.tokens[a.last + 2]?.text ?? '')) return a.parties[0]
  }
  return -1
}

const QUOTE = /^["'“”‘’]$/
const FORUM = /^(세미나|토론회|포럼|심포지엄|콘퍼런스|학술대회|학술회의|워크숍|강연)/

/** The opening mark of the quotation the token at `at` stands in, else -1. */
export function quotationOpening(v: SentenceView, at: number): number {
  let open = -1
  for (let k = 0; k < at; k++) if (!v.tokens[k].word && QUOTE.test(v.tokens[k].text)) open = open < 0 ? k : -1
  return open
}

/** The trigger is inside quotation marks whose closing mark a forum noun follows. */
export function titleOfForum(v: SentenceView, at: number): boolean {
  let open = 0
  for (let k = 0; k < at; k++) if (!v.tokens[k].word && QUOTE.test(v.tokens[k].text)) open++
  if (open % 2 === 0) return false
  for (let k = at + 1; k < v.tokens.length; k++) {
    const t = v.tokens[k]
    if (!t.word && QUOTE.test(t.text)) return FORUM.test(v.tokens[k + 1]?.text ?? '')
  }
  return false
}

export function straddles(t: SentenceView['t'], wordStart: number, at: number): boolean {
  if (at === wordStart) return false
  for (const [key, before] of STRADDLES)
    if (slice(t, at, at + key.length) === key && before.test(slice(t, wordStart, at + 1))) return true
  return false
}

/** Korean company names' last nouns (HD현대중공업, 대한항공, 한화에어로스페이스) and company nouns (조선소는). */
const FIRM_NAME_KO =
  /(중공업|조선소|조선해양|전자|그룹|항공|에어로스페이스|기업|업체|회사|자동차|건설|물산|제철|증권)(은|는|이|가)?$/

/**
 * "HD현대중공업은 미 해군 보급체계사령부와 함정정비협약을 맺었다", "이 협약을 체결한 조선소는", a headline's
 * "HD현대중공업, 미 해군 ... 체결": the subject is a firm, no state, so the pact (or the talks) is the
 * firm's contract with a state body, no interstate act (t65; the English twin is firmsSign).
 */
export function firmSubjectKo(v: SentenceView, isFirm: (a: Arg) => boolean): boolean {
  const { tokens } = v
  const firm = (t: Token) => (t.arg >= 0 ? isFirm(v.args[t.arg]) : FIRM_NAME_KO.test(t.text))
  // A headline's subject is its opening word before a comma; 한화오션은: a company form of its country as the
  // subject is the firm too.
  const opening = tokens.findIndex((t) => t.word)
  if (opening >= 0 && tokens[opening + 1]?.text === ',') return firm(tokens[opening])
  const subject = v.args.find((a) => !a.venue && (a.kase === Case.Top || a.kase === Case.Nom))
  if (subject) return isFirm(subject)
  return tokens.some(
    (t) => t.word && t.arg < 0 && (tokenCase(t) === Case.Top || tokenCase(t) === Case.Nom) && firm(t),
  )
}

/** The argument is a company form of its actor only (Hanwha Aerospace: actor_rule's party), no state named. */
export function companyForm(mentions: readonly ActorMention[], v: SentenceView, a: Arg): boolean {
  const start = v.tokens[a.first].start
  const end = v.tokens[a.last].end
  let firm = false
  for (const x of mentions) {
    if (x.end <= start || x.start >= end) continue
    if (!x.partyOnly) return false
    firm = true
  }
  return firm
}

/** Heads of a company noun after a country (대만 파운드리 기업, 일본 반도체 업체, 미국 회사). */
const FIRM_HEAD = /^(기업|업체|회사|그룹|법인|제조사)/

/** The actor's every mention qualifies a company noun over at most two bare words. */
export function firmOf(v: SentenceView, actor: number): boolean {
  let firm = false
  for (const a of v.args) {
    if (a.parties[0] !== actor) continue
    let found = false
    for (let k = a.last + 1; k <= a.last + 3 && k < v.tokens.length; k++) {
      const t = v.tokens[k]
      if (!t.word || t.arg >= 0) break
      if (FIRM_HEAD.test(t.text)) {
        found = true
        break
      }
      if (tokenCase(t) !== null || tokenBoundary(t) !== Boundary.None) break
    }
    if (!found) return false
    firm = true
  }
  return firm
}

/** Who reports the sentence: the argument before "said"/"told" (or after "according to"), or a Korean topic. */
export function speakerOf(v: SentenceView): number {
  const { tokens } = v
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].text
    if (w === 'according' && tokens[i + 1]?.text === 'to') {
      for (let j = i + 2; j < Math.min(tokens.length, i + 6); j++)
        if (tokens[j].arg >= 0) return v.args[tokens[j].arg].parties[0]
    }
    if (!REPORTING.has(w)) continue
    for (let j = i - 1, hops = 0; j >= 0 && hops < 5; j--, hops++) {
      const tok = tokens[j]
      // "Prime Minister Shigeru Ishiba, who said ...": over the relative pronoun.
      if (tok.text === 'who' && tokens[j - 1]?.text === ',') {
        j--
        continue
      }
      if (!tok.word) break
      if (tok.arg >= 0) return v.args[tok.arg].parties[0]
      if (PREPS.has(tok.text)) break
    }
  }
  if (tokens.some((x) => tokenBoundary(x) === Boundary.Strong) || quotedAfterMark(v)) return topicArg(v)
  return -1
}

/** Words between a body and its reporting verb: "a Unification Ministry spokesperson said". */
const BODY_VOICES = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'official', 'officials'])

/** The state of a body (Sentence.bodies) that is the subject of a reporting verb, or -1. */
export function bodySpeaker(v: SentenceView, bodies: readonly ActorMention[] | undefined): number {
  const { tokens } = v
  for (const b of bodies ?? []) {
    let j = tokenAt(tokens, b.end - 1) + 1
    if (BODY_VOICES.has(tokens[j]?.text ?? '')) j++
    if (REPORTING.has(tokens[j]?.text ?? '')) return b.actors[0]
  }
  return -1
}

/** 말했다 after `"...없다"고`: the quotative written after the closing mark reports the quotation too. */
function quotedAfterMark(v: SentenceView): boolean {
  const { tokens } = v
  for (let i = 1; i < tokens.length - 1; i++)
    if (
      !tokens[i].word &&
      /^["'”’]$/.test(tokens[i].text) &&
      /^(고|라고|며|라며|면서)$/.test(tokens[i + 1].text)
    )
      return true
  return false
}

/** A quotative ending (~다고, ~라고) after the trigger: the trigger is in the content of a report. */
export function reportedClauseAfter(v: SentenceView, at: number): boolean {
  for (let i = at; i < v.tokens.length; i++)
    if (v.tokens[i].word && /(다고|라고)$/.test(v.tokens[i].text)) return true
  return false
}

export function topicArg(v: SentenceView): number {
  const top = v.args.find((a) => a.kase === Case.Top) ?? v.args.find((a) => a.kase === Case.Nom)
  return top ? top.parties[0] : -1
}

/** Nouns whose "on X" names a topic, not an act: "intelligence on North Korean hacking". */
const TOPIC_HEADS = new Set(
  (
    'intelligence information cooperation framework coordination measures efforts working group ' +
    'experts expertise training awareness defences defenses vigilance'
  ).split(' '),
)

/** The trigger is what cooperation or intelligence is about ("share intelligence on North Korean hacking"). */
export function englishTopic(v: SentenceView, first: number): boolean {
  for (let k = first - 1, hops = 0; k >= 0 && hops < 5; k--, hops++) {
    const t = v.tokens[k]
    if (!t.word) return false
    if (t.text === 'on' || t.text === 'against') return TOPIC_HEADS.has(v.tokens[k - 1]?.text ?? '')
    if (PREPS.has(t.text)) return false
  }
  return false
}

/** "북한의 가상자산 탈취 등 사이버 위협에 공동 대응": the trigger is what a joint response is about. */
export function koreanTopic(v: SentenceView, at: number): boolean {
  for (let i = at, hops = 0; i < v.tokens.length - 1 && hops < 5; i++, hops++) {
    const w = v.tokens[i].text
    if (i > at && tokenBoundary(v.tokens[i]) !== Boundary.None) return false
    // Generic threats to counter together (not "발사에 대응해": a response to the launch itself).
    if (/위협에$/.test(w) || (/에$/.test(w) && /^(공동|공조)/.test(v.tokens[i + 1].text))) return true
  }
  return false
}

/**
 * "북러 군사협력이 ... 안보를 위협하고 있다", "cooperation threatens security": a speech act whose
 * subject is another event is no one's threat or statement.
 */
export function threatBySomething(
  v: SentenceView,
  at: number,
  triggers: TokenMarks,
  speech: boolean,
): boolean {
  if (!speech) return false
  for (let k = at - 1, hops = 0; k >= 0 && hops < 4; k--, hops++) {
    const t = v.tokens[k]
    if (t.arg >= 0 || !t.word) return false
    if (triggers.has(k)) return /[이가]$/.test(t.text) || /(ies|ion|ions|ties|ment|ments)$/.test(t.text)
  }
  return false
}

/**
 * "전단 살포가 주민 안전을 위협한다", "군사협력이 ... 안보를 위협하고 있다": 위협하다 whose 이/가 subject in its
 * clause is a thing (no actor is a subject there) describes a danger; no one threatens anyone.
 */
export function threatenedByThingKo(v: SentenceView, start: number): boolean {
  if (!v.tokens[start].text.startsWith('위협')) return false
  for (let k = start - 1; k >= 0; k--) {
    const t = v.tokens[k]
    if (!t.word ? /^["'“”‘’]$/.test(t.text) : tokenBoundary(t) === Boundary.Strong) return false
    // An actor with its own particle (북한이, 북한은) is the subject; a bare one (대북 전단 살포가) qualifies a thing.
    if (t.arg >= 0 && v.args[t.arg].last === k && v.args[t.arg].particle !== '') {
      const kase = v.args[t.arg].kase
      if (kase === Case.Nom || kase === Case.Top) return false
    }
    if (t.word && t.arg < 0 && tokenCase(t) === Case.Nom) return !AGENT_HEAD.test(t.text)
  }
  return false
}

/**
 * "국정원은 추가 공격이 이어질 수 있다고 경고했다": a warning whose reported content names no actor and has a
 * thing as its 이/가 subject cautions about a danger; no one is threatened ("도발하면 대가를 치를 것" is a threat).
 */
export function cautionKo(v: SentenceView, start: number): boolean {
  if (!/^경고/.test(v.tokens[start].text) || start === 0) return false
  const end = v.tokens[start - 1]
  if (!end.word || !/(다고|라고)$/.test(end.text)) return false
  let thing = false
  for (let k = start - 2; k >= 0; k--) {
    const t = v.tokens[k]
    if (t.arg >= 0) return v.args[t.arg].kase === Case.Top && thing
    if (!t.word || tokenBoundary(t) === Boundary.Strong) return false
    if (tokenCase(t) === Case.Nom && !AGENT_HEAD.test(t.text)) thing = true
  }
  return false
}

/** "미국의 개방 요구를 규탄하는 집회", "규탄 집회": what a rally condemns is its slogan, the protest's target. */
export function sloganOfRally(v: SentenceView, at: number): boolean {
  const w = v.tokens[at].text
  return (/(하는|하며|하고)$/.test(w) || tokenBoundary(v.tokens[at]) === Boundary.None) && rallyAfter(v, at)
}

/**
 * "윤 대통령 파면을 촉구하는 시민단체 집회", "탄핵에 반대하는 대규모 집회": the act a rally demands or
 * opposes is its demand, neither done nor planned by anyone.
 */
export function demandOfRally(v: SentenceView, at: number): boolean {
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

/** Head nouns that make an actor the subject (북한 정권이, 러시아 당국이, 김정은 위원장이). */
const AGENT_HEAD =
  /^(정권|당국|정부|군|군대|지도부|측|대변인|관계자|위원장|대통령|총리|장관|외무성|국방성|매체|통신|신문)(이|가)$/

/** The word before `start` names a state in the object case (한국을, 평양을), not a building of it. */
export function visitedStateBefore(
  v: SentenceView,
  start: number,
  isCountry: (a: number) => boolean,
): boolean {
  const prev = v.tokens[start - 1]
  if (!prev || prev.arg < 0 || /(대사관|영사관|공관)/.test(prev.text)) return false
  const a = v.args[prev.arg]
  return !a.prefixTarget && a.kase === Case.Acc && a.parties.some(isCountry)
}

/**
 * Korean praise, thanks, exhortation and demand: a statement only when aimed at someone (see the records loop). So
 * is a position or wish conveyed (입장을 전달했다, 뜻을 전했다: 위로의 뜻을 전했다 to mourners at home is none).
 */
export const EXHORT_KO = /^(촉구|요청|요구|당부|축하|환영|칭찬|치켜세|감사|입장을|뜻을)/
/** English praise, thanks, exhortation, demand and blame: likewise a statement only when aimed at someone. */
export const HOME_SPEECH_EN = /^(thank|prais|hail|welcom|urg|call|congratulat|blam|demand)/
/** States named by no name (각국이 자제해야, 국제사회에, 한반도 정세): an exhortation aimed abroad all the same. */
export const OTHER_STATES_KO =
  /^(각국|국제사회|국제 사회|한반도|역내|주변국|당사국|관련국|유관국|양측|쌍방|상대국)/

/** The words of fighting beside a side: "fought alongside X", X 편에서 / X를 위해 / X와 함께 싸우는. */
const FIGHT_BESIDE_EN = /^(fought|fighting|fights)$/
export const FIGHT_BESIDE_KO = /^(편에서|위해|함께)$/

/**
 * The party a fighting trigger names as the side fought beside (the actor right after "alongside", or after
 * "fought for" as 위해 싸웠 says it, or the one right before 편에서, 위해, 함께), or -1.
 */
export function allyOfFight(v: SentenceView, first: number, last: number, korean: boolean): number {
  const { tokens } = v
  const foughtFor = !korean && tokens[first]?.text === 'fought' && tokens[last]?.text === 'for'
  const side = korean ? tokens[first - 1] : tokens[last + 1]
  const beside = korean
    ? FIGHT_BESIDE_KO.test(tokens[first]?.text ?? '')
    : foughtFor || (FIGHT_BESIDE_EN.test(tokens[first]?.text ?? '') && tokens[last]?.text === 'alongside')
  if (!beside || !side || side.arg < 0) return -1
  return v.args[side.arg].parties[0] ?? -1
}

/** The party of the sentence nearest token at that passes keep (venues and the words up to after aside), or -1. */
export function nearestOtherParty(
  v: SentenceView,
  at: number,
  keep: (p: number) => boolean,
  after = -1,
): number {
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
export function criticisedKo(
  m: CompiledTaxonomy,
  v: SentenceView,
  hits: HitInfo[],
  hit: TriggerHit,
): boolean {
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

/** Nouns of people who rally (시민이, 참가자들은, 이들은): the subject of a protest that no state holds. */
const RALLIER_KO = /^(시민|주민|노조|노동자|농민|학생|회원|단체|이들|참가자|시위대|군중|유족)/

/**
 * "한덕수 총리가 권한대행을 맡게 됐고, 국회 앞에서는 시민이 집회를 열었다": a people noun as subject
 * between the actor and the protest is who protests; the actor is another clause's.
 */
export function civilianSubjectKo(v: SentenceView, actor: number, at: number): boolean {
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
export function civilianSpeakerKo(v: SentenceView, start: number): boolean {
  let subject = -1
  for (let k = start - 1; k >= 0; k--) {
    const t = v.tokens[k]
    if (!t.word ? QUOTE.test(t.text) : tokenBoundary(t) === Boundary.Strong) break
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

/** "South Korean doctors", 시민단체: the actor names where the protesters come from, not a state protest. */
export function civilian(v: SentenceView, actor: number): boolean {
  for (const a of v.args) {
    if (a.parties[0] !== actor) continue
    const next = v.tokens[a.last + 1]
    if (next && CIVILIAN.has(next.text)) return true
    if (/(koreans|russians|americans|chinese|japanese|ukrainians)$/.test(v.tokens[a.last].text)) return true
  }
  return false
}

/** The previous sentence's subject, when the sentence names no party of a country other than the speaker's. */
export function reactionTarget(
  m: CompiledTaxonomy,
  v: SentenceView,
  source: number,
  previous: number,
): number {
  if (previous < 0 || countryKey(m, previous) === countryKey(m, source)) return -1
  for (const a of v.args)
    if (!a.venue && a.parties.some((p) => countryKey(m, p) !== countryKey(m, source))) return -1
  return previous
}

/** English giving verbs that are aid triggers: their subject gives. */
export const GIVING_VERB_EN = /^(provide|give|gives|gave)$/

/** A speech act that requires its speaker: a threat or warning (its content names whom it is aimed at). */
export const warning = (m: CompiledTaxonomy, ev: number) =>
  m.eventSpeech[ev] === 1 && m.eventRequires[ev] === Requires.Source

/** "a three-day visit", "the trip": the trigger is a noun after its determiner, not a verb. */
export function visitNoun(v: SentenceView, start: number): boolean {
  const at = tokenAt(v.tokens, start)
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const w = v.tokens[k].text
    if (/^(a|an|the|this|that)$/.test(w)) return true
    if (!v.tokens[k].word || v.tokens[k].arg >= 0) return false
  }
  return false
}

/** "won ... and is set to become prime minister", "was to be sworn in", 취임할 예정: office comes later. */
const OFFICE_LATER = /\b(to|will) (be sworn|become|take office|be inaugurated|assume office)|취임할|취임 예정/

/**
 * "대만 총통 선거에서 민진당 라이칭더 후보가 당선됐다": a candidate (후보, after a name) elected to a state's top
 * office, the president's or the prime minister's, takes office for the state holding the election, whether or
 * not the taxonomy names the person (not a party's win, nor a football association's or a lawmaker's seat).
 */
export function candidateElectedKo(v: SentenceView): boolean {
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
export function topOfficeWonEn(v: SentenceView, at: number): boolean {
  const { tokens } = v
  if (!TOP_OFFICE_EN.has(tokens[at].text) && !TOP_OFFICE_EN.has(tokens[at - 1]?.text ?? '')) return false
  return tokens.some((t) => WON_EN.has(t.text))
}

const WON_EN = new Set(['won', 'wins', 'winner', 'victory'])
const TOP_OFFICE_EN = new Set(['presidential', 'presidency'])

const CANDIDATE_KO = /^후보(가|는|이|은|의)?$/
/** A state's top office, or its election (대선), as candidateElectedKo asks for. */
const TOP_OFFICE_KO = /^(대통령|총통|총리|대선)/

/** A win said under a condition: 당선되면, 당선된다면, 당선되더라도, 당선 시, 당선될 경우, 승리할 때. */
const WIN_IF_KO = /^(당선|승리|집권)(되면|된다면|하면|한다면|되더라도|하더라도|된다 해도|된다고 해도)$/
const WIN_THEN_KO = /^(당선|승리|집권)(될|된|할|한|)$/
const IF_NOUN_KO = /^(시|때|경우|땐)/

/** Whether the win word at k is conditional (당선되면, 당선 시, 당선될 경우). */
function conditionalWinAt(v: SentenceView, k: number): boolean {
  const w = v.tokens[k].text
  return WIN_IF_KO.test(w) || (WIN_THEN_KO.test(w) && IF_NOUN_KO.test(v.tokens[k + 1]?.text ?? ''))
}

/**
 * "이재명 후보가 당선된다면", "이재명 후보는 대통령 당선 시 ...", "당선되면": an election trigger that is a
 * candidate's title after a name, or the win itself, whose win the sentence says under a condition (the first
 * win word from the trigger on).
 */
export function winIfKo(v: SentenceView, at: number): boolean {
  const w = v.tokens[at].text
  const title = CANDIDATE_KO.test(w) && v.tokens[at - 1]?.word === true
  if (!title && !/^(당선|승리|집권)/.test(w)) return false
  for (let k = at; k < v.tokens.length && k <= at + 6; k++) {
    const x = v.tokens[k].text
    if (/^(당선|승리|집권)/.test(x) && !x.startsWith('당선인')) return conditionalWinAt(v, k)
  }
  return false
}

/** A Korean anniversary's word: 70주년을, 15주기, 1돌. */
export const ANNIVERSARY = /^\d+(주년|주기|돌)/
/** A Korean noun's case particle or none: the trigger names the event as a thing (조약 원본을, 동맹은). */
export const NOUN_TAIL = /^(|은|는|이|가|을|를|의|도|과|와)$/

/** Leaving an office (not taking one): removed, resigned, stepped down, 탄핵, 물러났다. */
const LEAVING = new RegExp(
  '^(removed|resign|resigns|resigned|resignation|stepped|step|steps|stepping|ousted|ouster|ousts|ousting|' +
    'impeach|impeached|impeachment|dismissed|sacked|fired|사임|사퇴|퇴진|탄핵|파면|해임|경질|물러)',
)
/** A title marked former: "former", or 전 before an office (윤석열 전 대통령, 김 전 장관), not 1년 전. */
const FORMER_TITLE =
  /^(대통령|장관|총리|국무총리|국방|외교|통일|위원장|의장|대표|주석|비서실장|국정원장|합참의장)/
const formerAt = (v: SentenceView, k: number) =>
  v.tokens[k]?.text === 'former' ||
  (v.tokens[k]?.text === '전' && FORMER_TITLE.test(v.tokens[k + 1]?.text ?? ''))

/** Words of a title between "former" and the name ("former Defense Minister Kim"). */
const FORMER_REACH = 4

/**
 * The trigger at `at` is `person` leaving office, and the sentence titles that person former: "former" in the
 * title before the name, 전 in the title after it (윤석열 전 대통령, 김 전 장관).
 */
export function formerLeaving(v: SentenceView, at: number, person: number): boolean {
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

/** An implied leadership change is planned when the sentence says the winner takes office later. */
export function impliedModality(
  m: CompiledTaxonomy,
  event: number,
  final: Modality,
  v: SentenceView,
): Modality {
  if (final !== 'reported' || m.eventFrame[event] !== Frame.Leadership) return final
  return OFFICE_LATER.test(v.tokens.map((x) => x.text).join(' ')) ? 'planned' : final
}

const THANKS = /^(thank|thanks|thanked|thanking|praised|praises|hailed|credited)$/

/** "thanked South Korea for its aid": the actor thanked for the act the trigger names, -1 when none. */
export function thankedFor(v: SentenceView, first: number): number {
  let k = first - 1
  while (k > 0 && k >= first - 3 && v.tokens[k].text !== 'for') k--
  if (k <= 1 || v.tokens[k].text !== 'for') return -1
  const x = v.tokens[k - 1]
  if (x.arg < 0) return -1
  const a = v.args[x.arg]
  return !a.venue && THANKS.test(v.tokens[a.first - 1]?.text ?? '') ? a.parties[0] : -1
}

/** Events that need one of their roles filled. */
export const partiesNeeded = (r: Requires) => r === Requires.Any || r === Requires.Adversary
/** Whether a rule of the trigger's word demands an actor in the sentence, or a target. */
export function ruleRequires(
  m: CompiledTaxonomy,
  hit: TriggerHit,
  what: 'requiresActor' | 'requiresTarget',
): boolean {
  for (const r of hit.entry.rules) if (m.rules[r][what]) return true
  return false
}

/** English verbs of hosting a visit: their object is the guest. */
export const HOSTING_EN = /^(host|hosts|hosted|hosting|welcome|welcomes|welcomed)$/

/**
 * Gatherings of more than two sides (attending one abroad is the meeting only) and tours of a region ("trip to
 * Asia", 아시아 순방: the official met may be in none of the countries toured).
 */
const GATHERING_OR_TOUR =
  /^(apec|asean|g7|g20|nato|forum|sidelines|summits|asia|europe|africa|tour)$|정상회의|총회|다자|포럼|순방|APEC|ASEAN/i

/**
 * A Korean sentence telling a trip made to attend a gathering of many (정상회의, 총회: bilateral talks are 회담),
 * the purpose before the trip: "APEC 정상회의 참석차 30일 방한해", "유엔총회 참석을 위해 뉴욕을 찾는".
 */
const ATTENDS_GATHERING_KO =
  /(정상회의|총회)\S*\s*(참석차|참석을\s*위해|참석하기\s*위해|참석하러)\s*(\S+\s+){0,6}?\S*(방한|방일|방미|방중|방북|방러|방문|찾|도착)/
export const attendsGatheringKo = (text: string): boolean => ATTENDS_GATHERING_KO.test(text)

/** 참석(차, 했다 ...) after 회의 within a few words: a meeting attended, not bilateral talks. */
const ATTENDING_KO = /^참석/
const MEETING_KO = /회의/
const ATTENDED_MEETING_WORDS = 4

/**
 * A sentence telling bilateral talks (a meeting trigger not in the background), no gathering or tour, and no
 * Korean meeting attended (국방장관회의(ADMM-Plus) 참석차).
 */
export function talksBesideVisit(m: CompiledTaxonomy, v: SentenceView, hits: HitInfo[]): boolean {
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
export function visitCounterpart(
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

/** A Korean subject that is an official or a delegation by title alone (부총리가, 국회의장이, 특사단이). */
const TITLE_SUBJECT_KO = /(부총리|장관|의장|본부장|차관|특사단?|대표단|사절단|의원단|방문단)(이|가|은|는)$/

/** The sentence's subject is a bare title: no actor names it or stands right before it (미 국무장관은). */
export function bareTitleSubjectKo(v: SentenceView): boolean {
  return v.tokens.some(
    (x, k) =>
      TITLE_SUBJECT_KO.test(x.text) &&
      !v.args.some((a) => !a.prefixTarget && a.first <= k && a.last >= k - 1),
  )
}
