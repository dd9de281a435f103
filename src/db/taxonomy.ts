/** Every SQL statement about the taxonomy tables (migrations/0002_taxonomy.sql) and its version in meta. */

export interface TaxonomyActorRow {
  slug: string
  position: number
  name: string
  kind: string
  data: string
}

export interface TaxonomyEventRow {
  slug: string
  position: number
  name: string
  grp: string
  data: string
}

export interface TaxonomySettingRow {
  key: string
  data: string
}

export interface TaxonomyRows {
  actors: TaxonomyActorRow[]
  events: TaxonomyEventRow[]
  settings: TaxonomySettingRow[]
}

const VERSION_KEY = 'taxonomy_version'

/** D1 types batch results as unknown rows; each statement below selects exactly the row type named. */
const rowsOf = <T>(result: D1Result): T[] => result.results as T[]

/** The current taxonomy version (0 if the meta row is missing: nothing seeded). One cheap primary-key read. */
export async function readTaxonomyVersion(db: D1Database): Promise<number> {
  const row = await db
    .prepare('SELECT value FROM meta WHERE key = ?')
    .bind(VERSION_KEY)
    .first<{ value: string }>()
  return row ? Number(row.value) : 0
}

/** The whole taxonomy in one round trip (one D1 batch, so the three reads see one snapshot). */
export async function readTaxonomyRows(db: D1Database): Promise<TaxonomyRows & { version: number }> {
  const [actors, events, settings, version] = await db.batch([
    db.prepare('SELECT slug, position, name, kind, data FROM taxonomy_actors ORDER BY position, slug'),
    db.prepare('SELECT slug, position, name, grp, data FROM taxonomy_events ORDER BY position, slug'),
    db.prepare('SELECT key, data FROM taxonomy_settings ORDER BY key'),
    db.prepare('SELECT value FROM meta WHERE key = ?').bind(VERSION_KEY),
  ])
  const versionRow = rowsOf<{ value: string }>(version)[0]
  return {
    actors: rowsOf<TaxonomyActorRow>(actors),
    events: rowsOf<TaxonomyEventRow>(events),
    settings: rowsOf<TaxonomySettingRow>(settings),
    version: versionRow ? Number(versionRow.value) : 0,
  }
}

export async function readActorRow(db: D1Database, slug: string): Promise<TaxonomyActorRow | null> {
  return db
    .prepare('SELECT slug, position, name, kind, data FROM taxonomy_actors WHERE slug = ?')
    .bind(slug)
    .first<TaxonomyActorRow>()
}

export async function readEventRow(db: D1Database, slug: string): Promise<TaxonomyEventRow | null> {
  return db
    .prepare('SELECT slug, position, name, grp, data FROM taxonomy_events WHERE slug = ?')
    .bind(slug)
    .first<TaxonomyEventRow>()
}

/** Both slug spaces share one namespace check: a new actor or event slug must be unused by either. */
export async function slugExists(db: D1Database, slug: string): Promise<boolean> {
  const row = await db
    .prepare(
      `SELECT 1 AS x FROM taxonomy_actors WHERE slug = ?1
       UNION ALL SELECT 1 FROM taxonomy_events WHERE slug = ?1 LIMIT 1`,
    )
    .bind(slug)
    .first()
  return row !== null
}

/** Bumps the version; returns the statement so it commits in the same batch as the change. */
export function bumpVersionStatement(db: D1Database): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO meta (key, value) VALUES (?1, '1')
       ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)
       RETURNING CAST(value AS INTEGER) AS version`,
    )
    .bind(VERSION_KEY)
}

export function insertActorStatement(
  db: D1Database,
  a: { slug: string; name: string; kind: string; data: string },
  now: number,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO taxonomy_actors (slug, position, name, kind, data, created_at, updated_at)
       VALUES (?1, (SELECT COALESCE(MAX(position), -1) + 1 FROM taxonomy_actors), ?2, ?3, ?4, ?5, ?5)`,
    )
    .bind(a.slug, a.name, a.kind, a.data, now)
}

/** Optimistic update: changes nothing (meta.changes = 0) when the row moved since `previousData` was read. */
export function updateActorStatement(
  db: D1Database,
  a: { slug: string; name: string; data: string; previousData: string },
  now: number,
): D1PreparedStatement {
  return db
    .prepare('UPDATE taxonomy_actors SET name = ?2, data = ?3, updated_at = ?4 WHERE slug = ?1 AND data = ?5')
    .bind(a.slug, a.name, a.data, now, a.previousData)
}

export function insertEventStatement(
  db: D1Database,
  e: { slug: string; name: string; grp: string; data: string },
  now: number,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO taxonomy_events (slug, position, name, grp, data, created_at, updated_at)
       VALUES (?1, (SELECT COALESCE(MAX(position), -1) + 1 FROM taxonomy_events), ?2, ?3, ?4, ?5, ?5)`,
    )
    .bind(e.slug, e.name, e.grp, e.data, now)
}

/** Optimistic update, as updateActorStatement. */
export function updateEventStatement(
  db: D1Database,
  e: { slug: string; name: string; grp: string; data: string; previousData: string },
  now: number,
): D1PreparedStatement {
  return db
    .prepare(
      'UPDATE taxonomy_events SET name = ?2, grp = ?3, data = ?4, updated_at = ?5 WHERE slug = ?1 AND data = ?6',
    )
    .bind(e.slug, e.name, e.grp, e.data, now, e.previousData)
}

const RETAG_REQUEST_KEY = 'retag_requested'

/** The taxonomy version a migration asked stored articles to be re-tagged with (null = none pending). */
export async function readRetagRequest(db: D1Database): Promise<number | null> {
  const row = await db
    .prepare('SELECT value FROM meta WHERE key = ?')
    .bind(RETAG_REQUEST_KEY)
    .first<{ value: string }>()
  return row ? Number(row.value) : null
}

/** Clears the request once its re-tag is queued (only that version: a newer request stays). */
export async function clearRetagRequest(db: D1Database, version: number): Promise<void> {
  await db
    .prepare('DELETE FROM meta WHERE key = ? AND value = ?')
    .bind(RETAG_REQUEST_KEY, String(version))
    .run()
}
