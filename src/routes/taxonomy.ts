import { createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { type App, jsonBodyLimit, jsonRequest } from '../app'
import {
  bumpVersionStatement,
  insertActorStatement,
  insertEventStatement,
  readActorRow,
  readEventRow,
  slugExists,
  updateActorStatement,
  updateEventStatement,
} from '../db/taxonomy'
import type { AppEnv } from '../env'
import { ApiError, notFound } from '../errors'
import { policy } from '../lib/access'
import { log } from '../lib/log'
import { MAX_TAXONOMY_FORM_CHARS, MAX_TAXONOMY_FORMS_PER_LANG } from '../limits'
import {
  actorView,
  eventView,
  newActorDef,
  newEventDef,
  patchActorDef,
  patchEventDef,
} from '../tagging/admin'
import { getCompiledTaxonomy } from '../tagging/index'
import { type ActorDef, actorData, type EventDef, eventData } from '../tagging/taxonomy'
import { ADMIN_ERRORS, errors, JSON_BODY_ERRORS, json, READ_ERRORS } from './schemas'

// ── Schemas ─────────────────────────────────────────────────────────────────────
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const Slug = z
  .string()
  .min(2)
  .max(64)
  .regex(SLUG_PATTERN, 'lower-case words joined by hyphens, e.g. "north-korea"')
const Form = z
  .string()
  .trim()
  .min(1)
  .max(MAX_TAXONOMY_FORM_CHARS)
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
  .regex(/^[^\u0000-\u001f\u007f]+$/, 'no control characters')
const Forms = z
  .record(
    z.string().regex(/^[a-z]{2,3}$/, 'a language code such as "en" or "ko"'),
    z.array(Form).max(MAX_TAXONOMY_FORMS_PER_LANG),
  )
  .openapi('Forms', {
    description:
      'Surface forms per language, e.g. {"en": ["North Korea", "DPRK"], "ko": ["북한"]}. English matches ' +
      'case-insensitively as whole words (possessives included); Korean as a whole token optionally followed by a ' +
      'particle. Modifiers: "=X" case-sensitive (implied for acronyms up to 3 letters), "X!" no English ' +
      'inflections, "X*" any continuation of the word, "X+" Korean verb endings only.',
    example: { en: ['Kim Jong Un'], ko: ['김정은'] },
  })
const IsoDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'YYYY-MM-DD')
const Title = z.object({
  forms: Forms,
  from: IsoDate.nullable().openapi({ description: 'First day in office (inclusive); null = open' }),
  to: IsoDate.nullable().openapi({ description: 'Day the term ended (exclusive); null = still in office' }),
})

const ActorSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    kind: z.string().openapi({ description: 'country | org | person' }),
    aliases: Forms,
    metonyms: Forms.openapi({
      description:
        'Seats of government ("Pyongyang", "Kremlin"): tagged only when they stand for the government, not as a venue',
    }),
    implies: z.array(z.string()).openapi({
      description: 'Actors tagged along with this one (person → country, sub-organisation → parent)',
    }),
  })
  .openapi('Actor')
const EventSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    group: z.string(),
    triggers: Forms.openapi({
      description:
        'Trigger phrases per language; English triggers also match their inflections ' +
        '(visit, visits, visited, visiting)',
    }),
  })
  .openapi('Event')
const TaxonomySchema = z
  .object({ version: z.number().int(), actors: z.array(ActorSchema), events: z.array(EventSchema) })
  .openapi('Taxonomy')
const ChangeInfo = { taxonomy_version: z.number().int(), retag_queued: z.boolean() }
const ActorChange = ActorSchema.extend(ChangeInfo).openapi('ActorChange')
const EventChange = EventSchema.extend(ChangeInfo).openapi('EventChange')

const CreateActor = z
  .object({
    slug: Slug,
    name: z.string().trim().min(1).max(120),
    kind: z.enum(['country', 'org', 'person']),
    aliases: Forms,
    metonyms: Forms.optional(),
    coref: Forms.optional().openapi({
      description: 'Surnames/short titles that count only after a full mention ("Lavrov", "김 위원장")',
    }),
    implies: z.array(Slug).max(20).optional(),
    titles: z
      .array(Title)
      .max(50)
      .optional()
      .openapi({ description: 'Office titles valid during a term ("Foreign Minister Cho")' }),
  })
  .strict()
  .openapi('CreateActor')
