/**
 * Scoring a tagger against hand-labelled gold snippets (test/fixtures/tagging/LABELLING.md).
 * Shared by `npm run eval:tagging` (Node) and the vitest gates (workerd).
 *
 *  - actors, events: micro precision/recall/F1 over (snippet, slug) pairs, overall and per
 *    language; event false alarms on snippets labelled with no event;
 *  - records: the tagger's records are deduplicated to (event, source, target, modality) per
 *    snippet, as the gold is, and matched one to one with the gold records of the same event
 *    (best agreement first). Detection P/R/F1 counts matches; on matched records, source and
 *    target accuracy (strict: the same slug; lenient: the same country, a person counting as the
 *    country they imply) and modality accuracy. Symmetric events (two parties doing it together)
 *    are compared in either order. Exact: all four fields agree.
 *
 * Held-out discipline: formatReport prints per-snippet errors only when asked (the tuning set);
 * a held-out report is printed as aggregate figures only.
 */
import type { Tagger } from './tagger'
import type { Modality } from './types'

export interface GoldRecord {
  event: string
  source: string | null
  target: string | null
  modality: Modality
}

export interface GoldItem {
  id: string
  lang: string
  /** ISO 8601 publication time (date-dependent titles resolve by it). */
  published: string
  title: string
  body: string
  actors: string[]
  events: string[]
  records?: GoldRecord[]
  note?: string
}

export interface Prf {
  tp: number
  fp: number
  fn: number
  precision: number
  recall: number
  f1: number
}

export interface RoleScores {
  /** Matched record pairs (gold, tagger). */
  matched: number
  sourceStrict: number
  sourceLenient: number
  targetStrict: number
  targetLenient: number
  modality: number
}

export interface ItemError {
  id: string
  missingActors: string[]
  extraActors: string[]
  missingEvents: string[]
  extraEvents: string[]
  /** Gold records the tagger missed or got wrong, and records it invented: "event source>target modality". */
  recordErrors: string[]
}

/**
 * Event errors by cause (docs/tagging.md §7, round twelve). A wrong event is a modality error when the gold labels the
 * event too, but only as speculative or background (the tagger took a mention that does not tag for one that
 * does), else a sense error (the gold has no record of it: the trigger or its reading was wrong). A missed
 * event is a modality error when the tagger made a record of it that does not tag (speculative or
 * background), else it had no record of it at all (no trigger, or the rules rejected it).
 */
export interface EventErrorCauses {
  wrongModality: number
  wrongSense: number
  missedModality: number
  missedNoRecord: number
}

export interface Scope {
  items: number
  actors: Prf
  events: Prf
  noEvent: { snippets: number; snippetsWithFalseAlarm: number; falseAlarms: number }
  eventErrors: EventErrorCauses
  records: Prf
  exact: Prf
  roles: RoleScores
}

export interface EvalReport extends Scope {
  byLang: Record<string, Scope>
  /** Article-level event tags scored one event at a time: which events a reader can trust. */
  byEvent: Record<string, Prf>
  errors: ItemError[]
}

/** Events whose two parties are interchangeable (LABELLING.md "Symmetric events"). */
export const SYMMETRIC_EVENTS = new Set([
  'meeting-summit',
  'alliance-agreement',
  'military-exercise',
  'military-cooperation',
  'attack-clash',
])

export function parseGold(jsonl: string): GoldItem[] {
  return jsonl
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l, i) => {
      const item = JSON.parse(l) as GoldItem
      if (
        !item.id ||
        !item.lang ||
        !item.published ||
        !Array.isArray(item.actors) ||
        !Array.isArray(item.events)
      ) {
        throw new Error(`gold line ${i + 1}: id, lang, published, actors and events are required`)
      }
      return item
    })
}

