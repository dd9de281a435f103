/**
 * Scoring a tagger against the hand-labelled gold set (test/fixtures/tagging-gold.jsonl).
 * Shared by `npm run eval:tagging` (Node) and the vitest gate (workerd).
 * Micro precision/recall/F1 over (snippet, slug) pairs, for actors and events separately,
 * overall and per language; plus event false alarms on snippets labelled with no event.
 */
import type { Tagger } from './tagger'

export interface GoldItem {
  id: string
  lang: string
  /** ISO 8601 publication time (date-dependent titles resolve by it). */
  published: string
  title: string
  body: string
  actors: string[]
  events: string[]
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

export interface ItemError {
  id: string
  missingActors: string[]
  extraActors: string[]
  missingEvents: string[]
  extraEvents: string[]
}

export interface EvalReport {
  items: number
  actors: Prf
  events: Prf
  byLang: Record<string, { items: number; actors: Prf; events: Prf }>
  /** Snippets labelled with no event, and how many events the tagger invented on them. */
  noEvent: { snippets: number; snippetsWithFalseAlarm: number; falseAlarms: number }
  errors: ItemError[]
}

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

export function evaluate(tagger: Tagger, gold: GoldItem[]): EvalReport {
  const all = { actors: new Counter(), events: new Counter() }
  const langs = new Map<string, { items: number; actors: Counter; events: Counter }>()
  const noEvent = { snippets: 0, snippetsWithFalseAlarm: 0, falseAlarms: 0 }
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
    let lang = langs.get(item.lang)
    if (!lang) {
      lang = { items: 0, actors: new Counter(), events: new Counter() }
      langs.set(item.lang, lang)
    }
    lang.items++
    lang.actors.add(item.actors, actors)
    lang.events.add(item.events, events)
    const a = all.actors.add(item.actors, actors)
    const e = all.events.add(item.events, events)
    if (item.events.length === 0) {
      noEvent.snippets++
      if (events.length) noEvent.snippetsWithFalseAlarm++
      noEvent.falseAlarms += events.length
    }
    if (a.missing.length || a.extra.length || e.missing.length || e.extra.length) {
      errors.push({
        id: item.id,
        missingActors: a.missing,
        extraActors: a.extra,
        missingEvents: e.missing,
        extraEvents: e.extra,
      })
    }
  }
  const byLang: EvalReport['byLang'] = {}
  for (const [lang, c] of [...langs].sort())
    byLang[lang] = { items: c.items, actors: c.actors.prf(), events: c.events.prf() }
  return { items: gold.length, actors: all.actors.prf(), events: all.events.prf(), byLang, noEvent, errors }
}

const pct = (x: number) => x.toFixed(3)
const count = (n: number, width: number) => String(n).padStart(width)
const row = (label: string, items: number, kind: string, p: Prf) =>
  `${label.padEnd(8)} ${count(items, 5)}  ${kind.padEnd(7)} ${pct(p.precision)}  ${pct(p.recall)}  ` +
  `${pct(p.f1)}   ${count(p.tp, 4)} ${count(p.fp, 4)} ${count(p.fn, 4)}`

export function formatReport(r: EvalReport, verbose = false): string {
  const lines = [`scope    items  kind    P      R      F1       TP   FP   FN`]
  lines.push(row('all', r.items, 'actors', r.actors), row('all', r.items, 'events', r.events))
  for (const [lang, x] of Object.entries(r.byLang))
    lines.push(row(lang, x.items, 'actors', x.actors), row(lang, x.items, 'events', x.events))
  lines.push(
    `event false alarms on no-event snippets: ${r.noEvent.falseAlarms} events on ` +
      `${r.noEvent.snippetsWithFalseAlarm} of ${r.noEvent.snippets} snippets`,
  )
  if (verbose) {
    for (const e of r.errors) {
      const parts = [
        e.missingActors.length ? `-actors ${e.missingActors.join(',')}` : '',
        e.extraActors.length ? `+actors ${e.extraActors.join(',')}` : '',
        e.missingEvents.length ? `-events ${e.missingEvents.join(',')}` : '',
        e.extraEvents.length ? `+events ${e.extraEvents.join(',')}` : '',
      ].filter(Boolean)
      lines.push(`  ${e.id}: ${parts.join('  ')}`)
    }
  }
  return lines.join('\n')
}