const PatchActor = z
  .object({
    name: z.string().trim().min(1).max(120).optional(),
    add_aliases: Forms.optional(),
    remove_aliases: Forms.optional(),
    add_metonyms: Forms.optional(),
    remove_metonyms: Forms.optional(),
    add_coref: Forms.optional(),
    remove_coref: Forms.optional(),
    implies: z.array(Slug).max(20).optional().openapi({ description: 'Replaces the list' }),
    titles: z.array(Title).max(50).optional().openapi({ description: 'Replaces the list' }),
  })
  .strict()
  .refine((p) => Object.keys(p).length > 0, 'nothing to change')
  .openapi('PatchActor')
const CreateEvent = z
  .object({ slug: Slug, name: z.string().trim().min(1).max(120), group: Slug, triggers: Forms })
  .strict()
  .openapi('CreateEvent')
const PatchEvent = z
  .object({
    name: z.string().trim().min(1).max(120).optional(),
    group: Slug.optional(),
    add_triggers: Forms.optional(),
    remove_triggers: Forms.optional(),
  })
  .strict()
  .refine((p) => Object.keys(p).length > 0, 'nothing to change')
  .openapi('PatchEvent')
const SlugParam = z.object({
  slug: z.string().openapi({ param: { name: 'slug', in: 'path' }, example: 'north-korea' }),
})

/** Every change: invalid input (unknown implied slug, empty form...) is invalid_request. */
const createErrors = errors(ADMIN_ERRORS, JSON_BODY_ERRORS, 'slug_exists', 'taxonomy_conflict')
const patchErrors = errors(ADMIN_ERRORS, JSON_BODY_ERRORS, 'not_found', 'taxonomy_conflict')
const CHANGE_NOTE =
  ' Slugs are immutable. Every change bumps the taxonomy version (all isolates pick it up on their next ' +
  'request) and queues a background re-tag of stored articles, newest first in bounded batches; ingest is ' +
  'never blocked and re-tagging sends no webhooks.'

// ── Persistence of one change ───────────────────────────────────────────────────
type Ctx = Context<AppEnv>

/** Writes the change and bumps the version in one transaction, then queues the re-tag. */
async function commit(
  c: Ctx,
  write: D1PreparedStatement,
): Promise<{ taxonomy_version: number; retag_queued: boolean }> {
  const db = c.env.DB
  let results: D1Result[]
  try {
    results = await db.batch([write, bumpVersionStatement(db)])
  } catch (err) {
    if (String(err).includes('UNIQUE constraint failed'))
      throw new ApiError(409, 'slug_exists', 'this slug is already taken')
    throw err
  }
  if ((results[0].meta.changes ?? 0) === 0) {
    throw new ApiError(
      409,
      'taxonomy_conflict',
      'the definition changed concurrently; read it again and retry',
    )
  }
  const version = Number((results[1].results[0] as { version: number }).version)
  let queued = false
  try {
    await c.env.RETAG_QUEUE.send({ beforeId: null, taxonomyVersion: version })
    queued = true
  } catch (err) {
    log.error('retag_enqueue_failed', { taxonomy_version: version, error: err })
  }
  return { taxonomy_version: version, retag_queued: queued }
}

async function knownActors(c: Ctx): Promise<Set<string>> {
  return (await getCompiledTaxonomy(c.env.DB)).slugs.actors
}

function assertNewSlug(exists: boolean, slug: string): void {
  if (exists) throw new ApiError(409, 'slug_exists', `the slug "${slug}" is already an actor or an event`)
}