class Counter {
  tp = 0
  fp = 0
  fn = 0
  add(gold: string[], got: string[]): { missing: string[]; extra: string[] } {
    const missing = gold.filter((g) => !got.includes(g))
    const extra = got.filter((g) => !gold.includes(g))
    this.tp += gold.length - missing.length
    this.fn += missing.length
    this.fp += extra.length
    return { missing, extra }
  }
  prf(): Prf {
    const precision = this.tp + this.fp === 0 ? 1 : this.tp / (this.tp + this.fp)
    const recall = this.tp + this.fn === 0 ? 1 : this.tp / (this.tp + this.fn)
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
    return { tp: this.tp, fp: this.fp, fn: this.fn, precision, recall, f1 }
  }
}

class ScopeCounter {
  items = 0
  actors = new Counter()
  events = new Counter()
  records = new Counter()
  exact = new Counter()
  noEvent = { snippets: 0, snippetsWithFalseAlarm: 0, falseAlarms: 0 }
  eventErrors: EventErrorCauses = { wrongModality: 0, wrongSense: 0, missedModality: 0, missedNoRecord: 0 }
  roles: RoleScores = {
    matched: 0,
    sourceStrict: 0,
    sourceLenient: 0,
    targetStrict: 0,
    targetLenient: 0,
    modality: 0,
  }
  result(): Scope {
    return {
      items: this.items,
      actors: this.actors.prf(),
      events: this.events.prf(),
      noEvent: this.noEvent,
      eventErrors: this.eventErrors,
      records: this.records.prf(),
      exact: this.exact.prf(),
      roles: this.roles,
    }
  }
}

/** slug → the key a lenient comparison uses (a person or sub-organisation → its country). */
export type LenientKey = (slug: string) => string

const same = (a: string | null, b: string | null) => a === b
const lenientSame = (key: LenientKey, a: string | null, b: string | null) =>
  a === b || (a !== null && b !== null && key(a) === key(b))

interface Pair {
  gold: GoldRecord
  got: GoldRecord
}

/** Orients a tagger record like the gold one when the event is symmetric and that agrees better. */
function oriented(gold: GoldRecord, got: GoldRecord, key: LenientKey): GoldRecord {
  if (!SYMMETRIC_EVENTS.has(gold.event)) return got
  const score = (r: GoldRecord) =>
    (lenientSame(key, gold.source, r.source) ? 1 : 0) + (lenientSame(key, gold.target, r.target) ? 1 : 0)
  const swapped = { ...got, source: got.target, target: got.source }
  return score(swapped) > score(got) ? swapped : got
}

function agreement(gold: GoldRecord, got: GoldRecord, key: LenientKey): number {
  const r = oriented(gold, got, key)
  return (
    (same(gold.source, r.source) ? 2 : lenientSame(key, gold.source, r.source) ? 1 : 0) +
    (same(gold.target, r.target) ? 2 : lenientSame(key, gold.target, r.target) ? 1 : 0) +
    (gold.modality === r.modality ? 1.5 : 0)
  )
}

/** One-to-one matching of the records of each event, best agreement first. */
export function matchRecords(gold: GoldRecord[], got: GoldRecord[], key: LenientKey) {
  const candidates: { g: number; t: number; score: number }[] = []
  gold.forEach((g, gi) => {
    got.forEach((t, ti) => {
      if (g.event === t.event) candidates.push({ g: gi, t: ti, score: agreement(g, t, key) })
    })
  })
  candidates.sort((a, b) => b.score - a.score)
  const usedGold = new Set<number>()
  const usedGot = new Set<number>()
  const pairs: Pair[] = []
  for (const c of candidates) {
    if (usedGold.has(c.g) || usedGot.has(c.t)) continue
    usedGold.add(c.g)
    usedGot.add(c.t)
    pairs.push({ gold: gold[c.g], got: oriented(gold[c.g], got[c.t], key) })
  }
  return {
    pairs,
    missed: gold.filter((_, i) => !usedGold.has(i)),
    extra: got.filter((_, i) => !usedGot.has(i)),
  }
}

const recordText = (r: GoldRecord) => `${r.event} ${r.source ?? '-'}>${r.target ?? '-'} ${r.modality}`

