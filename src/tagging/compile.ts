/**
 * Compiles a Taxonomy into one trie of every surface form (aliases, metonyms, titles, compounds,
 * stop phrases, event triggers and context cues) plus the tables the tagger consults per match.
 * Built once per isolate and taxonomy version (see index.ts); tagging never touches the JSON.
 */
import { C_CJK, charClass } from './chars'
import { exactCodes, inflectPhrase, isLatinForm, normaliseKey, type ParsedForm, parseForm } from './forms'
import { type Frame, frameOf, type Requires, requiresOf } from './records/frames'
import type { ActorDef, LangForms, Taxonomy } from './taxonomy'
import { type Trie, TrieBuilder } from './trie'

export enum Kind {
  Alias,
  Metonym,
  Coref,
  Title,
  Contextual,
  Office,
  Compound,
  /** A company or group of the actor's nationals: the actor only as a party to an event (actor_rule). */
  Party,
  StopActor,
  Trigger,
  StopEvent,
  Cue,
}

/** What may follow a match before the end of its token when the next character is Hangul. */
export enum Next {
  None, // nothing: a bare token (미)
  Particle, // a particle chain (북한은, 러시아와의)
  Noun, // a particle chain, or a glued suffix (북한군, 중국측) then particles
  Verb, // a particle chain or a verb ending (방문했다, 방문한)
  VerbOnly, // a verb ending, and never the bare noun (위협했다, not 위협)
  Any, // anything: compounds and stems glue to the next word (한미연합훈련, 발사체)
}

export interface Entry {
  kind: Kind
  /** May start in the middle of a word (Korean triggers and cues). */
  mid: boolean
  next: Next
  /** Case-sensitive forms: expected characters (spaces/dashes/quotes folded, case kept). */
  exact: Uint16Array | null
  /** A case-sensitive form of up to 3 letters (US, UN): not trusted in an ALL-CAPS headline. */
  shortCaps: boolean
  /** Actor indices (aliases, metonyms, offices, compounds, contextual) or the single candidate (titles, coref). */
  actors: number[]
  /** Office term of a title: valid when from <= publishedAt < to (epoch ms). */
  from: number
  to: number
  /** Contextual forms: the article must also name one of these actors. */
  requires: number[]
  event: number
  rules: number[]
  cue: number
  lang: string
  /** A trigger's form as the taxonomy lists it, normalised (every inflection shares it): the veto's lemma. */
  lemma: string
  /** An office from an actor's `bodies`: it tags the actor but is no party to events or records. */
  body?: boolean
  /** A body every state has (`bodiesAfter`): the actor's only right after the article last named the actor. */
  afterOwn?: boolean
}

export interface CompiledRule {
  requires: number[] | null
  excludes: number[] | null
  /** Membership tables over cue ids (built once all cues are known). */
  requiresSet: Uint8Array | null
  excludesSet: Uint8Array | null
  requiresActor: boolean
  minActors: number
  requiresTarget: boolean
  /** An event's context_excludes: checked on the title too (a sports headline sets the sense of its story). */
  context: boolean
}