// ── Routes ──────────────────────────────────────────────────────────────────────
export function registerTaxonomyRoutes(app: App): void {
  for (const path of [
    '/api/taxonomy/actors',
    '/api/taxonomy/actors/*',
    '/api/taxonomy/events',
    '/api/taxonomy/events/*',
  ]) {
    app.use(path, jsonBodyLimit)
  }

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/taxonomy',
      tags: ['taxonomy'],
      summary: 'The actors and events articles are tagged with',
      description:
        'Every actor {slug, name, kind, aliases, metonyms, implies} and event {slug, name, group, triggers}; ' +
        'aliases, metonyms and triggers are objects keyed by language ({"en": [...], "ko": [...]}), as stored. ' +
        '`version` moves on every admin change.',
      ...policy('read'),
      responses: {
        200: json(TaxonomySchema, 'The taxonomy'),
        ...errors(READ_ERRORS),
      },
    }),
    async (c) => {
      const { taxonomy, version } = await getCompiledTaxonomy(c.env.DB)
      return c.json(
        { version, actors: taxonomy.actors.map(actorView), events: taxonomy.events.map(eventView) },
        200,
      )
    },
  )

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/taxonomy/actors',
      tags: ['taxonomy'],
      ...policy('admin'),
      summary: 'Add an actor',
      description:
        'A new country, organisation or person with its aliases (and optionally metonyms, coreference forms, ' +
        'implied actors, dated titles).' +
        CHANGE_NOTE,
      request: jsonRequest(CreateActor),
      responses: { 201: json(ActorChange, 'Created'), ...createErrors },
    }),
    async (c) => {
      const body = c.req.valid('json')
      assertNewSlug(await slugExists(c.env.DB, body.slug), body.slug)
      const def = newActorDef(body, await knownActors(c))
      const change = await commit(
        c,
        insertActorStatement(
          c.env.DB,
          { slug: def.slug, name: def.name, kind: def.kind, data: actorData(def) },
          Date.now(),
        ),
      )
      return c.json({ ...actorView(def), ...change }, 201)
    },
  )

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/taxonomy/actors/{slug}',
      tags: ['taxonomy'],
      ...policy('admin'),
      summary: "Change an actor's name, aliases, metonyms, coreference forms, implied actors or titles",
      description:
        'add_* forms are appended (duplicates ignored), remove_* forms are removed as written; implies and ' +
        'titles replace the lists.' +
        CHANGE_NOTE,
      request: { params: SlugParam, ...jsonRequest(PatchActor) },
      responses: {
        200: json(ActorChange, 'Updated'),
        ...patchErrors,
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param')
      const row = await readActorRow(c.env.DB, slug)
      if (!row) throw notFound('actor')
      const current = {
        ...(JSON.parse(row.data) as object),
        slug: row.slug,
        name: row.name,
        kind: row.kind,
      } as ActorDef
      const next = patchActorDef(current, c.req.valid('json'), await knownActors(c))
      const change = await commit(
        c,
        updateActorStatement(
          c.env.DB,
          { slug, name: next.name, data: actorData(next), previousData: row.data },
          Date.now(),
        ),
      )
      return c.json({ ...actorView(next), ...change }, 200)
    },
  )

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/taxonomy/events',
      tags: ['taxonomy'],
      ...policy('admin'),
      summary: 'Add an event type',
      description: `A new event with its trigger phrases per language.${CHANGE_NOTE}`,
      request: jsonRequest(CreateEvent),
      responses: { 201: json(EventChange, 'Created'), ...createErrors },
    }),
    async (c) => {
      const body = c.req.valid('json')
      assertNewSlug(await slugExists(c.env.DB, body.slug), body.slug)
      const def = newEventDef(body)
      const change = await commit(
        c,
        insertEventStatement(
          c.env.DB,
          { slug: def.slug, name: def.name, grp: def.group, data: eventData(def) },
          Date.now(),
        ),
      )
      return c.json({ ...eventView(def), ...change }, 201)
    },
  )

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/taxonomy/events/{slug}',
      tags: ['taxonomy'],
      ...policy('admin'),
      summary: "Change an event's name, group or triggers",
      description:
        'add_triggers are appended (duplicates ignored), remove_triggers are removed as written.' +
        CHANGE_NOTE,
      request: { params: SlugParam, ...jsonRequest(PatchEvent) },
      responses: {
        200: json(EventChange, 'Updated'),
        ...patchErrors,
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param')
      const row = await readEventRow(c.env.DB, slug)
      if (!row) throw notFound('event')
      const current = {
        ...(JSON.parse(row.data) as object),
        slug: row.slug,
        name: row.name,
        group: row.grp,
      } as EventDef
      const next = patchEventDef(current, c.req.valid('json'))
      const change = await commit(
        c,
        updateEventStatement(
          c.env.DB,
          { slug, name: next.name, grp: next.group, data: eventData(next), previousData: row.data },
          Date.now(),
        ),
      )
      return c.json({ ...eventView(next), ...change }, 200)
    },
  )
}
