/**
 * Argument noun phrases of a sentence, from the actor mentions the matcher resolved:
 *  - the most specific actor of each mention (a person over the country it implies);
 *  - mentions of one noun phrase merged ("Russian President Vladimir Putin", 푸틴 러시아 대통령,
 *    "Russia's Shoigu"), and two actors in one word kept as a pair ("U.S.-ROK", "Russia-North Korea");
 *  - Korean case from the particle after the alias, or after the title nouns that follow it
 *    (러시아 외무장관이 → subject);
 *  - "the two leaders", "both countries", 양 정상, 양국: the two parties named last.
 */
import type { CompiledTaxonomy } from '../compile'
import type { ActorMention, VenueMention } from '../state'
import { caseOfParticle, tokenCase, trailingCase } from './korean'
import { type Arg, Case, type SentenceView, slice, type Token, type TokenMarks, tokenAt } from './view'

interface Item {
  start: number
  end: number
  parties: number[]
  venue: boolean
  first: number
  last: number
}

/** Who was named last, for "the two leaders" (persons) and "the two countries" (countries). */
export interface Recent {
  persons: number[]
  countries: number[]
  /** The persons and the countries the last sentence with actors named, in text order (others: its actors
   * that are no person, a state or an organisation, as named). */
  lastSentence?: { persons: number[]; countries: number[]; others?: number[] }
  /** Who reported the sentence being read ("..., KCNA said"), set by its records, else -1. */
  saying?: number
  /** Who reported the sentence before ("It said ..." continues that report), else -1. */
  said?: number
}

/** Korean 對X / 訪X compounds (대북 제재, 방북): the actor is the target of the noun they modify. */
const TARGET_PREFIX = /^[대방][가-힣]$/
const MAX_TITLE_GAP = 3
/** Title words written in lower case in running text ("North Korean leader Kim Jong Un"). */
const TITLE_WORDS = new Set(
  (
    'leader president prime minister foreign defence defense secretary chairman spokesman spokeswoman ' +
    'spokesperson envoy ambassador general chief deputy vice premier counterpart state security council ' +
    'national adviser advisor'
  ).split(' '),
)

/** The actors a mention names, without those another of them implies (주한미군 → usfk, not also the U.S.). */
function specific(m: CompiledTaxonomy, primary: number[]): number[] {
  if (primary.length === 1) return primary
  return primary.filter((a, i) => !primary.some((b, j) => j !== i && m.implied[b].includes(a)))
}

const related = (m: CompiledTaxonomy, a: number, b: number) =>
  a === b || m.implied[a].includes(b) || m.implied[b].includes(a)

const byStart = (a: Item, b: Item) => a.start - b.start

export function buildArgs(
  m: CompiledTaxonomy,
  v: SentenceView,
  mentions: ActorMention[],
  venues: VenueMention[],
  recent: Recent,
  triggerTokens: TokenMarks,
): void {
  const { tokens } = v
  const items: Item[] = []
  for (const mention of mentions)
    items.push({
      start: mention.start,
      end: mention.end,
      parties: specific(m, mention.primary),
      venue: false,
      first: 0,
      last: 0,
    })
  for (const venue of venues)
    if (!items.some((i) => i.start < venue.end && venue.start < i.end))
      items.push({
        start: venue.start,
        end: venue.end,
        parties: venue.actors,
        venue: true,
        first: 0,
        last: 0,
      })
  // Mentions come in text order, venues after them: sorted (stably) only when out of order.
  for (let i = 1; i < items.length; i++)
    if (items[i].start < items[i - 1].start) {
      items.sort(byStart)
      break
    }
  let kept = 0
  for (const it of items) {
    it.first = tokenAt(tokens, it.start)
    // A mention may run past the sentence ("... with the U.S. The ..." splits after its period).
    it.last = Math.min(tokens.length - 1, Math.max(it.first, tokenAt(tokens, it.end - 1)))
    if (it.first < tokens.length) items[kept++] = it
  }
  items.length = kept
  // Merge mentions of one noun phrase.
  const merged: Item[] = []
  for (const it of items) {
    const prev = merged[merged.length - 1]
    if (prev && mergeable(m, v, prev, it)) {
      const sameWord = it.first <= prev.last
      if (sameWord && !related(m, prev.parties[0], it.parties[0]))
        prev.parties = [...prev.parties, ...it.parties.filter((p) => !prev.parties.includes(p))]
      else if (m.implied[it.parties[0]].includes(prev.parties[0]) || prev.venue) prev.parties = it.parties
      prev.end = it.end
      prev.last = Math.max(prev.last, it.last)
      prev.venue = prev.venue && it.venue
      continue
    }
    // The items are this call's own: the first of a phrase is its merged item, not a copy.
    merged.push(it)
  }
  for (const it of merged) {
    if (it.parties.length > 1) it.parties = [...new Set(it.parties)]
    pushArg(m, v, it, triggerTokens)
  }
  addAnaphora(v, recent)
}

