/**
 * The taxonomy as the tagger sees it: actors (countries, organisations, people) with their
 * surface forms, events with their trigger phrases, and taxonomy-wide settings. The same shape
 * comes from D1 rows (production) or from taxonomy.default.json (eval, bench, migration).
 */
import type { TaxonomyRows } from '../db/taxonomy'

/** Surface forms per language ("en", "ko", ...). */
export type LangForms = Record<string, string[]>

/** Forms that name the actor only during an office term ("Foreign Minister Cho", "외교부 장관"). */
export interface TitleDef {
  forms: LangForms
  /** ISO date (inclusive) or null = open. */
  from: string | null
  /** ISO date (exclusive) or null = still in office. */
  to: string | null
}

/** Forms that count only when the article is already about one of `requires` ("the North"). */
export interface ContextualDef {
  forms: LangForms
  requires: string[]
}

export interface ActorDef {
  slug: string
  name: string
  kind: string
  /** Always name the actor (subject to stop phrases and boundaries). */
  aliases: LangForms
  /** Seats of government: tag only when they stand for the government, not as a venue or source. */
  metonyms?: LangForms
  /** Surnames and short titles that count only after a full mention of this actor in the article. */
  coref?: LangForms
  titles?: TitleDef[]
  contextual?: ContextualDef[]
  /**
   * Its companies and groups of nationals (defence firms): the actor only in a sentence reporting an
   * event they are party to (taxonomy actor_rule), never in a stock report or a product launch.
   */
  parties?: LangForms
  /** Ministry/agency names that are this actor's unless another country qualifies them (외교부 vs 중국 외교부). */
  offices?: LangForms
  /**
   * Its domestic bodies named without the country (국회, 교육부, 산업부, "the Korean National Police Agency"): an
   * office that tags the actor, never a party to a record (a budget vote, a ministry's satellite launch or fire
   * drill is no taxonomy event), so events and roles read a sentence as if the body were not named.
   */
  bodies?: LangForms
  /**
   * Bodies every state has ("the trade ministry", "the Defense Ministry"): a body of this actor only right after
   * the article last named this actor (no other actor between).
   */
  bodiesAfter?: LangForms
  /** Tagging this actor also tags these (person → country, sub-organisation → parent). */
  implies?: string[]
  affiliation?: string | null
  /** Everything else from the definition (role, term, ambiguous notes, codes), kept verbatim. */
  [extra: string]: unknown
}

/** Extra conditions on some triggers, checked on the trigger's sentence. */
export interface TriggerRule {
  lang?: string
  triggers: string[]
  /** At least one of these phrases must occur in the same sentence. */
  requires_any?: string[]
  /** None of these phrases may occur in the same sentence. */
  excludes_any?: string[]
  /** The sentence must name at least one actor. */
  requires_actor?: boolean
  /** The sentence must name at least this many distinct countries (cooperation needs two parties). */
  min_actors?: number
  /** The record needs a target ("called on Japan to ..."; "called for mass production" addresses nobody). */
  requires_target?: boolean
}

/**
 * How a sentence's actors fill an event's roles (src/tagging/records/frames.ts explains each
 * frame), and which role must be filled for the event to count at all: a trigger word alone
 * does not decide (a leader touring a factory at home is no visit).
 */
export interface RoleSpec {
  frame?: string
  /** none | any (source or target) | host (a visit's host, not the visitor's own country) */
  requires?: string
  /** A taxonomy actor in the protester role makes it this event instead (a ministry's protest is diplomatic). */
  state_actor_event?: string
  /** A speech act (a warning, a statement): what it announces or threatens does not make it planned or speculative. */
  speech?: boolean
  /** Between parties of different countries (talks within one government are no summit). */
  international?: boolean
  /**
   * An ongoing relation (troop deployments, arms transfers): named only as what a statement
   * criticises or worries about ("condemned the transfer of missiles", 군사협력 우려), it is context.
   */
  ongoing?: boolean
}

