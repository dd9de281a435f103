/** Every SQL statement about watches and their index rows. */

export interface WatchRow {
  id: number
  name: string
  filter: string
  filter_json: string
  enabled: number
  webhook_url: string | null
  webhook_format: string | null
  secret_enc: string | null
  /** JSON PreviousSecret[]: secrets replaced by rotations, still signing until they expire. */
  previous_secrets: string
  webhook_disabled_reason: string | null
  webhook_disabled_at: number | null
  notify: NotifyMode
  delivery_mode: DeliveryMode
  digest_every: DigestEvery | null
  created_at: number
  updated_at: number
}

export type NotifyMode = 'story' | 'article'
export type DeliveryMode = 'instant' | 'digest'
export type DigestEvery = '15m' | '1h' | '1d'

/** A secret replaced by a rotation: AES-GCM ciphertext, and when it stops signing. */
export interface PreviousSecret {
  enc: string
  expires_at: number
}

export function previousSecretsOf(row: Pick<WatchRow, 'previous_secrets'>): PreviousSecret[] {
  try {
    const parsed = JSON.parse(row.previous_secrets) as unknown
    return Array.isArray(parsed) ? (parsed as PreviousSecret[]) : []
  } catch {
    return []
  }
}

/** What the matcher needs of a watch that can fire: its stored filter. */
export interface MatchableWatchRow {
  id: number
  filter_json: string
}

const VERSION_KEY = 'watches_version'

/**
 * Marks the watch set as changed: every isolate's matcher rebuilds on its next read. A random
 * stamp rather than a counter, so two databases can never share a version an isolate has cached.
 */
