/**
 * Korean clause structure for event records. Korean marks roles with particles and puts the
 * predicate (and its modality) last, so: arguments are read to the left of the trigger by their
 * case (이/가 subject, 은/는 topic, 을/를 object, 에/에게 goal, 와/과 partner, 의 possessor,
 * 로부터 source), and modality to the right, in the verb ending and the auxiliaries after it
 * (않았다, 예정이다, 할 수 있다, 할 것으로 보인다), then in the reporting verb after a quotation
 * (~했다고 부인했다). Pure functions over a SentenceView.
 */
import { Frame, grammarOf } from './frames'
import { COMMAND_OFFICE_KO } from './posts'
import {
  type Arg,
  addParties,
  Case,
  isAnyQuoteMark,
  keepBound,
  keepCues,
  keepKase,
  type SentenceView,
  sentenceText,
  type Token,
} from './view'

/** Particle chains → case (the first particle decides, except where a later one changes the role). */
const CASES: [string, Case][] = [
  ['으로부터', Case.Src],
  ['로부터', Case.Src],
  ['에게서', Case.Src],
  ['께서는', Case.Top],
  ['께서', Case.Nom],
  ['에게는', Case.Dat],
  ['에게도', Case.Dat],
  ['에게', Case.Dat],
  ['한테', Case.Dat],
  ['에서의', Case.Loc],
  ['에서는', Case.Loc],
  ['에서도', Case.Loc],
  ['에서', Case.Loc],
  ['에는', Case.Dat],
  ['에도', Case.Dat],
  ['에', Case.Dat],
  ['께', Case.Dat],
  ['으로', Case.Dir],
  ['로', Case.Dir],
  ['과의', Case.Com],
  ['와의', Case.Com],
  ['과는', Case.Com],
  ['와는', Case.Com],
  ['과도', Case.Com],
  ['와도', Case.Com],
  ['과', Case.Com],
  ['와', Case.Com],
  ['하고', Case.Com],
  ['측은', Case.Top],
  ['측이', Case.Nom],
  ['측의', Case.Gen],
  ['측', Case.None],
  ['들이', Case.Nom],
  ['들은', Case.Top],
  ['들의', Case.Gen],
  ['들을', Case.Acc],
  ['은', Case.Top],
  ['는', Case.Top],
  ['도', Case.Top],
  ['만', Case.Top],
  ['이', Case.Nom],
  ['가', Case.Nom],
  ['을', Case.Acc],
  ['를', Case.Acc],
  ['의', Case.Gen],
  ['간', Case.Com],
  ['간의', Case.Com],
]

const CASE_OF = new Map(CASES)
/** Longest particle written: suffix lookups try lengths up to this. */
const MAX_PARTICLE = 4

/** The case of a particle chain ('' = bare). */
export function caseOfParticle(chain: string): Case {
  if (chain === '') return Case.None
  const exact = CASE_OF.get(chain)
  if (exact !== undefined) return exact
  for (const [p, c] of CASES) if (chain.startsWith(p)) return c
  return Case.Other
}

/** The case particle ending a word that is not an actor ("대통령과", "외무장관이", "국방무관을"), or null. */
export function trailingCase(word: string): Case | null {
  for (let n = Math.min(MAX_PARTICLE, word.length - 1); n >= 1; n--) {
    const c = CASE_OF.get(word.slice(-n))
    if (c !== undefined && c !== Case.None) return looksVerbal(word) ? null : c
  }
  return null
}

/** Endings grouped by their last character: a word is checked against the few ending like it, without slicing. */
type Endings = Map<number, string[]>
const endingSet = (xs: readonly string[]): Endings => {
  const out: Endings = new Map()
  for (const x of xs) {
    const last = x.charCodeAt(x.length - 1)
    const list = out.get(last)
    if (list) list.push(x)
    else out.set(last, [x])
  }
  return out
}
const endsWithAny = (w: string, endings: Endings) => {
  const list = endings.get(w.charCodeAt(w.length - 1))
  if (list) for (const e of list) if (w.endsWith(e)) return true
  return false
}

/** Quotation and subordinate clause endings: the clause before them has its own subject. */
const STRONG_ENDINGS = endingSet([
  '다고',
  '라고',
  '다며',
  '라며',
  '다면서',
  '라면서',
  '냐고',
  '자고',
  '다는',
  '라는',
  '하자',
  '되자',
  '했으나',
  '지만',
  '는데',
  '하면',
  '으면',
  '다면',
  '라면',
])
/** Connectives that share the subject ("A가 방한해 B와 회담했다"). */
const WEAK_ENDINGS = endingSet([
  '하고',
  '했고',
  '되고',
  '됐고',
  '내고',
  '열고',
  '갖고',
  '하며',
  '했으며',
  '면서',
  '하여',
  '해',
  '밝히며',
])
/** Attributive verbs (relative clauses): a subject before them belongs to them. */
const ATTRIBUTIVE_ENDINGS = endingSet([
  '한',
  '할',
  '하는',
  '된',
  '될',
  '되는',
  '했던',
  '있는',
  '없는',
  '받은',
  '열린',
  '열리는',
  '보낸',
  '도운',
  '맞은',
  '앞둔',
  '관한',
  '대한',
  '위한',
  '통한',
  '따른',
  '요구하는',
  '주장한',
])

function looksVerbal(w: string): boolean {
  return (
    endsWithAny(w, STRONG_ENDINGS) ||
    endsWithAny(w, WEAK_ENDINGS) ||
    (w.length >= 2 && endsWithAny(w, ATTRIBUTIVE_ENDINGS)) ||
    w.endsWith('다')
  )
}

export enum Boundary {
  None,
  Weak,
  Strong,
  Attributive,
}

const HANGUL = /[가-힣]/
const NO_CASE = 0
const CASE_SHIFT = 1

/** boundaryOf of a token, read once per sentence (words without Hangul end no Korean clause). */
export function tokenBoundary(tok: Token): Boundary {
  if (tok.bound < 0) keepBound(tok, tok.word && HANGUL.test(tok.text) ? boundaryOf(tok.text) : Boundary.None)
  return tok.bound
}

/** trailingCase of a token, read once per sentence. */
export function tokenCase(tok: Token): Case | null {
  if (tok.kase < 0) {
    const c = tok.word && HANGUL.test(tok.text) ? trailingCase(tok.text) : null
    keepKase(tok, c === null ? NO_CASE : c + CASE_SHIFT)
  }
  return tok.kase === NO_CASE ? null : ((tok.kase - CASE_SHIFT) as Case)
}

/**
 * What a word can cue for the modality rules that scan back to the sentence start or on through the
 * predicate for every trigger (conditionBefore, sinceBefore, earlierPeriodKo, ownClauseBefore,
 * governingVerb, provision): one bit per test, read once per word in its intern slot like the
 * boundary, instead of regular expressions on every word for every trigger. Each bit answers exactly
 * what its test did on the word's text.
 */
enum Cue {
  /** 경우, 땐, 때에는 or a conditional predicate (conditionBefore). */
  Condition = 1,
  /** A conditional ending, 계속한다면 included (CONDITIONAL_PREDICATE). */
  ConditionalEnding = 2,
  /** 이후, 이래 (sinceBefore). */
  Since = 4,
  /** Holds what an earlier period names (시절, 때, 당시, 기간): EARLIER_PERIOD cannot match without one. */
  Period = 8,
  /** 도록, 기로, 키로, or a pact noun (provision). */
  Provision = 16,
  /** Postpones or approves (POSTPONED, APPROVED). */
  Postponed = 32,
  /** Calls off (CALLED_OFF). */
  CalledOff = 64,
  /** A list bullet or an ellipsis (an item's end). */
  ItemEnd = 128,
  /** A tenseless connective (방문해, 하여). */
  Tenseless = 256,
  /** Ends in 고, 서 or 며. */
  Connective = 512,
}

function cuesOf(w: string): number {
  let b = 0
  if (CONDITIONAL_PREDICATE.test(w)) b |= Cue.ConditionalEnding
  if (/^(경우|땐|때에는)/.test(w) || CONDITION_WORD.test(w) || conditionalPredicate(w)) b |= Cue.Condition
  if (/^(이후|이래)/.test(w)) b |= Cue.Since
  if (/시절|때|당시|기간/.test(w)) b |= Cue.Period
  // 상호 지원을 규정하고 있다, 명시했다: the stipulating verb of an instrument makes a condition before it its content.
  if (/(도록|기로|키로)|^(조약|협정|조항|동맹)|^(규정|명시)(하|한|했|돼|된)/.test(w)) b |= Cue.Provision
  if (POSTPONED.test(w) || APPROVED.test(w)) b |= Cue.Postponed
  if (CALLED_OFF.test(w)) b |= Cue.CalledOff
  if (/^[.…▲△■●◆•·]$/.test(w)) b |= Cue.ItemEnd
  if (/[가-힣]해$|하여$/.test(w)) b |= Cue.Tenseless
  if (/(고|서|며)$/.test(w)) b |= Cue.Connective
  return b
}

/** Whether the token's word holds the cue (read once per word). */
function cues(tok: Token, cue: Cue): boolean {
  return ((tok.cues < 0 ? keepCues(tok, cuesOf(tok.text)) : tok.cues) & cue) !== 0
}

export function boundaryOf(word: string): Boundary {
  if (endsWithAny(word, STRONG_ENDINGS)) return Boundary.Strong
  if (word.length >= 2 && endsWithAny(word, ATTRIBUTIVE_ENDINGS)) return Boundary.Attributive
  if (endsWithAny(word, WEAK_ENDINGS) || word.endsWith('다')) return Boundary.Weak
  return Boundary.None
}

/** Verbs after a noun trigger that make its agent the clause subject (회담을 가졌다, 훈련을 실시했다). */
const SUPPORT_STEMS = [
  '하',
  '했',
  '한',
  '할',
  '해',
  '가졌',
  '가지',
  '갖',
  '가진',
  '열',
  '연',
  '실시',
  '진행',
  '단행',
  '감행',
  '개최',
  '부과',
  '제공',
  // 무기를 공급했다는, 포탄을 넘겼다: a transfer verb after its object noun is the noun's predicate.
  '공급',
  '넘기',
  '넘겨',
  '넘겼',
  '보내',
  '보냈',
  '보낸',
  '수출',
  '대상',
  '계속',
  '지속',
  '이어가',
  '강화',
  '확대',
  '연장',
  '완화',
  '해제',
  '체결',
  '발표',
  '시작',
  '재개',
  '벌',
  '나서',
  '나섰',
  '나설',
  '펼',
  '이어',
  '강행',
  '시행',
  '응하',
  '응할',
  '응해',
  '참석',
  '참여',
  '내',
  '냈',
  '표명',
  // 유감을 표했다, 애도를 표한: 표하다 is 표명하다's plain verb, the predicate of the feeling it voices.
  '표했',
  '표하',
  '표한',
  '표해',
  '선고',
  '추진',
  '결정',
  '계획',
  '준비',
  '예정',
  '돌입',
  // 교란 신호를 발사했다: emitting is the predicate of what is emitted.
  '발사',
  // 총격을 가했다, 포격을 가한: inflicting an act is doing it (not 가해, a prefix of 가해자, the perpetrator).
  '가했',
  '가하',
  '가한',
  '가할',
]

/** Verbs after which the subject receives (포격을 받았다, 공격당했다) or buys (구매, 구입). */
const PASSIVE_STEMS = ['받', '당', '피격']
const RECEIVE_STEMS = ['구매', '구입', '사들', '수입', '도입', '인수']

/** Words after a trigger that mean it continues (방문 중인): still the subject's act. */
const ONGOING = ['중', '중인', '중이', '중에']

export interface KoContext {
  v: SentenceView
  frame: Frame
  /** Token index of the word holding the trigger's end, and the rest of that word after the trigger. */
  at: number
  /** Token index of the word holding the trigger's start (the same word unless it spans two: 인도적 지원). */
  start: number
  tail: string
  isPerson: (actor: number) => boolean
  countryOf: (actor: number) => number
  /** Parties of the previous sentence's subject, for a topic carried over (-1 = none). */
  previousSubject: number
  /** The article's date in Korea (month 1-12 and day), for a day named in the text; absent = unknown. */
  today?: { month: number; day: number }
}

export interface KoRoles {
  source: number
  target: number
  /** Parties coordinated with the source (A과 B, C은 ... 규탄했다): one record each. */
  moreSources?: number[]
  /** Parties coordinated with the object (미국과 한국을 규탄했다): one record each. */
  moreTargets?: number[]
}

const first = (a: Arg | null | undefined) => (a ? a.parties[0] : -1)

function startsWithAny(w: string, stems: readonly string[]): boolean {
  for (const s of stems) if (w.startsWith(s)) return true
  return false
}

function includesAny(w: string, stems: readonly string[]): boolean {
  for (const s of stems) if (w.includes(s)) return true
  return false
}

function wordAt(v: SentenceView, i: number): string {
  return v.tokens[i]?.word ? v.tokens[i].text : ''
}

/** Is the trigger used as a predicate (방문했다, 발사하며, 회담을 가졌다) rather than a noun another verb takes? */
function predicative(c: KoContext): boolean {
  const { tail } = c
  if (/^(하|했|한|할|해|함|합|되|됐|된|될|돼|시키|시켰|중|차|키로|케|하기로)/.test(tail)) return true
  // 만날, 만났다, 찾아, 찾은: a verb trigger is its own predicate.
  if (/^(만나|만났|만난|만날|찾아|찾았|찾은|찾을|찾는)/.test(wordAt(c.v, c.at))) return true
  // 넘겼다는, 보냈다고, 넘겨준: a verb-stem trigger (넘겼*) followed by a verb ending, not a noun's
  // particle; its clause's own 이/가 subject acts ("국방부는 러시아가 ... 넘겼다는 보도").
  if (/^(다|고|며|면서|지만|으며|어|아|준|줬|주)/.test(tail) && !/^(다른|다수|다시)/.test(tail)) return true
  if (ONGOING.includes(wordAt(c.v, c.at + 1))) return true
  // 주저 없이 (사용할 것): an adverb trigger modifies its clause's predicate, whose subject acts.
  if (tail === '' && wordAt(c.v, c.at).endsWith('없이')) return true
  // A bare noun ending a headline ("북한, 미사일 발사") or a noun with its support verb next.
  const next = wordAt(c.v, c.at + 1)
  if (tail === '' && next === '') return true
  if (tail === '' || tail === '을' || tail === '를' || tail === '에' || tail === '도') {
    if (next && startsWithAny(next, SUPPORT_STEMS)) return true
    // 독자제재를 2년 연장하기로, 제재를 추가로 부과: a duration or an adverb between the noun and its verb.
    const after = wordAt(c.v, c.at + 2)
    if (
      tail !== '' &&
      /^(\d+[가-힣]*|[가-힣]+(으로|로|히|게))$/.test(next) &&
      startsWithAny(after, SUPPORT_STEMS)
    )
      return true
  }
  // GPS 교란 공격을 (사흘째) 벌였다, 교란 신호를 발사했다: a bare noun right after the trigger heads one
  // compound with it, and that compound's support verb (over one adverb of time) is the trigger's too.
  if (tail === '' && /^[가-힣]{1,3}(을|를)$/.test(next)) {
    const after = wordAt(c.v, c.at + 2)
    if (startsWithAny(after, SUPPORT_STEMS)) return true
    if (/(째|간|부터|까지|도)$/.test(after) && startsWithAny(wordAt(c.v, c.at + 3), SUPPORT_STEMS))
      return true
  }
  // 제재 대상에 추가했다, 제재 대상으로 지정: listing as the act's target is doing the act.
  if (
    tail === '' &&
    /^대상(에|으로)$/.test(next) &&
    /^(추가|지정|올렸|올리|올린|포함)/.test(wordAt(c.v, c.at + 2))
  )
    return true
  return false
}

function isPassiveKo(c: KoContext): boolean {
  const next = wordAt(c.v, c.at + 1)
  return startsWithAny(c.tail, PASSIVE_STEMS) || startsWithAny(next, PASSIVE_STEMS)
}

/** The predicate of the trigger's clause buys or receives (포탄과 로켓을 구매했다). */
function receives(c: KoContext): boolean {
  for (let i = c.at; i < Math.min(c.v.tokens.length, c.at + 4); i++) {
    const w = wordAt(c.v, i)
    if (i === c.at ? includesAny(w, RECEIVE_STEMS) : startsWithAny(w, RECEIVE_STEMS)) return true
    if (i > c.at && tokenBoundary(c.v.tokens[i]) !== Boundary.None) return false
  }
  return false
}

/**
 * "미국에서 스텔스 전투기 F-35A 20대를 추가 도입하는": the country a buying verb's 에서 phrase names is where the
 * goods come from, their seller (as 으로부터), not where the buying happens.
 */
function sellerAbroad(c: KoContext, near: readonly Arg[]): Arg | null {
  // (Not 미국에서 기자들과 만나 전투기 도입 계획을 설명: a clause boundary between makes it where another act was.)
  const abroad = near.find(
    (a) =>
      a.kase === Case.Loc &&
      a.particle === '에서' &&
      c.countryOf(first(a)) === first(a) &&
      !boundaryBetween(c.v, a.last + 1, c.at),
  )
  return abroad ?? near.find((a) => a.kase === Case.Com && contractedWith(c, a)) ?? null
}

/** Whether a token in [from, to) ends a Korean clause (any boundary but none). */
function boundaryBetween(v: SentenceView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokenBoundary(v.tokens[i]) !== Boundary.None) return true
  return false
}

/** "미국 정부와 대외군사판매(FMS) 방식으로 계약한 F-35A ... 도입": the 와/과 partner of a contract before the buying. */
function contractedWith(c: KoContext, a: Arg): boolean {
  for (let i = a.last + 1; i < c.at; i++) if (wordAt(c.v, i).startsWith('계약')) return true
  return false
}

interface Scan {
  /** The clause subject: nearest subject-cased argument in the clause, else the sentence topic. */
  subject: Arg | null
  /** Arguments between the clause start and the trigger, nearest first, with the boundary crossed. */
  near: Arg[]
  /** Argument right before the trigger word (its possessor or modifier: 북한의 발사, 한미 연합훈련). */
  modifier: Arg | null
}

/**
 * 지뢰 제거를 위한, 파병에 대한, 협정에 따른: relational adnominals take an object only, so they open no
 * relative clause with a subject of its own (the 이/가 before them is the main clause's).
 */
const RELATIONAL = /^(위한|대한|관한|통한|따른)$/

/** 열린, 치러진, 개최된: a past "held" attributive, whose subject is the gathering it modifies. */
const HELD_ATTRIBUTIVE_KO = /^(열린|열렸던|치러진|치러졌던|개최된)$/

function scanLeft(c: KoContext): Scan {
  const { v } = c
  let subject: Arg | null = null
  let topic: Arg | null = null
  const near: Arg[] = []
  let modifier: Arg | null = null
  let strong = false
  let weak = false
  let attributive = false
  let lastArg = -1
  // The word holding the trigger may start with an argument (한미연합훈련, 대북제재): it modifies the
  // trigger; a 對/訪 compound (대북, 방북) names the target, and the word before may still be the agent.
  const own = v.tokens[c.start].arg
  let prefix: Arg | null = null
  if (own >= 0) {
    if (v.args[own].prefixTarget) prefix = v.args[own]
    else modifier = v.args[own]
  }
  for (let i = c.start - 1; i >= 0; i--) {
    const tok = v.tokens[i]
    // "김여정은 \"한국은 대가를 치를 것\"이라고 경고했다": a quotation is a clause of its own; its subject
    // and topic are not the speech verb's (who speaks is named outside it).
    // (A headline's 北 외무성 "..." 경고: the quotation right before the trigger, with no quotative.)
    const opener = i === c.start - 1 && isClosingQuoteMark(tok) ? openingQuote(v, i) : quotationBefore(v, i)
    if (opener >= 0) {
      i = opener
      continue
    }
    if (!tok.word) {
      if (tok.text === '…' || tok.text === ',' || tok.text === '·') {
        // A headline comma: "북한, 동해상으로 ... 발사" — the part before it is the subject.
        if (tok.text === ',' && !strong) weak = true
        // "러시아군, 우크라이나에 공습…'북한제 미사일 사용'": an ellipsis joins two statements.
        if (tok.text === '…') strong = true
      }
      continue
    }
    if (tok.arg >= 0) {
      if (tok.arg === lastArg || tok.arg === own) continue
      lastArg = tok.arg
      const arg = v.args[tok.arg]
      const adjacent =
        (arg.last >= c.start - 1 ||
          (c.frame === Frame.Self && !arg.venue && bareNounsBetween(v, arg.last, c.start)) ||
          // 이 대통령의 8월 방일, 리 총리의 다음 달 방북: a person's trip over its bare date words (not 서울의).
          (c.frame === Frame.Visit &&
            arg.kase === Case.Gen &&
            c.isPerson(arg.parties[0]) &&
            bareNounsBetween(v, arg.last, c.start))) &&
        near.length === 0 &&
        !strong &&
        !weak
      if (adjacent && (arg.kase === Case.Gen || arg.kase === Case.None) && !modifier) {
        modifier = arg
        continue
      }
      // A place named only as a place (서울 여의도 국회의사당 앞에) is no subject: it acts for no one.
      if (arg.venue && (arg.kase === Case.Top || arg.kase === Case.Nom)) continue
      if (arg.kase === Case.Top || (arg.kase === Case.None && !adjacent && headlineSubject(v, arg))) {
        if (!topic) topic = personHead(c, arg)
        continue
      }
      if (arg.kase === Case.Nom && !subject && !strong && !attributive) {
        subject = personHead(c, arg)
        continue
      }
      // Partners (와/과) join whoever the subject is: "푸틴 대통령과 김정은 위원장이 회담했다".
      if (!strong && !weak && (!subject || arg.kase === Case.Com)) near.push(arg)
      continue
    }
    const b = tokenBoundary(tok)
    if (b === Boundary.Strong) strong = true
    else if (b === Boundary.Weak) weak = true
    // "한국과 미국이 ... 계획된 연합훈련을 강행": a 되 participle right before the trigger says what the
    // trigger itself underwent; it opens no clause with a subject of its own.
    // (서울에서 열린 전당대회에서, 15~17일 치러진 대선에서: a "held" verb's subject is its head, the gathering;
    // it has no slot for a person's 이/가, which stays the main clause's subject.)
    else if (
      b === Boundary.Attributive &&
      !RELATIONAL.test(tok.text) &&
      !(i === c.start - 1 && /된$/.test(tok.text)) &&
      !HELD_ATTRIBUTIVE_KO.test(tok.text)
    )
      attributive = true
  }
  if (!subject) subject = topic
  if (prefix) near.unshift(prefix)
  return { subject, near, modifier }
}

/**
 * Who attends the meeting the trigger names (정상회의 참석차, 정상회의에 참석하지): the subject of 참석,
 * before the trigger over a relative clause (열리는) or after it as the head 참석차 ... modifies.
 */
function attendeeOf(c: KoContext): Arg | null {
  const { v } = c
  const next = c.tail === '' || c.tail === '에' ? wordAt(v, c.at + 1) : c.tail
  if (!/^참석/.test(next)) return null
  const party = (a: Arg) => !a.venue && (a.kase === Case.Nom || a.kase === Case.Top)
  for (let i = c.start - 1; i >= 0; i--) {
    const tok = v.tokens[i]
    if (tok.arg >= 0) {
      const a = v.args[tok.arg]
      if (party(a)) return personHead(c, a)
      i = a.first
      continue
    }
    if (tok.word && tokenBoundary(tok) === Boundary.Strong) break
  }
  for (let i = c.at + 2; i < Math.min(v.tokens.length, c.at + 10); i++) {
    const tok = v.tokens[i]
    if (tok.arg >= 0 && party(v.args[tok.arg])) return v.args[tok.arg]
    if (tok.word && tokenBoundary(tok) === Boundary.Strong) break
  }
  return null
}

/**
 * Words of a protest against someone: condemning them (규탄), protesting to them (항의), demanding their
 * removal (퇴진, 파면, 탄핵을 촉구). Not a demand for something (동맹 강화를 촉구) nor opposing an act on
 * them (탄핵에 반대하는: for the one impeached).
 */
const DEMAND = /^(규탄|항의|퇴진|파면)/
const REMOVAL_DEMAND = /^탄핵(을|)$/

/**
 * Whom a protest is against: an embassy it is held at (일본대사관 앞에서 ... 집회: the embassy's state), else
 * the first actor named before it in its sentence when a demand word stands between them
 * (윤석열 대통령의 탄핵을 촉구하는 시민 ... 집회, 日 오염수 방류 규탄 집회).
 */
function protestedActor(c: KoContext, source: number): number {
  const { v } = c
  // (日 대사관: the embassy word may follow the actor as a word of its own.)
  for (const a of v.args)
    if (
      a.first < c.start &&
      (/대사관/.test(v.tokens[a.last].text) || /^대사관/.test(wordAt(v, a.last + 1))) &&
      a.parties[0] !== source
    )
      return a.parties[0]
  // 집회…"윤 대통령 탄핵하라": a slogan after the trigger names its target right before the demand.
  for (const x of v.args) {
    if (x.first <= c.at || x.venue || x.parties[0] === source) continue
    for (let i = x.last + 1; i < Math.min(v.tokens.length, x.last + 3); i++)
      if (/^(규탄|퇴진|파면|탄핵)하라/.test(v.tokens[i].text)) return x.parties[0]
  }
  const a = v.args.find((x) => x.first < c.start && !x.venue && x.parties[0] !== source)
  if (a) {
    // (Up to the trigger's own words: 규탄 집회.)
    for (let i = a.last + 1; i <= c.at; i++) {
      const w = v.tokens[i].text
      if (DEMAND.test(w) || (REMOVAL_DEMAND.test(w) && /^(촉구|요구)/.test(wordAt(v, i + 1))))
        return a.parties[0]
    }
  }
  return demandedOf(c, source)
}

/** Verbs of a rally's demand or opposition (요구하는 집회, 집회를 열고 ... 요구했다, 반대하는 행진). */
// (Not 촉구: a call for something, 동맹 강화를 촉구, is aimed at no one.)
const DEMAND_VERB = /^(요구|반대|규탄|철회|반발)(하는|하며|하고|했다|한|해|하면서)$/

/**
 * "북한 인권 개선을 요구하는 집회", "집회를 열고 트럼프 대통령의 관세 정책 철회를 요구했다": a protest is
 * against the actor whose act or policy its demand is about, named in the demand's object (the nearest
 * actor before the verb of demanding nearest the trigger, in that verb's clause).
 */
