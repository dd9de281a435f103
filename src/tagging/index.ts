/**
 * Tagging entry points. The taxonomy lives in D1 (admins extend it without a deploy; every
 * isolate must agree on one version), and is compiled into a tagger once per isolate: each
 * call costs one primary-key read of meta.taxonomy_version to notice changes made elsewhere.
 */
import { readTaxonomyRows, readTaxonomyVersion } from '../db/taxonomy'
import { buildTagger, type Tagger } from './tagger'
import { type Taxonomy, taxonomyFromRows } from './taxonomy'

import type { TagInput } from './types'

export type { Tagger } from './tagger'

/** The tagger's input for a stored or new article: the body, or the summary when there is no body. */
export function tagInputFor(a: {
  title: string
  summary?: string | null
  content?: string | null
  lang: string
  published_at: number
}): TagInput {
  return { title: a.title, content: a.content || a.summary || '', lang: a.lang, publishedAt: a.published_at }
}

interface Compiled {
  version: number
  taxonomy: Taxonomy
  tagger: Tagger
  slugs: { actors: Set<string>; events: Set<string> }
}

/**
 * Per-isolate cache: the compiled taxonomy of the newest version seen (a promise, so concurrent requests
 * share one build).
 */
let current: Promise<Compiled> | null = null
let currentVersion = -1

async function compile(db: D1Database): Promise<Compiled> {
  const rows = await readTaxonomyRows(db)
  const taxonomy = taxonomyFromRows(rows, rows.version)
  return {
    version: rows.version,
    taxonomy,
    tagger: buildTagger(taxonomy),
    slugs: {
      actors: new Set(taxonomy.actors.map((a) => a.slug)),
      events: new Set(taxonomy.events.map((e) => e.slug)),
    },
  }
}

/** The compiled taxonomy for the version currently in D1 (rebuilt only when the version moved). */
export async function getCompiledTaxonomy(db: D1Database): Promise<Compiled> {
  const version = await readTaxonomyVersion(db)
  if (!current || version !== currentVersion) {
    currentVersion = version
    const build = compile(db)
    current = build
    build.catch(() => {
      if (current === build) {
        current = null
        currentVersion = -1
      }
    })
  }
  return current
}

export async function getTagger(db: D1Database): Promise<Tagger> {
  return (await getCompiledTaxonomy(db)).tagger
}

export async function getTaxonomySlugs(
  db: D1Database,
): Promise<{ actors: Set<string>; events: Set<string> }> {
  return (await getCompiledTaxonomy(db)).slugs
}