export const bumpWatchesVersionStatement = (db: D1Database) =>
  db
    .prepare(
      `INSERT INTO meta (key, value) VALUES (?1, lower(hex(randomblob(8))))
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    )
    .bind(VERSION_KEY)

const versionStatement = (db: D1Database) =>
  db.prepare('SELECT value FROM meta WHERE key = ?').bind(VERSION_KEY)

/** One primary-key read: the cheap check every ingest does before matching. */
export async function readWatchesVersion(db: D1Database): Promise<string> {
  return (await versionStatement(db).first<string>('value')) ?? '0'
}

/**
 * Watches that can deliver (enabled, with a webhook) and the version they belong to, read in one
 * transaction. A webhook disabled by a 410 still matches: its matches are held, not lost.
 */
export async function readMatchableWatches(
  db: D1Database,
): Promise<{ version: string; watches: MatchableWatchRow[] }> {
  const [version, rows] = await db.batch([
    versionStatement(db),
    db.prepare('SELECT id, filter_json FROM watches WHERE enabled = 1 AND webhook_url IS NOT NULL'),
  ])
  const v = (version.results[0] as { value: string } | undefined)?.value ?? '0'
  return { version: v, watches: rows.results as MatchableWatchRow[] }
}

export interface NewWatch {
  name: string
  filter: string
  filterJson: string
  webhookUrl: string | null
  webhookFormat: string | null
  secretEnc: string | null
  indexKeys: string[]
  notify: NotifyMode
  deliveryMode: DeliveryMode
  digestEvery: DigestEvery | null
  now: number
}

/** Inserts a watch and its index rows in one transaction; returns the stored row. */
export async function insertWatch(db: D1Database, w: NewWatch): Promise<WatchRow> {
  const [inserted] = await db.batch([
    db
      .prepare(
        `INSERT INTO watches (name, filter, filter_json, webhook_url, webhook_format, secret_enc, notify,
           delivery_mode, digest_every, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?8, ?9, ?10, ?7, ?7) RETURNING *`,
      )
      .bind(
        w.name,
        w.filter,
        w.filterJson,
        w.webhookUrl,
        w.webhookFormat,
        w.secretEnc,
        w.now,
        w.notify,
        w.deliveryMode,
        w.digestEvery,
      ),
    // watch_index is WITHOUT ROWID, so inserting into it leaves last_insert_rowid() on the new watch.
    db
      .prepare('INSERT INTO watch_index (key, watch_id) SELECT value, last_insert_rowid() FROM json_each(?1)')
      .bind(JSON.stringify(w.indexKeys)),
    bumpWatchesVersionStatement(db),
  ])
  return inserted.results[0] as WatchRow
}

export async function getWatch(db: D1Database, id: number): Promise<WatchRow | null> {
  return db.prepare('SELECT * FROM watches WHERE id = ?').bind(id).first<WatchRow>()
}

export async function listWatches(db: D1Database): Promise<WatchRow[]> {
  return (await db.prepare('SELECT * FROM watches ORDER BY id').all<WatchRow>()).results
}

export async function countWatches(db: D1Database): Promise<number> {
  return (await db.prepare('SELECT count(*) AS n FROM watches').first<number>('n')) ?? 0
}

export async function watchIndexKeys(db: D1Database, id: number): Promise<string[]> {
  const rows = await db
    .prepare('SELECT key FROM watch_index WHERE watch_id = ? ORDER BY key')
    .bind(id)
    .all<{ key: string }>()
  return rows.results.map((r) => r.key)
}

/** Column changes of a PATCH (only the listed columns are written). */
export interface WatchChanges {
  name?: string
  filter?: string
  filterJson?: string
  indexKeys?: string[]
  enabled?: boolean
  webhook?: {
    url: string | null
    format: string | null
    secretEnc: string | null
  }
  previousSecrets?: PreviousSecret[]
  notify?: NotifyMode
  delivery?: { mode: DeliveryMode; every: DigestEvery | null }
  /** Clears webhook_disabled_reason (a PATCH of the webhook re-arms it). */
  reenableWebhook?: boolean
}

/**
 * Applies a PATCH in one transaction (row, index rows, version); null when the watch does not exist,
 * or when `ifSecretEnc` is given and the stored secret is no longer that one (a concurrent rotation).
 */
export async function updateWatch(
  db: D1Database,
  id: number,
  ch: WatchChanges,
  now: number,
  ifSecretEnc?: string,
): Promise<WatchRow | null> {
  const sets: string[] = ['updated_at = ?']
  const args: unknown[] = [now]
  const set = (column: string, value: unknown) => {
    sets.push(`${column} = ?`)
    args.push(value)
  }
  if (ch.name !== undefined) set('name', ch.name)
  if (ch.filter !== undefined) set('filter', ch.filter)
  if (ch.filterJson !== undefined) set('filter_json', ch.filterJson)
  if (ch.enabled !== undefined) set('enabled', ch.enabled ? 1 : 0)
  if (ch.webhook) {
    set('webhook_url', ch.webhook.url)
    set('webhook_format', ch.webhook.format)
    set('secret_enc', ch.webhook.secretEnc)
  }
  if (ch.previousSecrets !== undefined) set('previous_secrets', JSON.stringify(ch.previousSecrets))
  if (ch.notify !== undefined) set('notify', ch.notify)
  if (ch.delivery) {
    set('delivery_mode', ch.delivery.mode)
    set('digest_every', ch.delivery.every)
  }
  if (ch.reenableWebhook) {
    set('webhook_disabled_reason', null)
    set('webhook_disabled_at', null)
  }
  const guard = ifSecretEnc === undefined ? '' : ' AND secret_enc = ?'
  const guardArgs = ifSecretEnc === undefined ? [] : [ifSecretEnc]
  const statements = [
    db
      .prepare(`UPDATE watches SET ${sets.join(', ')} WHERE id = ?${guard} RETURNING *`)
      .bind(...args, id, ...guardArgs),
  ]
  if (ch.indexKeys) {
    statements.push(
      db.prepare('DELETE FROM watch_index WHERE watch_id = ?').bind(id),
      db
        .prepare(
          `INSERT INTO watch_index (key, watch_id)
           SELECT value, ?2 FROM json_each(?1) WHERE EXISTS (SELECT 1 FROM watches WHERE id = ?2)`,
        )
        .bind(JSON.stringify(ch.indexKeys), id),
    )
  }
  statements.push(bumpWatchesVersionStatement(db))
  const [updated] = await db.batch(statements)
  return (updated.results[0] as WatchRow | undefined) ?? null
}

/** Deletes a watch; its index rows, deliveries and attempts go with it (ON DELETE CASCADE). */
export async function deleteWatch(db: D1Database, id: number): Promise<boolean> {
  const [deleted] = await db.batch([
    db.prepare('DELETE FROM watches WHERE id = ? RETURNING id').bind(id),
    bumpWatchesVersionStatement(db),
  ])
  return deleted.results.length > 0
}

/** A 410 Gone from the receiver: the webhook stops firing until an admin PATCHes it. */
export function disableWebhookStatements(
  db: D1Database,
  id: number,
  reason: string,
  now: number,
): D1PreparedStatement[] {
  return [
    db
      .prepare(
        'UPDATE watches SET webhook_disabled_reason = ?, webhook_disabled_at = ?, updated_at = ? WHERE id = ?',
      )
      .bind(reason, now, now, id),
    bumpWatchesVersionStatement(db),
  ]
}
