import { describe, expect, it } from 'vitest'
import { DEFAULT_TAXONOMY } from '../../src/tagging/default-taxonomy'
import { evaluate, formatByEvent, formatReport, type GoldItem, parseGold } from '../../src/tagging/eval'
import { lenientKeyOf } from '../../src/tagging/lenient'
import type { Tagger } from '../../src/tagging/tagger'
import { MODALITIES, type Modality, TAGGING_MODALITIES } from '../../src/tagging/types'
import heldoutText from '../fixtures/tagging/heldout.jsonl?raw'
import goldText from '../fixtures/tagging-gold.jsonl?raw'
import { defaultTagger } from './helpers'

/**
 * Quality gates: the figures `npm run eval:tagging` prints. The held-out part was written blind to
 * the rules and is never tuned on (test/fixtures/tagging/LABELLING.md): its failure message holds
 * aggregate figures only, never a snippet.
 */
/**
 * A regression floor on the whole tuning set. It was 0.90 until round eleven appended 500 blind snippets
 * (t32-t36) that no rule was written from (0.853 on them): the set is 0.894 with them, 0.93 on the batches
 * the rules were written from.
 */
const TUNED_MIN_EVENTS_F1 = 0.88
const TUNED_MIN_ACTORS_F1 = 0.95
/** The gate on the held-out part. Actors meet it; events do not yet (see docs/tagging.md). */
const HELDOUT_MIN_EVENTS_F1 = 0.9
const HELDOUT_MIN_ACTORS_F1 = 0.95
/**
 * The roles target on the held-out part, met since round eleven's role filler (0.892 / 0.874 on 1,923;
 * 0.842 / 0.820 before it): source and target strict accuracy on matched records.
 */
const HELDOUT_MIN_ROLE_ACCURACY = 0.85
/** Below the held-out events F1 today (0.867 on 1,323, ninth round): a regression floor until the gate is met. */
const HELDOUT_EVENTS_F1_FLOOR = 0.85

const tuned = parseGold(goldText)
const heldout = parseGold(heldoutText)
const key = lenientKeyOf(DEFAULT_TAXONOMY)

describe('tagging gold sets', () => {
  it('hold at least 300 snippets, 40 % Korean, with a held-out third', () => {
    const all = [...tuned, ...heldout]
    expect(all.length).toBeGreaterThanOrEqual(300)
    expect(all.filter((g) => g.lang === 'ko').length / all.length).toBeGreaterThanOrEqual(0.4)
    expect(heldout.length).toBeGreaterThanOrEqual(100)
    // The held-out third: a tuning batch added without a blind held-out batch beside it fails here.
    expect(heldout.length / all.length).toBeGreaterThanOrEqual(1 / 3)
    expect(new Set(all.map((g) => g.id)).size).toBe(all.length)
  })

  it('cover every event at least 3 times in the tuning set, and snippets with no event', () => {
    expect(tuned.filter((g) => g.events.length === 0).length).toBeGreaterThanOrEqual(5)
    const counts = new Map<string, number>()
    for (const g of tuned) for (const e of g.events) counts.set(e, (counts.get(e) ?? 0) + 1)
    expect(counts.size).toBe(18)
    for (const [event, n] of counts) expect(n, event).toBeGreaterThanOrEqual(3)
  })

  it('label records on every snippet, and article events follow them (rule 4)', () => {
    const check = (g: GoldItem) => {
      expect(g.records, g.id).toBeDefined()
      for (const r of g.records ?? []) expect(MODALITIES, g.id).toContain(r.modality)
      const tagging = new Set(
        (g.records ?? []).filter((r) => TAGGING_MODALITIES.has(r.modality)).map((r) => r.event),
      )
      expect(new Set(g.events), g.id).toEqual(tagging)
    }
    tuned.forEach(check)
    // Held-out: the same structural checks, failing without naming a snippet.
    const bad = heldout.filter((g) => {
      const tagging = new Set(
        (g.records ?? []).filter((r) => TAGGING_MODALITIES.has(r.modality)).map((r) => r.event),
      )
      return !g.records || g.events.length !== tagging.size || g.events.some((e) => !tagging.has(e))
    })
    expect(bad.length, 'held-out snippets whose events do not follow their records').toBe(0)
  })
})

