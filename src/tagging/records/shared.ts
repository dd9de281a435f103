/**
 * What the phases of sentenceRecords share (index.ts runs them): the record and input shapes, the actor
 * predicates made once per taxonomy, and the sentence-level readings more than one phase asks for (who reports
 * the sentence, its topic, quotations, a firm's mention, a conditional win). Kept apart from index.ts so the
 * phases import this module, not the pipeline that imports them.
 */
import type { CompiledTaxonomy } from '../compile'
import { type NormText, originalSlice } from '../normalise'
import type { Segment, Sentence, TriggerHit } from '../state'
import type { Modality } from '../types'
import type { Recent } from './args'
import { PREPS } from './english'
import { Requires } from './frames'
import { Boundary, type SpeakerKo, tokenBoundary, tokenCase } from './korean'
import { STATE_POST_EN, STATE_POST_KO } from './posts'
import {
  Case,
  isAnyQuoteMark,
  quotationOpening,
  type SentenceView,
  sentenceText,
  slice,
  type TokenMarks,
} from './view'

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
  /**
   * Korean: who spoke the sentence before (the topic of its reporting verb, not its first source: that may be
   * the attacker it reports), for a statement naming no speaker of its own (speaker-ko.ts); null when the
   * sentence has no statement to give it to (it was not read).
   */
  previousSpeaker: SpeakerKo | null
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
  /** The end of the sentence after this one in the same text (civilSpaceLaunch reads it), else the sentence's. */
  nextEnd?: number
}