function demandedOf(c: KoContext, source: number): number {
  const { v } = c
  let verb = -1
  for (let i = 0; i < v.tokens.length; i++)
    if (
      i !== c.at &&
      DEMAND_VERB.test(v.tokens[i].text) &&
      (verb < 0 || Math.abs(i - c.at) < Math.abs(verb - c.at))
    )
      verb = i
  // 탄핵에 반대하는 집회: opposing an act on someone is a rally for them.
  if (verb < 0 || (/^반대/.test(v.tokens[verb].text) && /^(탄핵|파면|퇴진|체포)/.test(wordAt(v, verb - 1))))
    return -1
  for (let i = verb - 1, words = 0; i >= 0 && words < 6; i--) {
    const tok = v.tokens[i]
    if (tok.arg >= 0) {
      const a = v.args[tok.arg]
      // A state's base or embassy (주한미군 기지 앞에서) stands for it, though named as a place.
      const site = a.venue && /^(기지|대사관)/.test(wordAt(v, a.last + 1))
      if ((a.venue && !site) || a.kase === Case.Top || a.kase === Case.Nom) return -1
      return a.parties[0] === source ? -1 : a.parties[0]
    }
    if (!tok.word) continue
    if (tokenBoundary(tok) !== Boundary.None) return -1
    words++
  }
  return -1
}

/** The party charged with the trigger's act (탈취한 혐의로 X를), -1 when unnamed; null when no charge. */
function chargedParty(c: KoContext): number | null {
  const { v } = c
  for (let i = c.at + 1; i < Math.min(v.tokens.length, c.at + 4); i++) {
    if (!/^혐의(로|를|가)/.test(v.tokens[i].text)) continue
    for (let j = i + 1; j < Math.min(v.tokens.length, i + 4); j++) {
      const k = v.tokens[j].arg
      if (k >= 0 && !v.args[k].venue) return v.args[k].parties[0]
    }
    return -1
  }
  return null
}

/** Verbs of doing, growing or overseeing a self act (핵무력을 늘리겠다, 시험사격을 참관하고). */
// (지시: ordering the act, 증설을 지시했다, is the orderer's; 현지지도: a leader's guidance on site.)
const DOING =
  /^(늘리|늘려|늘릴|증가|확대|강화|참관|지도|현지지도|공개|과시|단행|감행|강행|고도화|생산|배치|증설|증산|지시|개발|추진|가속|서두르|서둘|재개|본격화)/

/**
 * "김정은은 핵무력을 기하급수적으로 늘리겠다고", "시험사격을 참관하고": a test or a build-up named as the
 * object of a verb of doing or overseeing it is the clause subject's own (not of a verb of reacting to it:
 * 발사를 규탄했다).
 */
function doneBySubject(c: KoContext): boolean {
  if (c.frame !== Frame.Self) return false
  let from = c.at + 1
  // 핵탄두 생산을 늘리라고, 핵물질 생산기지를 현지지도하고: the trigger bare before the noun of the act (생산,
  // 증설, 개발) that the verb of doing takes; the trigger names what is built up.
  // (핵무기 생산 확대를 지시했다: up to two bare nouns of the act, the last one the object.)
  if (c.tail === '') {
    while (from < c.at + 3 && c.v.tokens[from]?.word && c.v.tokens[from].arg < 0) {
      const w = c.v.tokens[from].text
      if (/^[가-힣]+(을|를)$/.test(w)) break
      if (!/^[가-힣]+$/.test(w) || tokenBoundary(c.v.tokens[from]) !== Boundary.None) return false
      from++
    }
    if (!/^[가-힣]+(을|를)$/.test(wordAt(c.v, from)) || c.v.tokens[from].arg >= 0) return false
    from++
  } else if (!/^(을|를)$/.test(c.tail)) return false
  for (let i = from; i < Math.min(c.v.tokens.length, from + 2); i++) {
    const w = wordAt(c.v, i)
    if (DOING.test(w)) return true
    // Over an adverb (기하급수적으로, 대폭, 현지에서) between.
    const tok = c.v.tokens[i]
    const bare = tok.word && tokenCase(tok) === null && tokenBoundary(tok) === Boundary.None
    if (!bare && !/(으로|로|히|게|에서)$/.test(w)) return false
  }
  return false
}

/** Nouns of a statement issued (담화, 공동성명, 축하 메시지, 위로 서한): the document, not a verb of speaking. */
const STATEMENT_NOUN = /^(담화|성명|공동성명|논평|메시지|서한|전문|축전)/

/** Verbs issuing a statement noun as their object (담화를 내고, 성명을 발표했다, 메시지를 올려, 서한을 보냈다). */
const ISSUING = /^(내고|내어|내며|냈|낸|내|발표|발신|올려|올렸|올린|게시|보내|보냈|보낸|띄워|띄웠)/

/** Investigators and a leader's address to his own people (FBI는 성명에서, 대국민 담화를 통해): no diplomacy (C7). */
const NOT_DIPLOMATIC_ISSUER = /^(fbi|연방수사국|경찰|검찰|국가수사본부|국정원|국가정보원|대국민)/i

/**
 * "북한 외무성 대변인은 ... 발표한 담화에서 ... 밝혔다", "바이든 대통령도 성명을 통해", "이 대통령은 SNS에 축하
 * 메시지를 올려", "축하 서한을 보내": a statement noun the clause subject issues (its object, or the place or
 * means of its words: 에서, 을 통해) is that subject's statement, as a verb of speaking would be (t25 t31 t39 t57
 * t58); not a statement another verb reacts to (담화를 비난했다: the possessor's).
 */
function issuedStatementKo(c: KoContext): boolean {
  if (c.frame !== Frame.Directed || !STATEMENT_NOUN.test(wordAt(c.v, c.at))) return false
  for (let k = 0; k < c.start; k++) if (NOT_DIPLOMATIC_ISSUER.test(c.v.tokens[k].text)) return false
  if (/^(에서|에서는)$/.test(c.tail)) return true
  const next = wordAt(c.v, c.at + 1)
  if (/^(을|를)$/.test(c.tail) && (next === '통해' || ISSUING.test(next))) return true
  return c.tail === '' && /^[가-힣]*(을|를)$/.test(next) && ISSUING.test(wordAt(c.v, c.at + 2))
}

/**
 * Whom a designation for sanctions is aimed at when no actor is its object: the designees' noun (개인 3명을,
 * 기관 2곳을, or the passive's 개인 3명이) before the trigger, and the nearest actor in the words describing
 * them (back to the clause's topic or subject, at most twelve words).
 */
function designeeOf(c: KoContext, source: number): number {
  const { v } = c
  let i = c.start - 1
  // (제재 대상으로 지정됐다 ← 미국 재무부에 의해: over the agent's phrase.)
  for (let hops = 0; i >= 0 && hops < 6; i--, hops++) {
    const tok = v.tokens[i]
    if (!tok.word || tok.arg >= 0) continue
    const k = tokenCase(tok)
    if (k === Case.Acc || k === Case.Nom) break
  }
  for (let j = i - 1, hops = 0; j >= 0 && hops < 12; j--, hops++) {
    const tok = v.tokens[j]
    if (tok.arg < 0) continue
    const a = v.args[tok.arg]
    if (a.kase === Case.Top || a.kase === Case.Nom || a.venue) return -1
    // (Only a qualifier of the description, 북한 IT 노동자, 북한 정찰총국의: not a goal, 러시아에 파병하면.)
    if (a.kase !== Case.None && a.kase !== Case.Gen && a.kase !== Case.Other && a.kase !== Case.Com) return -1
    if (a.parties[0] !== source && c.countryOf(a.parties[0]) !== c.countryOf(source)) return a.parties[0]
    j = a.first
  }
  return -1
}

/**
 * Who made the claim a denial answers: the owner of a claim noun (미국의 주장은, 한국과 미국의 주장에 대해) or
 * the subject of a verb of fabricating in the verdict (\"미국이 꾸며낸 날조\"), not the denier's side.
 */
export function claimantKo(v: SentenceView, own: (p: number) => boolean): number {
  for (const a of v.args) {
    if (a.venue || own(a.parties[0])) continue
    const next = wordAt(v, a.last + 1)
    if (a.kase === Case.Gen && /^(주장|보도|발표|의혹)/.test(next)) {
      // (한국과 미국의 주장: the first of the pair.)
      const before = v.tokens[a.first - 1]?.arg ?? -1
      const partner = before >= 0 ? v.args[before] : null
      return partner && partner.kase === Case.Com && !own(partner.parties[0])
        ? partner.parties[0]
        : a.parties[0]
    }
    if (a.kase === Case.Nom && /^(조작|꾸며|꾸민|날조|지어낸|퍼뜨)/.test(next)) return a.parties[0]
  }
  return -1
}

/** The words of a compliance claim (이행, 준수) and the forms that state it as done (이행하고 있다, 준수해 왔다). */
const COMPLIANCE_KO = /^(이행|준수)/
const COMPLYING_KO = /^(하고있(다|으며|습|는)|해왔|해오고있(다|으며|습|는))/

/**
 * "중국은 안보리 결의를 엄격히 이행해 왔다", "러시아는 ... 국제 의무를 준수하고 있다": a state saying in its own
 * voice that it implements or keeps the Security Council's resolutions answers a report of evasion; it is that
 * state's denial of the violation (t26 t47 t72 t90 t92). Returns the claimant (the topic or subject before the
 * verb), -1 when the words are no such claim: an appeal or a duty (준수를 촉구, 이행해야), a pledge (이행할 것), a
 * noun (철저한 이행을 위해), a negation (준수하고 있지 않다), or no one named as claimant; null when the trigger is not
 * a compliance word.
 */
export function complianceClaimKo(v: SentenceView, start: number, at: number, tail: string): number | null {
  if (!COMPLIANCE_KO.test(v.tokens[start].text)) return null
  if (!COMPLYING_KO.test(`${tail}${v.tokens[at + 1]?.text ?? ''}`)) return -1
  const claimant = v.args.findLast(
    (a) => !a.venue && a.last < start && (a.kase === Case.Top || a.kase === Case.Nom),
  )
  return claimant ? claimant.parties[0] : -1
}

/**
 * "북한 IT 노동자 수천 명이 ... 머물고 있다는 보도에 대해 \"중국은 안보리 결의를 ... 이행해 왔다\"": the party of the
 * violation a compliance claim answers, the sanctioned side: the first party the sentence names before the claim, not
 * the claimant's side, the author of a resolution or sanctions (안보리 결의, 안보리 대북제재) or the owner of the claim
 * answered (미국의 지적); -1
 * when none.
 */
export function violationPartyKo(v: SentenceView, start: number, own: (p: number) => boolean): number {
  for (const a of v.args) {
    if (a.first >= start) break
    if (a.venue || own(a.parties[0]) || namesDocument(v, a) || /^(대북)?제재/.test(wordAt(v, a.last + 1)))
      continue
    if (a.kase === Case.Gen && /^(주장|보도|발표|의혹|지적)/.test(wordAt(v, a.last + 1))) continue
    return a.parties[0]
  }
  return -1
}

/** "북한과 러시아 간 군사협력": a 간/사이 (between) word before the trigger names the pair it is between. */
function betweenPair(v: SentenceView, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (/^(간|사이)/.test(v.tokens[i].text)) return true
  return false
}

/**
 * "북한의 연평도 포격", "北 ICBM 발사": bare nouns (no particle, no verb ending) between a possessor or a
 * bare actor and the trigger make one compound with it, which the actor still modifies (at most two).
 */
function bareNounsBetween(v: SentenceView, last: number, start: number): boolean {
  let words = 0
  for (let i = last + 1; i < start; i++) {
    const tok = v.tokens[i]
    if (!tok.word) {
      if (tok.text === '(' || tok.text === ')' || tok.text === '-') continue
      return false
    }
    if (tok.arg >= 0 || ++words > 2) return false
    if (
      tokenBoundary(tok) !== Boundary.None ||
      tokenCase(tok) !== null ||
      !/^[가-힣A-Za-z0-9]+$/.test(tok.text)
    )
      return false
  }
  return words > 0
}

/**
 * "대변인은 미국이 ... 퍼뜨리고 있다고 비난했다", "북한이 ... 발사한 것을 규탄했다": a speech verb right after a
 * quoted or nominalised clause (~다고, ~한 것을) with its own 이/가 subject is aimed at that subject (a
 * denial, 부인/반박/일축, is aimed at no one named so).
 */
export function quotedSubject(
  v: SentenceView,
  start: number,
  at: number,
  speaker: (p: number) => boolean,
): number {
  // 강력히 규탄했다: an adverb between the content and the verb.
  let end = /(히|게)$/.test(wordAt(v, start - 1)) ? start - 2 : start - 1
  // ... 발사한 데 대해 "명백한 도발"이라고 규탄했다: over a quoted verdict, to the content it is about.
  if (/^(이?라고|이?라며)$/.test(wordAt(v, end)) && isClosingQuoteMark(v.tokens[end - 1])) {
    let q = end - 2
    while (q > 0 && !isClosingQuoteMark(v.tokens[q])) q--
    if (q > 0 && /^(대해|대해서|관련해|관련해서)$/.test(wordAt(v, q - 1))) end = q - 1
  }
  // "북한이 ... 발사한 데 대해 (\"도발\"이라고) 규탄했다": the act 데/것 대해 (about) names is what is criticised.
  const about =
    /^(대해|대해서|관련해|관련해서)$/.test(wordAt(v, end)) && /^(데|것에|것과)$/.test(wordAt(v, end - 1))
  // "\"일본은 대가를 치를 것\"이라고 비난했다": a quotation's own topic is its subject too.
  const opener = QUOTATIVE.test(wordAt(v, end)) ? quotationBefore(v, end) : -1
  const quotation = opener >= 0
  if (
    (!about && !quotation && !/(다고|라고|것을)$/.test(wordAt(v, end))) ||
    /^(부인|반박|일축)/.test(wordAt(v, at))
  )
    return -1
  const subject = argInClauseBefore(
    v,
    end,
    (a) =>
      (a.kase === Case.Nom || (quotation && a.kase === Case.Top)) &&
      a.first > opener &&
      !a.venue &&
      !speaker(a.parties[0]),
  )
  // "미국과 한국이 ... 거론하는 것은 망상이라고": the first of parties joined by 과/와 is the one named first.
  const before = subject ? v.tokens[subject.first - 1] : undefined
  const partner = before && before.arg >= 0 ? v.args[before.arg] : null
  if (partner && partner.kase === Case.Com && !partner.venue && !speaker(partner.parties[0]))
    return first(partner)
  return first(subject)
}

/** The nearest argument before token `end` in its clause (back to a strong boundary) that `test` accepts. */
export function argInClauseBefore(v: SentenceView, end: number, test: (a: Arg) => boolean): Arg | null {
  for (let i = end - 1; i >= 0; i--) {
    const tok = v.tokens[i]
    if (tok.arg < 0) {
      if (tok.word && tokenBoundary(tok) === Boundary.Strong) return null
      continue
    }
    const a = v.args[tok.arg]
    i = a.first
    if (test(a)) return a
  }
  return null
}

/** A verb of hope closing a Korean appeal (기대한다, 기대했다, 바란다). */
const HOPE_KO = /^(기대|바란|바랐)/
/** The hoped act's nominal ending right before the verb of hope: 호응해 오기를, 나서길, 화답하길. */
const HOPED_ACT_KO = /(기를|길)$/

/** Whether the trigger word at `at` is a verb of hope (the appeal rule decides it: appealAddresseeKo). */
export const hopeKo = (v: SentenceView, at: number) => HOPE_KO.test(wordAt(v, at))

/**
 * "북한도 상응하는 조처로 화답하길 기대한다", "북한 당국이 신속히 호응해 오기를 기대한다", "북측이 ... 호응해
 * 주길 바란다": a hope that another state act (its 이/가 or 도 subject in the -기를 / -길 clause right before the
 * verb of hope) is an appeal to it (t31 t52 t85), a statement aimed at that state. Returns that actor, or -1: a
 * hope with no state asked to act (한일 관계가 발전하길, 일본 국민이 피해를 극복하길, 손님) is no statement.
 */
export function appealAddresseeKo(v: SentenceView, start: number, own: (p: number) => boolean): number {
  if (!HOPED_ACT_KO.test(wordAt(v, start - 1))) return -1
  for (let i = start - 2, hops = 0; i >= 0 && hops < 12; i--, hops++) {
    const tok = v.tokens[i]
    if (!tok.word) return -1
    if (tok.arg < 0) {
      if (tokenBoundary(tok) === Boundary.Strong) return -1
      continue
    }
    const a = v.args[tok.arg]
    i = a.first
    const p = a.parties[0]
    // The actor itself is the subject (북한이, 북측이, 북한 당국이, 북한도), not a people of it (일본 국민이).
    if (PEOPLE_NOUN.test(wordAt(v, a.last + 1))) return -1
    if (a.venue || own(p)) continue
    if (a.kase === Case.Nom || /도$/.test(v.tokens[a.last].text)) return p
  }
  return -1
}

/** Nouns of a position one state conveys to another (입장, 원칙, 우려, 항의, 유감, 반대). */
const CONVEYED_POSITION = /^(입장|원칙|우려|항의|유감|반대)(을|를|도)$/

/**
 * "전원 수용한다는 원칙을 우크라이나 측에 전달했다", "이러한 입장을 ... 이미 전달했으며", "우리 측 우려도 전달했으며":
 * 전달하다 is a statement only when its object, the nearest object word back in its clause, is a position
 * (t58 t89 t95). True for a 전달 trigger handing over anything else: goods, a letter or a trophy (물자를,
 * 서한을, 트로피를 전달했다).
 */
export function handedOverKo(v: SentenceView, start: number): boolean {
  if (!/^전달/.test(v.tokens[start].text)) return false
  for (let i = start - 1, hops = 0; i >= 0 && hops < 6; i--, hops++) {
    const tok = v.tokens[i]
    if (!tok.word) continue
    if (tokenBoundary(tok) !== Boundary.None) return true
    if (CONVEYED_POSITION.test(tok.text)) return false
    if (tokenCase(tok) === Case.Acc) return true
  }
  return true
}

/** Nouns of a stance voiced (우려, 불만, 반대, 불쾌감, 지지): what 표명하다 voices when it is a statement. */
const VOICED_STANCE = /^(우려|불만|반대|불쾌감|지지)$/

/**
 * "'깊은 우려'를 표명했다", "'강렬한 불만과 단호한 반대'를 표명했다", "반대를 표명했다": 표명하다 is a statement only
 * when its object, the word before it, is a stance (t32 t72 t107), read across the quotation marks that give the
 * speaker's own words (the particle after them is the quoted phrase's). True for a 표명 trigger voicing anything
 * else: a resignation or an intention (사의를, 사임을, 참여 의사를 표명했다).
 */
export function voicedNoStanceKo(v: SentenceView, start: number): boolean {
  if (!/^표명/.test(v.tokens[start].text)) return false
  const before = v.tokens[start - 1]
  if (!before) return true
  // '깊은 우려'를: a bare particle after a closing quotation mark belongs to the quoted phrase's last word.
  if (/^[을를]$/.test(before.text) && v.tokens[start - 2] && isAnyQuoteMark(v.tokens[start - 2]))
    return !VOICED_STANCE.test(v.tokens[start - 3]?.text ?? '')
  const object = /^(.+)[을를]$/.exec(before.text)
  return !(object && VOICED_STANCE.test(object[1]))
}

/** A readiness stated (준비가 돼 있다, 용의가 있다): an offer of a policy toward whom it is aimed at. */
const READINESS_KO = /^(준비가|용의가)/

/**
 * "김정은이 교환을 성사시킨다면 이들을 북한에 넘겨줄 준비가 돼 있다": a readiness is an offer to the actor it names
 * (t26 t46 t70), not to one named only in a relative clause (러시아에 억류된 포로와 맞교환할 용의: where the
 * prisoners are held, t11). True for a readiness trigger with no mention of `target` before it that is not
 * followed by an attributive verb.
 */
export function readinessToNoOneKo(v: SentenceView, start: number, target: number): boolean {
  if (!READINESS_KO.test(v.tokens[start].text)) return false
  return !v.args.some(
    (a) =>
      a.last < start &&
      target >= 0 &&
      a.parties[0] === target &&
      tokenBoundary(v.tokens[a.last + 1] ?? v.tokens[a.last]) !== Boundary.Attributive,
  )
}

/**
 * "'북한이 핵을 사용하면 정권의 종말로 이어질 것'이라는 기존 입장을 재확인했다": a position (입장을 재확인, 되풀이,
 * 고수, 유지) whose own clause, the words qualifying 입장 back to a quotative (며, 고) before them, holds a
 * condition is a warning restated, no statement (t11); "...내면 ... 어렵다"며 수용할 수 없다는 입장 is one (t86).
 */
export function conditionalStanceKo(v: SentenceView, start: number): boolean {
  if (!/^입장/.test(wordAt(v, start))) return false
  for (let i = start - 1, hops = 0; i >= 0 && hops < 16; i--, hops++) {
    const w = v.tokens[i].text
    if (QUOTATIVE.test(w) && isClosingQuoteMark(v.tokens[i - 1])) return false
    if (CONDITIONAL_PREDICATE.test(w) || /^(경우|시)$/.test(w)) return true
  }
  return false
}

/** Nouns of a speaker or a medium that speak for an actor named before (대변인은, 신문은, 통신은, 논평은). */
const SPEAKER_TOPIC = /^(대변인|신문|통신|매체|담화|성명|논평|외무성)(은|는|도)$/
/** A personal pronoun as the topic (그는, 그녀는): the speaker of the sentence before. */
const PRONOUN_TOPIC = /^(그|그녀)(는|도)$/

/**
 * "북한 외무성 대변인은 ... 밝혔다. 대변인은 ... 비난했다", "그는 ... 경고했다", "자하로바 대변인은 ...": a
 * sentence whose topic is only a speaker noun (with a name outside the taxonomy before it) or a personal
 * pronoun, with no actor before the trigger, continues the actor of the sentence before (t44 t46 t80).
 */
function carriedSpeaker(c: KoContext): boolean {
  let words = 0
  for (let i = 0; i < c.start; i++) {
    const tok = c.v.tokens[i]
    if (tok.arg >= 0) return false
    if (!tok.word) continue
    if (SPEAKER_TOPIC.test(tok.text) || (words === 0 && PRONOUN_TOPIC.test(tok.text))) return true
    // One bare name before the title (자하로바 대변인은), nothing else.
    if (++words > 1 || !/^[가-힣]+$/.test(tok.text) || /(은|는|이|가|을|를|에|의|도)$/.test(tok.text))
      return false
  }
  return false
}

/**
 * Who speaks a Korean sentence, for the next sentence's statement that names no speaker of its own
 * (continuedSpeakerKo): the actor, the words naming it up to its particle (김홍균 외교부 1차관은, 대만
 * 국가안전국은) and the rest of its sentence (북한인권결의안을 ... 채택했다: what it issued).
 */
export interface SpeakerKo {
  actor: number
  phrase: string
  rest: string
}

export const NO_SPEAKER_KO: SpeakerKo = { actor: -1, phrase: '', rest: '' }

/** Past stems of plain saying (밝혔다, 말했다, 전했다): the core of SAID_KO and REPORTING_END_KO. */
const SAID_STEMS_KO = '밝혔|말했|전했|설명했|강조했'
/**
 * Final predicates that report what their subject said, or the statement it adopted: 밝혔다, 말했다, 강조했다,
 * 촉구했다, 채택했다 (~라고 했다 and ~하기로 했다 are reportingEndKo's).
 */
const REPORTING_END_KO = new RegExp(
  `^(${SAID_STEMS_KO}|덧붙였|주장했|지적했|비판했|비난했|규탄했|촉구했|요구했|경고했|위협했|표명했|` +
    '표했|발표했|채택했|의결했|가결했|항의했|반박했|일축했|부인했|답했|언급했|평가했|우려했|약속했|제안했|요청했|' +
    '재확인했|확인했|예고했|선언했)(다|습니다)$',
)

/** The sentence's words from token `from` to its end, spaced. */
function restOfSentence(v: SentenceView, from: number): string {
  const words: string[] = []
  for (let k = from; k < v.tokens.length; k++) if (v.tokens[k].word) words.push(v.tokens[k].text)
  return words.join(' ')
}

/** The last word of the sentence, -1 when none. */
function lastWord(v: SentenceView): number {
  for (let k = v.tokens.length - 1; k >= 0; k--) if (v.tokens[k].word) return k
  return -1
}

/**
 * The sentence ends on a verb reporting its subject's words (밝혔다, 말했다, 강조했다, "..."라고 했다) or, when
 * `at` is given, on the speech trigger at `at` as its own predicate (촉구했다, 으름장을 놓았다, 입장을 재확인했다),
 * which may also close the first of two clauses ("..."라고 지적했으며, ...): the index of the word ending the
 * reporting clause, else -1.
 */
export function reportingEndKo(v: SentenceView, at = -1): number {
  const end = lastWord(v)
  if (end < 0) return -1
  const w = v.tokens[end].text
  if (REPORTING_END_KO.test(w)) return end
  // "..."라고 했다, 공여하기로 했다 (a decision announced).
  if (/^했(다|습니다)$/.test(w) && /(고|기로)$/.test(v.tokens[end - 1]?.text ?? '')) return end
  if (at < 0) return -1
  if (at < end && /(했으며|했고)$/.test(v.tokens[at].text)) return at
  // (Its noun as the object of the final verb: 으름장을 놓았다; not 경고로 받아들였다.)
  const own = at === end || (end - at === 1 && /[을를]$/.test(v.tokens[at].text))
  return own && /(다|습니다)$/.test(w) ? end : -1
}

/** Per token, whether it stands inside quotation marks (the marks themselves count as inside). */
function quotedTokens(v: SentenceView): boolean[] {
  let open = false
  return v.tokens.map((tok) => {
    if (isAnyQuoteMark(tok)) {
      open = !open
      return true
    }
    return open
  })
}

/**
 * The argument that speaks a Korean sentence ending on a reporting verb: its topic (은/는) outside quotations,
 * else the subject (이/가) right before that verb (... 발사했다고 합동참모본부가 11일 밝혔다) or opening the
 * sentence (북한군 총참모부가 ... 비난했습니다); null when none. Not a place.
 */
export function speakingArgKo(v: SentenceView): Arg | null {
  const end = reportingEndKo(v)
  if (end < 0) return null
  const quoted = quotedTokens(v)
  const opening = v.tokens.findIndex((t) => t.word)
  let topic: Arg | null = null
  let first: Arg | null = null
  for (const a of v.args) {
    if (a.venue || a.first >= end || quoted[a.first]) continue
    if (a.kase === Case.Nom && end - a.last <= 3) return a
    if (a.kase === Case.Top) topic ??= a
    if (a.kase === Case.Nom && a.first === opening && !embeddedSubject(v, a.last, end, Case.Nom, quoted))
      first = a
  }
  return topic ?? first
}

/** Nouns of what a speaker issues (결의안은, 결의는, 성명은, 담화는): the words of whoever issued it. */
const ISSUED_KO = /^(결의안|결의문|결의|성명서|공동성명|성명|담화|논평|선언문|선언|서한)(은|는|도)$/
/** Clause endings that make a topic before them the content's (살상무기는 지원하지 않는다는 입장). */
const CONTENT_CLAUSE_KO = /(다는|라는)$/