export interface EventDef {
  slug: string
  name: string
  group: string
  triggers: LangForms
  rules?: TriggerRule[]
  roles?: RoleSpec
  /** Words that show another sense of every trigger of the event (sports, markets): none may be in the sentence. */
  context_excludes?: LangForms
  [extra: string]: unknown
}

/** An event that implies another when a cue is present: an election won by a person is a leadership change. */
export interface EventImplication {
  event: string
  implies: string
  requires_any?: LangForms
  /** The source of the record must be of this actor kind (person). */
  source_kind?: string
}

export interface TaxonomySettings {
  conventions: {
    ko_particles: string[]
    /** Glued noun suffixes an alias may carry (북한군, 북한측): whole-token rule still applies after them. */
    ko_suffixes?: string[]
    /** Verb endings a Korean trigger stem may carry (방문했다, 방문한, 발사하며). */
    ko_verb_endings?: string[]
    /** Korean aliases that never take a particle (미: 미의, 미나 are other words). */
    ko_no_particle?: string[]
    /** English words never inflected as triggers or cues (accord → according). */
    en_no_inflect?: string[]
    /** Words before a title that make it someone else's ("former", 전). */
    title_blockers?: LangForms
    [extra: string]: unknown
  }
  compounds: Record<string, unknown>
  /** Phrases that contain an alias or trigger but name neither (Korean Peninsula, Korea Strait, 통화 정책). */
  stop_phrases?: { actors?: LangForms; events?: LangForms }
  /** Words before/after a metonym that make it a venue or a source ("in", "-based", 에서). */
  venue_cues?: { before?: LangForms; after?: LangForms; gov_next?: LangForms }
  /** Sentence cues that an event is background, not news ("last month's", "earlier this year"). */
  background_cues?: LangForms
  /** Words right before a trigger that make it background ("following the impeachment"). */
  background_prefixes?: LangForms
  /** Words right after a trigger that make it background (회담 당시). */
  background_suffixes?: LangForms
  /**
   * An event in a sentence whose capital is only a venue, with a visiting official, implies another
   * (meeting-summit → visit).
   */
  venue_implies?: Record<string, string>
  event_implies?: EventImplication[]
  /** The event a denial also is, for the one who denies (taxonomy rule 4: diplomatic-statement). */
  denial_event?: string
  [extra: string]: unknown
}

export interface Taxonomy {
  version: number
  actors: ActorDef[]
  events: EventDef[]
  settings: TaxonomySettings
}

/** The document form (taxonomy.default.json): settings at the top level beside actors and events. */
export interface TaxonomyDocument extends Partial<TaxonomySettings> {
  actors: ActorDef[]
  events: EventDef[]
  [extra: string]: unknown
}

const EMPTY_SETTINGS: TaxonomySettings = { conventions: { ko_particles: [] }, compounds: {} }

export function taxonomyFromDocument(doc: TaxonomyDocument, version = 0): Taxonomy {
  const { actors, events, ...rest } = doc
  return { version, actors, events, settings: { ...EMPTY_SETTINGS, ...(rest as Partial<TaxonomySettings>) } }
}

export function taxonomyFromRows(rows: TaxonomyRows, version: number): Taxonomy {
  const actors = rows.actors.map(
    (r) => ({ ...(JSON.parse(r.data) as object), slug: r.slug, name: r.name, kind: r.kind }) as ActorDef,
  )
  const events = rows.events.map(
    (r) => ({ ...(JSON.parse(r.data) as object), slug: r.slug, name: r.name, group: r.grp }) as EventDef,
  )
  const settings: Record<string, unknown> = { ...EMPTY_SETTINGS }
  for (const s of rows.settings) settings[s.key] = JSON.parse(s.data)
  return { version, actors, events, settings: settings as TaxonomySettings }
}

/** Definition fields stored in the `data` column (everything but the columns of the row). */
export function actorData(a: ActorDef): string {
  const { slug: _s, name: _n, kind: _k, ...data } = a
  return JSON.stringify(data)
}

export function eventData(e: EventDef): string {
  const { slug: _s, name: _n, group: _g, ...data } = e
  return JSON.stringify(data)
}
