import { describe, expect, it } from 'vitest'
import { evaluate, formatReport, parseGold } from '../../src/tagging/eval'
import goldText from '../fixtures/tagging-gold.jsonl?raw'
import { defaultTagger } from './helpers'

/** Quality gate (issue 3): the same numbers `npm run eval:tagging` prints. */
const MIN_ACTORS_F1 = 0.95
const MIN_EVENTS_F1 = 0.88

const gold = parseGold(goldText)

describe('tagging gold set', () => {
  it('has at least 100 snippets (60 English, 40 Korean), every event at least 3 times, some without events', () => {
    expect(gold.length).toBeGreaterThanOrEqual(100)
    expect(gold.filter((g) => g.lang === 'en').length).toBeGreaterThanOrEqual(60)
    expect(gold.filter((g) => g.lang === 'ko').length).toBeGreaterThanOrEqual(40)
    expect(gold.filter((g) => g.events.length === 0).length).toBeGreaterThanOrEqual(5)
    const counts = new Map<string, number>()
    for (const g of gold) for (const e of g.events) counts.set(e, (counts.get(e) ?? 0) + 1)
    expect(counts.size).toBe(18)
    for (const [event, n] of counts) expect(n, event).toBeGreaterThanOrEqual(3)
  })

  it(`scores actors F1 >= ${MIN_ACTORS_F1} and events F1 >= ${MIN_EVENTS_F1}`, () => {
    const report = evaluate(defaultTagger(), gold)
    const summary = formatReport(report, true)
    expect(report.actors.f1, summary).toBeGreaterThanOrEqual(MIN_ACTORS_F1)
    expect(report.events.f1, summary).toBeGreaterThanOrEqual(MIN_EVENTS_F1)
  })
})