export const REPORTING = new Set([
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

/** Korean nouns of a company (기업, 업체, 회사, 그룹): the core of FIRM_HEAD here and triggers-ko's FIRM_NAME_KO. */
export const FIRM_NOUNS_KO = '기업|업체|회사|그룹'
/** Heads of a company noun after a country (대만 파운드리 기업, 일본 반도체 업체, 미국 회사). */
const FIRM_HEAD = new RegExp(`^(${FIRM_NOUNS_KO}|법인|제조사)`)

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

/** A company's posts and organs (CEO, board, shareholders; 사장, 대표이사, 이사회), or an office branch's head. */
const CORPORATE_POST_EN = new RegExp(
  [
    String.raw`\b(ceo|chief executive|shareholders?|board of directors|inside director)\b`,
    String.raw`\b(director|head|chief) of (its|the) (\S+ ){0,2}(office|branch|bureau)\b`,
    String.raw`\bto head (its |the )?(\S+ ){0,2}(office|branch|bureau)\b`,
  ].join('|'),
)
const CORPORATE_POST_KO = /^(부?사장|대표이사|최고경영자|이사회|주주총회|CEO)/

/**
 * "LIG Nex1's board appointed its head of R&D as chief executive", "KAI 신임 사장 취임", "named X director of its
 * Japan office": a company's post or an agency branch's changes hands, no state's (the gold: t24 t31 t103). Not
 * when the sentence names a state's post too ("a former Samsung CEO named finance minister").
 */
export function corporatePostOnly(v: SentenceView, korean: boolean): boolean {
  if (korean) {
    if (!v.tokens.some((t) => t.word && CORPORATE_POST_KO.test(t.text))) return false
    return !v.tokens.some((t) => t.word && STATE_POST_KO.test(t.text))
  }
  const text = sentenceText(v, { lower: true })
  return CORPORATE_POST_EN.test(text) && !STATE_POST_EN.test(text)
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

export function topicArg(v: SentenceView): number {
  const top = v.args.find((a) => a.kase === Case.Top) ?? v.args.find((a) => a.kase === Case.Nom)
  return top ? top.parties[0] : -1
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

/** States named by no name (각국이 자제해야, 국제사회에, 한반도 정세): an exhortation aimed abroad all the same. */
export const OTHER_STATES_KO =
  /^(각국|국제사회|국제 사회|한반도|역내|주변국|당사국|관련국|유관국|양측|쌍방|상대국)/

/** Nouns of people who rally (시민이, 참가자들은, 이들은): the subject of a protest that no state holds. */
export const RALLIER_KO = /^(시민|주민|노조|노동자|농민|학생|회원|단체|이들|참가자|시위대|군중|유족)/

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

/** A speech act that requires its speaker: a threat or warning (its content names whom it is aimed at). */
export const warning = (m: CompiledTaxonomy, ev: number) =>
  m.eventSpeech[ev] === 1 && m.eventRequires[ev] === Requires.Source

export const CANDIDATE_KO = /^후보(가|는|이|은|의)?$/

/** A win said under a condition: 당선되면, 당선된다면, 당선되더라도, 당선 시, 당선될 경우, 승리할 때. */
const WIN_IF_KO = /^(당선|승리|집권)(되면|된다면|하면|한다면|되더라도|하더라도|된다 해도|된다고 해도)$/
const WIN_THEN_KO = /^(당선|승리|집권)(될|된|할|한|)$/
const IF_NOUN_KO = /^(시|때|경우|땐)/

/** Whether the win word at k is conditional (당선되면, 당선 시, 당선될 경우). */
export function conditionalWinAt(v: SentenceView, k: number): boolean {
  const w = v.tokens[k].text
  return WIN_IF_KO.test(w) || (WIN_THEN_KO.test(w) && IF_NOUN_KO.test(v.tokens[k + 1]?.text ?? ''))
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

/**
 * A Korean sentence telling a trip made to attend a gathering of many (정상회의, 총회: bilateral talks are 회담),
 * the purpose before the trip: "APEC 정상회의 참석차 30일 방한해", "유엔총회 참석을 위해 뉴욕을 찾는".
 */
const ATTENDS_GATHERING_KO =
  /(정상회의|총회)\S*\s*(참석차|참석을\s*위해|참석하기\s*위해|참석하러)\s*(\S+\s+){0,6}?\S*(방한|방일|방미|방중|방북|방러|방문|찾|도착)/
export const attendsGatheringKo = (text: string): boolean => ATTENDS_GATHERING_KO.test(text)

/**
 * The trigger stands in a quotation that is a question ("'Whom did Kim Jong Un meet at Panmunjom?'", '대북 제재는
 * 효과적이었는가'): a quiz, a debate's motion or a title asks about the act, and asks is not tells. `asks` reads a
 * language's question ending on the quotation's last word, for quotations with no question mark.
 */
export function quotedQuestion(v: SentenceView, at: number, asks?: (w: string) => boolean): boolean {
  if (quotationOpening(v, at) < 0) return false
  const { tokens } = v
  for (let k = at + 1; k < tokens.length; k++) {
    if (!isAnyQuoteMark(tokens[k])) continue
    const end = tokens[k - 1]
    return end.text === '?' || (asks !== undefined && end.word && asks(end.text))
  }
  return false
}

/** The token is written with a capital first letter in the source text (a name, a title, a headline's word). */
export function capitalisedToken(v: SentenceView, k: number): boolean {
  const c = v.t.source.charCodeAt(v.t.orig[v.tokens[k].start])
  return c >= 0x41 && c <= 0x5a
}

/** Named gatherings of many states (APEC, ASEAN, NATO, G7, G20). */
const GATHERING_NAMES_EN = '(apec|asean|nato|g7|g20|g-20|asia-pacific economic cooperation)'

/**
 * "flies to South Korea on Wednesday for the APEC summit", "his trip to South Korea for the APEC forum", "left for
 * Washington to attend the NATO summit": the words after a place (up to its clause's end) name a gathering of many
 * states attended there. The place is its venue (rule 1), and going there is the meeting only (convention 5), not a
 * visit to the host (t44 t68 t107). Not "to Seoul for talks before the APEC summit" (talks with the host come first).
 */
const ATTENDS_GATHERING_EN = new RegExp(
  `^[^.;,:]{0,40}?\\b(for|to attend) (the|an?) ([\\w-]+ ){0,3}?${GATHERING_NAMES_EN}\\b[^.;,:]{0,30}?` +
    '\\b(summit|forum|meetings?)\\b',
  'i',
)
/** Characters after a place read for the gathering attended there (attendsGatheringAfterEn). */
const GATHERING_REACH = 160

/** ATTENDS_GATHERING_EN on the original text after a place ending at normalised offset `end`: its one source. */
export const attendsGatheringAfterEn = (t: NormText, end: number): boolean =>
  ATTENDS_GATHERING_EN.test(originalSlice(t, end, Math.min(t.len, end + GATHERING_REACH)))

/** A space launch's payload or mission named as civil: a crewed craft, a space station, a science or survey one. */
const CIVIL_SPACE = new RegExp(
  String.raw`\b(crewed|manned|astronauts?|space station|spacecraft|space probe|x-ray|telescope|nanosatellites?|` +
    String.raw`earth-observation)\b|유인우주선|우주정거장|우주인|천문|과학위성|탐사선`,
)
/** A sign the launch is military-relevant after all: a missile, a spy, reconnaissance, military or weapon satellite. */
const MILITARY_SPACE =
  /\b(spy|reconnaissance|military|ballistic|icbms?|missiles?|weapons?|counterspace)\b|정찰|군사|탄도|미사일|무기/

/**
 * "China launched a crewed spacecraft to its space station", 유인우주선 선저우 20호를 로켓에 실어 발사했다: a launch
 * whose sentence, or the one right after it (the payload is often named a sentence later), names a civil payload
 * and no missile, spy, reconnaissance or military one is a space launch, not the military-relevant launch the
 * missile-launch event holds (t29 t93 t117). A space station named further on does not undo a missile fired. The
 * normalised text is lower-cased already. True rejects.
 */
export function civilSpaceLaunch(input: SentenceInput): boolean {
  const text = slice(input.seg.t, input.s.start, input.nextEnd ?? input.s.end)
  return CIVIL_SPACE.test(text) && !MILITARY_SPACE.test(text)
}