/** A government building named after its body, as a place (청사에서, 관저에서). */
const BUILDING = /^(청사|관저|본관|집무실|영빈관)(에서|에)$/

function mergeable(m: CompiledTaxonomy, v: SentenceView, a: Item, b: Item): boolean {
  if (b.first <= a.last) return true // one word: "U.S.-ROK", "russia-north korea"
  if (a.venue !== b.venue && !a.venue) return false
  // "서울 용산 국방부 청사에서", "도쿄 총리관저에서": a body's building in the city is where talks are held; the
  // city stays their venue (not the body's government, as in 워싱턴 백악관은).
  if (a.venue && !b.venue && BUILDING.test(v.tokens[b.last + 1]?.text ?? '')) return false
  const gap = b.first - a.last - 1
  if (gap > MAX_TITLE_GAP) return false
  if (!related(m, a.parties[0], b.parties[0])) return false
  // Nothing but title words between: no punctuation, no Korean particle after the first.
  const t = v.t
  if (a.end < v.tokens[a.last].end) {
    const tail = slice(t, a.end, v.tokens[a.last].end)
    if (tail !== "'s" && tail !== "'" && !/^(군|측|정부|당국)$/.test(tail)) return false
  }
  // 유럽연합(EU)은, 국제원자력기구(IAEA)의: the same actor repeated in parentheses is one noun phrase.
  if (gap === 1 && v.tokens[a.last + 1].text === '(' && a.parties[0] === b.parties[0]) return true
  let capitalised = 0
  for (let i = a.last + 1; i < b.first; i++) {
    const tok = v.tokens[i]
    if (!tok.word || tokenCase(tok) !== null) return false
    const c = t.source.charCodeAt(t.orig[tok.start])
    if ((c >= 0x41 && c <= 0x5a) || TITLE_WORDS.has(tok.text)) capitalised++
    else if (/^[a-z]/.test(tok.text) && !/^(of|for|the)$/.test(tok.text)) return false
  }
  // English titles are capitalised ("Secretary of State", "Foreign Minister"); Korean ones have no particle.
  return b.first - a.last - 1 === 0 || capitalised > 0 || /[가-힣]/.test(v.tokens[a.last].text)
}

function pushArg(m: CompiledTaxonomy, v: SentenceView, it: Item, triggerTokens: TokenMarks): void {
  const { tokens, t } = v
  const lastTok = tokens[it.last]
  const tail = it.end < lastTok.end ? slice(t, it.end, lastTok.end) : ''
  const arg: Arg = {
    first: it.first,
    last: it.last,
    parties: it.parties,
    venue: it.venue,
    possessive: tail === "'s" || tail === "'" || tail.endsWith("'s"),
    kase: Case.None,
    particle: '',
    // 대북, 방북: two syllables (the only length the pattern matches; no slice for the others).
    prefixTarget: it.end - it.start === 2 && TARGET_PREFIX.test(slice(t, it.start, it.end)),
  }
  const closed = lastTok.text === ')' || tokens[it.last + 1]?.text === ')'
  if (/[가-힣]/.test(lastTok.text) || (closed && /[가-힣]/.test(tokens[it.first].text)))
    koreanCase(m, v, arg, tail, triggerTokens)
  const k = v.args.length
  v.args.push(arg)
  for (let i = it.first; i <= it.last; i++) if (tokens[i].arg < 0) tokens[i].arg = k
}

/** Titles after a name whose word is also an election trigger: 당선인, 후보 (not 후보지, a site). */
const TITLE_TRIGGER_KO = /^(당선인|후보(가|는|이|은|의|를|와|과|도|로)?$)/

