import type { AttemptRow, DeliveryKind, DeliveryRow, DeliveryStatus } from '../db/deliveries'
import { type DigestEvery, type NotifyMode, previousSecretsOf, type WatchRow } from '../db/watches'
import { iso } from '../lib/time'
import { describeFilter } from '../search/filter'
import { filterFromJson } from './stored-filter'

/** The public JSON of watches and deliveries (IDs as strings, times as ISO 8601). */

export interface WatchView {
  id: string
  name: string
  filter: string
  description: string
  enabled: boolean
  webhook: {
    url: string
    format: string
    /** Why it stopped firing (a 410 Gone from the receiver), null while active. */
    disabled_reason: string | null
    disabled_at: string | null
    /** During a secret rotation: until when the last replaced secret still signs. */
    previous_secret_expires_at: string | null
    /** Every replaced secret that still signs (one signature each), newest first. */
    previous_secrets: { expires_at: string }[]
  } | null
  notify: NotifyMode
  delivery: { mode: 'instant'; every: null } | { mode: 'digest'; every: DigestEvery }
  /** Deliveries held while the webhook was disabled, waiting for release or discard. */
  held: number
  feeds: { rss: string; atom: string; json: string }
  created_at: string
  updated_at: string
}

export const watchFeedPaths = (id: number | string) => ({
  rss: `/watches/${id}/rss.xml`,
  atom: `/watches/${id}/atom.xml`,
  json: `/watches/${id}/feed.json`,
})

function describe(row: WatchRow): string {
  try {
    return describeFilter(filterFromJson(row.filter_json))
  } catch {
    return row.filter
  }
}

export function toWatchView(row: WatchRow, baseUrl: string, now: number, held: number): WatchView {
  const paths = watchFeedPaths(row.id)
  const previous = previousSecretsOf(row)
    .filter((p) => p.expires_at > now)
    .sort((a, b) => b.expires_at - a.expires_at)
  return {
    id: String(row.id),
    name: row.name,
    filter: row.filter,
    description: describe(row),
    enabled: row.enabled === 1,
    webhook:
      row.webhook_url && row.webhook_format
        ? {
            url: row.webhook_url,
            format: row.webhook_format,
            disabled_reason: row.webhook_disabled_reason,
            disabled_at: iso(row.webhook_disabled_at),
            previous_secret_expires_at: previous.length ? iso(previous[0].expires_at) : null,
            previous_secrets: previous.map((p) => ({ expires_at: iso(p.expires_at)! })),
          }
        : null,
    notify: row.notify,
    delivery:
      row.delivery_mode === 'digest' && row.digest_every
        ? { mode: 'digest', every: row.digest_every }
        : { mode: 'instant', every: null },
    held,
    feeds: { rss: baseUrl + paths.rss, atom: baseUrl + paths.atom, json: baseUrl + paths.json },
    created_at: iso(row.created_at)!,
    updated_at: iso(row.updated_at)!,
  }
}

export interface AttemptView {
  attempt: number
  at: string
  status_code: number | null
  error: string | null
  duration_ms: number
  response: string | null
}

export interface DeliveryView {
  id: string
  watch_id: string
  article_id: string | null
  kind: DeliveryKind
  status: DeliveryStatus
  webhook_id: string
  attempts: number
  last_status_code: number | null
  last_error: string | null
  next_attempt_at: string | null
  created_at: string
  updated_at: string
  delivered_at: string | null
  /** Folded copies: the story's first delivery, the one that alerted. */
  folded_into: string | null
  /** Collected matches: the digest that carries them (null until their period's digest is built). */
  digest_id: string | null
  /** A story's first delivery: the cluster id its story was decided under. */
  story_key: string | null
  /** Digests: the period and how many matches they carry. */
  period_start: string | null
  period_end: string | null
  article_count: number | null
  attempt_log: AttemptView[]
}

const idOrNull = (n: number | null) => (n === null ? null : String(n))

export function toDeliveryView(d: DeliveryRow, attempts: AttemptRow[]): DeliveryView {
  return {
    id: String(d.id),
    watch_id: String(d.watch_id),
    article_id: idOrNull(d.article_id),
    kind: d.kind,
    status: d.status,
    webhook_id: d.message_id,
    attempts: d.attempts,
    last_status_code: d.last_status_code,
    last_error: d.last_error,
    next_attempt_at: d.status === 'pending' ? iso(d.next_attempt_at) : null,
    created_at: iso(d.created_at)!,
    updated_at: iso(d.updated_at)!,
    delivered_at: iso(d.delivered_at),
    folded_into: idOrNull(d.folded_into),
    digest_id: idOrNull(d.digest_id),
    story_key: idOrNull(d.story_key),
    period_start: iso(d.period_start),
    period_end: iso(d.period_end),
    article_count: d.item_count,
    attempt_log: attempts.map((a) => ({
      attempt: a.attempt,
      at: iso(a.attempted_at)!,
      status_code: a.status_code,
      error: a.error,
      duration_ms: a.duration_ms,
      response: a.response,
    })),
  }
}

/** Deliveries with their attempts (as attemptsOf reads them for many deliveries at once). */
export function toDeliveryViews(rows: DeliveryRow[], attempts: AttemptRow[]): DeliveryView[] {
  const byDelivery = new Map<number, AttemptRow[]>()
  for (const a of attempts) {
    const list = byDelivery.get(a.delivery_id)
    if (list) list.push(a)
    else byDelivery.set(a.delivery_id, [a])
  }
  return rows.map((r) => toDeliveryView(r, byDelivery.get(r.id) ?? []))
}