export interface CompiledTaxonomy {
  version: number
  trie: Trie
  entries: Entry[]
  /** Hot fields of the entries as typed arrays (the walk reads them per candidate). */
  entryKind: Uint8Array
  entryMid: Uint8Array
  entryNext: Uint8Array
  entryCue: Int32Array
  actorSlugs: string[]
  actorIndex: Map<string, number>
  actorIsCountry: Uint8Array
  actorIsPerson: Uint8Array
  /** Transitive `implies` of each actor (itself excluded). */
  implied: number[][]
  /** The actor followed by its implied actors (shared, never mutated). */
  withImplied: number[][]
  eventSlugs: string[]
  eventIndex: Map<string, number>
  rules: CompiledRule[]
  backgroundCues: Uint8Array
  /** Background prefixes as code arrays ("following the", 지난). */
  backgroundPrefixCodes: Uint16Array[]
  cueCount: number
  /** Each cue's normalised phrase, by cue id (the veto's cue features). */
  cueKeys: string[]
  particleChains: Set<string>
  suffixes: string[]
  verbEndings: string[]
  /** Characters of single-ideograph aliases (韓美日 may follow each other). */
  cjkAliasChars: Set<number>
  venueBefore: Set<string>
  venueAfterEn: Set<string>
  venueAfterKo: string[]
  titleBlockersEn: Set<string>
  titleBlockersKo: Set<string>
  /** Words that make a bare Korean metonym the government (백악관 대변인), not a place (서울 도심). */
  govNextKo: string[]
  backgroundSuffixes: string[]
  /** Event index → event index it implies when reported in a foreign capital (venue). */
  venueImplies: Map<number, number>
  actorIsOrg: Uint8Array
  /** Per event: its role frame, the role it requires, and the event a state protester turns it into (-1). */
  eventFrame: Frame[]
  eventRequires: Requires[]
  eventStateActorEvent: Int32Array
  eventSpeech: Uint8Array
  eventInternational: Uint8Array
  eventOngoing: Uint8Array
  /** An event that implies another when one of the cues is in the sentence (election won → leadership-change). */
  eventImplies: { from: number; to: number; cues: Uint8Array | null; personSource: boolean }[]
  /** The event a denial also is, for the one who denies (-1 = none). */
  denialEvent: number
  /**
   * The events the record rules name by their default slugs, looked up once here rather than per trigger
   * (-1 when a custom taxonomy has no such event, which turns the rule off).
   */
  ruleEvents: {
    aid: number
    allianceAgreement: number
    attackClash: number
    election: number
    humanitarian: number
    militaryCooperation: number
    militaryExercise: number
    meetingSummit: number
    missileLaunch: number
    visit: number
  }
  /**
   * The actors the record rules name by their default slugs, looked up once here rather than per trigger (-1 when a
   * custom taxonomy has no such actor, which turns the rule's exception off).
   */
  ruleActors: {
    unitedStates: number
    ukraine: number
  }
  /** The country Korean text calls its own (우리 정부, 우리 군), which 국내 (domestic) names too (-1 = none). */
  homeKo: number
  /**
   * One-syllable prefixes a country's Korean aliases put before a body (미 정부, 미 국무부 → 미), when the
   * syllable alone is no alias: before any bare office (미 해군) they name that country as its owner.
   */
  prefixKo: Map<string, number>
}

const MAX_PARTICLE_CHAIN = 2
const NEVER = Number.POSITIVE_INFINITY

function toMs(date: string | null, fallback: number): number {
  if (!date) return fallback
  const [y, m, d] = date.split('-').map(Number)
  return Date.UTC(y, (m || 1) - 1, d || 1)
}

const formsOf = (f: LangForms | undefined): [string, string][] =>
  f
    ? Object.entries(f).flatMap(([lang, list]) =>
        Array.isArray(list) ? list.map((x) => [lang, x] as [string, string]) : [],
      )
    : []

class Compiler {
  builder = new TrieBuilder()
  entries: Entry[] = []
  cueIds = new Map<string, number>()
  rules: CompiledRule[] = []
  noInflect: Set<string>

  constructor(readonly taxonomy: Taxonomy) {
    this.noInflect = new Set(
      ((taxonomy.settings.conventions.en_no_inflect as string[] | undefined) ?? []).map((w) =>
        w.toLowerCase(),
      ),
    )
  }

  private base(kind: Kind, form: ParsedForm, lang: string): Entry {
    let exact: Uint16Array | null = null
    if (form.caseSensitive) exact = exactCodes(form.text)
    const letters = form.text.replace(/[^A-Za-z]/g, '').length
    return {
      kind,
      mid: false,
      next: Next.Particle,
      exact,
      shortCaps: form.caseSensitive && letters <= 3,
      actors: [],
      from: -NEVER,
      to: NEVER,
      requires: [],
      event: -1,
      rules: [],
      cue: -1,
      lang,
      lemma: '',
    }
  }