/** A province whose name ends in 도 (강원도, 함경북도): a place noun, not a word with the particle 도. */
const PROVINCE_KO = /^(강원|경기|제주|자강|양강|(충청|전라|경상|함경|평안|황해)[남북])도$/

/** The case of a Korean argument: its own particle, or that of the title nouns after it (외무장관이). */
function koreanCase(m: CompiledTaxonomy, v: SentenceView, arg: Arg, tail: string, triggerTokens: TokenMarks) {
  let chain = tail
  for (const s of m.suffixes)
    if (chain.startsWith(s) && chain.length > s.length) {
      chain = chain.slice(s.length)
      break
    } else if (chain === s) chain = ''
  arg.particle = chain
  arg.kase = caseOfParticle(chain)
  if (arg.kase !== Case.None) return
  const { tokens } = v
  for (let i = arg.last + 1, hops = 0; i < tokens.length && hops < 3; i++, hops++) {
    const tok: Token = tokens[i]
    // 유럽연합(EU)은: the particle after the closing parenthesis of a repeated name.
    if (tok.text === ')' && i === arg.last + 1) continue
    // 미국 재무부 해외자산통제실(OFAC)은: an abbreviation in parentheses after the head noun (up to its ')').
    if (tok.text === '(' && hops > 0 && tokens[i + 2]?.text === ')' && tokens[i + 1].word) {
      i += 2
      hops--
      continue
    }
    // (트럼프 당선인의, 이재명 후보가: the president-elect and the candidate are titles, whatever trigger their
    // word holds.)
    if (!tok.word || tok.arg >= 0 || (triggerTokens.has(i) && !TITLE_TRIGGER_KO.test(tok.text))) return
    if (tokens[i - 1].text === ')') {
      const p = caseOfParticle(tok.text)
      if (p !== Case.Other) {
        arg.kase = p
        arg.particle = tok.text
        return
      }
      // 북대서양조약기구(NATO) 사무총장은: a title noun after the parenthesis carries the case, as it does with
      // no parenthesis (나토 사무총장은).
    }
    // 북한 강원도 원산에 도착: the province is the place's first noun; the case is the last one's.
    if (PROVINCE_KO.test(tok.text)) continue
    const c = tokenCase(tok)
    if (c !== null) {
      arg.kase = c === Case.Com ? (coordinatedObject(v, i, triggerTokens) ?? c) : c
      arg.particle = tok.text
      return
    }
    if (/(다|고|며|서|면|해)$/.test(tok.text)) return
  }
}

/**
 * "북한 국적자 2명과 관련 기업 3곳을 제재": a 과/와 phrase coordinated into an object is the object
 * (not a partner: "푸틴 대통령과 회담을" ends on the trigger, "한국과 미국을" on another actor).
 */
function coordinatedObject(v: SentenceView, from: number, triggerTokens: TokenMarks): Case | null {
  for (let i = from + 1, hops = 0; i < v.tokens.length && hops < 3; i++, hops++) {
    const tok = v.tokens[i]
    // 북한 국적자 1명과 중국 소재 회사 2곳을: a country a firm is located in (소재) is part of its noun phrase.
    if (v.tokens[i + 1]?.text === '소재') {
      i++
      hops--
      continue
    }
    if (!tok.word || tok.arg >= 0 || triggerTokens.has(i)) return null
    const c = tokenCase(tok)
    if (c === Case.Acc) return c
    if (c !== null || /(다|고|며|서|면|해)$/.test(tok.text)) return null
  }
  return null
}

const EN_LEADERS = /^(leaders|presidents|ministers|premiers|heads)$/
const EN_STATES = /^(countries|nations|sides|governments|allies|neighbours|neighbors|states|parties)$/

const T = 0x74 // t
const B = 0x62 // b
const E = 0x65 // e
const YANG = 0xc591 // 양
const DU = 0xb450 // 두
const SE = 0xc138 // 세
const TWO = 0x32 // 2
const NINE = 0x39 // 9
/** A count of states opening a Korean sentence: 3국은, 3국이, 3국 (장관은). */
const COUNTED_STATES_KO = /^[2-9]국(은|이|도|)$/