/**
 * "국가안전국은 ... 밝혔다. 국가안전국은 ... 비판했다", "김홍균 외교부 1차관은 ... 항의했다. 김 차관은 ... 촉구했다",
 * "... 결의안을 채택했다. 결의안은 ... 요구했다", "다만 ... 입장을 재확인했다", "그러면서 \"...\"고 비난했다": a
 * sentence ending on a reporting verb (or on its speech trigger) whose subject is no actor continues the speaker
 * of the sentence before, when its subject is left unsaid, repeats a word of that speaker's name (its title or
 * organ, after a bare surname: 김 차관은, 그로시 총장은, 총참모부는), names what that speaker issued (결의안은),
 * or is the bare 군 of the writer's country's forces (합참 ... 군은). Not a new subject: an actor (외교부는), or a
 * noun of other people (전문가들은, 업계는, 소식통은) or of a different speaker (지노비예프 대사는 after 김홍균
 * 차관). A subject inside a clause the trigger reports (중국이 ... 개입하려 한다고 비판했다) is not the speaker.
 */
export function continuedSpeakerKo(v: SentenceView, at: number, previous: SpeakerKo, home: boolean): boolean {
  const end = previous.actor < 0 ? -1 : reportingEndKo(v, at)
  if (end < 0) return false
  const quoted = quotedTokens(v)
  for (let k = 0; k < end; k++) {
    const tok = v.tokens[k]
    if (!tok.word || quoted[k]) continue
    const kase = tok.arg >= 0 ? v.args[tok.arg].kase : tokenCase(tok)
    if (kase !== Case.Top && kase !== Case.Nom) continue
    // (An actor's case is read on its last token: the title word after it holds the particle.)
    if (tok.arg >= 0 && v.args[tok.arg].last !== k) continue
    if (tok.arg >= 0) {
      if (v.args[tok.arg].venue || (kase === Case.Nom && embeddedSubject(v, k, end, kase, quoted))) continue
      return false
    }
    if (embeddedSubject(v, k, end, kase, quoted)) continue
    return kase === Case.Top && namesSpeakerKo(v, k, previous, home)
  }
  return true
}

/**
 * The subject word at k belongs to a clause inside the sentence: a subject (이/가) before a clause ending (다고,
 * 하자, 한 ...; not a quotation's own quotative: 김여정이 "..."라고 말했다) ahead of the final verb, or a topic
 * word before a short content clause (살상무기는 지원하지 않는다는 입장).
 */
function embeddedSubject(v: SentenceView, k: number, end: number, kase: Case, quoted: boolean[]): boolean {
  for (let j = k + 1, words = 0; j < end; j++) {
    const tok = v.tokens[j]
    if (!tok.word || quoted[j]) {
      if (kase === Case.Top && !tok.word) return false
      continue
    }
    if (kase === Case.Top) {
      if (++words > 3) return false
      if (CONTENT_CLAUSE_KO.test(tok.text)) return true
    } else if (tokenBoundary(tok) >= Boundary.Strong && !(quoted[j - 1] && QUOTATIVE.test(tok.text)))
      return true
  }
  return false
}

/** The topic word at k (with a bare name before it) names the previous sentence's speaker again. */
function namesSpeakerKo(v: SentenceView, k: number, previous: SpeakerKo, home: boolean): boolean {
  const word = v.tokens[k].text
  const stem = word.replace(/(은|는|도)$/, '')
  if (ISSUED_KO.test(word)) return previous.rest.includes(stem)
  // 군은: the writer's country's forces (as 군 당국 is), after the words of its own joint staff or ministry.
  if (stem === '군') return home
  if (stem.length < 2 || !previous.phrase.includes(stem)) return false
  // 김 차관은, 터너 특사는: a bare name before the title is the previous speaker's, as written there.
  const before = v.tokens[k - 1]
  if (!before?.word || tokenCase(before) !== null || tokenBoundary(before) !== Boundary.None) return true
  return previous.phrase.split(/\s+/).some((w) => w.startsWith(before.text))
}

/**
 * "김여정 노동당 부부장은": a person's name, then their organisation and title, is one noun phrase whose
 * head is the person (the case particle ends the title).
 */
function personHead(c: KoContext, arg: Arg): Arg {
  const before = c.v.tokens[arg.first - 1]
  if (!before || before.arg < 0 || c.isPerson(arg.parties[0])) return arg
  const name = c.v.args[before.arg]
  const sameNounPhrase = name.kase === Case.None || name.particle === arg.particle
  return sameNounPhrase && !name.venue && c.isPerson(name.parties[0]) ? name : arg
}

/**
 * "조태열 장관과 블링컨 국무장관, 이와야 외무상은 ... 규탄했다": the parties joined to the subject by 과/와 or a
 * comma (over their titles) act with it. A country right after a person is that person's title (미 국무장관).
 */
function coordinatedBefore(c: KoContext, subject: Arg): number[] | undefined {
  const { v } = c
  const out: number[] = []
  let prev: Arg = subject
  for (let i = subject.first - 1, hops = 0; i >= 0 && hops < 12; i--, hops++) {
    const tok = v.tokens[i]
    if (tok.arg >= 0) {
      const a = v.args[tok.arg]
      i = a.first
      const title = !c.isPerson(a.parties[0]) && c.isPerson(prev.parties[0]) && a.first > prev.first
      if (a.venue || (a.kase !== Case.Com && a.kase !== Case.None && a.kase !== subject.kase)) break
      if (!title && !c.isPerson(a.parties[0]) !== !c.isPerson(subject.parties[0])) break
      if (!title && a.parties[0] !== subject.parties[0] && !out.includes(a.parties[0]))
        out.unshift(a.parties[0])
      prev = a
      continue
    }
    if (!joinsCoordination(tok)) break
  }
  return out.length > 0 ? out : undefined
}

/** A token between coordinated noun phrases: a comma or a middle dot, or a title word bare or with 과/와. */
function joinsCoordination(tok: Token): boolean {
  if (!tok.word) return tok.text === ',' || tok.text === '·'
  const k = tokenCase(tok)
  return tokenBoundary(tok) === Boundary.None && (k === null || k === Case.Com)
}

/** Nouns of a text or rule an actor issued ("안보리 결의를 준수"): the actor qualifies it, it is not the object. */
const DOCUMENT_NOUN = /^(결의|결의안|보고서|헌장|규정|원칙|성명|담화)/

function namesDocument(v: SentenceView, a: Arg): boolean {
  return DOCUMENT_NOUN.test(wordAt(v, a.last + 1))
}

/**
 * "미국과 한국을 싸잡아 규탄했다", "중국 기업 1곳과 중국인 2명, 북한 무역회사 1곳을 제재": the parties joined to
 * the object by 과/와 or a comma are acted upon too (up to the clause's start).
 */
function coordinatedObjects(c: KoContext, object: Arg, source: number): number[] | undefined {
  const { v } = c
  const out: number[] = []
  for (let i = object.first - 1, hops = 0; i >= 0 && hops < 10; i--, hops++) {
    const tok = v.tokens[i]
    if (tok.arg >= 0) {
      const a = v.args[tok.arg]
      i = a.first
      if (a.venue || (a.kase !== Case.Com && a.kase !== Case.None && a.kase !== Case.Acc)) break
      const p = a.parties[0]
      // 중국 소재 위장회사: a firm located in a country (소재) is no party of that country.
      if (/^소재/.test(wordAt(v, a.last + 1))) continue
      if (p !== source && p !== object.parties[0] && !out.includes(p)) out.push(p)
      continue
    }
    if (!joinsCoordination(tok)) break
  }
  return out.length > 0 ? out : undefined
}

/** The token of the argument before `a`, over at most two bare words (연내, 첫), or the token right before it. */
function possessorBefore(v: SentenceView, a: Arg): Token | undefined {
  for (let i = a.first - 1, words = 0; i >= 0 && words <= 2; i--) {
    const tok = v.tokens[i]
    if (tok.arg >= 0 || !tok.word) return tok
    if (tokenBoundary(tok) !== Boundary.None || tokenCase(tok) !== null) return tok
    words++
  }
  return v.tokens[a.first - 1]
}