  private push(key: string, e: Entry): void {
    if (!key) return
    const id = this.entries.length
    this.entries.push(e)
    this.builder.add(key, id)
  }

  /** Next-rule of a Korean actor form: single syllables take particles only; 미 takes nothing. */
  private actorNext(form: ParsedForm, kind: Kind): Next {
    if (form.anyContinuation) return Next.Any
    const noParticle = (this.taxonomy.settings.conventions.ko_no_particle as string[] | undefined) ?? []
    if (noParticle.includes(form.text)) return Next.None
    if (kind === Kind.Compound || kind === Kind.StopActor || kind === Kind.StopEvent)
      return form.hangul && form.key.length >= 2 ? Next.Any : Next.Particle
    if (
      (kind === Kind.Alias || kind === Kind.Metonym || kind === Kind.Party) &&
      form.hangul &&
      form.key.length >= 2
    )
      return Next.Noun
    return Next.Particle
  }

  addActorForm(kind: Kind, raw: string, lang: string, actors: number[], extra: Partial<Entry> = {}): void {
    const form = parseForm(raw)
    const e = { ...this.base(kind, form, lang), next: this.actorNext(form, kind), actors, ...extra }
    if (!form.hangul && (kind === Kind.StopActor || kind === Kind.StopEvent) && !form.anyContinuation)
      e.next = Next.Particle
    // 총리지명선거, 최고인민회의: a Korean compound is written as one word as often as not, so a stop phrase
    // of another sense starts inside a word wherever the trigger it shields may.
    if (form.hangul && kind === Kind.StopEvent && form.key.length >= 3) e.mid = true
    this.push(form.key, e)
  }

  cue(phrase: string): number {
    const form = parseForm(phrase)
    const known = this.cueIds.get(form.key)
    if (known !== undefined) return known
    const id = this.cueIds.size
    this.cueIds.set(form.key, id)
    const e = { ...this.base(Kind.Cue, form, form.hangul ? 'ko' : 'en'), cue: id }
    if (form.hangul) {
      e.mid = true
      e.next = Next.Any
    }
    if (form.anyContinuation) e.next = Next.Any
    for (const key of this.variants(form)) this.push(key, { ...e })
    return id
  }

  /** The keys of a form: English words/phrases get inflections unless marked or listed otherwise. */
  variants(form: ParsedForm): string[] {
    if (form.noInflect || form.caseSensitive || !isLatinForm(form.text) || this.noInflect.has(form.key))
      return [form.key]
    return inflectPhrase(form.key)
  }

  addTrigger(eventIdx: number, raw: string, lang: string, ruleIds: number[]): void {
    const form = parseForm(raw)
    const e = { ...this.base(Kind.Trigger, form, lang), event: eventIdx, rules: ruleIds, lemma: form.key }
    if (form.hangul) {
      e.mid = form.key.length >= 2
      e.next = form.verbOnly ? Next.VerbOnly : form.anyContinuation ? Next.Any : Next.Verb
    } else {
      e.next = form.anyContinuation ? Next.Any : Next.Particle
    }
    for (const key of this.variants(form)) this.push(key, { ...e })
  }