/** "the two leaders", "both countries", 양 정상, 양국, 양측: the two parties named last in the article. */
function addAnaphora(v: SentenceView, recent: Recent): void {
  const { tokens } = v
  const { codes } = v.t
  for (let i = 0; i < tokens.length; i++) {
    // Every phrase below starts with the, both, 양, 두, 세 or a digit (3국): one character code rules out the rest
    // (read from the text, not the token's string: most tokens' strings are then never touched here).
    const c0 = codes[tokens[i].start]
    if (
      c0 !== T &&
      c0 !== B &&
      c0 !== E &&
      c0 !== YANG &&
      c0 !== DU &&
      c0 !== SE &&
      !(c0 >= TWO && c0 <= NINE)
    )
      continue
    const w = tokens[i].text
    let kind: 'persons' | 'countries' | null = null
    let end = i
    let plural = false
    // How many parties a Korean count names (3국은: three), which the last sentence must name as many of.
    let counted = 0
    // "The treaty obliges each side to assist the other": a pact's clause on each of the two parties
    // named before, when its sentence names none.
    if (w === 'each' && /^(side|party)$/.test(tokens[i + 1]?.text ?? '')) {
      if (tokens.some((x) => x.arg >= 0)) continue
      kind = 'countries'
      end = i + 1
    } else if ((w === 'the' && tokens[i + 1]?.text === 'two') || w === 'both') {
      const noun = tokens[w === 'both' ? i + 1 : i + 2]?.text ?? ''
      if (EN_LEADERS.test(noun)) kind = 'persons'
      else if (EN_STATES.test(noun)) kind = 'countries'
      end = w === 'both' ? i + 1 : i + 2
      // "The two met three times": "the two" as the subject of a verb is the pair just named.
      const verb =
        i === 0 && /^(met|signed|agreed|held|talked|spoke|have|had|are|were|will|would)$/.test(noun)
      if (!kind && w === 'the' && (!/^[a-z]/.test(noun) || verb)) {
        kind = recent.persons.length >= 2 ? 'persons' : 'countries'
        end = i + 1
      }
    } else if (i === 0 && w === 'the' && tokens[1]?.text === 'three') {
      // "The three condemned ...", "The three sides agreed": the parties named last (the gold's
      // convention for three parties labels the first two of them).
      const noun = tokens[2]?.text ?? ''
      if (EN_LEADERS.test(noun)) kind = 'persons'
      else if (EN_STATES.test(noun)) kind = 'countries'
      else kind = recent.persons.length >= 2 ? 'persons' : 'countries'
      end = kind && (EN_LEADERS.test(noun) || EN_STATES.test(noun)) ? 2 : 1
      plural = true
    } else if (i === 0 && w === 'the' && /^(sides|parties)$/.test(tokens[1]?.text ?? '')) {
      // "The sides agreed to hold a tabletop exercise": the parties the last sentence named.
      kind = 'countries'
      end = 1
      plural = true
    } else if (i === 0 && (w === 'they' || (w === 'the' && EN_LEADERS.test(tokens[1]?.text ?? '')))) {
      // A sentence opening on "They" or "The leaders" refers back to the parties just named ("Biden
      // hosted Yoon and Kishida. The leaders adopted ...", "Yoon and Kishida met. They agreed ...").
      if (w === 'they') {
        if (!tokens[1]?.word || tokens[1].arg >= 0) continue
        kind = recent.persons.length >= 2 ? 'persons' : 'countries'
      } else {
        if (/^(of|from|in|at)$/.test(tokens[2]?.text ?? '')) continue
        kind = 'persons'
        end = 1
      }
      plural = true
    } else if (i === 0 && w === 'the' && titleAnaphorPair(tokens) > 0) {
      // "The Secretary and the Foreign Minister condemned ...": two offices named just before.
      kind = 'persons'
      end = titleAnaphorPair(tokens)
      plural = true
    } else if (w === '양' || w === '두') {
      const noun = tokens[i + 1]?.text ?? ''
      // 양 정상, 두 장관: the two leaders or ministers just named.
      if (/^(정상|장관)/.test(noun)) kind = 'persons'
      else if (/^(나라|국가)/.test(noun)) kind = 'countries'
      end = i + 1
    } else if (w === '세' && /^(정상|장관)/.test(tokens[i + 1]?.text ?? '')) {
      // 세 정상은 ... 채택했다, 세 장관은: the three leaders or ministers the last sentence named, its first two (as "the
      // three leaders"; t8 t9 t101).
      kind = 'persons'
      end = i + 1
      counted = 3
      plural = true
    } else if (
      i === 0 &&
      (COUNTED_STATES_KO.test(w) || (w === '세' && /^(나라|국가)/.test(tokens[1]?.text ?? '')))
    ) {
      // 3국은 ... 훈련을 실시하기로 했다, 3국 장관은, 세 나라는: a sentence opening on a count of states refers back
      // to the states the last sentence named (its first two, as for "the three"); their ministers or leaders
      // (3국 장관은) act for them, as the gold labels it (t38 t69).
      const office = /^(정상|장관)/.test(tokens[w === '세' ? 2 : 1]?.text ?? '')
      kind = 'countries'
      end = (w === '세' ? 1 : 0) + (office ? 1 : 0)
      counted = w === '세' ? 3 : Number(w[0])
      plural = true
    } else if (w.startsWith('양국') || w.startsWith('양측')) {
      kind = tokens[i + 1]?.text.startsWith('정상') ? 'persons' : 'countries'
      end = kind === 'persons' ? i + 1 : i
    }
    if (!kind) continue
    if (tokens.slice(i, end + 1).some((x) => x.arg >= 0)) continue
    // A plural without "two" names the group the last sentence named (its first two, the gold's
    // convention for more than two parties), the persons over their countries.
    const named = plural ? recent.lastSentence : undefined
    let parties: number[]
    if (counted) {
      // Only the group named just before, in full (not a guess among the parties of earlier sentences).
      if (!named || named[kind].length < counted) continue
      parties = named[kind].slice(0, 2)
    } else if (named && named.persons.length >= 2) parties = named.persons.slice(0, 2)
    else if (named && named.countries.length >= 2) parties = named.countries.slice(0, 2)
    else {
      const list = recent[kind]
      if (list.length < 2) continue
      parties = [list[list.length - 2], list[list.length - 1]]
    }
    const lastText = tokens[end].text
    const arg: Arg = {
      first: i,
      last: end,
      parties,
      venue: false,
      possessive: lastText.endsWith("'"),
      kase: /[가-힣]/.test(lastText) ? (trailingCase(lastText) ?? Case.None) : Case.None,
      particle: '',
      prefixTarget: false,
    }
    const k = v.args.length
    v.args.push(arg)
    for (let j = i; j <= end; j++) tokens[j].arg = k
    i = end
  }
}