describe('tagging quality', () => {
  it(`tuning set: actors F1 >= ${TUNED_MIN_ACTORS_F1}, events F1 >= ${TUNED_MIN_EVENTS_F1}`, () => {
    const report = evaluate(defaultTagger(), tuned, key)
    const summary = formatReport(report, true)
    expect(report.actors.f1, summary).toBeGreaterThanOrEqual(TUNED_MIN_ACTORS_F1)
    expect(report.events.f1, summary).toBeGreaterThanOrEqual(TUNED_MIN_EVENTS_F1)
  })

  // Aggregate figures only in the messages: never a held-out snippet.
  const heldoutReport = () => {
    const report = evaluate(defaultTagger(), heldout, key)
    return { report, summary: formatReport(report) }
  }

  it(`held-out set: actors F1 >= ${HELDOUT_MIN_ACTORS_F1}, events F1 >= ${HELDOUT_EVENTS_F1_FLOOR} (no regression)`, () => {
    const { report, summary } = heldoutReport()
    expect(report.actors.f1, summary).toBeGreaterThanOrEqual(HELDOUT_MIN_ACTORS_F1)
    expect(report.events.f1, summary).toBeGreaterThanOrEqual(HELDOUT_EVENTS_F1_FLOOR)
  })

  it(`held-out set: source and target each >= ${HELDOUT_MIN_ROLE_ACCURACY} accurate on matched records`, () => {
    const { report, summary } = heldoutReport()
    expect(report.roles.matched, summary).toBeGreaterThan(1000)
    expect(report.roles.sourceStrict / report.roles.matched, summary).toBeGreaterThanOrEqual(
      HELDOUT_MIN_ROLE_ACCURACY,
    )
    expect(report.roles.targetStrict / report.roles.matched, summary).toBeGreaterThanOrEqual(
      HELDOUT_MIN_ROLE_ACCURACY,
    )
  })

  // The events gate, NOT MET yet: an expected failure. When the rules reach it this test
  // starts failing, and `it.fails` becomes `it` (the gate then holds for good).
  it.fails(`held-out set: events F1 >= ${HELDOUT_MIN_EVENTS_F1} (the issue's gate, not met yet)`, () => {
    const { report, summary } = heldoutReport()
    expect(report.events.f1, summary).toBeGreaterThanOrEqual(HELDOUT_MIN_EVENTS_F1)
  })
})

describe('event errors by cause', () => {
  // A stub tagger: one fixed result, so each cause is counted once and only once.
  const rec = (event: string, modality: Modality) => ({
    event,
    source: null,
    target: null,
    modality,
    inTitle: false,
    start: 0,
    end: 0,
    sentence: '',
  })
  const stub = (events: string[], records: ReturnType<typeof rec>[]): Tagger => ({
    version: 1,
    implied: (slug) => [slug],
    tag: () => ({
      actors: [],
      events: events.map((slug) => ({ slug, strength: 1, inTitle: false })),
      mentions: [],
      records,
    }),
  })
  const gold: GoldItem = {
    id: 't99-en-001',
    lang: 'en',
    published: '2024-06-01T00:00:00Z',
    title: '',
    body: 'x',
    actors: [],
    events: ['visit', 'sanctions', 'protest'],
    records: [
      { event: 'visit', source: null, target: null, modality: 'reported' },
      { event: 'sanctions', source: null, target: null, modality: 'reported' },
      { event: 'protest', source: null, target: null, modality: 'reported' },
      { event: 'missile-launch', source: null, target: null, modality: 'background' },
    ],
  }

  it('splits wrong events into modality and sense errors, missed ones into modality and no record', () => {
    const tagger = stub(
      ['visit', 'missile-launch', 'election'],
      [
        rec('visit', 'reported'),
        rec('missile-launch', 'reported'),
        rec('election', 'reported'),
        rec('sanctions', 'speculative'),
      ],
    )
    const report = evaluate(tagger, [gold])
    // missile-launch: the gold has it as background only; election: no gold record at all.
    // sanctions: the tagger's record does not tag; protest: the tagger has no record of it.
    expect(report.eventErrors).toEqual({
      wrongModality: 1,
      wrongSense: 1,
      missedModality: 1,
      missedNoRecord: 1,
    })
    expect(report.byLang.en.eventErrors).toEqual(report.eventErrors)
    expect(formatReport(report)).toContain('wrong ev: modal/sense  1 / 1')
  })
  it('scores each event on its own: hits, inventions and misses per event', () => {
    const tagger = stub(['visit', 'missile-launch', 'election'], [])
    const report = evaluate(tagger, [gold, { ...gold, id: 't99-en-002', events: ['election'] }])
    const counts = Object.fromEntries(
      Object.entries(report.byEvent).map(([ev, p]) => [ev, [p.tp, p.fp, p.fn]]),
    )
    expect(counts).toEqual({
      election: [1, 1, 0],
      'missile-launch': [0, 2, 0],
      protest: [0, 0, 1],
      sanctions: [0, 0, 1],
      visit: [1, 1, 0],
    })
    expect(formatByEvent([['tuned', report]])).toMatch(/election\s+0\.500 1\.000 0\.667 \(1\)/)
  })
})
