import { expect } from 'vitest'
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

let noVeto: Tagger | null = null

/**
 * The rules alone, with the learned veto off (records/veto.ts): the tests of a rules pass show what its rules
 * decide, whatever the veto, trained on the gold, would remove.
 */
export function rulesOnly(lang: 'en' | 'ko', title: string, body: string): TagResult {
  noVeto ??= buildTagger(taxonomyFromDocument(DEFAULT_TAXONOMY, 1), { veto: false })
  return noVeto.tag({ title, content: body, lang, publishedAt: Date.parse('2025-06-01T00:00:00Z') })
}

/** rulesOnly for one English or Korean snippet, body first: what the round tests of rules passes read. */
export const rulesEn = (body: string, title = 'x') => rulesOnly('en', title, body)
export const rulesKo = (body: string, title = '') => rulesOnly('ko', title, body)
/** The article's event slugs in the tagger's order (eventsOf sorts them). */
export const eventSlugs = (r: TagResult) => r.events.map((e) => e.slug)
/** The records of one event as "source>target modality". */
export const recordsOf = (r: TagResult, event: string) =>
  r.records.filter((x) => x.event === event).map((x) => `${x.source}>${x.target} ${x.modality}`)

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

/** Hex SHA-256 of a text (Web Crypto: the tests run in workerd). */
export const sha256 = async (text: string) =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')

/** What a learned model ships (veto-weights.ts, fill-weights.ts) and its frozen training file must agree with. */
interface ShippedModel {
  bits: number
  sha256: string
  weights: string
  trainingSha256: string
}

/**
 * A learned model's frozen training file (scripts/lib/frozen.mjs) held to what it was frozen from: the shipped
 * weights' checksum and training SHA, the table size, and the gold's batches through the header's last trained
 * one, one row per trained snippet in the gold's order. Returns the header and rows for the model's own checks.
 */
export async function checkFrozen<Row extends { id: string }>(
  frozenText: string,
  goldText: string,
  model: ShippedModel,
  tableBits: number,
) {
  expect(model.bits).toBe(tableBits)
  expect(await sha256(model.weights)).toBe(model.sha256)
  const [first, ...rest] = frozenText.split('\n').filter(Boolean)
  const header = JSON.parse(first!)
  expect(header.sources).toEqual(['test/fixtures/tagging-gold.jsonl'])
  expect(header.trainingSha256).toBe(model.trainingSha256)
  expect(header.tableBits).toBe(tableBits)
  const batchNumber = (id: string) => Number(/^t(\d+)-(?:en|ko)-\d+$/.exec(id)?.[1] ?? 0)
  const trained = goldText
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && batchNumber(JSON.parse(l).id) <= header.lastTrainingBatch)
  expect(await sha256(trained.join('\n'))).toBe(header.trainedLinesSha256)
  const rows = rest.map((l) => JSON.parse(l) as Row)
  expect(rows.map((x) => x.id)).toEqual(trained.map((l) => JSON.parse(l).id))
  expect(rows.length).toBe(header.snippets)
  return { header, rows }
}