  compileRules(eventIdx: number): { byKey: Map<string, number[]>; context: number | null } {
    const byKey = new Map<string, number[]>()
    const ev = this.taxonomy.events[eventIdx]
    // Other senses of every trigger of the event (a football attack, a market rally): one rule for all.
    const contextForms = formsOf(ev.context_excludes).map(([, f]) => f)
    let context: number | null = null
    if (contextForms.length) {
      context = this.rules.length
      this.rules.push({
        requires: null,
        excludes: contextForms.map((p) => this.cue(p)),
        requiresSet: null,
        excludesSet: null,
        requiresActor: false,
        minActors: 0,
        requiresTarget: false,
        context: true,
      })
    }
    for (const rule of ev.rules ?? []) {
      const id = this.rules.length
      this.rules.push({
        requires: rule.requires_any?.length ? rule.requires_any.map((p) => this.cue(p)) : null,
        excludes: rule.excludes_any?.length ? rule.excludes_any.map((p) => this.cue(p)) : null,
        requiresSet: null,
        excludesSet: null,
        requiresActor: rule.requires_actor === true,
        minActors: typeof rule.min_actors === 'number' ? rule.min_actors : 0,
        requiresTarget: rule.requires_target === true,
        context: false,
      })
      for (const t of rule.triggers) {
        const key = parseForm(t).key
        byKey.set(key, [...(byKey.get(key) ?? []), id])
      }
    }
    return { byKey, context }
  }
}

function impliedClosure(actors: ActorDef[], index: Map<string, number>): number[][] {
  return actors.map((a, self) => {
    const out: number[] = []
    const stack = [...(a.implies ?? [])]
    while (stack.length) {
      const slug = stack.pop()!
      const i = index.get(slug)
      if (i === undefined || i === self || out.includes(i)) continue
      out.push(i)
      stack.push(...(actors[i].implies ?? []))
    }
    return out
  })
}

function venueImplies(taxonomy: Taxonomy): Map<number, number> {
  const index = new Map(taxonomy.events.map((e, i) => [e.slug, i]))
  const out = new Map<number, number>()
  for (const [from, to] of Object.entries(taxonomy.settings.venue_implies ?? {})) {
    const a = index.get(from)
    const b = index.get(to)
    if (a !== undefined && b !== undefined) out.set(a, b)
  }
  return out
}

