/** zod schemas of the read API (they validate requests and become /openapi.json). */
import { z } from '@hono/zod-openapi'
import { FACET_MAX_ENTRIES, FACET_SAMPLE, SEARCH_MAX_LIMIT } from '../limits'

const Repeatable = (description: string, example?: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .openapi({ description, example })

/** The filter grammar (README "Using it"), shared by search, trends and feed outputs. */
export const FilterQuery = z.object({
  q: Repeatable(
    'Full-text query: words (AND), "exact phrase", -exclude, OR between terms. Korean works like English.',
    'missile launch',
  ),
  actor: Repeatable('Actor slugs; comma = OR within one param, repeated param = AND.', 'russia,china'),
  event: Repeatable('Event slugs; same grammar as actor.', 'missile-launch'),
  source: Repeatable(
    'Actor slugs of who acts in an event record (same grammar as actor; a country also matches its people: ' +
      'source=russia includes Putin). With source, target or modality, ONE record must match them and event together.',
    'russia',
  ),
  target: Repeatable('Actor slugs of who is acted upon in an event record (see source).', 'north-korea'),
  modality: Repeatable(
    'Record modality: reported, planned, denied, speculative, background; comma or repeated = OR. Default with ' +
      'source/target: reported,planned,denied (the records that tag articles).',
    'denied',
  ),
  feed: Repeatable('Feed ids, comma = OR (the feed that first carried the article).', '3,7'),
  lang: Repeatable('Language codes, comma = OR.', 'en,ko'),
  since: z
    .string()
    .optional()
    .openapi({ description: 'ISO 8601 date or date-time (inclusive).', example: '2024-05-01' }),
  until: z.string().optional().openapi({
    description: 'ISO 8601 date or date-time (inclusive; a date means the whole day, UTC).',
    example: '2024-05-31',
  }),
  token: z
    .string()
    .optional()
    .openapi({ description: 'READ_TOKEN, for clients that cannot send an Authorization header.' }),
})

export const SearchQuery = FilterQuery.extend({
  sort: z
    .enum(['relevance', 'date'])
    .optional()
    .openapi({ description: 'Default: relevance when q is given, else date (newest first).' }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(SEARCH_MAX_LIMIT)
    .optional()
    .openapi({ description: 'Page size, 1..100 (default 20).' }),
  cursor: z
    .string()
    .optional()
    .openapi({ description: 'next_cursor of the previous page (same filter, sort and clusters).' }),
  clusters: z.enum(['one', 'all']).optional().openapi({
    description: 'one (default): one article per story, the others are its duplicates; all: every copy.',
  }),
  facets: z
    .string()
    .regex(/^(actor|event)(,(actor|event))?$/, 'facets takes actor, event or actor,event')
    .optional()
    .openapi({
      description:
        'Opt-in facet counts for the filter (not the page): actor, event or actor,event. Adds `facets` to the ' +
        `answer: the ${FACET_MAX_ENTRIES} most frequent slugs of each kind over the newest ${FACET_SAMPLE} ` +
        'matching stories.',
      example: 'actor,event',
    }),
})

export const TrendsQuery = FilterQuery.extend({
  interval: z
    .enum(['day', 'week'])
    .optional()
    .openapi({ description: 'Bucket width (UTC); weeks start on Monday. Default day.' }),
  clusters: z
    .enum(['one', 'all'])
    .optional()
    .openapi({ description: 'one (default): count stories; all: count every copy.' }),
})

const FeedRef = z.object({ id: z.string(), title: z.string().nullable() })

const ArticleSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    url: z.string().nullable(),
    summary: z.string(),
    published_at: z.string(),
    fetched_at: z.string(),
    lang: z.string(),
    author: z.string().nullable(),
    image_url: z.string().nullable(),
    feed: FeedRef,
    actors: z.array(z.string()),
    events: z.array(z.string()),
    cluster_id: z.string(),
    archived: z.boolean().openapi({
      description:
        'The article is past the hot window: its body lives in the R2 archive (q no longer finds it).',
    }),
  })
  .openapi('Article')

const SearchItemSchema = ArticleSchema.extend({
  snippet: z.string().nullable().optional().openapi({
    description: 'With q: an HTML fragment around the first match, text escaped, matches in <mark>.',
  }),
}).openapi('SearchItem')

const FacetEntries = z.array(z.object({ slug: z.string(), count: z.number().int() }))

export const FacetsSchema = z
  .object({
    actor: FacetEntries.optional().openapi({
      description:
        `Up to ${FACET_MAX_ENTRIES} actors, most stories first (ties by slug). A slug the filter already ` +
        'requires on its own is left out (every story carries it); the members of an OR group are listed.',
    }),
    event: FacetEntries.optional().openapi({ description: 'The same for events.' }),
    stories: z.number().int().openapi({ description: 'Stories counted (one per near-duplicate cluster).' }),
    sample: z
      .number()
      .int()
      .openapi({
        description:
          'At most this many stories are counted: the newest matches (by arrival with q, by publication ' +
          'time without it).',
      }),
    complete: z.boolean().openapi({ description: 'Every matching story was counted.' }),
  })
  .openapi('Facets')

export const SearchPageSchema = z
  .object({
    items: z.array(SearchItemSchema),
    next_cursor: z.string().nullable(),
    total: z.number().int().optional(),
    facets: FacetsSchema.optional().openapi({ description: 'Only with the facets parameter.' }),
  })
  .openapi('SearchPage')

export const ArticleDetailSchema = ArticleSchema.extend({
  content: z.string(),
  mentions: z.array(
    z.object({ event: z.string(), actors: z.array(z.string()), sentence: z.string(), in_title: z.boolean() }),
  ),
  event_records: z.array(
    z.object({
      event: z.string(),
      source: z.string().nullable().openapi({ description: 'Actor slug of who acts, or null.' }),
      target: z.string().nullable().openapi({ description: 'Actor slug of who is acted upon, or null.' }),
      modality: z.enum(['reported', 'planned', 'denied', 'speculative', 'background']),
      sentence: z.string(),
      in_title: z.boolean(),
    }),
  ),
  duplicates: z.array(z.object({ id: z.string(), url: z.string().nullable(), feed: FeedRef })),
}).openapi('ArticleDetail')

export const TrendsSchema = z
  .object({
    interval: z.enum(['day', 'week']),
    since: z.string(),
    until: z.string(),
    buckets: z.array(z.object({ start: z.string(), count: z.number().int() })),
  })
  .openapi('Trends')
