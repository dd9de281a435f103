import { DEFAULT_TAXONOMY } from '../../src/tagging/default-taxonomy'
import { buildTagger, type Tagger } from '../../src/tagging/tagger'
import { taxonomyFromDocument } from '../../src/tagging/taxonomy'
import type { TagResult } from '../../src/tagging/types'

let tagger: Tagger | null = null

/** The tagger over the project's default taxonomy (the data migration 0002 seeds into D1). */
export function defaultTagger(): Tagger {
  tagger ??= buildTagger(taxonomyFromDocument(DEFAULT_TAXONOMY, 1))
  return tagger
}

let rules: Tagger | null = null

/**
 * The tagger with the learned role filler off (records/fill.ts): records as the rules make them. Tests of
 * roles document what syntax settles, including roles it deliberately leaves empty; the filler, measured
 * out of batch on the gold (scripts/train-fill.mjs), may fill them (test/tagging/fill.test.ts).
 */
export function rulesTagger(): Tagger {
  rules ??= buildTagger(taxonomyFromDocument(DEFAULT_TAXONOMY, 1), { fill: false })
  return rules
}

export function tag(title: string, body = '', date = '2024-06-01'): TagResult {
  return defaultTagger().tag({
    title,
    content: body,
    lang: 'en',
    publishedAt: Date.parse(`${date}T00:00:00Z`),
  })
}

/** A Korean article body (and title), as the Korean test files tag them. */
export function tagKo(body: string, title = '', date = '2025-06-01'): TagResult {
  return defaultTagger().tag({
    title,
    content: body,
    lang: 'ko',
    publishedAt: Date.parse(`${date}T00:00:00Z`),
  })
}

export const actorsOf = (r: TagResult) => r.actors.map((a) => a.slug).sort()
export const eventsOf = (r: TagResult) => r.events.map((e) => e.slug).sort()
export const actors = (title: string, body = '', date?: string) => actorsOf(tag(title, body, date))
export const events = (title: string, body = '', date?: string) => eventsOf(tag(title, body, date))
