#!/usr/bin/env node
// Generates a migration that brings a database seeded with an earlier default taxonomy to the
// current src/tagging/taxonomy.default.json, without undoing what admins changed since:
//  - actor and event definitions: every changed field is set with json_set, except the lists
//    admins edit (actor aliases/metonyms/coref, event triggers), whose new forms are appended
//    unless already present and whose dropped forms are removed;
//  - taxonomy settings (not editable by admins) are replaced or inserted whole;
//  - the taxonomy version is bumped (isolates recompile), and meta.retag_requested asks the next
//    cron run to re-tag stored articles with it (src/tagging/requested-retag.ts).
// Usage: node scripts/gen-taxonomy-update.mjs <base git rev> <migration file>
//   e.g. node scripts/gen-taxonomy-update.mjs 92c1d04 migrations/0011_taxonomy_event_records.sql
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const SOURCE = 'src/tagging/taxonomy.default.json'
const [baseRev, target] = process.argv.slice(2)
if (!baseRev || !target) {
  console.error('usage: node scripts/gen-taxonomy-update.mjs <base git rev> <migration file>')
  process.exit(2)
}

const base = JSON.parse(
  execFileSync('git', ['show', `${baseRev}:${SOURCE}`], { cwd: root, encoding: 'utf8' }),
)
const next = JSON.parse(readFileSync(join(root, SOURCE), 'utf8'))

const sq = (s) => `'${String(s).replace(/'/g, "''")}'`
const json = (v) => `json(${sq(JSON.stringify(v))})`
const NOW = "(CAST(strftime('%s','now') AS INTEGER) * 1000)"
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b)

/** Lists admins edit: merged form by form instead of replaced. */
const EDITABLE = { taxonomy_actors: ['aliases', 'metonyms', 'coref'], taxonomy_events: ['triggers'] }
const COLUMNS = { taxonomy_actors: ['slug', 'name', 'kind'], taxonomy_events: ['slug', 'name', 'group'] }

function definitionUpdates(table, before, after) {
  const out = []
  const bySlug = new Map(before.map((d) => [d.slug, d]))
  for (const def of after) {
    const old = bySlug.get(def.slug)
    if (!old) throw new Error(`${def.slug} is new: add new defaults with an INSERT, not this generator`)
    const where = `WHERE slug = ${sq(def.slug)}`
    for (const key of new Set([...Object.keys(old), ...Object.keys(def)])) {
      if (COLUMNS[table].includes(key) || same(old[key], def[key])) continue
      if (EDITABLE[table].includes(key)) {
        for (const lang of new Set([...Object.keys(old[key] ?? {}), ...Object.keys(def[key] ?? {})])) {
          const was = old[key]?.[lang] ?? []
          const now = def[key]?.[lang] ?? []
          const path = `$.${key}.${lang}`
          for (const form of now.filter((f) => !was.includes(f)))
            out.push(
              `UPDATE ${table} SET data = json_insert(data, ${sq(`${path}[#]`)}, ${sq(form)}), updated_at = ${NOW} ${where}\n` +
                `  AND NOT EXISTS (SELECT 1 FROM json_each(data, ${sq(path)}) WHERE value = ${sq(form)});`,
            )
          for (const form of was.filter((f) => !now.includes(f)))
            out.push(
              `UPDATE ${table} SET data = json_remove(data, (SELECT fullkey FROM json_each(data, ${sq(path)}) WHERE value = ${sq(form)})), updated_at = ${NOW} ${where}\n` +
                `  AND EXISTS (SELECT 1 FROM json_each(data, ${sq(path)}) WHERE value = ${sq(form)});`,
            )
        }
        continue
      }
      out.push(
        def[key] === undefined
          ? `UPDATE ${table} SET data = json_remove(data, ${sq(`$.${key}`)}), updated_at = ${NOW} ${where};`
          : `UPDATE ${table} SET data = json_set(data, ${sq(`$.${key}`)}, ${json(def[key])}), updated_at = ${NOW} ${where};`,
      )
    }
  }
  return out
}

function settingUpdates() {
  const out = []
  for (const [key, value] of Object.entries(next)) {
    if (key === 'actors' || key === 'events' || same(base[key], value)) continue
    out.push(
      `INSERT INTO taxonomy_settings (key, data) VALUES (${sq(key)}, ${sq(JSON.stringify(value))})\n` +
        '  ON CONFLICT (key) DO UPDATE SET data = excluded.data;',
    )
  }
  for (const key of Object.keys(base))
    if (!(key in next)) out.push(`DELETE FROM taxonomy_settings WHERE key = ${sq(key)};`)
  return out
}

const statements = [
  ...definitionUpdates('taxonomy_actors', base.actors, next.actors),
  ...definitionUpdates('taxonomy_events', base.events, next.events),
  ...settingUpdates(),
  "UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'taxonomy_version';",
  "INSERT INTO meta (key, value) SELECT 'retag_requested', value FROM meta WHERE key = 'taxonomy_version'\n" +
    '  ON CONFLICT (key) DO UPDATE SET value = excluded.value;',
]
for (const s of statements)
  if (Buffer.byteLength(s) > 100_000) throw new Error('a statement exceeds D1 100 KB limit')

const header = `-- The default taxonomy for event records (issue 14): role frames, sense checks, new triggers.
-- GENERATED by scripts/gen-taxonomy-update.mjs ${baseRev} from ${SOURCE}: a database seeded with
-- the earlier defaults gets the new ones; triggers and aliases admins added or removed are kept.
`
writeFileSync(join(root, target), `${header}\n${statements.join('\n\n')}\n`)
console.log(`wrote ${target}: ${statements.length} statements`)