export function evaluate(tagger: Tagger, gold: GoldItem[], key: LenientKey = (s) => s): EvalReport {
  const all = new ScopeCounter()
  const langs = new Map<string, ScopeCounter>()
  const perEvent = new Map<string, Counter>()
  const errors: ItemError[] = []
  for (const item of gold) {
    const r = tagger.tag({
      title: item.title,
      content: item.body,
      lang: item.lang,
      publishedAt: Date.parse(item.published),
    })
    const actors = r.actors.map((a) => a.slug)
    const events = r.events.map((e) => e.slug)
    const records: GoldRecord[] = []
    for (const x of r.records) {
      const rec = { event: x.event, source: x.source, target: x.target, modality: x.modality }
      if (!records.some((y) => recordText(y) === recordText(rec))) records.push(rec)
    }
    let lang = langs.get(item.lang)
    if (!lang) {
      lang = new ScopeCounter()
      langs.set(item.lang, lang)
    }
    for (const ev of new Set([...item.events, ...events])) {
      const c = perEvent.get(ev) ?? new Counter()
      perEvent.set(ev, c)
      c.add(
        item.events.filter((x) => x === ev),
        events.filter((x) => x === ev),
      )
    }
    const recordErrors: string[] = []
    let a = { missing: [] as string[], extra: [] as string[] }
    let e = { missing: [] as string[], extra: [] as string[] }
    for (const scope of [all, lang]) {
      scope.items++
      a = scope.actors.add(item.actors, actors)
      e = scope.events.add(item.events, events)
      if (item.events.length === 0) {
        scope.noEvent.snippets++
        if (events.length) scope.noEvent.snippetsWithFalseAlarm++
        scope.noEvent.falseAlarms += events.length
      }
      const causes = scope.eventErrors
      for (const ev of e.extra)
        if (item.records?.some((x) => x.event === ev)) causes.wrongModality++
        else causes.wrongSense++
      for (const ev of e.missing)
        if (records.some((x) => x.event === ev)) causes.missedModality++
        else causes.missedNoRecord++
      if (!item.records) continue
      const m = matchRecords(item.records, records, key)
      scope.records.tp += m.pairs.length
      scope.records.fn += m.missed.length
      scope.records.fp += m.extra.length
      for (const p of m.pairs) {
        const roles = scope.roles
        roles.matched++
        if (same(p.gold.source, p.got.source)) roles.sourceStrict++
        if (lenientSame(key, p.gold.source, p.got.source)) roles.sourceLenient++
        if (same(p.gold.target, p.got.target)) roles.targetStrict++
        if (lenientSame(key, p.gold.target, p.got.target)) roles.targetLenient++
        if (p.gold.modality === p.got.modality) roles.modality++
        const exact = recordText(p.gold) === recordText(p.got)
        if (exact) scope.exact.tp++
        else {
          scope.exact.fn++
          scope.exact.fp++
        }
        if (!exact && scope === all) recordErrors.push(`~${recordText(p.gold)} got ${recordText(p.got)}`)
      }
      scope.exact.fn += m.missed.length
      scope.exact.fp += m.extra.length
      if (scope === all) {
        for (const x of m.missed) recordErrors.push(`-${recordText(x)}`)
        for (const x of m.extra) recordErrors.push(`+${recordText(x)}`)
      }
    }
    if (a.missing.length || a.extra.length || e.missing.length || e.extra.length || recordErrors.length) {
      errors.push({
        id: item.id,
        missingActors: a.missing,
        extraActors: a.extra,
        missingEvents: e.missing,
        extraEvents: e.extra,
        recordErrors,
      })
    }
  }
  const byLang: Record<string, Scope> = {}
  for (const [lang, c] of [...langs].sort()) byLang[lang] = c.result()
  const byEvent: Record<string, Prf> = {}
  for (const [ev, c] of [...perEvent].sort()) byEvent[ev] = c.prf()
  return { ...all.result(), byLang, byEvent, errors }
}

// ── Report ──────────────────────────────────────────────────────────────────────

const f3 = (x: number) => x.toFixed(3)
const ratio = (n: number, d: number) => (d === 0 ? '  -  ' : f3(n / d))