/** A mark that can close a quotation (straight, ” or ’; not “ or ‘): a narrower test than isAnyQuoteMark. */
const isClosingQuoteMark = (tok: Token | undefined) =>
  tok !== undefined && !tok.word && /^["'”’]$/.test(tok.text)

/** Quotative endings written after a closing quotation mark ("..."이라고, "..."며, "..."고). */
const QUOTATIVE = /^(이?라고|고|이?라며|며|이?라면서|면서)$/

/** Nouns of a condemning verdict on an act (도발, 결의 위반, 기만): a statement only as a quoted verdict. */
const VERDICT_KO = /^(도발|위반|기만)/

/**
 * 합참은 "이번 발사는 안보리 결의 위반"이라고 강조했다, 제안을 "인도주의 가면을 쓴
 * 기만"이라며 거부했다: a verdict noun ending a quotation that 이라고/이라며 reports is the speaker's condemnation;
 * anywhere else (북한의 도발에 대응, 결의 위반 여부를 조사) it names the act, no statement; nor is it one when a
 * warning it gives the reason of follows ("도발"이라며 경고했다: the warning, t17 t28). True rejects.
 */
export function unquotedVerdictKo(v: SentenceView, at: number, tail: string): boolean {
  if (!VERDICT_KO.test(wordAt(v, at))) return false
  if (!(tail === '' && isClosingQuoteMark(v.tokens[at + 1]) && /^(이?라고|이?라며)$/.test(wordAt(v, at + 2))))
    return true
  // "도발"이라며 (단호한 대응을) 경고했다: the verdict is the reason of a warning, which the warning tells.
  for (let k = at + 3; k < v.tokens.length; k++) if (/^경고(했|하며|하고|한)/.test(wordAt(v, k))) return true
  return false
}

/**
 * "명백한 안보리 결의 위반"이라고, "안보리 결의의 명백한 위반"이라며: the actor naming the resolution (or sanctions,
 * accord) a violation breaks is the norm's owner, not whom the verdict condemns.
 */
export function normOwnerKo(v: SentenceView, at: number, target: number): boolean {
  if (target < 0) return false
  // (안보리 결의 위반, 안보리 결의의 명백한 위반: over an adjective after the possessive.)
  for (let k = at - 1; k >= Math.max(1, at - 3); k--) {
    if (!/^(결의|제재|합의|협정)(의)?$/.test(wordAt(v, k))) continue
    const arg = v.tokens[k - 1].arg
    return arg >= 0 && v.args[arg].parties[0] === target
  }
  return false
}

/**
 * The opening quotation mark of a quotation closed right before token i, when token i is its quotative
 * ending ("..."이라고), else -1.
 */
function quotationBefore(v: SentenceView, i: number): number {
  const close = v.tokens[i - 1]
  if (!v.tokens[i].word || !isClosingQuoteMark(close) || !QUOTATIVE.test(v.tokens[i].text)) return -1
  return openingQuote(v, i - 1)
}

/** The quotation mark opening the quotation that the mark at `close` closes, or -1. */
function openingQuote(v: SentenceView, close: number): number {
  const mark = v.tokens[close].text
  const open = mark === '”' ? '“' : mark
  for (let k = close - 1; k >= 0; k--) if (!v.tokens[k].word && v.tokens[k].text === open) return k
  return -1
}

/**
 * 윤 대통령은 "... 압도적인 대응에 직면할 것"이라고 말했다: the speaker of the quotation holding the word at
 * `start` (closed by a quotative ending): the topic before its opening mark, else the nearest 이/가 subject
 * there (김여정 부부장이 담화를 내고 "..."라고), else -1. Not a place (서울공항에서는).
 */
export function quotationSpeakerKo(v: SentenceView, start: number): number {
  let close = start + 1
  while (close < v.tokens.length - 1 && quotationBefore(v, close + 1) < 0) close++
  const opener = close < v.tokens.length - 1 ? openingQuote(v, close) : -1
  if (opener < 0 || opener >= start) return -1
  let subject = -1
  for (const a of v.args) {
    if (a.last >= opener || a.venue) continue
    if (a.kase === Case.Top) return a.parties[0]
    if (a.kase === Case.Nom) subject = a.parties[0]
  }
  return subject
}

/**
 * "미국은 우리의 새로운 대응을 목격하게 될 것", "일본은 ... 압도적인 대응에 직면할 것": who will face or witness a
 * response is whom the warning is aimed at, not its agent (the quotation's speaker is). The topic or 이/가 subject
 * between the quotation's opening mark (else the sentence's start) and a 대응에 직면 / 대응을 목격 trigger, else -1.
 */
export function facedResponseKo(v: SentenceView, start: number): number {
  if (!/^대응(에|을)$/.test(v.tokens[start]?.text ?? '') || !/^(직면|목격)/.test(wordAt(v, start + 1)))
    return -1
  // The opening mark of the quotation holding the trigger (marks pair up from the sentence's start), else -1.
  let open = -1
  for (let k = 0; k < start; k++) if (isClosingQuoteMark(v.tokens[k])) open = open < 0 ? k : -1
  for (const a of v.args)
    if (a.first > open && a.last < start && !a.venue && (a.kase === Case.Top || a.kase === Case.Nom))
      return a.parties[0]
  return -1
}

/** Nouns of people as a population (not officials): 주민, 영유아, 수재민, 억류자. */
const PEOPLE_NOUN =
  /^(주민|영유아|어린이|아동|이재민|수재민|국민|어민|선원|탈북민|탈북자|억류자|납북자|포로|민간인|난민)/

/** Nouns of a disaster a country suffers: aid "in connection with" it goes to that country. */
const DISASTER_NOUN = /^(수해|홍수|재난|지진|태풍|가뭄|식량난|기근|산불)/

// Module-level, not a closure in peopleOf: a closure per call costs its naming (see english.ts digitAt).
function overPeople(v: SentenceView, a: Arg): boolean {
  const next = wordAt(v, a.last + 1)
  if (PEOPLE_NOUN.test(next) || DISASTER_NOUN.test(next)) return true
  // 북한 수해 이재민, 북한의 최근 수해: over a disaster noun or a time word (not 中 구금 탈북민: a place).
  const after = wordAt(v, a.last + 2)
  return (
    (DISASTER_NOUN.test(next) || /^(최근|이번|올해)$/.test(next)) &&
    (PEOPLE_NOUN.test(after) || DISASTER_NOUN.test(after))
  )
}

/**
 * The actor that qualifies a people noun before the trigger in its clause ("북한 영유아", over one bare
 * disaster or time word: "북한 수해 이재민"), or whose disaster it is ("북한의 수해와 관련해 ... 지원"), or -1.
 */
function peopleOf(c: KoContext): number {
  const { v } = c
  return first(
    argInClauseBefore(v, c.start, (a) => !a.venue && !c.isPerson(a.parties[0]) && overPeople(v, a)),
  )
}

const STATE_ORGAN =
  /^(정부|당국|외교부|국방부|통일부|국무부|재무부|국방성|외무성|외무부|방위성|국방당국|대통령실|총리실|내각|군|군당국)$/

/** A bare argument followed by a comma in a headline ("북한, 동해상으로 미사일 발사") is its subject. */
function headlineSubject(v: SentenceView, arg: Arg): boolean {
  // 대만 "강력 규탄": a bare actor before a quotation is its speaker, over the bare nouns of its office
  // (北 국방성 "...", 美 국무부 "..."); the organ of its state may also take the headline's comma (日 정부, ...).
  for (let i = arg.last + 1; i <= arg.last + 3; i++) {
    const next = v.tokens[i]
    if (next === undefined) return false
    if (!next.word) {
      if (i === arg.last + 1) return /^[,…"'“‘]$/.test(next.text)
      const organ = i === arg.last + 2 && STATE_ORGAN.test(v.tokens[i - 1].text)
      return /^["“]$/.test(next.text) || (organ && /^[,…'‘]$/.test(next.text))
    }
    if (
      i === arg.last + 3 ||
      next.arg >= 0 ||
      tokenCase(next) !== null ||
      tokenBoundary(next) !== Boundary.None
    )
      return false
  }
  return false
}

/** A subject named after an attributive trigger: "국빈 방문한 푸틴 대통령을", "방문 중인 김정은 위원장은". */
function headAfter(c: KoContext): Arg | null {
  const attributive = /(한|할|하는|된|되는|인)$/.test(c.tail) || ONGOING.includes(wordAt(c.v, c.at + 1))
  if (!attributive) return null
  for (let i = c.at + 1; i < Math.min(c.v.tokens.length, c.at + 3); i++) {
    const k = c.v.tokens[i].arg
    if (k >= 0) return c.v.args[k]
  }
  return null
}

export function koreanRoles(c: KoContext): KoRoles {
  const roles = rolesKo(c)
  // "이재명 대통령은 ... 인사를 지명했다", "김정은 위원장이 ... 신임 총참모장을 임명했다": who appoints or replaces
  // someone takes no office; with no one named taking it, the change is the appointer's country's.
  if (
    c.frame === Frame.Leadership &&
    roles.source >= 0 &&
    c.isPerson(roles.source) &&
    /(임명|지명|교체|경질|해임)(했|하|한|해|$)/.test(wordAt(c.v, c.at)) &&
    // (The appointer is the clause subject, not the one appointed (안규백 의원을); a headline's "X, ... 지명" may
    // name either.)
    c.v.args.some((a) => a.parties[0] === roles.source && (a.kase === Case.Top || a.kase === Case.Nom))
  )
    return { ...roles, source: c.countryOf(roles.source) }
  return roles
}

/**
 * rolesKo's tests of a possessor and of an object noun's owner: module functions, not closures made
 * per call (under keepNames, tsx here and wrangler's default, each closure made runs a defineProperty).
 */
function describesPerson(c: KoContext, a: Arg): boolean {
  const { v } = c
  const next = v.tokens[a.last + 2]
  return (
    /[가-힣]인$/.test(wordAt(v, a.last + 1)) &&
    next !== undefined &&
    next.arg >= 0 &&
    c.isPerson(v.args[next.arg].parties[0])
  )
}
const objectOf = (v: SentenceView, a: Arg) =>
  a.kase === Case.None
    ? v.tokens[a.last + 1]?.word === true && tokenCase(v.tokens[a.last + 1]) === Case.Acc
    : a.kase === Case.Other && tokenCase(v.tokens[a.last]) === Case.Acc

/**
 * 양측은 국방 분야 협력을 더욱 강화하는 문제를 논의했으며, 김 위원장은 ...: a topic or subject naming two states
 * (양측, 양국, 한미는: the pair named before) with no possessor or 와/과 partner at the trigger is both parties of a
 * symmetric noun, not the actor of the clause after it (round twenty-two: t34 t82).
 */
function pairSubjectKo(c: KoContext, subject: Arg | null, modifier: Arg | null, partner?: Arg): boolean {
  return (
    subject !== null &&
    // (Two states, not two persons: 두 정상은 ... 이어가기로 했다 is labelled by the persons' countries.)
    !c.isPerson(subject.parties[0]) &&
    modifier === null &&
    partner === undefined &&
    !subject.venue &&
    subject.parties.length === 2 &&
    (subject.kase === Case.Top || subject.kase === Case.Nom)
  )
}
const pairOf = (a: Arg): KoRoles => ({ source: a.parties[0], target: a.parties[1] })

/** Nouns of troops after the state that owns them (북한 병력이, 북한군 특수부대가). */
const TROOP_NOUN_KO = /^(병력|부대|특수부대|병사|장병|군인|공병)/

/**
 * 북한군 약 8천 명이 러시아 쿠르스크 지역으로 이동했다, 북한군 특수부대가 러시아로 이동해: one state's troops (X군, or
 * a troop noun after the state) moving into another state (its 로 / 으로 phrase right before the verb of moving at
 * `start`). Returns the owner's and the host's arguments, or null: people moving to a shelter, a soldier moving
 * south, troops moving within their own state.
 */
export function movedTroopsKo(
  v: SentenceView,
  start: number,
  countryOf: (p: number) => number,
): { owner: Arg; into: Arg } | null {
  if (!v.tokens[start].text.startsWith('이동')) return null
  const into = argInClauseBefore(v, start, () => true)
  if (!into || into.kase !== Case.Dir || into.venue || countryOf(into.parties[0]) < 0) return null
  const owner = argInClauseBefore(v, into.first, (a) => !a.venue && countryOf(a.parties[0]) >= 0)
  if (!owner || countryOf(owner.parties[0]) === countryOf(into.parties[0])) return null
  const troops = /군$/.test(v.tokens[owner.last].text) || TROOP_NOUN_KO.test(wordAt(v, owner.last + 1))
  return troops ? { owner, into } : null
}

/**
 * 북한이 그 대가로 러시아로부터 방공망과 드론 기술을 이전받았을 가능성: a receiving verb's 로부터 party (round
 * twenty-two: t26 t79 t85), when it is another state than the clause subject's.
 */
function receivedFromKo(c: KoContext, scan: Scan): Arg | null {
  if (!/^(이전|넘겨)받/.test(wordAt(c.v, c.at)) || !scan.subject) return null
  const from = scan.near.find((a) => a.kase === Case.Src && !a.venue)
  const subject = first(scan.subject)
  return from && c.countryOf(first(from)) !== c.countryOf(subject) ? from : null
}

function rolesKo(c: KoContext): KoRoles {
  const { v, frame } = c
  const g = grammarOf(frame)
  const scan = scanLeft(c)
  if (scan.modifier && describesPrivate(v, scan.modifier)) scan.modifier = null
  const verbal = predicative(c)
  const passive = isPassiveKo(c)
  const head = headAfter(c)
  // The clause subject is the agent when the trigger is the predicate; a noun trigger taken by
  // another verb (발사를 규탄했다) has only its possessor as agent.
  let agent: Arg | null = scan.modifier && !scan.modifier.prefixTarget ? scan.modifier : null
  // (담화에서 ... 밝혔다, 성명을 내고: a statement issued is its clause subject's, issuedStatementKo.)
  if (!agent && (verbal || passive || doneBySubject(c) || issuedStatementKo(c))) agent = scan.subject ?? head
  else if (!agent && head) agent = head
  const prefix = scan.modifier?.prefixTarget ? scan.modifier : (scan.near.find((a) => a.prefixTarget) ?? null)

  // "북한군의 러시아 파병", "북한의 러시아 무기 공급": the possessor acts, the bare noun before the
  // trigger is where the act goes.
  // (이재명 대통령의 연내 중국 방문: bare words such as 연내, 첫 may stand between the possessor and the noun.)
  const owner = scan.modifier ? possessorBefore(v, scan.modifier) : undefined
  if (
    frame !== Frame.Leadership &&
    frame !== Frame.Election &&
    scan.modifier?.kase === Case.None &&
    !passive &&
    owner &&
    owner.arg >= 0
  ) {
    const gen = v.args[owner.arg]
    if (gen.kase === Case.Gen && !gen.venue && gen.parties[0] !== scan.modifier.parties[0])
      return { source: first(gen), target: first(scan.modifier) }
    // "북한군 러시아 파병", "北 특수부대 러시아 파병 결정": headline Korean drops the 의, so of two bare actors of
    // different countries before the noun the first acts and the second is where the act goes.
    if (
      gen.kase === Case.None &&
      !gen.venue &&
      // (At most one bare noun between: 北 특수부대 러시아; 주한미군 감축 땐 한국 is two clauses.)
      scan.modifier.first - gen.last <= 2 &&
      c.countryOf(first(gen)) !== c.countryOf(first(scan.modifier)) &&
      gen.parties.length === 1 &&
      scan.modifier.parties.length === 1
    )
      return { source: first(gen), target: first(scan.modifier) }
  }

  if (frame === Frame.Symmetric) {
    // "나토 정상회의 참석차 ... 방문 중인 윤석열 대통령은", "이재명 대통령이 헤이그에서 열리는 나토 정상회의에
    // 참석하지 않기로": who attends an organisation's meeting is a party to it, with the organisation.
    const attendee = scan.modifier && !scan.modifier.prefixTarget ? attendeeOf(c) : null
    if (attendee && scan.modifier && c.countryOf(first(attendee)) !== c.countryOf(first(scan.modifier)))
      return { source: first(attendee), target: first(scan.modifier) }
    const parties: number[] = []
    const partner = scan.near.find((a) => a.kase === Case.Com)
    // "이재명 대통령과 시진핑 주석의 (한중) 정상회담": a 와/과 partner joined to the possessor names the
    // pair, more specifically than a compound.
    const owner = partner && scan.near.find((a) => a.kase === Case.Gen && a.first > partner.last)
    if (partner && owner && first(partner) !== first(owner))
      return { source: first(partner), target: first(owner) }
    // Word order decides the first party: "푸틴 대통령과 김정은 위원장이" → Putin, Kim.
    // The clause subject is a party only of a predicate ("북한과 러시아가 협력했다"), not of a noun
    // another verb takes ("외교부는 ... 파병과 관련해 항의했다").
    // A 와/과 partner is the clause subject's partner whatever verb takes the trigger: "이시바 총리는 김정은
    // 위원장과의 정상회담을 모색", "우리 정부는 중국과의 대화를 통해", "조현 장관이 루비오 장관과 회담을 가질 예정".
    // Not a pair named by 간 (북한과 러시아 간 군사협력: both parties), nor a co-agent of another act
    // (미국, 일본과 함께 안보리 회의 소집을 요청).
    const withPartner =
      partner !== undefined &&
      scan.subject !== null &&
      scan.subject !== partner &&
      c.countryOf(scan.subject.parties[0]) !== c.countryOf(partner.parties[0]) &&
      !/^(간|사이)/.test(partner.particle) &&
      !betweenPair(v, partner.last, c.start) &&
      wordAt(v, partner.last + 1) !== '함께'

    // 북한이 러시아로부터 ... 기술을 이전받았을: who receives is the target, the 로부터 party gives.
    const giver = receivedFromKo(c, scan)
    if (giver && scan.subject) return { source: first(giver), target: first(scan.subject) }
    // 북한군 약 8천 명이 러시아로 이동했다: the troops' state acts, the state they move into hosts them.
    const moved = movedTroopsKo(v, c.start, c.countryOf)
    if (moved) return { source: first(moved.owner), target: first(moved.into) }
    // 양측은 국방 분야 협력을 ... 논의했으며, 김 위원장은 ...: a subject naming the pair is both parties of its noun.
    if (pairSubjectKo(c, scan.subject, scan.modifier, partner)) return pairOf(scan.subject as Arg)
    const own = verbal || passive || withPartner ? (scan.subject ?? agent) : agent
    // "한국과 미국, 일본은 ... 훈련을 실시할 예정이다": a subject listing three or more parties names its first two
    // (the labelling guide's pair), not its last.
    if (own && own === scan.subject && !partner && (own.kase === Case.Top || own.kase === Case.Nom)) {
      const listed = coordinatedBefore(c, own)
      if (listed && listed.length >= 2) return { source: listed[0], target: listed[1] }
    }
    const ordered = [partner, own, scan.modifier].filter((a): a is Arg => a !== null)
    ordered.sort((a, b) => a.first - b.first)
    // A compound (한미 정상회담) names the pair, unless a subject and a 와/과 partner name them more
    // specifically ("헤그세스 장관이 ... 안규백 장관과 한미안보협의회의를 개최").
    const named = partner && own && partner !== own
    if (!named && scan.modifier && scan.modifier.parties.length > 1) addParties(parties, scan.modifier)
    for (const a of ordered)
      if (!(named && a === scan.modifier && a.parties.length > 1)) addParties(parties, a)
    if (parties.length < 2 && head) addParties(parties, head)
    // "트럼프 대통령, 경주 도착. ... 이재명 대통령과 한미 정상회담 예정": a 와/과 partner with no subject or
    // topic in its sentence is the partner of the actor the text goes on about (the subject left unsaid).
    if (
      partner &&
      parties.length === 1 &&
      parties[0] === first(partner) &&
      !scan.subject &&
      c.previousSubject >= 0 &&
      c.countryOf(c.previousSubject) !== c.countryOf(first(partner))
    )
      parties.unshift(c.previousSubject)
    // "북한이 러시아에 병력을 파병했다": with no 와/과 partner, the goal (에/에게) of the act is the other party.
    const goal =
      !partner && parties.length === 1 ? scan.near.find((a) => a.kase === Case.Dat && !a.venue) : undefined
    addParties(parties, goal)
    return { source: parties[0] ?? -1, target: parties[1] ?? -1 }
  }

  if (frame === Frame.Leadership) {
    const persons = [...scan.near, scan.modifier, head, scan.subject].filter(
      (a): a is Arg => a !== null && c.isPerson(a.parties[0]),
    )
    const transitive = /^(임명|지명|경질|해임|파면|교체|탄핵)/.test(wordAt(v, c.at))
    const pick = transitive
      ? (persons.find((a) => a !== scan.subject) ?? persons[0])
      : (persons.find((a) => a === scan.subject) ?? persons[0])
    // 신임 합참의장 취임: with no person named, the office's organisation or country (a bare modifier).
    // 주한미군사령관에 취임, 북한의 국방상이 교체: the office named with its owner beats the newcomer's nationality.
    const office = pick ? undefined : v.args.find((a) => officeOwnerKo(v, a))
    return { source: pick ? pick.parties[0] : first(office ?? scan.subject ?? scan.modifier), target: -1 }
  }

  if (frame === Frame.Election) {
    const winner = scan.subject && c.isPerson(scan.subject.parties[0]) ? scan.subject : null
    if (winner && /(당선|승리)/.test(sentenceText(v))) return { source: winner.parties[0], target: -1 }
    const a = scan.modifier ?? scan.subject
    return { source: a ? c.countryOf(a.parties[0]) : -1, target: -1 }
  }

  let moreTargets: number[] | undefined
  let source = first(agent)
  if (source < 0 && verbal && c.previousSubject >= 0 && carriedSpeaker(c)) source = c.previousSubject
  // "가상자산을 탈취해 세탁한 혐의로 북한 기관 3곳을 제재": the act of a charge (혐의) is the charged one's,
  // named after it as the object of the penalty, not the topic who penalises.
  // (The trigger as the charge's own verb, 탈취해 세탁한 혐의로; not its object, 거래를 중개한 혐의로.)
  const charged = verbal ? chargedParty(c) : null
  if (charged !== null) source = charged
  let target = -1
  // 러시아군에 의해 공습당했다, 미국 재무부에 의해 지정됐다: the 에 의해 phrase acts, the subject undergoes.
  const by = agentOfPassive(c)
  if (by) {
    let undergoer = scan.subject !== by ? first(scan.subject) : -1
    if (undergoer < 0 && frame === Frame.Directed && /^제재/.test(wordAt(v, c.start)))
      undergoer = designeeOf(c, first(by))
    return { source: first(by), target: undergoer === first(by) ? -1 : undergoer }
  }
  if (passive) {
    // 북한군의 포격을 받았다: the possessor attacks, the subject is attacked.
    target = first(scan.subject)
    source = first(scan.modifier ?? scan.near.find((a) => a.kase === Case.Src || a.kase === Case.Gen))
  } else {
    const objectArg = scan.near.find(
      (a) =>
        ((g.targetCases.has(a.kase) && (!a.venue || g.venueTarget)) || (a.venue && g.venueTarget)) &&
        !namesDocument(v, a) &&
        // 중국 소재 위장회사를: a firm located (소재) in a country is no party of it.
        !/^소재/.test(wordAt(v, a.last + 1)) &&
        // 조선중앙통신에 따르면: "according to" names who reports, never whom the act is aimed at.
        !/^따르(면|른)/.test(wordAt(v, a.last + 1)),
    )
    target = first(prefix ?? objectArg)
    // "한국의 대북 확성기 방송 중단을 일축", "한국 민간단체의 대북전단 살포를 비난": a 對 compound inside the
    // object names where that noun's act goes; the possessor before it is whose act is taken up.
    if (prefix && prefix !== scan.modifier && frame === Frame.Directed) {
      // (The possessor's particle may follow its head noun: 한국 민간단체의.)
      const gen = v.args.find(
        (a) => a.last < prefix.first && prefix.first - a.last <= 2 && a.kase === Case.Gen,
      )
      if (gen && !gen.venue && first(gen) !== source) target = first(gen)
    }
    if (!prefix && objectArg && objectArg.kase === Case.Acc && frame === Frame.Directed) {
      // "러시아의 우크라이나 전쟁을 지지했다": the object's possessor is whose act is taken up; the actor
      // inside the object only says where that act goes.
      const owner = v.tokens[objectArg.first - 1]?.arg ?? -1
      const gen = owner >= 0 ? v.args[owner] : null
      if (gen && gen.kase === Case.Gen && !gen.venue && objectArg.particle !== '' && first(gen) !== source)
        target = first(gen)
      else moreTargets = coordinatedObjects(c, objectArg, source)
    }
    // 북한의 미사일 발사를 규탄: the possessor inside the object is the one criticised.
    if (target < 0 && frame === Frame.Directed && !verbal) target = -1
    if (target < 0 && frame === Frame.Directed) {
      // Not "김정은 위원장의 동생인 김여정": a possessor in a copula description (N인) describes a person.
      const possessor = scan.near.find((a) => a.kase === Case.Gen && !describesPerson(c, a))
      if (possessor) target = first(possessor)
      // "한미 연합연습을 규탄했다", "북러 군사협력을 규탄": a bare actor before the object noun (an act of its
      // own) names whose act is criticised; of a pair, the first named (the labelling guide's convention).
      // (The alias may take the object noun in: 한미 연합연습을 is one argument, its case Other.)
      const owner = scan.near.find((a) => !a.venue && objectOf(v, a))
      if (!possessor && owner) target = first(owner)
    }
    if (frame === Frame.Transfer) {
      const from = scan.near.find((a) => a.kase === Case.Src)
      if (receives(c)) {
        target = first(scan.subject)
        source = first(from ?? sellerAbroad(c, scan.near))
      } else if (source < 0 && from) source = first(from)
    }
  }
  // "북한 정찰총국 산하 해킹조직의 자금 세탁을 도운 개인 3명을 제재", "북한 IT 노동자 조직과 연계된 개인 3명이
  // ... 제재 대상으로 지정됐다": people or firms designated are the party the description of them ties them to.
  if (target < 0 && source >= 0 && frame === Frame.Directed && /^제재/.test(wordAt(v, c.start)))
    target = designeeOf(c, source)
  if (g.prenominalTarget && scan.modifier && target < 0) {
    target = first(scan.modifier)
    if (source === target) source = first(scan.subject)
  }
  // "북한에 억류된 선교사의 석방을 촉구": who holds people is the 에 of the passive (억류된, 구금돼); whose people
  // they are is the one speaking for them (the clause's subject or topic), when of another country.
  if (
    frame === Frame.People &&
    /^(억류|구금|납치|피랍)/.test(wordAt(v, c.start)) &&
    /^(된|돼|됐|되|당)/.test(c.tail)
  ) {
    const holder = v.tokens[c.start - 1]?.arg ?? -1
    const h = holder >= 0 ? v.args[holder] : null
    if (h && h.kase === Case.Dat) {
      const own =
        scan.subject && c.countryOf(first(scan.subject)) !== c.countryOf(first(h)) ? first(scan.subject) : -1
      return { source: first(h), target: own >= 0 ? c.countryOf(own) : -1 }
    }
  }
  // "북한 영유아 영양 지원", "북한 주민 2명이 귀순": an actor naming people (its people) is whose they are:
  // the recipient of aid, the people of a humanitarian case.
  if (frame === Frame.Transfer || frame === Frame.People) {
    const people = peopleOf(c)
    if (people >= 0 && target < 0 && people !== source) target = people
    else if (people >= 0 && frame === Frame.People && people === source && target < 0) {
      target = people
      source = -1
    }
  }
  if (frame === Frame.Protest && target < 0) target = protestedActor(c, source)
  // "김정은 위원장이 러시아 방문 초청을 수락했다", "이 대통령은 일본 방문길에 올랐다", "모스크바 방문 초청": a bare
  // country or city before 방문 is where the visit goes (its visitor is the clause's person); 러시아의 방문 (a
  // possessor) stays the visitor.
  if (
    frame === Frame.Visit &&
    target < 0 &&
    scan.modifier?.kase === Case.None &&
    (source === first(scan.modifier) || (source < 0 && scan.modifier.venue)) &&
    !c.isPerson(first(scan.modifier)) &&
    scan.subject &&
    c.isPerson(first(scan.subject)) &&
    c.countryOf(first(scan.subject)) !== c.countryOf(first(scan.modifier))
  ) {
    target = first(scan.modifier)
    source = first(scan.subject)
  }
  if (source === target) target = -1
  const coordinated = agent && agent === scan.subject && verbal && frame === Frame.Directed
  const moreSources = coordinated && agent ? coordinatedBefore(c, agent) : undefined
  return {
    source,
    target,
    moreSources,
    moreTargets: moreTargets?.filter((p) => p !== source && p !== target),
  }
}

// ── Modality ────────────────────────────────────────────────────────────────────

/** Reporting verbs after a quotation that deny, guess or ask for what it says: the core of the denial words. */
const DENIAL_VERBS = ['부인', '일축', '반박', '사실무근', '근거 없']
/** Denial words anywhere around the clause: the core, plus refusing, cancelling or withdrawing the act. */
const DENIAL = [...DENIAL_VERBS, '부정', '거부', '취소', '무산', '철회']
const NEGATION = ['않', '못 ', '못했', '못한', '없', '아니']
const SPECULATION = [
  '수 있',
  '수도 있',
  '할 수도',
  '될 수도',
  '가능성',
  '것으로 보',
  // 것으로 본다, 것으로 봤다: the syllable of 보다 with its ending (본, 봤) is another code point.
  '것으로 본',
  '것으로 봤',
  '것으로 관측',
  '것으로 예상',
  '것으로 전망',
  '것으로 추정',
  '듯',
  '전망',
  '관측',
  '우려',
  '경우',
  '지 모른',
  '추정',
  '모색',
  '징후',
  '조짐',
  '임박',
  '점쳐',
  '예측',
  '시나리오',
  '여지',
]
const PLAN = [
  '예정',
  '용의',
  '계획',
  '기로',
  '키로',
  '할 것',
  '것이라',
  '겠',
  '방침',
  '추진',
  '준비',
  '검토',
  '의향',
  '제안',
  '촉구',
  '요구',
  // (회의 소집을 요청했다: a request, like a demand, asks for what is yet to happen.)
  '요청',
  '앞두',
  '앞둔',
  '예고',
  '나설',
  '열릴',
  '싶',
  '원한',
  '시사',
  '결정',
  '합의',
  '조율',
  '목표로',
  '나선다',
  // 방문 초청을 수락했다, 회담 제안을 받아들였다: an invitation or offer accepted is an act still to come.
  '수락',
]
/** Verbs that undo an act: negated, they affirm it (연합훈련을 중단하지 않겠다). */
const REVERSING = ['축소', '중단', '취소', '연기', '철회', '유예', '보류', '포기', '중지']
const SPECULATION_VERBS = ['전망', '관측', '예상', '추정']
const PLAN_VERBS = ['촉구', '요구', '제안', '요청']
/**
 * The bound noun 시 (when, if) closing a condition: spaced (강행 시), or written onto the act noun in a headline
 * (파병 지속시, 전투 참여시). Only after a noun of an act, so that 당시, 동시, 도시 and 경주시 cue nothing; 시 alone
 * is never Xi here (시 주석 is an actor's words, conditionBefore skips them).
 */
const CONDITION_WORD =
  /^((강행|감행|지속|계속|도발|공격|침범|침공|참여|참전|개입|사용|요청|위반|재발|발사|파병|지원)?시)$/
/** Conditional endings right after the trigger: 강행하면, 도발 시. */
// (발사하더라도: a concessive "even if" is a condition too.)
const CONDITIONAL = /^(하면(?!서)|되면(?!서)|할 경우|시$|시 |하더라도|되더라도)/
/** A predicate word in the conditional (계속한다면, 강행하면, 이어지면), not 하면서 (while). */
const CONDITIONAL_PREDICATE = /(하면|되면|다면|라면|으면|지면|더라도)$/
/** What koreanModality's demandClause needs somewhere in the predicate before it can match. */
const DEMAND_WORD = /촉구|요구|제안/
/** "연합연습을 계속한다면": going on with an act presupposes it is under way; only its continuation is the condition. */
const conditionalPredicate = (w: string | undefined) =>
  w !== undefined && CONDITIONAL_PREDICATE.test(w) && !/^(계속|지속|이어가|이어지)/.test(w)

/**
 * One regular expression per cue list, compiled once at load, so the predicate is scanned once per
 * list instead of once per cue.
 */
const anyOf = (xs: readonly string[]) =>
  new RegExp(xs.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'))
// 아니다 is a word of its own: inside a name (리투아니아) it negates nothing.
const NEGATION_CUE = new RegExp(`${anyOf(NEGATION.filter((x) => x !== '아니')).source}|(?:^|\\s)아니`)
const DENIAL_CUE = anyOf(DENIAL)
const DENIAL_VERB_CUE = anyOf(DENIAL_VERBS)
/** Hangul syllables closed by ㄹ (할, 될, 열릴, 쏠): the prospective attributive a "may" form is built on. */
const RIEUL_FINAL = Array.from({ length: 399 }, (_, k) => String.fromCharCode(0xac00 + k * 28 + 8)).join('')
/**
 * Guesses the list's substrings miss: "열릴 수도…", "발사할 수도" (a headline's "may" with 있다 left out; 수도권 and
 * the capital, 수도 서울, are no guess), and a bare 가능 predicate ("추가 지원 가능", "회동도 가능하다"; not 불가능,
 * nor 가능한 한 빨리: as soon as possible).
 */
const GUESS_FORMS = new RegExp(`[${RIEUL_FINAL}] 수도(?![가-힣])|(?<!불)가능(?!한 한|한 빨리)`)
const SPECULATION_CUE = new RegExp(`${anyOf(SPECULATION).source}|${GUESS_FORMS.source}`)
const SPECULATION_VERB_CUE = anyOf(SPECULATION_VERBS)
// 정상회의를 계기로 (on the occasion of): the noun 계기 holds 기로 but decides nothing, unlike 하기로 (round 28d, s69).
const PLAN_CUE = new RegExp(`(?<!계)기로|${anyOf(PLAN.filter((x) => x !== '기로')).source}`)
/** An inference about the act itself (것으로 본다, 것으로 보인다, 추정된다), as opposed to a condition in its content. */
const GUESS_CUE = new RegExp(
  `(것으로 (보|본|봤|관측|예상|전망|추정)|추정된|추정했|듯하|수 있|수도 있)|${GUESS_FORMS.source}`,
)
const PLAN_VERB_CUE = anyOf(PLAN_VERBS)
/** Plan words of the trigger's own predicate that outlast a recall of the sentence (재검토하겠다, 방문할 예정이다). */
const FIRM_PLAN = /(겠|기로|키로|예정|계획|방침)/
/** Words dating a sentence long before (당시, 과거, 2018년, 5년 전, 지난해): a plan told under them is a past one. */
const LONG_AGO = /(당시|과거|시절|\d{4}년|년 전|지난해|작년)/

/** The X of "X에 의해", "X 재무부에 의해" before the trigger, in its clause. */
function agentOfPassive(c: KoContext): Arg | null {
  const { v } = c
  for (let i = c.start - 1; i > 0; i--) {
    const tok = v.tokens[i]
    if (tok.word && tok.arg < 0 && tokenBoundary(tok) === Boundary.Strong) return null
    if (!/^의(해|한)/.test(tok.text)) continue
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (v.tokens[k].arg >= 0) return v.args[v.tokens[k].arg]
    return null
  }
  return null
}

/** A condition earlier in the trigger's clause: "강행할 경우", "파병하면" (not 계속한다면: under way). */
function conditionBefore(c: KoContext): boolean {
  for (let i = c.start - 1; i >= 0; i--) {
    const tok = c.v.tokens[i]
    if (!tok.word) continue
    if (cues(tok, Cue.Condition) && tok.arg < 0) return !provision(c)
    if (tokenBoundary(tok) === Boundary.Strong) return false
  }
  return false
}

/**
 * "침공을 받으면 ... 원조를 제공하도록 규정했다", "~하면 지원하기로 합의", "...제공하는 조약": what a pact
 * obliges, not a condition of the news.
 */
function provision(c: KoContext): boolean {
  for (let i = c.at; i < Math.min(c.v.tokens.length, c.at + 6); i++)
    if (c.v.tokens[i].word && cues(c.v.tokens[i], Cue.Provision)) return true
  return false
}

/** 이후, 이래 before the trigger in its sentence: "since" the last time. */
function sinceBefore(c: KoContext): boolean {
  for (let i = c.start - 1; i >= 0; i--) if (c.v.tokens[i].word && cues(c.v.tokens[i], Cue.Since)) return true
  return false
}

/** The sentence ends in a reporting verb: someone said it (합참은 ... 발사하지 않았다고 밝혔다). */
function attributed(v: SentenceView): boolean {
  for (let i = v.tokens.length - 1; i >= 0; i--)
    if (v.tokens[i].word) return /(밝혔|말했|전했|발표했|설명했|확인했|보고했)/.test(v.tokens[i].text)
  return false
}

/**
 * The sentence ends in a finding made public (밝혔다, 결론 내렸다, 드러났다, 밝혀졌다): what it attributes is the
 * news even when the act itself is dated earlier (2019년 ... 탈취된 사건이 라자루스의 소행이라고 밝혔다).
 */
export function disclosedKo(v: SentenceView): boolean {
  for (let i = v.tokens.length - 1; i >= 0; i--)
    if (v.tokens[i].word) return /(밝혔|발표했|결론|드러났|밝혀졌|확인됐|파악됐|내렸)/.test(v.tokens[i].text)
  return false
}

/**
 * "지난해 국내에 입국한 북한이탈주민이 236명으로 집계됐다고 밝혔다", "지난해 11월 탈북해 서울에 정착한 것으로
 * 확인됐다": people's arrival over a past period, made public now (disclosedKo), is the news (t58 t67), not recalled.
 */
export function arrivalDisclosedKo(v: SentenceView): boolean {
  return disclosedKo(v) && v.tokens.some((t) => /^(입국|정착|귀순|망명)/.test(t.text))
}

/**
 * "인도적 차원의 훈련", "재난 구호 등 비전통 안보 분야 협력": relief naming what a drill practises or a field of
 * cooperation is the drill's kind or the talks' topic, no relief given (t69 t77; "disaster relief exercise", t31).
 */
export function reliefDrillKo(v: SentenceView, at: number): boolean {
  let field = false
  for (let k = at + 1; k <= at + 5 && k < v.tokens.length; k++) {
    const w = v.tokens[k]
    if (!w.word || w.arg >= 0) return false
    if (/^(훈련|연습)/.test(w.text)) return true
    if (w.text.startsWith('분야')) field = true
    else if (field && w.text.startsWith('협력')) return true
    if (/(다|고|며|해|하여|했고)$/.test(w.text)) return false
  }
  return false
}

/** Words naming a private body an actor word may qualify: 한일 재계회의, 한중 경제인 교류. */
const PRIVATE_HEADS = [
  '재계',
  '경제인',
  '기업인',
  '경제계',
  '민간',
  '시민',
  '청소년',
  '학생',
  '체육',
  '문화계',
]

/** The argument only qualifies a private body (한일 재계회의, 일본 기업인들): it acts for no state. */
export function describesPrivate(v: SentenceView, a: Arg): boolean {
  const next = v.tokens[a.last + 1]
  return next?.word === true && next.arg < 0 && startsWithAny(next.text, PRIVATE_HEADS)
}

/**
 * Whom a warning is aimed at when no particle names them: the first actor its content (the words
 * before it) names, other than the warner's side ("한국과 미국이 연합훈련을 강행할 경우 ... 경고했다").
 */
export function addresseeBefore(
  v: SentenceView,
  start: number,
  source: number,
  same: (a: number) => boolean,
): number {
  for (let i = 0; i < start; i++) {
    const k = v.tokens[i].arg
    if (k < 0) continue
    const a = v.args[k]
    i = a.last
    if (a.venue) continue
    const p = a.parties[0]
    if (p !== source && !same(p)) return p
  }
  return -1
}

/** Verbs of a request, whose imperative complement (~해 달라고, ~하라고) stands after their addressee. */
const REQUEST_KO = /^(요청|촉구|요구|당부|주문|권고)/
const IMPERATIVE_KO = /(달라|하라|말라)고$/
/** 북한에 대해, 통신에 따르면: an 에 phrase about a topic or naming a source, no addressee. */
const NOT_ADDRESSEE_KO = /^(대해|대해서|대한|관해|관한|따르면|따른|비해|의해)$/

/**
 * "외교부는 중국 측에 ... 강화해 달라고 요청했다", "우크라이나 정부에 이들의 한국 송환을 요청했다": the 에/에게
 * actor of a statement's clause (after its speaker) is whom the statement is addressed to, over a request's
 * imperative complement (a clause boundary for other words) and an object naming the speaker's own side.
 * Not an 에 inside a quotation or inside a clause with its own subject ("미국이 ... 일본에 전개한 데 대해").
 */
export function addresseeKo(
  v: SentenceView,
  start: number,
  at: number,
  same: (p: number) => boolean,
): number {
  const request = REQUEST_KO.test(wordAt(v, at))
  let found = -1
  // The addressee before a 이/가 subject: that subject is the speaker's, unless a topic speaks before it.
  let beforeSubject = -1
  let subject = false
  for (let i = start - 1; i >= 0; i--) {
    const tok = v.tokens[i]
    const opener = quotationBefore(v, i)
    if (opener >= 0) {
      i = opener
      continue
    }
    if (isClosingQuoteMark(tok)) {
      const o = openingQuote(v, i)
      if (o < 0) break
      i = o
      continue
    }
    if (tok.arg >= 0) {
      const a = v.args[tok.arg]
      i = a.first
      if (a.kase === Case.Top) return subject ? -1 : found
      if (a.kase === Case.Nom && !subject) {
        subject = true
        beforeSubject = found
        found = -1
      } else if (
        a.kase === Case.Dat &&
        !a.venue &&
        !same(a.parties[0]) &&
        !NOT_ADDRESSEE_KO.test(wordAt(v, a.last + 1))
      )
        found = a.parties[0]
      continue
    }
    if (tok.word && tokenBoundary(tok) === Boundary.Strong && !(request && IMPERATIVE_KO.test(tok.text)))
      break
  }
  return subject ? beforeSubject : found
}

/**
 * "북한군이 군사분계선을 침범해 우리 군이 경고사격을 했다고 합참이 밝혔다": a fight has two sides; with no
 * particle naming the other, it is the first party of another side the sentence names, not a venue, and
 * not the reporter named after the quotation that closes the trigger's clause.
 */
export function otherSideKo(
  v: SentenceView,
  at: number,
  other: (p: number) => boolean,
  isPerson: (p: number) => boolean,
  /** The opening mark of the trigger's quotation: its reporter, before it, is no side. */
  quoted = -1,
): number {
  let end = v.tokens.length
  for (let i = at + 1; i < v.tokens.length; i++) {
    const tok = v.tokens[i]
    // "러, 키이우 공습…젤렌스키 '...'": an ellipsis starts another statement.
    if (tok.text === '…' || (tok.word && isQuotative(tok.text))) {
      end = i
      break
    }
  }
  if (isQuotative(v.tokens[at].text)) end = at
  // A fighting force or a state is a side; a person named (a speaker, a mourner) is not.
  const side = (a: Arg) =>
    a.first > quoted && a.first <= end && !a.venue && other(a.parties[0]) && !isPerson(a.parties[0])
  // "우크라이나군과 교전해": a 와/과 partner of the fight is its other side.
  const partner = v.args.find((a) => side(a) && a.kase === Case.Com)
  return first(partner ?? v.args.find(side))
}

/** Words of a dispatch to a partner: 파병, 파견, 배속 (not 투입 or 보내, which also tell an invasion). */
const DISPATCH_KO = /^(파병|파견|배속)/

/**
 * "러시아 쿠르스크 지역에 파병된 북한군 ... 러시아 공수부대 등에 배속돼 전투에 참가", "북한, 러시아에 3천여 명 추가
 * 파병...일부 쿠르스크 전투 투입": the goal (에) of a dispatch before a fight is the side fought for, an ally, never
 * whom the fight is against. Its party, or -1.
 */
export function dispatchGoalKo(v: SentenceView, at: number): number {
  for (const a of v.args) {
    if (a.kase !== Case.Dat || a.venue || a.last >= at) continue
    for (let i = a.last + 1; i < Math.min(at, a.last + 5); i++)
      if (DISPATCH_KO.test(wordAt(v, i))) return a.parties[0]
  }
  return -1
}

/**
 * "북한군이 우크라이나군과의 교전에서 상당한 사상자를 냈다", "북한군이 ... 우크라이나군과의 전투에 투입됐다": a fight
 * noun that is the setting of its clause's predicate (교전에서, 전투에) with a 과의/와의 partner right before it is
 * fought by the clause's 이/가 subject against that partner (the noun itself, no predicate, names no agent). Null
 * unless both are actors of different countries.
 */
export function fightSettingKo(
  v: SentenceView,
  start: number,
  at: number,
  countryOf: (p: number) => number,
): { source: number; target: number } | null {
  if (!/^(교전|전투)(에서|에|중에?)$/.test(wordAt(v, at))) return null
  const p = v.tokens[start - 1]?.arg ?? -1
  const partner = p >= 0 ? v.args[p] : null
  if (!partner || partner.venue || !/^[과와]의$/.test(partner.particle)) return null
  for (let i = partner.first - 1; i >= 0; i--) {
    const tok = v.tokens[i]
    if (!tok.word && tok.text !== ',') return null
    const a = tok.arg >= 0 ? v.args[tok.arg] : null
    if (!a || a.venue || a.kase !== Case.Nom) continue
    const [source, target] = [a.parties[0], partner.parties[0]]
    return countryOf(source) === countryOf(target) ? null : { source, target }
  }
  return null
}

/**
 * "북한 해킹조직이 국내 방산업체를 해킹했다": 국내 (domestic) names the writer's own country's firms, so they are
 * the victims of a foreign actor's act; as a subject or topic (국내 보안업체들이 세미나를 열었다, 국내 전문가들은)
 * they act or speak, unless the act is passive (국내 거래소가 해킹당했다).
 */
export function domesticVictim(v: SentenceView): boolean {
  const { tokens } = v
  // 해킹당해, 침투당한: a noun of an act made passive by 당하다 (two syllables at least: not 정당한).
  const passive = tokens.some((x) => /[가-힣]{2}당(하|해|했|한|할)/.test(x.text))
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text !== '국내') continue
    let bare = true
    for (let j = i + 1; j < Math.min(tokens.length, i + 4); j++) {
      const k = tokenCase(tokens[j])
      if (k === null) continue
      bare = false
      if (passive || (k !== Case.Top && k !== Case.Nom)) return true
      break
    }
    // 北 해킹조직, 국내 방산업체 10여곳 침투: a headline's bare object (no particle) is acted upon.
    if (bare && tokens.some((x) => x.text === ',')) return true
  }
  return false
}

/**
 * "GPS 교란으로 선박과 항공기 운항에 차질", "공무원 수백 명에게 피싱 메일": in Korean copy an attack's victims
 * named by their trade or office with no country (ships, aircraft, officials, defence firms) and no
 * other actor in the sentence are the writer's own.
 */
const UNQUALIFIED_VICTIM = /^(선박|어선|항공기|여객기|민항기|공무원|관계자|방산업체)/

export function unqualifiedVictimKo(v: SentenceView): boolean {
  // (An actor in any other case than the subject's or a bare modifier's may be the victim itself.)
  if (v.args.some((a) => !a.venue && a.kase !== Case.Top && a.kase !== Case.Nom && a.kase !== Case.None))
    return false
  return v.tokens.some((x, i) => x.arg < 0 && UNQUALIFIED_VICTIM.test(x.text) && !(v.tokens[i - 1]?.arg >= 0))
}

/** "이를 규탄했다", "이에 반발했다": the speech act's object is the act just told (이 = this), before it in its clause. */
export function anaphoricObject(v: SentenceView, start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - 12; i--) {
    const tok = v.tokens[i]
    if (/^이(를|에|에 대해)$/.test(tok.text)) return true
    // 이를 "핵전쟁 도발 책동"이라고 비난: over a quoted verdict.
    if (/^(이?라고)$/.test(tok.text) && isClosingQuoteMark(v.tokens[i - 1])) {
      i -= 2
      while (i > 0 && !isClosingQuoteMark(v.tokens[i])) i--
      continue
    }
    if (tok.word && tokenBoundary(tok) === Boundary.Strong) return false
  }
  return false
}

/** A quotative ending (~다고, ~라고): what follows it is who reports the clause. */
const isQuotative = (w: string) => /[다라]고$/.test(w)

/**
 * "노동신문은 ... 근로자들이 떨쳐나설 것을 촉구했다": the speaker's content has people (a plural noun no
 * actor modifies) as its subject or addressee, not an actor: an instruction at home, no position
 * taken towards another state (not 적들, the enemies threatened).
 */
export function addressesPeopleKo(v: SentenceView, start: number): boolean {
  const { tokens } = v
  for (let i = start - 1; i > 0; i--) {
    const t = tokens[i]
    if (t.arg >= 0) return false
    // 북한 주민들에게: a bare actor qualifies the people (another state's); 장관은 장병들에게: the speaker's own.
    const before = tokens[i - 1].arg
    if (!/들(이|에게|은|을|도)$/.test(t.text) || (before >= 0 && v.args[before].particle === '')) continue
    // 적들이 도발하면: the enemies a threat is aimed at are no people at home; 자신들이, 이들은: a pronoun for actors.
    if (/^(적(대세력)?|자신|이|그)들/.test(t.text)) continue
    for (let j = i - 1; j >= 0; j--)
      if (tokens[j].arg >= 0) return v.args[tokens[j].arg].kase === Case.Top && !quotedActorKo(v, j, i)
    return false
  }
  return false
}

/**
 * "러시아는 ... 책임을 져야 한다"고 규탄했다, "북한은 억류자들을 ... 돌려보내야 한다"고 촉구했다: the actor at
 * token `j` opens the quotation that holds the people noun at `i` (no mark between them): the content's subject is
 * that state, addressed by the speaker, not people at home (t35 t67).
 */
function quotedActorKo(v: SentenceView, j: number, i: number): boolean {
  for (let k = j + 1; k < i; k++) if (isAnyQuoteMark(v.tokens[k])) return false
  let marks = 0
  for (let k = 0; k < j; k++) if (isAnyQuoteMark(v.tokens[k])) marks++
  return marks % 2 === 1
}

/** Works of art and fiction (the Korean of ARTWORKS): 우표, 영화, 드라마, 소설, 포스터, 작품, 웹툰, 게임, 뮤지컬. */
const ARTWORK_KO =
  /^(기념우표|우표|영화|드라마|소설|포스터|작품|웹툰|게임|뮤지컬|연극|그림|시집|만화|애니메이션)/
/** Verbs of depicting or glorifying (그린, 다룬, 묘사한, 미화하는, 찬양하는): any medium that does is a work. */
const DEPICTING_KO = /^(그린|그리는|다룬|다루는|묘사한|묘사하는|미화한|미화하는|찬양한|찬양하는)$/
const MEDIUM_KO = /^(영상|사진|작품|글|책|노래|가요|선전물|게시물)/

/**
 * 발사 장면을 담은 기념우표, 핵무력을 미화하는 영상, 해전을 다룬 영화: the trigger is what a work of art or fiction
 * shows, depicts or glorifies (a relative clause on the work's noun within four words, over 장면 "the scene of"),
 * so the work tells the act, not the news (as workContent in English). Footage that merely 담은 (holds) the act is
 * still the act's report (발사 장면을 담은 영상을 공개했다).
 */
export function workContentKo(v: SentenceView, at: number): boolean {
  for (let k = at + 1; k < v.tokens.length && k <= at + 4; k++) {
    const w = wordAt(v, k)
    if (!w) return false
    const next = wordAt(v, k + 1)
    if (DEPICTING_KO.test(w)) return ARTWORK_KO.test(next) || MEDIUM_KO.test(next)
    if (/^(담은|담긴|새긴|새겨진)$/.test(w)) return ARTWORK_KO.test(next)
    if (!/^(장면|모습)/.test(w) && tokenCase(v.tokens[k]) === null) continue
    if (!/^(장면|모습|을|를)/.test(w) && !/[을를]$/.test(w)) return false
  }
  return false
}

/** What one attacks in words (the Korean of WORDS_ATTACKED): a failing, a remark, a policy, a claim, a stance. */
const WORDS_ATTACKED_KO =
  /^(부실|발언|정책|의혹|주장|태도|책임|무능|실정|행태|입장|논리|방침|처리|대응)(을|를)$/

/**
 * 관리 부실을 집중 공격했다, 정부의 대북 정책을 맹공했다: the object of the attack verb is a failing, a remark or a
 * policy, so the attack is in words (criticism), no use of force (as attacksWords in English). The object is the
 * word right before the trigger, past an adverb of intensity (집중, 일제히).
 */
export function attacksWordsKo(v: SentenceView, start: number): boolean {
  let k = start - 1
  if (/^(집중|일제히|거세게|강하게)$/.test(wordAt(v, k))) k--
  const tok = v.tokens[k]
  return tok !== undefined && tok.arg < 0 && WORDS_ATTACKED_KO.test(wordAt(v, k))
}

/**
 * 우승한 대표팀을 축하했다, 선수단을 칭찬했다: praise or congratulation in a sentence about a sports contest is
 * for a team, not a position taken towards a state (round fourteen, as praisesSport in English).
 */
export function praisesSportKo(v: SentenceView, at: number): boolean {
  if (!/^(축하|칭찬)/.test(wordAt(v, at))) return false
  return v.tokens.some((t) => t.word && /^(선수단|선수들|대표팀|우승|금메달|챔피언)/.test(t.text))
}

/**
 * 경기 중 북한 선수들이 심판진을 둘러싸고 항의했다: a protest or complaint at the referees in a match is a team's,
 * no state's statement (t59; as sportComplaint in English).
 */
export function sportComplaintKo(v: SentenceView, at: number): boolean {
  if (!/^(항의|불만|반발)/.test(wordAt(v, at))) return false
  // (Both a referee and a match or players: 역사의 심판 is history's judgement.)
  return (
    v.tokens.some((t) => t.word && /^(심판진|심판들|심판에게|주심|오심|판정)/.test(t.text)) &&
    v.tokens.some((t) => t.word && /^(선수|경기)/.test(t.text))
  )
}

/**
 * 중대본 회의를 주재하고, 국무회의 주재: a leader chairs his own government's meeting, no talks between
 * states (round fourteen; the UN Security Council's meeting is 소집, convened, and stays a meeting).
 */
export function chairedMeeting(v: SentenceView, at: number): boolean {
  return /회의(를|가|는)?$/.test(v.tokens[at]?.text ?? '') && /^주재/.test(wordAt(v, at + 1))
}

/** Talks the sentence names as three-sided or more (한미일 국방장관회의, 한중일 외교장관회의, 3국 장관, 다자). */
const MULTILATERAL_KO = /^(한미일|한일미|미일한|한중일|한일중|북중러|북러중|3국|3자|다자)/

/**
 * 도쿄에서 한미일 국방장관회의를 열고, 도쿄에서 열리는 한중일 외교장관회의에 참석: a gathering of three states or more
 * attended abroad is the meeting only (taxonomy convention 5), like multilateralEn's "trilateral" (t38 t68 t69).
 */
export const multilateralKo = (v: SentenceView) => v.tokens.some((x) => MULTILATERAL_KO.test(x.text))

/**
 * 한국 특파원들과 만나, 재미 이산가족 10여 명을 만나, 실향민들을 만난 자리에서: whom the verb meets is people (a
 * plural noun, or a head count, its partner or object), not a state's representative: no talks between states
 * (t31 t53 t67; meetPeople in English). A bare actor before them only says whose people they are (한국 특파원들).
 * Not officials or delegations in the plural (정상들과, 대표단들과), who speak for their states.
 */
export function metPeopleKo(v: SentenceView, at: number): boolean {
  if (!/^(만나|만났|만난|만날)/.test(wordAt(v, at))) return false
  const object = v.tokens[at - 1]
  if (!object?.word || object.arg >= 0) return false
  if (!/(들|명)(과|와|을|를)$/.test(object.text)) return false
  return !/(정상|장관|대표|관리|당국자|외교관|특사|대사)/.test(object.text)
}

/**
 * 김정은 국무위원장을 예방했다, 푸틴 대통령 예방도 추진, 조현 장관 예방: 예방 is a courtesy call (talks) only on
 * the person named right before it; else it is prevention (온열질환 예방, 사고 예방을 위해) (round twenty-two: t5,
 * t79, with "received" in t11, t25).
 */
export function preventionKo(v: SentenceView, at: number, isPerson: (p: number) => boolean): boolean {
  if (!/^예방/.test(wordAt(v, at))) return false
  return v.args[v.tokens[at - 1]?.arg ?? -1]?.parties.some(isPerson) !== true
}

/**
 * "담화를 내고 ... 대응하겠다고 경고했다", "... 되갚겠다고 위협했다": the statement is the vehicle of a
 * warning or a threat, which is the act (a warning is not also a statement).
 */
export function vehicleOfWarning(v: SentenceView, at: number): boolean {
  if (!/^(담화|성명)/.test(wordAt(v, at))) return false
  // (예고했다, "... 대응을 목격하게 될 것": a response announced, the threat constructions' verbs.)
  for (let i = at + 1; i < v.tokens.length; i++)
    if (/^(경고|위협|예고|목격하게)/.test(wordAt(v, i))) return true
  return false
}

/**
 * "평화와 안정을 위협하는 명백한 도발", "안방 시장을 위협하는 공습": 위협하다 in a relative clause before its
 * noun describes what the noun is (a provocation condemned); no one threatens anyone (t21 t73 t81).
 * Not "위협하는 것으로 간주하고": a bound noun (것, 수, 데) carries the verb's own act.
 */
export function threatDescribesNounKo(v: SentenceView, at: number): boolean {
  if (!/^위협(하는|한|할)$/.test(wordAt(v, at))) return false
  const next = v.tokens[at + 1]
  return !!next?.word && !/^(것|수|데|듯|만큼|뿐)/.test(next.text)
}

/** A court or its bench as a sentence's speaker (재판부는, 서울중앙지법은, 재판장이). */
const COURT_KO =
  /^([가-힣]*(지법|고법|법원)|재판부|재판장|판사|[가-힣]*합의부|[가-힣]*민사\d*부|[가-힣]*형사\d*부)(은|는|이|가)$/
/** Criminal charges as what a denial denies (혐의를 부인했다, 공소사실을 전면 부인). */
const CHARGES_KO = /^(혐의|공소사실|범행)[을를]?$/

/**
 * "재판부는 '북한이 ... 송환하지 않은 채 ... 불법행위가 인정된다'고 밝혔다", "윤 전 대통령 측은 ... 혐의를 부인했다":
 * what a court finds, and a defendant's denial of criminal charges, is speech at a trial, no state's position
 * towards another nor a denial of a taxonomy event (the gold: t30 t89; in English t74). The court is the first
 * subject or topic before the trigger.
 */
export function courtroomSpeechKo(v: SentenceView, at: number): boolean {
  const { tokens } = v
  if (/^부인/.test(tokens[at]?.text ?? '')) {
    const before = tokens[at - 1]?.text === '전면' ? at - 2 : at - 1
    if (CHARGES_KO.test(tokens[before]?.text ?? '')) return true
  }
  for (let k = 0; k < at && k < tokens.length; k++) {
    const c = tokenCase(tokens[k])
    if (c !== Case.Top && c !== Case.Nom) continue
    return COURT_KO.test(tokens[k].text)
  }
  return false
}

/** An imperative a demand is worded in: 중단하라, 시정하라, 멈추라, 하지 말라 (not 하라는 보도: its clause ends there). */
const DEMAND_KO = /.(하라|멈추라|말라|보내라)$/
/**
 * "북한은 도발을 즉각 중단하라"며 ... 경고했다, '... 행위를 즉각 중단할 것을 엄중히 경고한다': a warning
 * whose speaker first demands, in the imperative, what its target must stop is also that demand, a
 * statement (t46 t55 t76). Only a demand before the warning's verb in its sentence (an order to one's own
 * troops, 응징하라고 지시했다, warns no one itself).
 */
export function demandBeforeWarningKo(v: SentenceView, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const w = wordAt(v, i)
    if (!w) continue
    if (DEMAND_KO.test(w)) return true
    if (w === '것을' && /.할$/.test(wordAt(v, i - 1))) return true
  }
  return false
}

