/** The meta table's small state values (cursors of the cron's backfills, the archiver's last run...). */

export async function readMeta(db: D1Database, key: string): Promise<string | null> {
  const row = await db.prepare('SELECT value FROM meta WHERE key = ?1').bind(key).first<{ value: string }>()
  return row?.value ?? null
}

export function metaWriteStatement(db: D1Database, key: string, value: string): D1PreparedStatement {
  return db
    .prepare(
      'INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    )
    .bind(key, value)
}
