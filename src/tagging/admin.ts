/**
 * Admin edits of the taxonomy as pure functions over definitions (the route persists them).
 * Forms are kept as written (with their modifiers, see forms.ts); a form that normalises to
 * nothing is refused. Slugs never change once created.
 */
import { ApiError } from '../errors'
import { MAX_TAXONOMY_ENTRY_BYTES } from '../limits'
import { parseForm } from './forms'
import { type ActorDef, actorData, type EventDef, eventData, type LangForms, type TitleDef } from './taxonomy'

export interface NewActor {
  slug: string
  name: string
  kind: 'country' | 'org' | 'person'
  aliases: LangForms
  metonyms?: LangForms
  coref?: LangForms
  implies?: string[]
  titles?: TitleDef[]
}

export interface ActorPatch {
  name?: string
  add_aliases?: LangForms
  remove_aliases?: LangForms
  add_metonyms?: LangForms
  remove_metonyms?: LangForms
  add_coref?: LangForms
  remove_coref?: LangForms
  implies?: string[]
  titles?: TitleDef[]
}

export interface NewEvent {
  slug: string
  name: string
  group: string
  triggers: LangForms
}

export interface EventPatch {
  name?: string
  group?: string
  add_triggers?: LangForms
  remove_triggers?: LangForms
}

const invalid = (message: string) => new ApiError(400, 'invalid_request', message)

/** Every form must leave something to match once its modifiers are stripped and it is normalised. */
export function checkForms(forms: LangForms | undefined, field: string): void {
  for (const [lang, list] of Object.entries(forms ?? {})) {
    for (const f of list)
      if (!parseForm(f).key) throw invalid(`${field}.${lang}: "${f}" has nothing to match`)
  }
}

/** `base` plus `add` minus `remove`, per language, without duplicates, languages left empty dropped. */
export function mergeForms(base: LangForms | undefined, add?: LangForms, remove?: LangForms): LangForms {
  const out: LangForms = {}
  for (const [lang, list] of Object.entries(base ?? {})) out[lang] = [...list]
  for (const [lang, list] of Object.entries(add ?? {})) {
    out[lang] ??= []
    const target = out[lang]
    for (const f of list.map((x) => x.trim())) if (!target.includes(f)) target.push(f)
  }
  for (const [lang, list] of Object.entries(remove ?? {})) {
    if (!out[lang]) continue
    const drop = new Set(list.map((x) => x.trim()))
    out[lang] = out[lang].filter((f) => !drop.has(f))
  }
  for (const lang of Object.keys(out)) if (out[lang].length === 0) delete out[lang]
  return out
}

function checkImplies(implies: string[] | undefined, slug: string, known: Set<string>): void {
  for (const s of implies ?? []) {
    if (s === slug) throw invalid(`implies: an actor cannot imply itself`)
    if (!known.has(s)) throw invalid(`implies: unknown actor slug "${s}"`)
  }
}

function checkSize(data: string, slug: string): void {
  if (new TextEncoder().encode(data).length > MAX_TAXONOMY_ENTRY_BYTES)
    throw invalid(`the definition of ${slug} would exceed ${MAX_TAXONOMY_ENTRY_BYTES} bytes`)
}

export function newActorDef(input: NewActor, knownActors: Set<string>): ActorDef {
  checkForms(input.aliases, 'aliases')
  checkForms(input.metonyms, 'metonyms')
  checkForms(input.coref, 'coref')
  for (const t of input.titles ?? []) checkForms(t.forms, 'titles.forms')
  checkImplies(input.implies, input.slug, knownActors)
  const def: ActorDef = {
    slug: input.slug,
    name: input.name.trim(),
    kind: input.kind,
    aliases: mergeForms({}, input.aliases),
    metonyms: mergeForms({}, input.metonyms),
    coref: mergeForms({}, input.coref),
    implies: [...new Set(input.implies ?? [])],
    titles: input.titles ?? [],
  }
  checkSize(actorData(def), def.slug)
  return def
}

export function patchActorDef(def: ActorDef, patch: ActorPatch, knownActors: Set<string>): ActorDef {
  checkForms(patch.add_aliases, 'add_aliases')
  checkForms(patch.add_metonyms, 'add_metonyms')
  checkForms(patch.add_coref, 'add_coref')
  for (const t of patch.titles ?? []) checkForms(t.forms, 'titles.forms')
  if (patch.implies) checkImplies(patch.implies, def.slug, knownActors)
  const next: ActorDef = {
    ...def,
    name: patch.name?.trim() || def.name,
    aliases: mergeForms(def.aliases, patch.add_aliases, patch.remove_aliases),
    metonyms: mergeForms(def.metonyms, patch.add_metonyms, patch.remove_metonyms),
    coref: mergeForms(def.coref, patch.add_coref, patch.remove_coref),
  }
  if (patch.implies) next.implies = [...new Set(patch.implies)]
  if (patch.titles) next.titles = patch.titles
  checkSize(actorData(next), def.slug)
  return next
}

export function newEventDef(input: NewEvent): EventDef {
  checkForms(input.triggers, 'triggers')
  const def: EventDef = {
    slug: input.slug,
    name: input.name.trim(),
    group: input.group,
    triggers: mergeForms({}, input.triggers),
  }
  checkSize(eventData(def), def.slug)
  return def
}

export function patchEventDef(def: EventDef, patch: EventPatch): EventDef {
  checkForms(patch.add_triggers, 'add_triggers')
  const next: EventDef = {
    ...def,
    name: patch.name?.trim() || def.name,
    group: patch.group ?? def.group,
    triggers: mergeForms(def.triggers, patch.add_triggers, patch.remove_triggers),
  }
  checkSize(eventData(next), def.slug)
  return next
}

/** The public shapes (GET /api/taxonomy and the admin answers). */
export function actorView(a: ActorDef) {
  return {
    slug: a.slug,
    name: a.name,
    kind: a.kind,
    aliases: a.aliases ?? {},
    metonyms: a.metonyms ?? {},
    implies: a.implies ?? [],
  }
}

export function eventView(e: EventDef) {
  return { slug: e.slug, name: e.name, group: e.group, triggers: e.triggers ?? {} }
}