/** The measures of one scope, as labelled rows (the same rows for every scope, so they line up). */
export function measures(s: Scope): [string, string][] {
  const prf = (p: Prf) => `${f3(p.precision)} ${f3(p.recall)} ${f3(p.f1)}`
  const r = s.roles
  return [
    ['snippets', String(s.items)],
    ['actors P R F1', prf(s.actors)],
    ['events P R F1', prf(s.events)],
    [
      'event false alarms',
      `${s.noEvent.snippetsWithFalseAlarm}/${s.noEvent.snippets} = ` +
        ratio(s.noEvent.snippetsWithFalseAlarm, s.noEvent.snippets),
    ],
    ['wrong ev: modal/sense', `${s.eventErrors.wrongModality} / ${s.eventErrors.wrongSense}`],
    ['missed ev: modal/none', `${s.eventErrors.missedModality} / ${s.eventErrors.missedNoRecord}`],
    ['records P R F1', prf(s.records)],
    ['source strict', `${ratio(r.sourceStrict, r.matched)} (${r.sourceStrict}/${r.matched})`],
    ['source lenient', ratio(r.sourceLenient, r.matched)],
    ['target strict', `${ratio(r.targetStrict, r.matched)} (${r.targetStrict}/${r.matched})`],
    ['target lenient', ratio(r.targetLenient, r.matched)],
    ['modality', `${ratio(r.modality, r.matched)} (${r.modality}/${r.matched})`],
    ['exact records P R F1', prf(s.exact)],
  ]
}

/** Side by side: one column per named report (tuned, held-out), rows per measure, per language. */
export function formatComparison(reports: [string, EvalReport][]): string {
  const width = 26
  const lines: string[] = []
  const header = ['scope / measure'.padEnd(28), ...reports.map(([n]) => n.padEnd(width))].join('')
  lines.push(header)
  const scopes = new Set<string>(['all'])
  for (const [, r] of reports) for (const l of Object.keys(r.byLang)) scopes.add(l)
  for (const scope of scopes) {
    const rows = reports.map(([, r]) => (scope === 'all' ? r : r.byLang[scope]))
    const labelled = rows.map((s) => (s ? measures(s) : null))
    const names = (labelled.find((x) => x !== null) ?? []).map(([n]) => n)
    names.forEach((name, i) => {
      const cells = labelled.map((m) => (m ? m[i][1] : '-').padEnd(width))
      lines.push([`${scope.padEnd(4)} ${name}`.padEnd(28), ...cells].join(''))
    })
  }
  return lines.join('\n')
}

/** One row per event, one column per named report: P R F1 and the gold count (tp + fn). */
export function formatByEvent(reports: [string, EvalReport][]): string {
  const width = 30
  const lines = [['event / P R F1 (gold)'.padEnd(28), ...reports.map(([n]) => n.padEnd(width))].join('')]
  const events = [...new Set(reports.flatMap(([, r]) => Object.keys(r.byEvent)))].sort()
  for (const ev of events) {
    const cells = reports.map(([, r]) => {
      const p = r.byEvent[ev]
      return (p ? `${f3(p.precision)} ${f3(p.recall)} ${f3(p.f1)} (${p.tp + p.fn})` : '-').padEnd(width)
    })
    lines.push([ev.padEnd(28), ...cells].join(''))
  }
  return lines.join('\n')
}

/** Per-snippet errors (only ever for the tuning set). */
export function formatErrors(r: EvalReport): string {
  const lines: string[] = []
  for (const e of r.errors) {
    const parts = [
      e.missingActors.length ? `-actors ${e.missingActors.join(',')}` : '',
      e.extraActors.length ? `+actors ${e.extraActors.join(',')}` : '',
      e.missingEvents.length ? `-events ${e.missingEvents.join(',')}` : '',
      e.extraEvents.length ? `+events ${e.extraEvents.join(',')}` : '',
    ].filter(Boolean)
    lines.push(`  ${e.id}: ${parts.join('  ')}`)
    for (const x of e.recordErrors) lines.push(`      ${x}`)
  }
  return lines.join('\n')
}

/** The compact report of one set (the gate's failure message). */
export function formatReport(r: EvalReport, verbose = false): string {
  const body = formatComparison([['', r]])
  return verbose ? `${body}\n${formatErrors(r)}` : body
}