/**
 * "The Secretary and the Foreign Minister ...": two office titles without names opening a sentence;
 * the token index of the second title's last word, else -1.
 */
function titleAnaphorPair(tokens: Token[]): number {
  let k = 1
  while (TITLE_WORDS.has(tokens[k]?.text ?? '') && tokens[k].arg < 0) k++
  if (k === 1 || tokens[k]?.text !== 'and' || tokens[k + 1]?.text !== 'the') return -1
  let j = k + 2
  while (TITLE_WORDS.has(tokens[j]?.text ?? '') && tokens[j].arg < 0) j++
  return j === k + 2 ? -1 : j - 1
}

/** Updates who was named last with one sentence's mentions. */
export function remember(m: CompiledTaxonomy, recent: Recent, mentions: ActorMention[]): void {
  const named = { persons: [] as number[], countries: [] as number[], others: [] as number[] }
  for (const mention of mentions) {
    for (const a of mention.primary.length === 1 ? mention.primary : specific(m, mention.primary)) {
      if (m.actorIsPerson[a]) keepLast(recent.persons, a)
      const country = m.actorIsCountry[a] ? a : countryIn(m, a)
      if (country >= 0) keepLast(recent.countries, country)
      if (m.actorIsPerson[a] && !named.persons.includes(a)) named.persons.push(a)
      if (country >= 0 && !named.countries.includes(country)) named.countries.push(country)
      if (!m.actorIsPerson[a] && !named.others.includes(a)) named.others.push(a)
    }
  }
  if (mentions.length) recent.lastSentence = named
  // The sentence read is now the one before; one that derived no records reported nothing we know of.
  recent.said = recent.saying ?? -1
  recent.saying = -1
}

const RECENT_KEPT = 4

function keepLast(list: number[], a: number): void {
  if (list[list.length - 1] === a) return
  const at = list.indexOf(a)
  if (at >= 0) list.splice(at, 1)
  list.push(a)
  if (list.length > RECENT_KEPT) list.shift()
}

function countryIn(m: CompiledTaxonomy, a: number): number {
  for (const x of m.implied[a]) if (m.actorIsCountry[x]) return x
  return -1
}