export function compileTaxonomy(taxonomy: Taxonomy): CompiledTaxonomy {
  const c = new Compiler(taxonomy)
  const s = taxonomy.settings
  const actorIndex = new Map(taxonomy.actors.map((a, i) => [a.slug, i]))
  const idx = (slugs: string[]) =>
    slugs.map((x) => actorIndex.get(x)).filter((x): x is number => x !== undefined)

  taxonomy.actors.forEach((a, i) => {
    for (const [lang, f] of formsOf(a.aliases)) c.addActorForm(Kind.Alias, f, lang, [i])
    for (const [lang, f] of formsOf(a.metonyms)) c.addActorForm(Kind.Metonym, f, lang, [i])
    for (const [lang, f] of formsOf(a.coref)) c.addActorForm(Kind.Coref, f, lang, [i])
    for (const [lang, f] of formsOf(a.parties as LangForms | undefined))
      c.addActorForm(Kind.Party, f, lang, [i])
    for (const [lang, f] of formsOf(a.offices as LangForms | undefined))
      c.addActorForm(Kind.Office, f, lang, [i])
    for (const [lang, f] of formsOf(a.bodies as LangForms | undefined))
      c.addActorForm(Kind.Office, f, lang, [i], { body: true })
    for (const [lang, f] of formsOf(a.bodiesAfter as LangForms | undefined))
      c.addActorForm(Kind.Office, f, lang, [i], { body: true, afterOwn: true })
    for (const t of a.titles ?? []) {
      for (const [lang, f] of formsOf(t.forms))
        c.addActorForm(Kind.Title, f, lang, [i], { from: toMs(t.from, -NEVER), to: toMs(t.to, NEVER) })
    }
    for (const ctx of a.contextual ?? []) {
      for (const [lang, f] of formsOf(ctx.forms))
        c.addActorForm(Kind.Contextual, f, lang, [i], { requires: idx(ctx.requires) })
    }
  })
  for (const [lang, table] of Object.entries(s.compounds ?? {})) {
    if (!table || typeof table !== 'object' || Array.isArray(table)) continue
    for (const [form, slugs] of Object.entries(table as Record<string, unknown>)) {
      if (!Array.isArray(slugs) || !slugs.every((x) => typeof x === 'string')) continue
      const actors = idx(slugs as string[])
      if (actors.length) c.addActorForm(Kind.Compound, form, lang, actors)
    }
  }
  for (const [lang, f] of formsOf(s.stop_phrases?.actors)) c.addActorForm(Kind.StopActor, f, lang, [])

  taxonomy.events.forEach((ev, i) => {
    const { byKey, context } = c.compileRules(i)
    for (const [lang, f] of formsOf(ev.triggers)) {
      const rules = byKey.get(parseForm(f).key) ?? []
      c.addTrigger(i, f, lang, context === null ? rules : [...rules, context])
    }
  })
  const eventIndex = new Map(taxonomy.events.map((e, i) => [e.slug, i]))
  const implications = (s.event_implies ?? []).flatMap((x) => {
    const from = eventIndex.get(x.event)
    const to = eventIndex.get(x.implies)
    if (from === undefined || to === undefined) return []
    const cues = formsOf(x.requires_any).map(([, f]) => c.cue(f))
    return [{ from, to, cueIds: cues, personSource: x.source_kind === 'person' }]
  })
  for (const [lang, f] of formsOf(s.stop_phrases?.events)) c.addActorForm(Kind.StopEvent, f, lang, [])

  const backgroundIds = formsOf(s.background_cues).map(([, f]) => c.cue(f))
  const backgroundCues = new Uint8Array(c.cueIds.size)
  for (const id of backgroundIds) backgroundCues[id] = 1

  const conv = s.conventions
  const particles = (conv.ko_particles ?? []).filter((p) => p.length > 0)
  const chains = new Set<string>(particles)
  for (let depth = 1; depth < MAX_PARTICLE_CHAIN; depth++)
    for (const a of [...chains]) for (const p of particles) chains.add(a + p)

  const cls = charClass()
  const cjkAliasChars = new Set<number>()
  for (const a of taxonomy.actors) {
    for (const [, f] of formsOf(a.aliases))
      if (f.length === 1 && cls[f.charCodeAt(0)] === C_CJK) cjkAliasChars.add(f.charCodeAt(0))
  }
  const lowerSet = (xs: string[] | undefined) => new Set((xs ?? []).map((x) => normaliseKey(x)))
  const blockers = (conv.title_blockers ?? {}) as LangForms

  const entries = c.entries
  const trie = c.builder.freeze((id) => entries[id].mid)
  const membership = (ids: number[] | null) => {
    if (!ids) return null
    const set = new Uint8Array(c.cueIds.size)
    for (const id of ids) set[id] = 1
    return set
  }
  for (const r of c.rules) {
    r.requiresSet = membership(r.requires)
    r.excludesSet = membership(r.excludes)
  }
  const eventImplies = implications.map((x) => ({
    from: x.from,
    to: x.to,
    cues: x.cueIds.length ? membership(x.cueIds) : null,
    personSource: x.personSource,
  }))
  const implied = impliedClosure(taxonomy.actors, actorIndex)
  const backgroundPrefixes = formsOf(s.background_prefixes).map(([, f]) => normaliseKey(f))
  return {
    version: taxonomy.version,
    trie,
    entries,
    entryKind: Uint8Array.from(entries.map((e) => e.kind)),
    entryMid: Uint8Array.from(entries.map((e) => (e.mid ? 1 : 0))),
    entryNext: Uint8Array.from(entries.map((e) => e.next)),
    entryCue: Int32Array.from(entries.map((e) => e.cue)),
    actorSlugs: taxonomy.actors.map((a) => a.slug),
    actorIndex,
    actorIsCountry: Uint8Array.from(taxonomy.actors.map((a) => (a.kind === 'country' ? 1 : 0))),
    actorIsPerson: Uint8Array.from(taxonomy.actors.map((a) => (a.kind === 'person' ? 1 : 0))),
    implied,
    withImplied: implied.map((list, i) => [i, ...list]),
    eventSlugs: taxonomy.events.map((e) => e.slug),
    eventIndex,
    rules: c.rules,
    backgroundCues,
    backgroundPrefixCodes: backgroundPrefixes.map((p) => Uint16Array.from(p, (ch) => ch.charCodeAt(0))),
    cueCount: c.cueIds.size,
    cueKeys: [...c.cueIds.keys()],
    particleChains: chains,
    suffixes: (conv.ko_suffixes ?? []).map(normaliseKey),
    verbEndings: (conv.ko_verb_endings ?? []).map(normaliseKey),
    cjkAliasChars,
    venueBefore: lowerSet(s.venue_cues?.before?.en),
    venueAfterEn: lowerSet(s.venue_cues?.after?.en),
    venueAfterKo: (s.venue_cues?.after?.ko ?? []).map(normaliseKey),
    titleBlockersEn: lowerSet(blockers.en),
    titleBlockersKo: lowerSet(blockers.ko),
    govNextKo: (s.venue_cues?.gov_next?.ko ?? []).map(normaliseKey),
    backgroundSuffixes: formsOf(s.background_suffixes).map(([, f]) => normaliseKey(f)),
    venueImplies: venueImplies(taxonomy),
    actorIsOrg: Uint8Array.from(taxonomy.actors.map((a) => (a.kind === 'org' ? 1 : 0))),
    eventFrame: taxonomy.events.map((e) => frameOf(e.roles?.frame)),
    eventRequires: taxonomy.events.map((e) => requiresOf(e.roles?.requires)),
    eventStateActorEvent: Int32Array.from(
      taxonomy.events.map((e) => eventIndex.get(e.roles?.state_actor_event ?? '') ?? -1),
    ),
    eventSpeech: Uint8Array.from(taxonomy.events.map((e) => (e.roles?.speech ? 1 : 0))),
    eventOngoing: Uint8Array.from(taxonomy.events.map((e) => (e.roles?.ongoing ? 1 : 0))),
    eventInternational: Uint8Array.from(taxonomy.events.map((e) => (e.roles?.international ? 1 : 0))),
    eventImplies,
    denialEvent: eventIndex.get(s.denial_event ?? '') ?? -1,
    ruleEvents: {
      aid: eventIndex.get('aid') ?? -1,
      allianceAgreement: eventIndex.get('alliance-agreement') ?? -1,
      attackClash: eventIndex.get('attack-clash') ?? -1,
      election: eventIndex.get('election') ?? -1,
      humanitarian: eventIndex.get('humanitarian') ?? -1,
      militaryCooperation: eventIndex.get('military-cooperation') ?? -1,
      militaryExercise: eventIndex.get('military-exercise') ?? -1,
      meetingSummit: eventIndex.get('meeting-summit') ?? -1,
      missileLaunch: eventIndex.get('missile-launch') ?? -1,
      visit: eventIndex.get('visit') ?? -1,
    },
    ruleActors: {
      unitedStates: actorIndex.get('united-states') ?? -1,
      ukraine: actorIndex.get('ukraine') ?? -1,
    },
    homeKo: taxonomy.actors.findIndex((a) => (a.aliases.ko ?? []).some((f) => f.startsWith('우리 '))),
    prefixKo: prefixesKo(taxonomy),
  }
}

/** A country's one-syllable Korean prefix before a body (미 of 미 정부), unless the syllable is an alias itself. */
function prefixesKo(taxonomy: Taxonomy): Map<string, number> {
  const out = new Map<string, number>()
  taxonomy.actors.forEach((a, i) => {
    if (a.kind !== 'country') return
    const ko = a.aliases.ko ?? []
    for (const f of ko) {
      const prefix = /^([가-힣]) \S/.exec(f)?.[1]
      if (prefix && !ko.includes(prefix)) out.set(prefix, i)
    }
  })
  return out
}