/** Nouns naming a claim a 다는/라는 clause fills (러시아가 ... 넘겼다는 보도). */
const CLAIM_NOUN =
  /^(일부 |외신 |언론 |국내 |해외 )*(보도|주장|설(?=[은는이을를에과도로 ])|의혹|소문|관측|첩보|정보|얘기|지적)/
/** A claim's predicate calling it false (사실이 아니다, a headline's 사실 아냐, 사실과 다르다, 사실무근, 허위). */
const FALSE_CLAIM = new RegExp(
  `(사실이? 아니|사실이? 아닌|사실이? 아냐|사실과 다르|근거 ?없|근거가 없|허위|${DENIAL_VERBS.join('|')})`,
)

/**
 * "러시아가 북한에 전투기를 넘겼다는 일부 외신 보도에 대해 ... 사실이 아닌 것으로 판단한다": the
 * trigger's clause fills a claim noun, and the rest of the sentence (the claim's predicate) calls it false.
 */
function claimCalledFalse(v: SentenceView, claimAt: number): boolean {
  let head = ''
  let rest = ''
  for (let i = claimAt + 1, hops = 0; i < v.tokens.length && hops < 16; i++) {
    const tok = v.tokens[i]
    if (!tok.word) {
      if (tok.text === '.') break
      continue
    }
    if (hops < 3) head += `${tok.text} `
    rest += ` ${tok.text}`
    hops++
  }
  return CLAIM_NOUN.test(head) && FALSE_CLAIM.test(rest)
}

/**
 * 크렘린궁, 북한군 파병설에 "또 다른 가짜뉴스", 러시아 "北 위성 기술지원설 근거 없어": the trigger's word is a
 * rumour of the act (설 glued to it, which alone leaves it a guess), and the words after it in the sentence call the
 * rumour false: the act is denied (t61 t75; the headlines of ko-060 t27 t30 t48 t70 t71 read alike; the English
 * headlines' "calls reports of ... 'fake news'", t48).
 */
/**
 * A rumour word of the act a bare trigger before it names (방러 임박설, 포탄 구매설): the act's timing or its transfer,
 * not another act (대선 개입설 is a rumour of interference, not of the election). Three more headline batches (t7 t27
 * t33) read so.
 */
const RUMOURED_ACT_KO = /^(임박|연기|취소|무산|재개|구매|판매|제공|지원|이전|거래|공급|수출|파견|파병)설/

function rumourCalledFalseKo(v: SentenceView, at: number): boolean {
  let rest = ''
  for (let i = at + 1, hops = 0; i < v.tokens.length && hops < 8; i++) {
    const tok = v.tokens[i]
    if (!tok.word) {
      if (tok.text === '.') break
      continue
    }
    rest += ` ${tok.text}`
    hops++
  }
  return FALSE_CLAIM.test(rest) || /가짜 ?뉴스/.test(rest)
}

/** An earlier period named as the time (윤석열 정부 때, 재임 시절, 집권 1기 당시): 시절 always looks back. */
const EARLIER_PERIOD = /(시절|(정부|재임|집권 ?1기|정권) ?(때|당시|기간))/

/** The trigger's clause, up to it, is set in an earlier period ("지난 정부 때 한국은 ... 지원했다"). */
function earlierPeriodKo(c: KoContext): boolean {
  // The clause's words (at most twelve) back from the trigger; joined only when one names a period.
  let from = c.start
  let period = false
  for (let i = c.start - 1, hops = 0; i >= 0 && hops < 12; i--) {
    const tok = c.v.tokens[i]
    if (!tok.word) continue
    if (tokenBoundary(tok) === Boundary.Strong) break
    if (cues(tok, Cue.Period)) period = true
    from = i
    hops++
  }
  if (!period) return false
  let text = ''
  for (let i = from; i < c.start; i++) if (c.v.tokens[i].word) text += `${c.v.tokens[i].text} `
  return EARLIER_PERIOD.test(text)
}

/** A word closing a time clause: "남북이 합의를 체결한 이후 ... 사격훈련이": its parties are the earlier act's. */
const TIME_CLAUSE_END = /^(이후|이전|뒤|후|직후|이래|전|때)(에|부터|로|엔|에는)?$/

/** A bare talks noun before the time word: "회담 후 언론 발표에서" tells when, no earlier act with parties of its own. */
const TALKS_TIME = /(회담|회의|면담|접견|통화)$/

const talksTime = (v: SentenceView, i: number) => TALKS_TIME.test(v.tokens[i - 1]?.text ?? '')

/**
 * The parties a Korean sentence names for a trigger with no role filled, in sentence order ("북한과
 * 러시아가 체결한 조약은 ... 군사 원조를" names both), less those of a time clause before the trigger:
 * "남북이 합의를 체결한 이후 ... 사격훈련이" names the parties of the earlier act, not the drill's.
 */
export function clausePartiesKo(v: SentenceView, start: number): number[] {
  let cut = -1
  for (let i = start - 1; i >= 0 && cut < 0; i--) {
    const tok = v.tokens[i]
    if (tok.word && tok.arg < 0 && TIME_CLAUSE_END.test(tok.text) && !talksTime(v, i)) cut = i
  }
  return v.args.filter((a) => a.first > cut && !a.venue && !describesPrivate(v, a)).flatMap((a) => a.parties)
}

/** An obligation (~해야 한다, 나서야 한다): what someone should do, a recommendation with no schedule. */
const OBLIGATION = /(야|야만) ?(한다|하는|할|했|하고|하며|된다|합니다)/
/** A deadline counted in days (60일 이내에, 180일 안에): a term set for the act, not advice. */
const DEADLINE = /\d+일 ?(이내|안에|내에)/
/** A date to come (오는 16일, 다음 주, 내달, 내주 but not 내주면 (to give up), 이르면, 조만간), spaced or not. */
const FUTURE_DATE =
  /(다음 ?주|다음 ?달|내달|내주(?:[초중말]|께)?(?![가-힣])|내년|오는|이르면|조만간|이내에|\d+일 ?(내|안에))/
/** 주한미군사령관에, 주한미군사령관 겸, 북한의 국방상이: an argument naming the owner of the office taken or lost. */
function officeOwnerKo(v: SentenceView, a: Arg): boolean {
  const w = v.tokens[a.last].text
  if (new RegExp(`${COMMAND_OFFICE_KO.source}(에|으로|로)$`).test(w)) return true
  if (COMMAND_OFFICE_KO.test(w) && v.tokens[a.last + 1]?.text === '겸') return true
  return (
    a.kase === Case.Gen &&
    new RegExp(`^${COMMAND_OFFICE_KO.source}(이|가|은|는)$`).test(v.tokens[a.last + 1]?.text ?? '')
  )
}

/** 이후, 후, 이래, 축하: a leadership change named as a time reference or an occasion is the past. */
/** A span of time counted in days, weeks, months or years (사흘, 열흘, 3일, 2주, 5개월, 1년). */
const SINCE_SPAN = /^(하루|이틀|사흘|나흘|닷새|엿새|이레|열흘|보름|일주일|\d+(일|주|주일|개월|달|년|시간))$/
// 취임 첫해, 취임 첫날, 취임한 지 한 달: the span of a term counted from its start (지, the bound noun of time elapsed).
const AFTER_OFFICE = /^(이후|후|직후|뒤|이래|축하|\d+주년|\d+돌|\d+일|\d+년|\d+개월|첫(해|날|달)|지$)/

/** 대선 이후, 대선 승리 직후: an election word, or its result word, followed by a word of time after. */
const AFTER_TIME_KO = /^(이후|직후|뒤)(에|로|부터)?$/
const ELECTION_RESULT_KO = /^(승리|패배|당선|결과)$/

function electionAsTimeKo(c: KoContext): boolean {
  const next = ELECTION_RESULT_KO.test(wordAt(c.v, c.at + 1)) ? c.at + 2 : c.at + 1
  return (AFTER_TIME_KO.test(wordAt(c.v, next)) || campaignTimeKo(c.v, next)) && !dateAheadBeforeKo(c)
}

/** 시절 (a past period), or 때 before a retrospective -던 verb (내걸었던, 약속했던): a time gone by. */
const PERIOD_KO = /^시절(에|의|부터|엔)?$/
/**
 * 후보 시절 공약한, 총재 선거 때 내걸었던 구상: a campaign or an election as the period in which something was said
 * is a time gone by (the -던 adnominal looks back), the election recalled, not held in the news (t102 t111).
 */
function campaignTimeKo(v: SentenceView, at: number): boolean {
  if (PERIOD_KO.test(wordAt(v, at))) return true
  return /^때(에)?$/.test(wordAt(v, at)) && /던$/.test(wordAt(v, at + 1))
}

/** A date to come before the trigger (이달 말 선거 이후, 오는 서명 이후): the act timed from it is still ahead. */
function dateAheadBeforeKo(c: KoContext): boolean {
  for (let k = 0; k < c.start; k++)
    if (FUTURE_DATE.test(wordAt(c.v, k)) || AHEAD_KO.test(wordAt(c.v, k))) return true
  return false
}

/** 체결, 서명, 조인, 비준: an instrument's signing or ratification as a bare verbal noun. */
const SIGNING_NOUN_KO = /^(체결|서명|조인|비준)$/
/** 넉 달, 두 해, 한 주: a span counted in a native numeral and a unit, two words (SINCE_SPAN is one). */
const NATIVE_COUNT_KO = /^(한|두|세|석|네|넉|다섯|여섯|일곱|여덟|아홉|열|몇)$/

/** 이후, 이래 (with 에/로/부터/엔): the time since a point, not 직후/뒤 (the next step of the same news). */
const SINCE_WORD_KO = /^(이후|이래)(에|로|부터|엔)?$/

/**
 * 리창 방북 이후 단둥 무역상들, 대러시아 제재 이후 유조선들이, 대만 관련 발언 이후 중국이: a bare event noun (no verb
 * ending on it) followed by 이후/이래 is the point another act is counted from, recalled as its context (background:
 * t33 t90 t105; signingAsTimeKo and electionAsTimeKo read signings and elections so). Not one timed from a date to
 * come (다음 달 방북 이후), nor 회담 직후 / 회담 뒤 (the next step of the same day's news).
 */
function actAsTimeKo(c: KoContext): boolean {
  if (c.tail !== '' || !SINCE_WORD_KO.test(wordAt(c.v, c.at + 1)) || dateAheadBeforeKo(c)) return false
  // (경고사격 이후 북상했다, 회담 이후 처음으로 접촉을 가졌다: a past act told after it makes one sequence of the
  // news, and the point it starts from stays as read; the rule is for a state since then, 기대, 응하지 않고 있다.)
  for (let k = c.at + 2; k < c.v.tokens.length; k++) {
    const w = wordAt(c.v, k)
    if (/[가-힣](다|다고|다며|다는|고|며|면서)$/.test(w)) return !PAST_SYLLABLE_KO.test(w.replace(/있/g, ''))
  }
  return true
}

/** A syllable with the past marker ㅆ as its final (했, 었, 갔, 됐, 졌); 있 (there is) is taken out first. */
const PAST_SYLLABLE_KO = new RegExp(
  `[${Array.from({ length: 399 }, (_, k) => String.fromCharCode(0xac00 + k * 28 + 20)).join('')}]`,
)

/**
 * 북러 조약 체결 이후 러시아가 어떻게 나오느냐에 따라, 이 조약은 체결 넉 달 만에 파병으로 현실이 됐다: the signing of an
 * instrument (the trigger's own bare verbal noun, or the one right after the instrument) followed by 이후/이래 or by a
 * span and 만 is the point another act is counted from, recalled (t86 t99 t104; as 회담 열흘 만에 below, 대선 이후
 * for an election). Not 서명 직후 or 서명한 뒤 (the next step of the same day's news, or a plan's sequence), nor one
 * timed from a date to come.
 */
function signingAsTimeKo(c: KoContext): boolean {
  const { v } = c
  let sig = -1
  if (c.tail === '' && SIGNING_NOUN_KO.test(wordAt(v, c.at))) sig = c.at
  else if (/^(|은|는)$/.test(c.tail) && SIGNING_NOUN_KO.test(wordAt(v, c.at + 1))) sig = c.at + 1
  if (sig < 0) return false
  const next = wordAt(v, sig + 1)
  let since = SINCE_WORD_KO.test(next)
  if (!since) {
    const span = SINCE_SPAN.test(next) ? sig + 2 : NATIVE_COUNT_KO.test(next) ? sig + 3 : -1
    since = span > 0 && (span === sig + 2 || /^(달|해|주|날)$/.test(wordAt(v, sig + 2)))
    since &&= /^만(에|의|이다|이)?$/.test(wordAt(v, span))
  }
  return since && !dateAheadBeforeKo(c)
}

/** 계획된/예정된 right before the trigger, or before the actor compound modifying it (예정된 한미 정상회담). */
function plannedBefore(c: KoContext): boolean {
  let i = c.start - 1
  if (i >= 0 && c.v.tokens[i].arg >= 0) i = c.v.args[c.v.tokens[i].arg].first - 1
  return (
    /^(계획된|예정된|예정인|예정이던)$/.test(wordAt(c.v, i)) ||
    (wordAt(c.v, i) === '중인' && wordAt(c.v, i - 1) === '계획')
  )
}

/** The words of the trigger's own clause before it, up to a verb of another clause (at most five). */
function ownClauseBefore(c: KoContext): string {
  let text = ''
  for (let i = c.start - 1, hops = 0; i >= 0 && hops < 8; i--) {
    const tok = c.v.tokens[i]
    if (!tok.word) continue
    // 오는 16일부터 일본을 방문해 ... 회담을 갖는다: a tenseless connective (방문해) leaves the date to both acts.
    const tenseless = cues(tok, Cue.Tenseless)
    if (tok.arg < 0 && !tenseless && (tokenBoundary(tok) !== Boundary.None || cues(tok, Cue.Connective)))
      break
    text = `${tok.text} ${text}`
    hops++
  }
  return text
}

/**
 * "회담하고 ... 논의할 예정이다": a tenseless connective (-하고, -하며, -해) leaves tense and mood to
 * the clause's last predicate, so a plan or a guess there covers the trigger too (했고 is past).
 */
function sharedPredicate(c: KoContext): string {
  // 정상회의를 계기로 ... 찾을 수 있다: a gathering named as the occasion has no predicate of its own; the rest of
  // its sentence tells whether one attends it, plans to or may (t130; not 방문을 계기로, an act presupposed).
  if (/회의[을를]$/.test(wordAt(c.v, c.at)) && /^계기로$/.test(wordAt(c.v, c.at + 1)))
    return restOfSentence(c.v, c.at + 2)
  if (!/^(하고|하며|해|하여)$/.test(c.tail)) return ''
  for (let i = c.at + 1, hops = 0; i < c.v.tokens.length && hops < 10; i++) {
    const tok = c.v.tokens[i]
    if (!tok.word) {
      if (tok.text === '.' || tok.text === '…') break
      continue
    }
    hops++
    if (tok.arg >= 0) continue
    const b = tokenBoundary(tok)
    if (b === Boundary.Strong)
      return /(다고|라고|다며|라며)$/.test(tok.text) ? `${tok.text} ${wordAt(c.v, i + 1)}` : ''
    if (tok.text.endsWith('다') || tok.text.endsWith('니다')) return `${wordAt(c.v, i - 1)} ${tok.text}`
    if (b === Boundary.Weak && !/(고|며|해)$/.test(tok.text)) return ''
  }
  return ''
}

/**
 * The trigger (a noun, or a verb in a relative clause) names the schedule or question that a verb of
 * discussing takes.
 */
function onAgenda(c: KoContext): boolean {
  if (!/^(|의|하는|할)$/.test(c.tail)) return false
  if (!/^(일정|문제|방안)(을|를|도|과|와|에|)$/.test(wordAt(c.v, c.at + 1))) return false
  for (let i = c.at + 2; i < Math.min(c.v.tokens.length, c.at + 4); i++)
    if (/^(논의|협의|조율|타진)/.test(wordAt(c.v, i))) return true
  return false
}

/** 연다, 시작한다, 갖는다, 열립니다: the first predicate word (ending in 다, 다고, 니다 ...) is non-past. */
function nonPast(text: string): boolean {
  for (const w of text.split(' ')) {
    const m = /([가-힣])(다|니다)(고|며|면서|는)?$/.exec(w)
    if (!m) continue
    const code = m[1].charCodeAt(0) - 0xac00
    // 한다, 연다, 열린다 (final ㄴ), 갖는다 (는); 합니다, 열립니다 (final ㅂ) unless past (했습니다).
    if (m[2] === '다') return m[1] === '는' || code % 28 === 4
    return code % 28 === 17 && !/(었|았|였|했|됐)습니다/.test(w)
  }
  return false
}

/** A day of the month (with its month, 11월 1일) named in the text that comes after the article's date. */
function laterDay(text: string, today: { month: number; day: number }): boolean {
  // (18일부터 28일까지: a range starts on its first day; 지난 12일 is past.)
  const re = /(^| )(지난 )?(?:(\d{1,2})월 ?)?(\d{1,2})일(까지)?(?=$| |부터|에|께)/g
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[2] || m[5]) continue
    const month = m[3] ? Number(m[3]) : today.month
    const day = Number(m[4])
    if (day > 31 || month > 12) continue
    if (month > today.month || (month === today.month && day > today.day)) return true
  }
  return false
}

/** Verbs that move an act to a later date: what is postponed is still to come (훈련을 9월로 연기했다). */
const POSTPONED = /^(연기(하|했|한|해|됐|된|되|키로|$)|미뤄|미루|미뤘|순연)/
/** Verbs that approve an act: an approved sale or aid is yet to be carried out (무기 판매를 승인했다). */
const APPROVED = /^승인(하|했|한|해|됐|된|되|$)/
/** Verbs that call an act off: a cancelled, scrapped or refused act does not take place (집회는 취소됐다, 대화를 거부했다). */
const CALLED_OFF = /^(취소(하|했|한|해|됐|된|되|$)|무산(됐|된|되|$)|거부(하|했|한|해|$)|거절(하|했|한|해|$))/

/**
 * The predicate of the trigger's clause (its first words after the trigger, up to a clause boundary)
 * postpones, approves or calls off the act: the trigger is that verb's object or subject
 * (훈련을 9월로 연기, 회담이 다음 달로 연기됐다, 판매를 승인한, 지원하는 사업을 승인했다).
 */
function governingVerb(c: KoContext): 'planned' | 'denied' | null {
  if (!/^(|을|를|은|는|이|가|도|의|하는)$/.test(c.tail)) return null
  // 제재 면제를 승인: a noun that lifts the act heads the phrase, and the verb takes that noun.
  if (/^(면제|해제|완화|예외)/.test(wordAt(c.v, c.at + 1))) return null
  for (let i = c.at + 1, hops = 0; i < c.v.tokens.length && hops < 6; i++) {
    const tok = c.v.tokens[i]
    if (!tok.word) {
      // A list bullet or an ellipsis ends the item (▲10일 회의 개최…확장억제 점검).
      if (cues(tok, Cue.ItemEnd)) return null
      continue
    }
    if (tok.arg >= 0) return null
    hops++
    if (cues(tok, Cue.Postponed)) return 'planned'
    if (cues(tok, Cue.CalledOff)) return 'denied'
    if (tokenBoundary(tok) !== Boundary.None) return null
  }
  return null
}

/**
 * The trigger's item ends on a bare noun (명사형 종결: "▲25일 합참, 사격훈련 실시", "13일 블링컨 장관 일본 방문"):
 * a headline or calendar entry with no tense of its own.
 */
function nominalEnd(c: KoContext): boolean {
  if (c.tail !== '') return false
  for (let i = c.at + 1, hops = 0; i < c.v.tokens.length; i++) {
    const tok = c.v.tokens[i]
    if (!tok.word) {
      // (대선 사전투표·마지막 TV토론: a middle dot separates the items of a headline list.)
      if (/^[.…▲△■●◆•·]$/.test(tok.text)) return true
      continue
    }
    if (tok.arg >= 0 || ++hops > 3) return false
    if (
      !/^[가-힣a-z0-9]+$/.test(tok.text) ||
      /(다|요|고|며|서|면|는|은|을|를|이|가|에|의|로|와|과|도|지)$/.test(tok.text)
    )
      return false
  }
  return true
}

/**
 * A day of the month within the next ten days (a week-ahead calendar; "30일" in an article of the 1st is last
 * month's).
 */
function dayAhead(text: string, today: { month: number; day: number }): boolean {
  const re = /(^| )(지난 )?(?:(\d{1,2})월 ?)?(\d{1,2})(?:~\d{1,2})?일(?=$| |부터|에|께)/g
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[2]) continue
    const day = Number(m[4])
    // Months counted as 31 days: a day of the next month (6월 3일 on 26 May, 1일 on the 28th) wraps.
    const month = m[3] ? Number(m[3]) : day > today.day ? today.month : (today.month % 12) + 1
    const ahead = (((month - today.month + 12) % 12) * 31 + day - today.day) % 372
    if (ahead > 0 && ahead <= 10) return true
  }
  return false
}

/** A headline rubric naming a schedule ([이번 주 주요 일정], [주간 일정]): its items are what is to come. */
function scheduleRubric(v: SentenceView): boolean {
  if (v.tokens[0]?.text !== '[') return false
  for (let i = 1; i < Math.min(v.tokens.length, 8); i++) {
    if (v.tokens[i].text === ']') return false
    if (/^(일정|캘린더)$/.test(v.tokens[i].text)) return true
  }
  return false
}

export interface KoModality {
  modality: 'reported' | 'planned' | 'denied' | 'speculative' | 'background' | null
  denialVerb: boolean
  /** The trigger's own predicate is guessed (요구하고 있을 것으로 본다): a speech act that may not have been made. */
  guessed?: boolean
  /** Negated by 못 only (합의에 이르지 못했다): an act that failed, nobody's refusal or denial of it. */
  failed?: boolean
  /**
   * A plan word of the trigger's own predicate (겠, 기로, 예정, 계획, 방침), no long-ago date before it: the plan
   * outlasts the sentence's recall cues (지난달 취임한 방위상이 ... 방문할 예정이다, 앞서 ... 재검토하겠다고 밝혔다: planned,
   * not background; 당시 ... 방문하겠다고 약속했다 stays background).
   */
  ownPlan?: boolean
}

/** The trigger's own predicate words hold a firm plan, and nothing before the trigger dates the sentence long ago. */
function firmPlan(c: KoContext, predicate: string): boolean {
  if (!FIRM_PLAN.test(predicate)) return false
  for (let i = 0; i < c.start; i++) if (c.v.tokens[i].word && LONG_AGO.test(c.v.tokens[i].text)) return false
  return true
}

const QUESTION_END = /(까|[었았였했있없왔갔됐졌겠]나|는가)$/
/** A word closing a question (열릴까, 임박했나, 효과적이었는가). */
export const questionEndKo = (w: string): boolean => QUESTION_END.test(w)

/** The auxiliary after the 지 of a negation (열지 못했다, 만들지 않겠다, 팔지 말라). */
const NEGATION_AFTER_JI = /^(않|못|말)/

/** Words closing a clause before an indirect question could (발사했다, 만나고, 만나며, 했지만, 했는데). */
const CLAUSE_CLOSED = /(다|고|며|면서|지만|는데|은데)$/

/**
 * The word ends an indirect question: -는지 or -ㄹ지 (참석하는지를, 이끌어 낼지는, 유지될 수 있을지가), with a particle or
 * none. The syllable before 지 is 는 or closes on ㄹ, which no common noun ending in 지 has (유지, 금지, 현지), but for
 * the name 을지 and the noun 일지.
 */
function indirectQuestionWord(w: string): boolean {
  const m = /지(는|를|가|도|에|의|조차)?$/.exec(w)
  if (!m || m.index < 1) return false
  const c = w.charCodeAt(m.index - 1)
  // (을지 자유의 방패, 작전 일지: a name and a noun, no verb before the ending.)
  if (m.index === 1 && (c === 0xc744 || c === 0xc77c)) return false
  return c === 0xb294 || (c >= 0xac00 && c <= 0xd7a3 && (c - 0xac00) % 28 === 8)
}

/**
 * 참석하는지를 묻는 말에, 훈련 축소가 북한의 호응을 이끌어 낼지는 불투명하다, 안보협력이 유지될 수 있을지가 관심사다: the
 * trigger belongs to a clause that closes as an indirect question (-는지, -ㄹ지) before any other clause closes,
 * so the act is asked about or doubted, not told (as "whether" in English).
 */
export function indirectQuestionKo(v: SentenceView, at: number): boolean {
  for (let k = at; k < v.tokens.length && k <= at + 8; k++) {
    const w = wordAt(v, k)
    if (!w) return false
    // (열지 못했다, 팔지는 않았다: a stem closing on ㄹ before the 지 of a negation, no question.)
    if (indirectQuestionWord(w) && !NEGATION_AFTER_JI.test(wordAt(v, k + 1))) return true
    if (k > at && CLAUSE_CLOSED.test(w)) return false
  }
  return false
}
/** Connectives closing a clause a question takes as given (했는데, 했지만, 했으며). */
const PRESUPPOSING = /[가-힣](는데|은데|ㄴ데|했지만|였지만|했으며|였으며|했고|였고)$/

/**
 * The question word closing the headline segment (up to an ellipsis) that holds token at, or -1: "판문점
 * 찾을까…\"가능성 배제 못 해\"" asks in its first segment, whatever the quotation after it says (t34).
 */
function askedSegmentKo(v: SentenceView, at: number): number {
  for (let k = at; k < v.tokens.length; k++) {
    const w = v.tokens[k].text
    if (w !== '…' && w !== '...') continue
    let q = k - 1
    while (q >= at && !v.tokens[q].word) q--
    return q >= at && QUESTION_END.test(v.tokens[q].text) ? q : -1
  }
  return -1
}

/**
 * "북미 대화, 다시 열릴까", "7차 핵실험, 임박했나": a question asserts nothing, so what it asks about is at
 * most a possibility. It asks only from the last headline ellipsis (…) on ("제재 추진…포함될까" still reports
 * the plan), and not what a clause it closes presupposes ("발사했는데 대응할까"); a question about a noun
 * ("北 ICBM 발사, 트럼프 반응은?") asks about that noun only.
 */
export function askedKo(v: SentenceView, at: number): boolean {
  let last = v.tokens.length - 1
  while (last >= 0 && !v.tokens[last].word) last--
  // "트럼프, 방한 중 판문점 찾을까…\"가능성 배제 못 해\"": a headline's question closes its segment at the ellipsis.
  const asked = askedSegmentKo(v, at)
  if (asked >= 0) last = asked
  if (last < 0 || !QUESTION_END.test(v.tokens[last].text)) return false
  for (let i = at + 1; i < last; i++) {
    const w = v.tokens[i].text
    if (w === '…' || w === '...' || PRESUPPOSING.test(w)) return false
  }
  return true
}

/**
 * 협상과 안보 협의 결과를 담은 팩트시트, 정상회담 후속 조치: talks whose results or follow-up are the news
 * were held before it (background): a bare noun phrase from a symmetric trigger to 결과 or 후속 up to three
 * words on, for what no other rule of koreanModality decided. (후속 right after the trigger is background
 * in every frame, first: the rule on 후속 in koreanModality.)
 */
function talksFollowedUp(c: KoContext): boolean {
  if (c.frame !== Frame.Symmetric || !/^(|과|와)$/.test(c.tail)) return false
  const { v } = c
  for (let k = c.at + 1; k <= c.at + 3 && k < v.tokens.length; k++) {
    const tok = v.tokens[k]
    if (!tok.word) return false
    // Order guard: a question about it ("한일 정상회담 결과 나올까") stays speculative. index.ts makes a
    // questioned act speculative after koreanModality unless it is background; this rule ran after that
    // (in index.ts) before it moved here, so it still yields to a question (no tuning text has one).
    if (/^(결과|후속)/.test(tok.text)) return !askedKo(v, c.start)
    if (tokenCase(tok) !== null) return false
  }
  return false
}

/** The trigger's verb in a relative clause on 결과 (분석한 결과, 조사된 결과): the act its result comes from. */
const actWithResultKo = (c: KoContext) => /^(한|된)$/.test(c.tail) && /^결과/.test(wordAt(c.v, c.at + 1))

/** What koreanModality answers when no rule decided: background for talks followed up, else none. */
function undecided(c: KoContext): KoModality {
  return { modality: talksFollowedUp(c) ? 'background' : null, denialVerb: false }
}

/**
 * 북한의 군사정찰위성 발사 문제를 논의하는 공개회의, 北 정찰위성 발사 논의 긴급회의: a launch is a single act, so one
 * a meeting discusses was carried out before it, context (background); not a launch to come (추가 발사 계획을 논의:
 * its 계획 is discussed, not the launch).
 */
export function discussedLaunchKo(c: KoContext): boolean {
  const { v } = c
  const at = launchWordKo(c)
  if (!at) return false
  const [launch, tail] = at
  if (!/^(|을|를)$/.test(tail)) return false
  let k = launch + 1
  // (발사 문제를 논의: over the noun of the matter.)
  if (tail === '' && /^문제(를|의)?$/.test(wordAt(v, k))) k++
  return wordAt(v, k).startsWith('논의')
}

/**
 * The launch word of a launch trigger (발사를), or the one right after a weapon trigger (탄도미사일 발사를,
 * 대륙간탄도미사일(ICBM) '화성-19형' 발사를: over an abbreviation in parentheses and a quoted name), with the rest
 * of its word after 발사; null when none.
 */
function launchWordKo(c: KoContext): [number, string] | null {
  const { v } = c
  if (v.tokens[c.at].text.includes('발사')) return [c.at, c.tail]
  if (c.tail !== '') return null
  let k = c.at + 1
  if (v.tokens[k]?.text === '(') while (k < v.tokens.length && v.tokens[k - 1].text !== ')') k++
  if (/^['‘"“]$/.test(v.tokens[k]?.text ?? '')) {
    const open = k
    k++
    while (k < v.tokens.length && k < open + 6 && !/^['’"”]$/.test(v.tokens[k].text)) k++
    k++
  }
  return wordAt(v, k).startsWith('발사') ? [k, wordAt(v, k).slice(2)] : null
}

/**
 * 북한의 잇단 탄도미사일 발사에 깊은 우려를 표명했으며, 위성 발사에 관여한 북한 인사 11명을 제재 대상으로 지정했다: a
 * launch a concern is voiced over, or someone took part in, is what the news reacts to, carried out before it
 * (background: t45 t61 t92).
 */
export function launchConcernKo(c: KoContext): boolean {
  const { v } = c
  const at = launchWordKo(c)
  // 발사와 탄도미사일 개발에 관여한 인사: the launch coordinated with another noun the part is taken in (t93).
  const and = at !== null && (at[1] === '와' || at[1] === '과') ? coordinatedDativeKo(v, at[0]) : -1
  if (at?.[1] !== '에' && and < 0) return false
  let k = and >= 0 ? and + 1 : (at?.[0] ?? 0) + 1
  if (/^(깊은|강한|심각한|큰)$/.test(wordAt(v, k))) k++
  return wordAt(v, k).startsWith('우려') || tookPartKo(v, k)
}

/** The word ending in 에 within three words after k (발사와 [탄도미사일] 개발에), or -1. */
function coordinatedDativeKo(v: SentenceView, k: number): number {
  for (let j = k + 1; j <= k + 3; j++) if (/[가-힣]에$/.test(wordAt(v, j))) return j
  return -1
}

/** An adnominal verb of theft (훔친, 탈취한, 빼돌린): its clause describes the noun after it. */
const THEFT_ADNOMINAL_KO = /^(훔친|탈취한|빼돌린|해킹한)$/

/** A subject in 이/가 (라자루스가, 후이원이), as the case machinery reads the word (tokenCase). */
const nominativeAt = (v: SentenceView, k: number): boolean => {
  const tok = v.tokens[k]
  return tok?.word === true && tokenCase(tok) === Case.Nom
}

/**
 * 후이원이 북한 해킹조직 라자루스가 훔친 가상자산 등을 세탁했다며, 라자루스가 탈취한 가상자산의 세탁에 관여한 개인,
 * 北 해커 자금 세탁 창구: a theft told in a relative clause (or a bare modifier) of what another party launders is the
 * loot's origin, carried out before the laundering told (background); not 북한 해커들이 탈취한 자산을 세탁하고 있다
 * (no other subject before the thief's: the thieves launder it, the news).
 */
export function launderedLootKo(v: SentenceView, at: number): boolean {
  // '北 해커 자금세탁망 제재…"바이비트 해킹 배후 라자루스"': a hack the sentence names of its own is told.
  if (v.tokens.some((t, k) => k !== at && t.word && /^(해킹|탈취)(?!조직|한$)/.test(t.text))) return false
  // 해커 자금 세탁 창구, 라자루스 연계 가상자산 세탁책: the thief as a bare modifier of the laundered money.
  // (Not the trigger as a verb, 탈취해 세탁한 혐의로, both acts of the charge; nor in 의, 라자루스의 가상자산 세탁,
  // the group's own laundering.)
  for (let k = at + 1; k <= at + 3 && !/[해한고며다의]$/.test(wordAt(v, at)); k++) {
    const w = wordAt(v, k)
    if (/^(자금)?세탁/.test(w)) return true
    if (!w || /(을|를|이|가|은|는|에|의|다|며|고|서)$/.test(w)) break
  }
  let r = at
  while (r <= at + 3 && !THEFT_ADNOMINAL_KO.test(wordAt(v, r))) r++
  if (r > at + 3) return false
  let ts = r - 1
  while (ts >= r - 4 && !nominativeAt(v, ts)) ts--
  if (ts < r - 4) return false
  for (let k = r + 1; k <= r + 8; k++) {
    const w = wordAt(v, k)
    if (w.startsWith('세탁')) {
      if (wordAt(v, k - 1).endsWith('의')) return true
      for (let j = ts - 1; j >= ts - 4; j--) if (nominativeAt(v, j)) return true
      return false
    }
    if (/(다|며|고|서)$/.test(w)) return false
  }
  return false
}

/**
 * 관여한 (개인), 관여했다는 (주장): the word names someone's part in the act before it (X에 관여한), as a designation
 * or a claim; not 관여하지 않았다 (a denial of the act).
 */
export function tookPartKo(v: SentenceView, k: number): boolean {
  return /^관여(?!하지)/.test(wordAt(v, k))
}

/**
 * 공산당 회의에서 ... 주문했다, 김정은 국무위원장은 회의 연설에서 ... 말했다 (t61 t73 t87): a meeting with no other
 * party is where another act happened (a party's or a state's own session), also when a speech at it is named.
 */
export function meetingVenueKo(v: SentenceView, at: number): boolean {
  const w = v.tokens[at].text
  return /^회의에서/.test(w) || (w === '회의' && /^(연설|발언|보고)에서$/.test(wordAt(v, at + 1)))
}

/** A verb of criticising (비난했다, 규탄한다, 매도했다며). */
const CRITICISING_KO = /^(비난|규탄|비판|매도)/

/** A document a meeting adopts, named as what a criticism is about (정상회의 선언이, 외교장관회의 공동성명을). */
const MEETING_PAPER_KO = /^(선언|공동성명|성명|결과)(을|를|이|가)?$/

/** A verdict a quoted criticism gives its topic (회의는 핵전쟁 선언, 정상회의는 대결 공모). */
const CONDEMNING_VERDICT_KO = /^(선언|공모|책동|도발|망상|음모|모의|놀음)$/

/**
 * 한미 핵협의그룹 3차 회의를 '핵전쟁 도발 선언'이라고 비난했다, 정상회의 선언이 ... 협력을 '불법'으로 매도했다며,
 * "한미일 정상회의는 대결 공모": a meeting a statement criticises is what the statement reacts to, recalled as its
 * context (background), not news of its own (t59 t71 t84). The criticism is the first predicate after the meeting
 * (or its document), over quoted words; a verb between (정상회담을 열고 ... 규탄했다) makes the meeting the news.
 */
export function criticisedMeetingKo(c: KoContext): boolean {
  const { v, at, tail } = c
  let k = at + 1
  if (tail === '' && MEETING_PAPER_KO.test(wordAt(v, k))) k++
  else if (/^(은|는)$/.test(tail)) {
    // A quoted verdict on the meeting as its topic, ending the quoted clause: 회의는 핵전쟁 선언…
    for (let j = at + 1; j <= at + 3 && j < v.tokens.length; j++)
      if (CONDEMNING_VERDICT_KO.test(wordAt(v, j)) && !v.tokens[j + 1]?.word) return true
    return false
  } else if (!/^(을|를)$/.test(tail)) return false
  let quoted = false
  for (let end = Math.min(v.tokens.length, k + 16); k < end; k++) {
    const t = v.tokens[k]
    if (!t.word) {
      if (/^['"‘’“”]$/.test(t.text)) quoted = !quoted
      continue
    }
    if (quoted || /^이?라(고|며)$/.test(t.text)) continue
    if (CRITICISING_KO.test(t.text)) return true
    if (/(다|고|며|서|한|된|는|던|해|하여|지만)$/.test(t.text)) return false
  }
  return false
}

/**
 * 농축시설 추정 건물, 농축시설로 추정되는 새 건물: 추정 before a building doubts what the building is for, not that
 * it is there; the construction seen is reported (t7 t31 t45 t84; English suspectedSite). The predicate without it
 * (its reach may end on 추정되는 새, before the building).
 */
function siteSuspectedKo(inner: string): string {
  return inner.includes('추정')
    ? inner.replace(/추정(되는)? (새 |신규 )?(건물|시설)|추정되는 (새|신규)$/g, ' ')
    : inner
}

/**
 * 살상무기를 직접 지원하는 방안을 검토하고 있지 않다고 밝혔다: a review's negative form at the window's end (검토하지, or
 * 검토하고 있지) takes the 않다 after it along, or the review (검토, a plan word) is read without its negation, planned
 * where the gold reads a denial (t14 t24 t28). Only the review's: "언급을 하지 않고 있다" negates the speech, not the
 * act. Token i is the word after the window.
 */
function negationCarriedKo(v: SentenceView, i: number): boolean {
  const tok = v.tokens[i]
  if (tok?.word !== true || tok.arg >= 0) return false
  // (검토하고 있지 않다: the progressive's 있지 is carried when its 않다 follows.)
  if (tok.text === '있지') return /^검토하고$/.test(wordAt(v, i - 1)) && /^않/.test(nextWord(v, i))
  const prev = wordAt(v, i - 1)
  return /^않/.test(tok.text) && (prev === '검토하지' || (prev === '있지' && wordAt(v, i - 2) === '검토하고'))
}

/**
 * 연합연습에 핵 작전 시나리오를 포함하기로 했다, 훈련에 ... 시나리오를 반영한다: a scenario included in a drill is the
 * drill's content, not a guess about it (t30 t76; English scenarioIncluded). The predicate with the including verb
 * (포함하기로: its plan) where the scenario stood.
 */
function scenarioIncludedKo(c: KoContext, inner: string): string {
  if (!inner.includes('시나리오')) return inner
  // (The predicate may end on 시나리오를, its verb a word further: read the sentence's words after the trigger.)
  for (let k = c.at + 1; k <= c.at + 8 && k < c.v.tokens.length; k++)
    if (/^시나리오[를도]?$/.test(wordAt(c.v, k)) && /^(포함|반영|적용)/.test(nextWord(c.v, k)))
      return inner.replace(/시나리오[를도]?( [가-힣]+)?$|시나리오[를도]?/, ` ${nextWord(c.v, k)}`)
  return inner
}

/**
 * 핵무기 사용 조건에 해당할 수 있다, 핵무기를 포함한 모든 공격력을 주저 없이 사용할 것: a state saying when it would
 * use its nuclear weapons states its doctrine, reported whatever the condition or guess of the warning (t7 t30 t61;
 * English useOfOwnWeapons). Not another's use: 북한이 핵무기를 사용할 경우, 핵무기 사용을 기도한다면.
 */
function useOfOwnWeaponsKo(c: KoContext, mod: KoModality): KoModality {
  if (mod.modality !== 'speculative' || wordAt(c.v, c.at) !== `핵무기${c.tail}`) return mod
  if (c.tail === '' && /^사용 ?조건/.test(`${wordAt(c.v, c.at + 1)} ${wordAt(c.v, c.at + 2)}`))
    return { ...mod, modality: null }
  if (!/^[을를]$/.test(c.tail)) return mod
  // 핵무기를 (포함한 모든 공격력을 주저 없이) 사용할 것, 사용하겠다: the warner's own use, vowed.
  for (let i = c.at + 1; i <= c.at + 7 && i < c.v.tokens.length; i++) {
    const w = wordAt(c.v, i)
    if (/^사용(하겠|할$)/.test(w))
      return /^사용하겠/.test(w) || /^것/.test(wordAt(c.v, i + 1)) ? { ...mod, modality: null } : mod
    if (/(다|면|면서|며)$/.test(w)) return mod
  }
  return mod
}

/** The military that tracks aircraft (합참은, 합동참모본부는, 군은, 군 당국은) as the subject of a reading. */
const TRACKER_KO = /^(합참|합동참모본부|군|군 당국)(은|는|이|가)$/
/** A joint flight or air patrol in the trigger's word (연합 비행훈련을, 공중전략순찰을). */
const FLIGHT_WORD_KO = /(비행|순찰)/

/**
 * 합참은 양국 폭격기가 연합 비행훈련을 한 것으로 보고 있으며, 군은 이들이 중·러 연합 공중전략순찰을 벌인 것으로 보고:
 * the military naming what the aircraft it tracked were doing reads a flight that took place (the joint air
 * patrols of China and Russia, batches t27 t34; in English t8 t39 t42 report it), not a guess that it did.
 * Only a joint flight or patrol, and only with the military as the subject of 보다 before the trigger.
 */
function trackedFlightKo(c: KoContext, mod: KoModality): KoModality {
  if (mod.modality !== 'speculative' || !mod.guessed || !FLIGHT_WORD_KO.test(wordAt(c.v, c.at))) return mod
  // (벌일 것으로 보고: a flight to come is still a guess; only the past attributive, 한 or 벌인, reads one flown.)
  const guess = [1, 2, 3].map((k) => c.at + k).find((i) => wordAt(c.v, i).startsWith('것으로'))
  if (guess === undefined || !/[가-힣]/.test(wordAt(c.v, guess - 1).slice(-1))) return mod
  if (RIEUL_FINAL.includes(wordAt(c.v, guess - 1).slice(-1))) return mod
  for (let i = c.start - 1; i >= 0 && i >= c.start - 8; i--)
    if (TRACKER_KO.test(wordAt(c.v, i)) || TRACKER_KO.test(`${wordAt(c.v, i - 1)} ${wordAt(c.v, i)}`))
      return { ...mod, modality: null, guessed: false }
  return mod
}

/**
 * 비핵화를 전제로 한 대화: denuclearisation named as the condition talks are set on is their agenda, accepted
 * or refused (labelling convention C1; English denuclearisationWord), not supposed like another act.
 */
function denuclearisationKo(c: KoContext): boolean {
  const w = wordAt(c.v, c.at)
  return w.slice(0, w.length - c.tail.length).endsWith('비핵화')
}

/**
 * The predicate after the trigger (its own word's ending, then up to four words to the end of the
 * clause, the quotation ending included), then the reporting verb after a quotation.
 */
export function koreanModality(c: KoContext): KoModality {
  // (합참은 양국 폭격기가 연합 비행훈련을 한 것으로 보고: the military's reading of a flight it tracked, not a guess.)
  const mod = trackedFlightKo(c, useOfOwnWeaponsKo(c, cuedModalityKo(c)))
  // 정상 통화 일정은 아직 확정되지 않았다, 방한 날짜 확정 보도, 사실 아냐: an act whose date is not set is only
  // possible; the negation is the schedule's, no denial of the act (a plan cue of its own, 추진, keeps it planned).
  if ((mod.modality === null || (mod.modality === 'denied' && !mod.denialVerb)) && scheduleUnsetKo(c))
    return { modality: 'speculative', denialVerb: false }
  // 전문가들은 ... 발사에 활용될 가능성이 크다고 본다: an act in an observer's forecast is that observer's guess.
  if ((mod.modality === null || mod.modality === 'planned') && observerForecastKo(c))
    return { ...mod, modality: 'speculative' }
  // A date before the article's in an event noun's own modifiers recalls it (datedNounKo): it outweighs
  // "reported" and a plan, not a denial or a guess.
  if (c.today && (mod.modality === null || mod.modality === 'planned') && datedNounKo(c, c.today))
    return { ...mod, modality: 'background' }
  // 지난 19일 한국군의 경고사격을 비난했다 (of the 23rd): an act of days before, recalled.
  if (c.today && mod.modality === null && earlierDayKo(c, c.today)) return { ...mod, modality: 'background' }
  return mod
}

/** A topic naming onlookers, no actor (전문가들은, 외신들은, 한 대학 교수는): whose view, not whose act, the clause is. */
const OBSERVER_TOPIC_KO = /^(전문가|외신|분석가|관측통|연구원|연구위원|학자|교수)(들)?(은|는)$/
/** A forecast closing the sentence: a guessed or future content (가능성이, 것으로, 것이라고, 수 있다고) or 내다봤다. */
const FORECAST_KO = /(것으로|것이라|가능성|수 있다고|수도 있다고)/
const FORECAST_VERB_KO = /^(본다|봤다|내다봤다|내다본다|전망했다|전망한다|예상했다|예상한다|관측했다|점쳤다)$/

/**
 * 전문가들은 내년 ... 발사에 러시아 기술이 활용될 가능성이 크다고 본다, 외신들은 ... 무기를 공급하는 문제가 논의될 수
 * 있다고 내다봤다: the nearest topic before the trigger is an onlooker (OBSERVER_TOPIC_KO), not an actor, and what it
 * says after the trigger is a forecast: the act is the onlooker's guess (rule 4), whatever tense or plan word it has.
 * Not an act named as the occasion or setting (방문을 계기로, 이번 회담에서: presupposed), nor under another topic nearer
 * the trigger (크렘린궁은).
 */
function observerForecastKo(c: KoContext): boolean {
  const { v } = c
  if ((/^[을를]$/.test(c.tail) && /^계기/.test(wordAt(v, c.at + 1))) || c.tail === '에서') return false
  let observer = false
  for (let i = c.start - 1; i >= 0; i--) {
    const tok = v.tokens[i]
    if (!tok.word) continue
    if (tok.arg < 0 && OBSERVER_TOPIC_KO.test(tok.text)) {
      observer = true
      break
    }
    if ((tok.arg >= 0 ? v.args[tok.arg].kase : tokenCase(tok)) === Case.Top) return false
  }
  if (!observer) return false
  const end = lastWord(v)
  if (end <= c.at) return false
  if (FORECAST_VERB_KO.test(v.tokens[end].text)) return true
  let rest = ''
  for (let i = c.at + 1; i <= end; i++) if (v.tokens[i].word) rest += ` ${v.tokens[i].text}`
  return FORECAST_KO.test(rest)
}

/** A signing verb in the past attributive form (체결한, 서명된, 맺은): the noun it modifies is the signed instrument. */
const SIGNED_ATTRIBUTIVE = /^((체결|서명|조인)(한|된|했던|됐던)|맺(은|었던|어진))$/
const INSTRUMENT_NOUN = /(조약|협정|합의|양해각서|협약|선언|공동성명)/
/** How many words a signing verb may stand before the instrument it modifies ('포괄적 전략적 동반자 관계 조약'). */
const SIGNED_SPAN = 7

/**
 * 북한과 러시아가 체결한 '포괄적 전략 동반자 관계 조약'에 대해 항의했다, 지난 6월 체결된 조약에 따라 논의했다,
 * 우리와 맺은 무역 합의를 입법하지 않고 있다: an instrument named by its signing in a relative clause, as what another
 * predicate is about, is recalled as that act's context (round sixteen: t9 t25 t52 t60), whether the trigger is the
 * signing verb or the instrument. Not the instrument as subject or topic (체결한 조약이 4일 발효됐다, 조약은 ...
 * 규정한다: the news is the instrument's own), nor one ratified (조약 비준안을), nor one signed the day before (전날
 * 체결한: still the news).
 */
function signedInstrumentKo(c: KoContext): boolean {
  const { v } = c
  let sig = -1
  let noun = -1
  if (SIGNED_ATTRIBUTIVE.test(wordAt(v, c.at))) sig = c.at
  else sig = signingWordMatching(v, c.start - 1, -1, SIGNED_ATTRIBUTIVE)
  if (sig < 0) return false
  noun = signingWordMatching(v, sig + 1, 1, INSTRUMENT_NOUN)
  // (동반자 관계 in '포괄적 전략 동반자 관계 조약': a trigger inside the instrument's name is the instrument.)
  if (noun < c.at) return false
  const head = wordAt(v, noun)
  if (/[은는이가]$/.test(head) || /^(비준|발효)/.test(nextWord(v, noun))) return false
  return !signingWords(v, sig - 1, -1)
    .slice(0, 3)
    .some((i) => /^(전날|어제|이날|오늘)/.test(v.tokens[i].text))
}

/** The first of signingWords(v, from, dir) that `re` matches before a strong boundary, else -1. */
function signingWordMatching(v: SentenceView, from: number, dir: 1 | -1, re: RegExp): number {
  for (const i of signingWords(v, from, dir)) {
    if (re.test(v.tokens[i].text)) return i
    if (tokenBoundary(v.tokens[i]) === Boundary.Strong) break
  }
  return -1
}

/**
 * 북한과 러시아가 '조약'을 체결한 데 대해 항의했다, 협정에 서명한 것에 대해 유감을 표했다: a past signing made a noun
 * clause (데, 것) that another predicate is about (대해, 대한) is recalled as that act's context, as signedInstrumentKo
 * reads the instrument it names (t103; English signedInstrumentObject, t110 t111), whether the trigger is the signing
 * verb or the instrument before it. Not one signed 전날, 어제, 이날, 오늘 (still the news).
 */
function signedClauseAboutKo(c: KoContext): boolean {
  const { v } = c
  const sig = signingWordMatching(v, c.at, 1, SIGNED_ATTRIBUTIVE)
  if (sig < 0 || !/^(데|것)(에)?$/.test(nextWord(v, sig))) return false
  const about = signingWords(v, sig + 1, 1)[1]
  if (about === undefined || !/^(대해|대한|대하여)$/.test(v.tokens[about].text)) return false
  return !signingWords(v, sig - 1, -1).some((i) => /^(전날|어제|이날|오늘)/.test(v.tokens[i].text))
}

/** Words of a reaction to a done act (항의, 반발, 규탄, 유감, 논평, 반응); not 합의, 반대 (a signing still to come). */
const REACTION_KO = /^(항의|반발|규탄|유감|논평|반응)/

/**
 * 정부, 러시아대사 초치…북러 조약 체결에 엄중 항의: a signing noun in 에 that a reaction word right after takes (a
 * headline's "protest over the treaty's signing") is what is reacted to, recalled as that act's context (t103; the
 * body's 체결한 데 대해 항의, signedClauseAboutKo). Not 체결에 합의했다 or 체결에 반대 (still to come).
 */
function signingReactedToKo(c: KoContext): boolean {
  const { v } = c
  // (The signing noun is the trigger's word, or the one after a bare instrument trigger: 조약 체결에.)
  const words = signingWords(v, c.at, 1)
  const at = c.tail === '' && /^(조약|협정|협약)$/.test(wordAt(v, c.at)) ? 1 : 0
  if (words[at] === undefined || !/^(체결|서명|조인)에$/.test(v.tokens[words[at]].text)) return false
  return words.slice(at + 1, at + 3).some((i) => REACTION_KO.test(v.tokens[i].text))
}

/** The first word of a span of time (1년을, 한 달이, 약 2시간, 열흘): what 지 (time elapsed) is counted in. */
const ELAPSED_SPAN_KO =
  /^(\d|약|꼭|한$|두$|세$|석$|넉$|네$|몇$|하루|이틀|사흘|나흘|닷새|열흘|보름|일주일|반년)/

/**
 * 북러가 조약을 체결한 지 1년을 맞아, 3국 협력의 새 시대를 선언한 지 18일로 2년이 됐다: the trigger's act, in a past
 * attributive verb (its own word, or the word after its object 조약을, 협정에) followed by 지 and a span of time, is the point
 * the time elapsed is counted from, recalled as context (t5 t12 t104 t116). An active verb (-한) or a signing
 * (서명된); not a state's passive (억류된 지 10년: the detention still goes on), nor 지 after a verb of another act.
 */
function elapsedSinceActKo(c: KoContext): boolean {
  const { v } = c
  let verb = /^(한|된)$/.test(c.tail) ? c.at : -1
  // (조약을 체결한, 협정에 서명한, 관계 '조약'을 체결한: the verb after the object noun phrase the trigger ends or is in.)
  if (verb < 0 && /^(|을|를|에)$/.test(c.tail))
    for (const i of signingWords(v, c.at, 1).slice(0, 4)) {
      const t = v.tokens[i].text
      if (i > c.at && /^(을|를|에)$/.test(t)) verb = i + 1
      else if (i === c.at ? c.tail !== '' : /(을|를|에)$/.test(t)) verb = i + 1
      else if (i > c.at && !/^[가-힣]+$/.test(t)) break
      if (verb >= 0) break
    }
  while (verb >= 0 && verb < v.tokens.length && !v.tokens[verb].word) verb++
  if (verb < 0 || nextWord(v, verb) !== '지') return false
  const w = wordAt(v, verb)
  if (!(verb === c.at ? c.tail === '한' || SIGNED_ATTRIBUTIVE.test(w) : /[가-힣]한$/.test(w))) return false
  let j = verb + 1
  while (j < v.tokens.length && !v.tokens[j].word) j++
  return ELAPSED_SPAN_KO.test(nextWord(v, j))
}

/**
 * Up to SIGNED_SPAN word tokens from `from` in direction `step`, stopping at a full stop. A module function, not a
 * closure made per call: under keepNames (tsx, wrangler) each closure made runs a defineProperty.
 */
function signingWords(v: SentenceView, from: number, step: number): number[] {
  const out: number[] = []
  for (let i = from; i >= 0 && i < v.tokens.length && out.length < SIGNED_SPAN; i += step) {
    const tok = v.tokens[i]
    if (!tok.word) continue
    if (tok.text === '.') break
    out.push(i)
  }
  return out
}

/** The next word token after i ('' at the sentence's end). */
function nextWord(v: SentenceView, i: number): string {
  for (let j = i + 1; j < v.tokens.length; j++) if (v.tokens[j].word) return v.tokens[j].text
  return ''
}

/** Days back from which 지난 N일 in the trigger's own clause recalls its act (round eleven's nouns: a week). */
const RECALLED_DAYS_KO = 4
/** Days of each month (February's 28: a day back more or less across March is still days ago). */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/**
 * "김 위원장은 지난 2~4일 베이징을 방문해 ... 정상회담을 했다" (of the 10th), "지난 6일 북한의 탄도미사일 발사를 규탄했다"
 * (of the 10th: the launch): 지난 with a day of the month (a range's last day) four days or more before the article's,
 * in the trigger's own clause, tells an act of days before, recalled as the context of today's news, background (as a
 * noun's date of a week does, datedNounKo); two or three days back is still the news, and a day after today's
 * (지난 28일 of the 3rd) is last month's. The date is another act's when an act noun's object (발사를, 경고사격을, not
 * an actor's 베이징을) stands between it and the trigger: the statement that condemns the launch is today's. Not people
 * named as the trigger, nor a subject noun (the news about it), as datedNounKo.
 */
function earlierDayKo(c: KoContext, today: { month: number; day: number }): boolean {
  const { v } = c
  if (PEOPLE_KO.test(v.tokens[c.at].text) || /^(이|가|은|는)$/.test(c.tail)) return false
  // The trigger's own clause before it, as ownClauseBefore reads it, nearest word first.
  const words: Token[] = []
  for (let i = c.start - 1; i >= 0 && words.length < 8; i--) {
    const tok = v.tokens[i]
    if (!tok.word) continue
    if (
      tok.arg < 0 &&
      !cues(tok, Cue.Tenseless) &&
      (tokenBoundary(tok) !== Boundary.None || cues(tok, Cue.Connective))
    )
      break
    words.push(tok)
  }
  for (let k = 0; k < words.length; k++) {
    const w = words[k].text
    if (words[k].arg < 0 && /[을를]$/.test(w)) return false
    // 지난 19일, 지난 2~4일 (2, 4일: the range's last day is the one before this word).
    const d = /^(\d{1,2})일$/.exec(w)
    if (!d) continue
    const j = /^\d{1,2}$/.test(words[k + 1]?.text ?? '') ? k + 2 : k + 1
    if (words[j]?.text !== '지난') continue
    return daysBackKo(Number(d[1]), today) >= RECALLED_DAYS_KO
  }
  return false
}

/** Days from a day of the month back to the article's (지난 28일 of the 3rd: last month's 28th, six days back). */
function daysBackKo(day: number, today: { month: number; day: number }): number {
  return day < today.day ? today.day - day : today.day + MONTH_DAYS[(today.month + 10) % 12] - day
}

/** A schedule said not to be set: 미정, 확정되지 않았다, 정해진 일정은 없다, 날짜 확정 보도는 사실이 아니다. */
const UNSET_KO =
  /(미정|확정되지 않|확정 안 |정해지지 않|정해진 ([가-힣]+ )?[가-힣]*없|잡히지 않|확정[가-힣]* 보도[가-힣]*,? 사실[이은]? 아)/

/**
 * The trigger's schedule is named (its 일정, 날짜 or 시기 right after it, over one bare noun) or it is what a question
 * asks (회담이 열리느냐는 질문에는), and the rest of the sentence says that schedule is not set.
 */
function scheduleUnsetKo(c: KoContext): boolean {
  const { v } = c
  let from = -1
  if (/^(|의)$/.test(c.tail))
    for (let k = c.at + 1; k <= c.at + 2 && k < v.tokens.length; k++) {
      const w = wordAt(v, k)
      if (/^(일정|날짜|시기)/.test(w)) from = k
      if (from >= 0 || !/^[가-힣]+$/.test(w) || tokenCase(v.tokens[k]) !== null) break
    }
  if (from < 0 && /(느냐는|냐는)$/.test(`${c.tail} ${wordAt(v, c.at + 1)}`.trim())) from = c.at + 1
  if (from < 0) return false
  let rest = ''
  for (let k = from; k < v.tokens.length; k++)
    if (v.tokens[k].word) rest += ` ${v.tokens[k].text}`
    else if (v.tokens[k].text === ',') rest += ','
  return UNSET_KO.test(`${rest} `)
}

/** Days before the article's, in its month, after which a day named is no longer the news (3일 of the 14th). */
const EARLIER_DAYS_KO = 7
const PEOPLE_KO = /(탈북민|탈북자|병력|병사|군인|장병|노동자|근로자|해커|부대)/
/** Words before a month that put it ahead (오는 6월, 내년 3월, 다음 달). */
const AHEAD_KO = /^(오는|내년|다음|내달|이달)$/

/** An explicit date before the article's in the word at i (지난주, 지난달, 지난해, 작년, 9월, 지난 1월, 3일 of an earlier week). */
function earlierDateKo(v: SentenceView, i: number, today: { month: number; day: number }): boolean {
  const w = v.tokens[i].text
  if (/^(지난주|지난달|지난해|작년)/.test(w)) return true
  const prev = i > 0 ? v.tokens[i - 1].text : ''
  if (AHEAD_KO.test(prev)) return false
  const m = /^(\d{1,2})월(?:$|의|에|\s)/.exec(w)
  if (m) {
    const month = Number(m[1])
    // "9월 ... 러시아 방문 이후" of an article of November; 12월 of an article of January is left alone.
    if (month >= 1 && month < today.month) return true
    return false
  }
  const d = /^(\d{1,2})일(?:$|의|에)/.exec(w)
  if (d) {
    const pm = /^(\d{1,2})월$/.exec(prev)
    const month = pm ? Number(pm[1]) : today.month
    if (pm && AHEAD_KO.test(i > 1 ? v.tokens[i - 2].text : '')) return false
    if (month < today.month) return true
    return (
      month === today.month && Number(d[1]) <= today.day - EARLIER_DAYS_KO && (pm !== null || prev === '지난')
    )
  }
  return false
}

/**
 * "9월 김정은 국무위원장의 러시아 방문 이후", "한국 정부가 지난주 발표한 대러 독자제재에 대해", "북한의 지난달 31일
 * ICBM 발사 문제를": an event noun whose own modifiers (의 phrases, a bare noun, a relative clause's verb) carry a
 * date before the article's is recalled as context, background. The date of a verb stays the news (중국이 지난주
 * 탈북민을 강제북송했다), and a word with another case (발사를 논의하는 공개회의: 를) closes the noun's phrase.
 */
function datedNounKo(c: KoContext, today: { month: number; day: number }): boolean {
  const { v } = c
  // A noun: the trigger's word ends in a particle or nothing, not a verb (강제북송했다, 지원한).
  if (/^(하|했|한|할|해|된|됐|되|될|돼|시키|시켰)/.test(c.tail)) return false
  // The noun as the subject is the news about it (6월 서명한 조약이 4일 발효됐다: the treaty takes effect today).
  if (/^(이|가|은|는)$/.test(c.tail)) return false
  // People (지난주 탈북민 60여 명을 강제북송했다): their date is what was done to them.
  if (PEOPLE_KO.test(v.tokens[c.at].text)) return false
  // Past a past attributive verb (열린, 있었던) the words are its relative clause's, whatever their case.
  let relative = false
  for (let i = c.start - 1, hops = 0; i >= 0 && hops < 6; i--) {
    const tok = v.tokens[i]
    if (!tok.word) {
      // (ICBM) inside the phrase; a rubric's bracket ([지난주 정리]), a comma or a quote closes it.
      if (tok.text === '(' || tok.text === ')') continue
      return false
    }
    hops++
    if (earlierDateKo(v, i, today) || (relative && recalledInRelativeKo(v, i, today))) return true
    if (tok.text === '지난') continue
    // An actor's words (김정은 국무위원장의): its case is the whole phrase's, on its last word.
    if (tok.arg >= 0) {
      const a = v.args[tok.arg]
      if (i === a.last && a.kase !== Case.Gen && a.kase !== Case.None && !inRelativeKo(relative, a.kase))
        return false
      continue
    }
    const kase = tokenCase(tok)
    if (kase !== null && kase !== Case.Gen && kase !== Case.None && !inRelativeKo(relative, kase))
      return false
    const b = tokenBoundary(tok)
    if (b === Boundary.Strong || b === Boundary.Weak) return false
    if (!relative && pastAttributiveKo(tok)) relative = true
  }
  return false
}

/**
 * 지난 19일 중부전선에서 있었던 경고사격, 지난 1일 싱가포르에서 열린 회담: a past attributive verb (closed by ㄴ or
 * 던, not the present 는 nor the prospective ㄹ, nor a relational 대한 or 위한) opens a relative clause on the noun
 * after it, the act it tells done before the noun's sentence.
 */
function pastAttributiveKo(tok: Token): boolean {
  if (tok.arg >= 0 || RELATIONAL.test(tok.text)) return false
  if (/[가-힣]던$/.test(tok.text)) return true
  return tokenBoundary(tok) === Boundary.Attributive && !/(는|[할될])$/.test(tok.text)
}

/** A case word inside a relative clause is that clause's own (싱가포르에서 열린), unless a topic (은/는: the sentence's). */
function inRelativeKo(relative: boolean, kase: Case): boolean {
  return relative && kase !== Case.Top
}

/**
 * In a past relative clause on an event noun: 최근 (recently), or 지난 N일 days back as earlierDayKo counts them (지난
 * 19일 ... 있었던 of the 23rd), dates the act the clause tells before the article's news.
 */
function recalledInRelativeKo(v: SentenceView, i: number, today: { month: number; day: number }): boolean {
  const w = v.tokens[i].text
  if (w === '최근') return true
  const d = /^(\d{1,2})일$/.exec(w)
  return d !== null && v.tokens[i - 1]?.text === '지난' && daysBackKo(Number(d[1]), today) >= RECALLED_DAYS_KO
}

/** Verbs of a demand or a protest (a statement's own act, not a policy's). */
const DEMAND_VERB_KO = /^(요청|촉구|요구|항의|규탄|비난|비판)/
const SAID_KO = new RegExp(`^(${SAID_STEMS_KO})`)
/**
 * "중국 측에 강제북송 중단을 거듭 요청해 왔다고 밝혔다", '...요청해 왔다'고 말했다: a demand kept up, told by
 * its own speaker in today's statement, is their position now, not a habit recalled (t5 t26 t46; 북한은 그동안
 * ... 비난해 왔다, told by the writer, stays context).
 */
function habitOfSpeechToldKo(c: KoContext): boolean {
  if (!DEMAND_VERB_KO.test(wordAt(c.v, c.start))) return false
  // The words after the trigger's: 왔다고 밝혔다, or 왔다 ' 고 말했다 across a closing quotation mark.
  const words: string[] = []
  for (let i = c.at; i < c.v.tokens.length && words.length < 6; i++)
    if (wordAt(c.v, i)) words.push(wordAt(c.v, i))
  const k = words.findIndex((w, n) => n < 3 && /왔다(고)?$/.test(w))
  if (k < 0) return false
  const next = words[k].endsWith('고') ? words[k + 1] : words[k + 1] === '고' ? words[k + 2] : undefined
  return next !== undefined && SAID_KO.test(next)
}

/** An adnominal of succession (잇단, 잇따른, 연이은, 거듭된): the noun after it names a series, not one act. */
const SERIES_KO = /^(잇단|잇따른|연이은|거듭된|거듭되는|계속된|계속되는)$/

/**
 * 북한의 잇단 탄도미사일 발사에 대응한 것, 잇따른 미사일 발사를 규탄했다: an adnominal of succession before the
 * trigger's noun phrase (bare nouns between) sums up acts carried out before the news, recalled as its context
 * (background: t35 t45 t57), not one act reported; the trigger a noun (no verb ending on it).
 */
export function seriesSummedKo(c: KoContext): boolean {
  const { v } = c
  // (러시아의 잇단 공습으로 파괴된: strikes at someone in a series are a campaign under way, reported.)
  if (c.frame === Frame.Directed) return false
  if (/[다며고]$/.test(c.tail) || /^(했|한|하|해|된|됐)/.test(c.tail)) return false
  for (let k = c.start - 1; k >= 0 && k >= c.start - 3; k--) {
    const w = wordAt(v, k)
    if (SERIES_KO.test(w)) return true
    if (!v.tokens[k].word || /[을를이가은는에의도와과로]$/.test(w)) return false
  }
  return false
}

/**
 * 탄도미사일 발사로 맞대응해 왔다, 제재로 압박해 온: the trigger as the means (로) of the verb that governs it, in a
 * habit (~해 왔다/온), is that habit recalled, not an act reported (as 발사해 왔다 is).
 */
export function habitMeansKo(c: KoContext): boolean {
  if (c.tail !== '로' && c.tail !== '으로') return false
  const verb = wordAt(c.v, c.at + 1)
  const aux = wordAt(c.v, c.at + 2)
  return (/[가-힣](해|하여)$/.test(verb) && /^(왔|온|오던|오고)/.test(aux)) || /[가-힣]해(왔|온)/.test(verb)
}

/**
 * 핵실험 카드를 꺼낼 수도 있다, 北 7차 핵실험 카드 언제 꺼내나, '개별관광' 카드 만지작: the bare event noun naming a
 * card (카드) is an option held in reserve, a figure for an act that may or may not come (speculative: t12 t53 t97
 * t102), not the act reported; not 카드섹션 nor 카드사 (other words), nor a noun with its own particle (발사를 카드로).
 */
export function optionCardKo(c: KoContext): boolean {
  return c.tail === '' && /^카드([을를은는이가도만]|로|로서|$)/.test(wordAt(c.v, c.at + 1))
}

/** A visit's own verb in the non-past, quoted (방한한다고, 국빈 방문한다며). */
const NON_PAST_QUOTED_KO = /^(한다|된다)(고|며|면서)$/
/** The verb announcing it (발표했다, 밝혔다, 전했다, 알렸다). */
const ANNOUNCING_KO = /^(발표|밝혔|밝히|전했|알렸|공개)/

/**
 * 시 주석이 ... 국빈 방한한다고 대통령실이 발표했다, 헤그세스 장관이 ... 방한한다고 국방부가 밝혔다: a visit announced in the
 * non-past is its schedule, planned, not a trip under way (t5 t71 t73; attendedAbroad reads 참석한다고 so).
 */
function announcedVisitKo(c: KoContext): boolean {
  if (c.frame !== Frame.Visit || !NON_PAST_QUOTED_KO.test(c.tail)) return false
  // The announcer and its date stand between (대통령실이 28일 발표했다): the next few words.
  for (let k = c.at + 1, words = 0; k < c.v.tokens.length && words < 4; k++) {
    if (!c.v.tokens[k].word) continue
    if (ANNOUNCING_KO.test(c.v.tokens[k].text)) return true
    words++
  }
  return false
}

/** 여부 with a particle or none: the noun of an embedded question. */
const WHETHER_NOUN_KO = /^여부(를|에|엔|는|가)?$/
/** 여부 or a verb ending an indirect question (참석하는지를, 진행하고 있는지에): what a question asks about. */
const whetherKo = (w: string): boolean => WHETHER_NOUN_KO.test(w) || indirectQuestionWord(w)
/** A reply withheld on what was asked (확인해 드릴 수 없다, 말을 아꼈다, 즉답을 피했다). */
const WITHHELD_KO = /(확인해 (드릴|줄) 수 없|말을? 아끼|말을? 아꼈|말 아껴|즉답을 피)/

/**
 * 북한군 파병 여부를 묻는 질문에는 답하지 않았다, 열병식에 참석하는지를 묻는 말에 "적절한 시기에 발표할 것"이라고 답했다,
 * 협의를 진행하고 있는지에 대해서는 "확인해 드릴 수 없다": an act a reporter's question asks about (여부, ~는지 before
 * 묻는/질문), or one a reply is withheld on, is a possibility, not reported nor denied by the non-answer (t44 t64
 * t95; the English "asked whether" reads so). The embedded question is the trigger's own word or one of the next three
 * words of its phrase (a comma or a sentence end closes it); a denial in the reply was read before this.
 */
function askedWhetherKo(c: KoContext): boolean {
  const { v } = c
  let k = whetherKo(c.tail) ? c.at : -1
  for (let j = c.at + 1; k < 0 && j <= c.at + 3 && j < v.tokens.length; j++) {
    if (!v.tokens[j].word) return false
    if (whetherKo(v.tokens[j].text)) k = j
    else if (v.tokens[j].text.endsWith('다')) return false
  }
  if (k < 0) return false
  const next = wordAt(v, k + 1)
  if (/^(묻|물은|물음|질문)/.test(next)) return true
  let rest = ''
  for (let j = k + 1; j < v.tokens.length; j++) if (v.tokens[j].word) rest += ` ${v.tokens[j].text}`
  return WITHHELD_KO.test(rest)
}

/**
 * 무기 지원도 배제하지 않겠다, 추가 제재도 배제 안 해, 파병을 배제하지 않았다: an act its own predicate does not
 * exclude (배제 negated, the act its object or topic) is kept open as a possibility, speculative, quoted or not; not
 * denied by the negation (t8 t44 t116; English "would not rule out"). Not an act one is excluded from (회담에서 배제).
 */
function notExcludedKo(tail: string, word1: string | undefined, word2: string | undefined): boolean {
  return (
    /^(|[을를도은는]|까지|마저|조차)$/.test(tail) && /^배제(하지|되지|치)? (않|안$)/.test(`${word1} ${word2}`)
  )
}

function cuedModalityKo(c: KoContext): KoModality {
  const { v } = c
  let inner = c.tail
  let outer = ''
  let quoted = false
  // The word ending the trigger's clause in ~다는/~라는 (a claim's content), where it is.
  let claimAt = -1
  let i = c.at + 1
  // The first two words of the predicate after the trigger's own tail (what inner.split(' ')[1], [2] would be).
  let word1: string | undefined
  let word2: string | undefined
  // 회담했고 ... 논의할 예정이다: a past connective closes the trigger's clause with its own tense.
  const closed = /^(했|됐)(고|으며|는데|지만|으나)$/.test(c.tail)
  let propositive = false
  // (검토한 바 없다, 제공한 적 없다: a bound noun of experience takes its 없다/있다 along past the fifth word; 검토하고
  // 있지 않다: a ~지 form takes its 않다 along, negationCarriedKo.)
  for (
    let hops = 0;
    i < v.tokens.length &&
    (hops < 5 || /^(바|적)$/.test(wordAt(v, i - 1)) || negationCarriedKo(v, i)) &&
    !closed;
    i++
  ) {
    const tok = v.tokens[i]
    if (!tok.word) {
      if (tok.text === '.' || tok.text === '…') break
      continue
    }
    if (tok.arg >= 0) break
    inner += ` ${tok.text}`
    if (hops === 0) word1 = tok.text
    else if (hops === 1) word2 = tok.text
    hops++
    const b = tokenBoundary(tok)
    if (b === Boundary.Strong) {
      // 상봉을 열자고 제안했다: a propositive (~자고) is a proposal, its content still to come.
      if (/자고$/.test(tok.text)) propositive = true
      quoted = /(다고|라고|다며|라며|다면서|라면서|다는|라는|자고)$/.test(tok.text)
      if (/(다는|라는)$/.test(tok.text)) claimAt = i
      i++
      break
    }
    // A conditional predicate ends the trigger's clause: "계속한다면 대응하겠다" plans the response.
    if ((b === Boundary.Weak && tok.text.endsWith('다')) || cues(tok, Cue.ConditionalEnding)) {
      i++
      // "검토하고 있지 않다"고 일축했다: the quotative 고 written after the closing quotation mark.
      if (
        tok.text.endsWith('다') &&
        isClosingQuoteMark(v.tokens[i]) &&
        /^(고|며|면서)$/.test(wordAt(v, i + 1))
      ) {
        quoted = true
        i += 2
      }
      break
    }
  }
  if (quoted) {
    for (let hops = 0; i < v.tokens.length && hops < 3; i++) {
      const tok = v.tokens[i]
      if (!tok.word) continue
      if (tok.arg >= 0) continue
      outer += ` ${tok.text}`
      hops++
      if (tok.text.endsWith('다')) break
    }
  }
  // 연습에 핵 작전 시나리오를 포함하기로: the drill's content, read with its including verb (no guess).
  inner = scenarioIncludedKo(c, inner)
  // 넘겼다는 보도 (the trigger's own word ends the claim's clause), 전투기 이전 보도 (a bare noun names it).
  if (claimAt < 0 && (/(다는|라는)$/.test(c.tail) || c.tail === '')) claimAt = c.at
  // 넘겼다는 보도에 대해 "사실이 아닌 것으로 판단": the claim's own predicate calls it false.
  if (claimAt >= 0 && claimCalledFalse(v, claimAt)) return { modality: 'denied', denialVerb: true }
  // 파병설에 "또 다른 가짜뉴스", 기술지원설 근거 없어: a rumour (설) of the act its sentence calls false.
  if (/^설/.test(c.tail) && rumourCalledFalseKo(v, c.at)) return { modality: 'denied', denialVerb: true }
  // 방러 임박설 사실 아냐, 포탄 구매설 근거 없어: the rumour on the next word, of the act's timing or transfer.
  if (c.tail === '' && RUMOURED_ACT_KO.test(wordAt(v, c.at + 1)) && rumourCalledFalseKo(v, c.at + 1))
    return { modality: 'denied', denialVerb: true }
  // "앞서 김정은 위원장은 ... 거절했다": 앞서 (earlier) opening a sentence sets its acts before the news, recalled
  // as context (not 회담에 앞서: ahead of).
  // (A plan of the trigger's own predicate outlasts it: "앞서 대통령실은 ... 무기 지원 문제를 재검토하겠다고 밝혔다"
  // still plans the review; see ownPlan.)
  // (앞서 ... 이날 ... 보도했다: earlier the same day is still the day's news.)
  if (v.tokens.find((x) => x.word)?.text === '앞서' && !firmPlan(c, inner) && !v.tokens.some(sameDayKo))
    return { modality: 'background', denialVerb: false }
  // 북러가 체결한 '조약'에 항의했다, 지난 6월 체결된 조약에 따라: an instrument named by its signing is recalled.
  if (signedInstrumentKo(c)) return { modality: 'background', denialVerb: false }
  // 조약을 체결한 데 대해 항의했다: a signing made the thing another act is about is recalled.
  if (signedClauseAboutKo(c) || signingReactedToKo(c)) return { modality: 'background', denialVerb: false }
  // 조약을 체결한 지 1년을 맞아, 선언한 지 2년이 됐다: an act the time elapsed is counted from (지) is recalled.
  if (elapsedSinceActKo(c)) return { modality: 'background', denialVerb: false }
  // 파병에 대한 대가로: what is paid for is the context.
  // (파병의 대가로: the word right after; 파병에 대한 대가로: the one after 대한.)
  if (/^(에|의)$/.test(c.tail) && (/^대가/.test(wordAt(v, c.at + 1)) || /^대가/.test(wordAt(v, c.at + 2))))
    return { modality: 'background', denialVerb: false }
  // "파병에 대해 '알지 못한다'", "파병과 관련해 항의": the trigger is what is talked about; what
  // follows is the statement's own predicate.
  if (/^(에|과|와)$/.test(c.tail) && /^(대해|대한|관해|관한|관련해|관련한|관련)$/.test(wordAt(v, c.at + 1)))
    return undecided(c)
  // 함께 분석한 결과 ... 없는 것으로 평가됐다: an act whose result (결과) is told was carried out; the negation after
  // it is the finding's, not the act's.
  if (actWithResultKo(c)) return undecided(c)
  // 비핵화를 전제로 한 대화, 핵 포기를 조건으로: an act named as the condition another is set on is supposed,
  // whatever is said of the other (round eighteen: t28 t35 t40; English preconditionOf).
  if (
    /^[을를]$/.test(c.tail) &&
    /^(전제|조건)(로|으로|하)/.test(wordAt(v, c.at + 1)) &&
    !denuclearisationKo(c)
  )
    return { modality: 'speculative', denialVerb: false }
  // 비난해 왔다, 개발해 온: a habit recalled as context, not today's act.
  // 제재를 이어오고 있다, 지속해 온: keeping an act up since then, the same habit.
  if (
    (/^(해|하여|해서) ?(왔|온|오던|오고)/.test(inner) ||
      /^해(왔|온)/.test(c.tail) ||
      /^[을를] (이어|유지해|지속해|계속해) ?(왔|온|오던|오고)/.test(inner)) &&
    !habitOfSpeechToldKo(c)
  )
    return { modality: 'background', denialVerb: false }
  // 미사일 발사로 맞대응해 왔다: the act as the means of a habit recalled (X로 ~해 왔다) is that habit's context.
  if (habitMeansKo(c)) return { modality: 'background', denialVerb: false }
  // 북한의 잇단 탄도미사일 발사에: a series of acts summed up in one noun phrase is recalled as context.
  if (seriesSummedKo(c)) return { modality: 'background', denialVerb: false }
  // 핵실험 카드를 꺼낼 수도: the event named as a card is an option in reserve, not an act.
  if (optionCardKo(c)) return { modality: 'speculative', denialVerb: false }
  // 정상회담 후속 조치, 방한 후속 협의: a follow-up comes after the act it follows, which is context. (Further
  // on, for symmetric triggers only and at the lowest priority: talksFollowedUp.)
  if (/^(|의)$/.test(c.tail) && /^후속/.test(wordAt(v, c.at + 1)))
    return { modality: 'background', denialVerb: false }
  // 북러 정상회담 1년, 포격 도발 15주기: an anniversary names the event as the past it counts from.
  if (c.tail === '' && /^\d+(주년|주기|년|개월|돌)/.test(wordAt(v, c.at + 1) || ''))
    return { modality: 'background', denialVerb: false }
  // (합의서 채택 34주년: a document suffix after the trigger still names the same past act.)
  if (
    /^(|서|문)$/.test(c.tail) &&
    /^\d+(주년|주기|돌)/.test(wordAt(v, c.at + 2)) &&
    !/^[가-힣]+[을를이가은는에의]$/.test(wordAt(v, c.at + 1))
  )
    return { modality: 'background', denialVerb: false }
  // 北 ICBM 발사 사흘 만, 회담 열흘 만에: the time counted since an act names it as the past it counts from (as
  // 취임 82일 만의, below); not 발사 사흘 전 (to come), nor 11년 만에 방한 (the time before the act is its own).
  if (
    c.tail === '' &&
    SINCE_SPAN.test(wordAt(v, c.at + 1)) &&
    /^만(에|의|이다|이)?$/.test(wordAt(v, c.at + 2))
  )
    return { modality: 'background', denialVerb: false }
  // 조약 체결 이후, 조약은 체결 넉 달 만에: an instrument's signing named as the time another act is counted from.
  if (signingAsTimeKo(c)) return { modality: 'background', denialVerb: false }
  // 리창 방북 이후, 제재 이후: any act named as the time since which another is told is the past.
  if (actAsTimeKo(c)) return { modality: 'background', denialVerb: false }
  // 취임 이후 첫 회담, 취임 축하 통화: taking office named as a time reference or an occasion is the past.
  if (c.frame === Frame.Leadership && /^(|한)$/.test(c.tail) && AFTER_OFFICE.test(wordAt(v, c.at + 1)))
    return { modality: 'background', denialVerb: false }
  // 미국 대선 이후, 대선 승리 이후, 총재 당선 직후: an election (or its result) as the time of another act is one
  // already held, unless a date to come stands before it (이달 말 총재 선거 이후 새 내각이 출범하면; round
  // sixteen: t36 t48 t60).
  if (c.frame === Frame.Election && c.tail === '' && electionAsTimeKo(c))
    return { modality: 'background', denialVerb: false }
  const before = `${wordAt(v, c.start - 2)} ${wordAt(v, c.start - 1)} `
  // A condition before the trigger: "도발 시 원점 타격", "도발할 경우 ... 응징" (not what a pact provides:
  // "공격받으면 상호 군사지원을 제공하는 조항").
  const conditional = /( 시 |경우 |하면 |되면 |으면 )/.test(` ${before}`) && !provision(c)
  // 변함없이, 지체 없이, 끊임없이: an adverb, not the predicate's negation; 훈련을 축소하지 않기로: not
  // cutting the drill back affirms it.
  const reversed = /^[을를은는]$/.test(c.tail) && startsWithAny(wordAt(v, c.at + 1), REVERSING)
  // (Each replace below only where its word is there: most predicates hold none, and the copy is per trigger.)
  const negated = reversed ? '' : inner.includes('없이') ? inner.replace(/없이/g, '') : inner
  const neg = NEGATION_CUE.test(negated) || / 안 /.test(` ${inner} `) || before.endsWith(' 안 ')
  if (DENIAL_CUE.test(outer) || DENIAL_VERB_CUE.test(inner.slice(c.tail.length)))
    return { modality: neg && !quoted ? 'speculative' : 'denied', denialVerb: true }
  // 파병 여부를 묻는 질문에는 답하지 않았다: what a question asks about is a possibility, whatever the answer withholds.
  if (askedWhetherKo(c)) return { modality: 'speculative', denialVerb: false }
  // 예정된 (한미) 정상회담: the event's own phrase names it as planned, whatever the sentence guesses.
  if (plannedBefore(c)) return { modality: 'planned', denialVerb: false }
  const shared = sharedPredicate(c)
  const spec =
    conditional ||
    SPECULATION_CUE.test(shared) ||
    // 지원도 배제하지 않겠다: an act not excluded is a possibility kept open.
    notExcludedKo(c.tail, word1, word2) ||
    // 협의에 나서야 한다 (the writer's own voice): what should be done is advice, not a plan or a report; but
    // what must be done within a deadline (60일 이내에 대선을 치러야 한다) is set by law, planned (FUTURE_DATE below).
    (!quoted && OBLIGATION.test(inner) && !DEADLINE.test(`${ownClauseBefore(c)} ${inner}`)) ||
    // 군사협력에 깊은 우려를 표명했다: concern about an act (에) is a statement about it, not a guess.
    SPECULATION_CUE.test(
      c.tail === '에' && inner.includes('우려') ? inner.replace(/우려/g, '') : siteSuspectedKo(inner),
    ) ||
    CONDITIONAL.test(c.tail) ||
    // 발사한다면, 파병했다면, 만난다면: the trigger's own word in the conditional, as 발사하면 is.
    conditionalPredicate(c.tail) ||
    CONDITIONAL.test(word1 ?? '') ||
    // 핵실험 강행 시, 파병 지속시: the bound noun 시 after the act's verbal noun (지속시: going on with an act
    // presupposes it, as 계속한다면 does).
    (word1 !== undefined && CONDITION_WORD.test(word1) && !/^(지속|계속)/.test(word1)) ||
    (word1 !== undefined && /^[가-힣]+$/.test(word1) && word2 !== undefined && CONDITION_WORD.test(word2)) ||
    // "연합훈련을 계속한다면", "훈련이 계속되면": the predicate governing the trigger is a condition.
    conditionalPredicate(word1) ||
    conditionalPredicate(word2) ||
    // "발사 대비 태세", "발사에 대비해": readiness for what may come; 파병설: a rumour. (Not after the trigger's
    // own connective: 공유하며 대비태세를 유지 opens a clause of its own.)
    (/^(에 )?대비/.test(inner.slice(c.tail.length).trim()) && !/(고|며|면서)$/.test(c.tail)) ||
    /^(에 대비|설$|설[은는이을에과도로])/.test(c.tail)
  // 북한은 지난 1월 이후 미사일을 쏘지 않았다: the reporter recalls the last time (nobody's denial).
  if (neg && !spec && !quoted && sinceBefore(c) && !attributed(v))
    return { modality: 'background', denialVerb: false }
  // 합의에는 이르지 못했다, 회담을 열지 못했다: 못 says the act failed, not that anyone refused or denied it.
  const failed = neg && /못/.test(negated) && !/않|없|아니/.test(negated) && !/ 안 /.test(` ${inner} `)
  if (neg) return { modality: spec ? 'speculative' : 'denied', denialVerb: false, failed }
  if (spec || word1 === '땐' || SPECULATION_VERB_CUE.test(outer))
    return { modality: 'speculative', denialVerb: false, guessed: GUESS_CUE.test(inner.slice(c.tail.length)) }
  if (conditionBefore(c)) return { modality: 'speculative', denialVerb: false }
  // 훈련을 9월로 연기했다 (still to come), 판매를 승인한 (yet to be carried out), 집회는 취소됐다 (will not
  // take place); not undoing the postponement (연기하지 않기로: the negation above decided it).
  const governed = governingVerb(c)
  if (governed) return { modality: governed, denialVerb: false }
  // 핵실험을 강행할 경우 ... 제재를 추진하겠다, "추가 파병 땐 제재": what follows a condition is not a plan.
  // "집회와 탄핵 기각을 요구하는 보수단체 집회": a demand in a relative clause (요구하는, 촉구한) is what the
  // next noun stands for, not a plan of the trigger's act; right after the trigger (탄핵을 촉구하는) it is.
  const demandClause = /(^| )[가-힣]*(촉구|요구|제안)(하는|한)(?= |$)/g
  const ownDemand = word1 !== undefined && /^(촉구|요구|제안)(하는|한)$/.test(word1)
  // 핵실험 준비를 이미 마쳤다: preparations completed are an act done, not a plan.
  const readied = inner.includes('준비')
    ? inner.replace(/준비[를가는]? ?(이미 )?(마치|마쳐|마쳤|마친|끝내|끝냈|끝난|완료)/g, ' ')
    : inner
  // 강제북송 중단을 요구했다, 훈련 중단을 촉구: what a demand to stop an act asks for is the stop; the act is under
  // way.
  // (탈북민 강제북송 중단을: over one bare noun of the act.)
  const STOP = /^(중단|중지|철회|폐지)[을를]$/
  const stopped =
    c.tail === '' &&
    (STOP.test(wordAt(v, c.at + 1)) ||
      (/^[가-힣]+$/.test(wordAt(v, c.at + 1)) && STOP.test(wordAt(v, c.at + 2))))
  if (announcedVisitKo(c)) return { modality: 'planned', denialVerb: false }
  const plan =
    (!stopped &&
      PLAN_CUE.test(
        ownDemand || !DEMAND_WORD.test(readied) ? readied : readied.replace(demandClause, ' '),
      )) ||
    PLAN_VERB_CUE.test(outer) ||
    PLAN_CUE.test(shared) ||
    propositive
  // "북한에 억류된 국민의 석방을 촉구했다": a passive participle says what its noun has undergone; a plan or
  // demand after the noun (석방을 촉구) is that noun's, not the trigger's.
  if (plan && !/^(된|당한)$/.test(c.tail))
    return { modality: 'planned', denialVerb: false, ownPlan: firmPlan(c, `${readied} ${shared}`) }
  // A date to come in the trigger's own clause (오는 16일부터 일본을 방문해) or its predicate (정상회담이
  // 내달 열린다).
  // "푸틴 대통령의 방북 일정도 논의했다", "시진핑 주석이 참석하는 문제를 협의했다": an act whose schedule or
  // question is discussed is on the agenda (the labelling guide's planned).
  if (onAgenda(c)) return { modality: 'planned', denialVerb: false }
  // (집회가 이어졌고, 조기 대선은 60일 안에 치러진다: a past connective closes the trigger's clause.)
  const pastEnd = / [가-힣]*(었|았|였|했|됐|졌)(고|으며|지만|는데)( |$)/.exec(inner)
  const own = `${ownClauseBefore(c)} ${pastEnd ? inner.slice(0, pastEnd.index + pastEnd[0].length) : inner}`
  if (FUTURE_DATE.test(own)) return { modality: 'planned', denialVerb: false }
  // "한미 양국 군은 19일부터 연습을 시작한다" in an article of the 15th: a non-past predicate with a day after the
  // article's date is a schedule (the same day, 10일부터 실시한다 on the 10th, is under way).
  // (The cheap date test first: most clauses name no day.)
  if (c.today && !pastEnd && laterDay(own, c.today) && nonPast(`${inner} ${shared}`))
    return { modality: 'planned', denialVerb: false }
  // "▲25일(목) 합참, 서해 해상 사격훈련 실시" in an article of the 21st: an entry with no tense of its own and a
  // day in the days ahead is a schedule.
  if (c.today && !pastEnd && nominalEnd(c) && dayAhead(own, c.today))
    return { modality: 'planned', denialVerb: false }
  // "[이번 주 주요 일정] 이 대통령 유엔총회 참석": a rubric naming a schedule dates its untensed items to come.
  if (scheduleRubric(v) && nominalEnd(c)) return { modality: 'planned', denialVerb: false }
  if (earlierPeriodKo(c)) return { modality: 'background', denialVerb: false }
  // 비난한 바 있다, 전략대화를 가진 바 있다: a bound noun of experience tells what was done before, recalled as
  // context (its negation, 검토한 바 없다, is a denial above; a plan or guess decided first).
  if (/[가-힣] 바 있/.test(inner)) return { modality: 'background', denialVerb: false }
  return undecided(c)
}

/** 이날 (that same day), with or without its particle (이날은, 이날도). */
const sameDayKo = (x: Token) => /^이날(은|도|에)?$/.test(x.text)

/** What a body adopts that is its own text, no instrument between parties: a resolution, a white paper, a bill. */
const OWN_TEXT_KO = /(결의|결의안|백서|보고서|법안|예산안?|안건|강령)(을|를)?$/

/**
 * 결의를 표결 없이 채택했다, 일본 정부가 채택한 2023년판 방위백서를: 채택 whose own object (the 을/를 word
 * within two words before it, or the noun its modifier 채택한/채택된 heads, past a 년판 edition) is a body's own
 * text adopts no agreement, whatever instrument (핵확산금지조약, 문서) the sentence names elsewhere.
 */
export function adoptsOwnTextKo(v: SentenceView, start: number, at: number): boolean {
  const { tokens } = v
  if (!tokens[start].text.startsWith('채택')) return false
  for (let k = start - 1; k >= 0 && k >= start - 3; k--)
    if (/[을를]$/.test(tokens[k].text)) return OWN_TEXT_KO.test(tokens[k].text)
  if (!/^채택(한|된|하는|되는)$/.test(tokens[at].text)) return false
  let k = at + 1
  if (/년판$/.test(tokens[k]?.text ?? '')) k++
  return OWN_TEXT_KO.test((tokens[k]?.text ?? '').replace(/[을를이가은는의]$/, ''))
}

/**
 * 핵확산금지조약(NPT) 복귀를 촉구하는, 조약 탈퇴를 선언한: a treaty noun heading a state's return to, exit from or
 * keeping of it names the standing treaty, no signing (the 채택 or 서명 elsewhere is another act's).
 */
export function standingTreatyKo(v: SentenceView, at: number): boolean {
  const { tokens } = v
  let k = at + 1
  // 핵확산금지조약(NPT) 복귀: past a bracketed gloss.
  if (tokens[k]?.text === '(' && tokens[k + 2]?.text === ')') k += 3
  return /^(복귀|탈퇴|준수|위반)/.test(tokens[k]?.text ?? '')
}
