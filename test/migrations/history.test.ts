/**
 * Migrations are history: a database at the last release's schema, holding data in every table,
 * goes through every migration written since (whatever files follow RELEASED in migrations/) and
 * loses nothing: every table, row and value is still there, and search, article detail, feeds
 * and watches still answer from it through the real routes.
 *
 * When a later migration moves data on purpose (a column into another table, say), it says so in
 * RELOCATED below: where the old values are read after migrating. A change not declared there
 * fails this test, which is the point. When a release ships, its migrations join RELEASED.
 */
import { applyD1Migrations, type D1Migration, env, SELF } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { sha256Hex } from '../../src/ingest/normalise'
import { documentTokens } from '../../src/search/document'
import { encryptSecret } from '../../src/watches/secrets'

const ORIGIN = 'https://seismo.test'
const ADMIN = { authorization: `Bearer ${env.ADMIN_TOKEN}` }

/**
 * The migrations of the last release, by file name, with a digest of their statements: a landed
 * migration is never edited (add a new one), and this fails if one is.
 */
const RELEASED: Record<string, string> = {
  '0001_init.sql': '7957f80048177457230a348ef0a652cef4b4d22fe7b7d7032458dc8338d393b5',
  '0002_taxonomy.sql': '03202076d0b82527849279f9fce5744c2dc166427d4779d506ceb09d9498b984',
  '0003_search.sql': '872b7dbda0169d5f8f0da8062d6f5dd580a0c53bbc109d63f6d884a7d9496747',
  '0004_watches.sql': '652bb3b784ffca39d7a0b4ecbd3ea7791bddd0ce17bf0380c5b6975d2f84bc46',
}

/**
 * Columns a later migration may legitimately rewrite in place, with why. Everything else must
 * come out exactly as it went in.
 */
const MAY_CHANGE: Record<string, string[]> = {
  // Taxonomy migrations extend definitions (aliases, triggers) and reorder listings; slugs stay.
  taxonomy_actors: ['data', 'position', 'updated_at'],
  taxonomy_events: ['data', 'position', 'updated_at'],
  taxonomy_settings: ['data'],
  // Version stamps move whenever a migration changes what they version.
  meta: ['value'],
  // The article URL key is derived from the link by articleUrlKey; 0029_www_url_keys moved the keys
  // stored before to its new form (no leading "www."). The links themselves are kept (articles.url
  // below); the test of 0020's layout checks the moved key.
  articles: ['canonical_url'],
}

/**
 * Data a later migration moved on purpose: `table.column` of the released schema → a query that
 * reads, after migrating, the old values as rows of (key columns of the old table..., value).
 */
/**
 * Tables of derived data (rebuilt by the code from what is kept) that a later migration may drop,
 * with the migration and what rebuilds them. Everything else must survive.
 */
const DERIVED: Record<string, string> = {
  article_bands:
    '0007_near_duplicates: SimHash bands replaced by MinHash representatives, which the cron backfills',
}

const RELOCATED: Record<string, string> = {
  // 0005_alerts: the one previous secret became the first entry of a list of them.
  'watches.previous_secret_enc': `SELECT id, json_extract(previous_secrets, '$[0].enc') FROM watches`,
  'watches.previous_secret_expires_at': `SELECT id, json_extract(previous_secrets, '$[0].expires_at') FROM watches`,
  // 0019_content_hash_bytes: the digest's hex text became its bytes; read back as hex, it is the same.
  'articles.content_hash': 'SELECT id, lower(hex(content_hash)) FROM articles',
  // 0020_lean_rows: a link that is exactly the canonical URL is stored once (url NULL), and a
  // source's that is exactly its article's link as ''; tag strength in thousandths, as an integer;
  // the SimHash as its 8 bytes.
  'articles.url': 'SELECT id, coalesce(url, canonical_url) FROM articles',
  'article_sources.url': `SELECT s.feed_id, s.item_key, iif(s.url = '', coalesce(a.url, a.canonical_url), s.url)
    FROM article_sources s LEFT JOIN articles a ON a.id = s.article_id`,
  'article_actors.strength': 'SELECT actor, article_id, strength / 1000.0 FROM article_actors',
  'article_events.strength': 'SELECT event, article_id, strength / 1000.0 FROM article_events',
  'articles.simhash': 'SELECT id, lower(hex(simhash)) FROM articles',
}

const T = Date.parse('2024-05-01T09:00:00Z')
const MIN = 60_000
const SECRETS_KEY = env.SECRETS_KEY

const ARTICLES = [
  {
    id: 101,
    title: 'North Korea fires ballistic missile into the East Sea',
    summary: 'Seoul says Pyongyang launched a short-range ballistic missile on Wednesday morning.',
    content:
      'North Korea fired a short-range ballistic missile into the East Sea on Wednesday, the Joint Chiefs ' +
      'of Staff said. The launch came days after Seoul and Washington ended a joint drill. Japan said the ' +
      'missile fell outside its exclusive economic zone.',
    lang: 'en',
  },
  {
    id: 102,
    title: '북한, 동해상으로 탄도미사일 발사',
    summary: '합참은 북한이 오전에 단거리 탄도미사일을 발사했다고 밝혔다.',
    content: '북한은 수요일 오전 동해상으로 단거리 탄도미사일 1발을 발사했다. 합동참모본부가 밝혔다.',
    lang: 'ko',
  },
  {
    id: 103,
    title: 'N. Korea fires missile, Seoul says',
    summary: 'A copy of the wire story carried by another outlet.',
    content: 'North Korea fired a short-range ballistic missile into the East Sea on Wednesday.',
    lang: 'en',
  },
]

/** What the last release wrote: every table of the 0004 schema, in the shapes its code wrote them. */
async function seedReleasedSchema(db: D1Database): Promise<void> {
  const secret = await encryptSecret(SECRETS_KEY, 'whsec_c2VlZC13ZWJob29rLXNlY3JldC1ieXRlcw==')
  const stmts = [
    `INSERT INTO feeds (id, url, url_key, title, site_url, lang, enabled, interval_minutes, etag, last_modified,
       last_fetched_at, last_status, last_error, consecutive_failures, next_fetch_at, lease_until, hint_minutes,
       article_count, deleted_at, created_at, updated_at) VALUES
     (1, 'https://en.yna.co.kr/RSS/nk.xml', 'en.yna.co.kr/rss/nk.xml', 'Yonhap North Korea', 'https://en.yna.co.kr',
      'en', 1, 30, '"v1-etag"', 'Wed, 01 May 2024 09:00:00 GMT', ${T}, 'ok', NULL, 0, ${T + 30 * MIN}, 0, 60, 2,
      NULL, ${T - 86_400_000}, ${T}),
     (2, 'https://www.yna.co.kr/rss/northkorea.xml', 'yna.co.kr/rss/northkorea.xml', '연합뉴스 북한', NULL, 'ko', 1,
      15, NULL, NULL, ${T}, 'error', 'HTTP 503 Service Unavailable', 3, ${T + 120 * MIN}, 0, NULL, 1, NULL,
      ${T - 86_400_000}, ${T}),
     (3, 'https://old.example/feed', 'old.example/feed', 'Stopped feed', NULL, NULL, 0, 1440, NULL, NULL, NULL,
      'never', NULL, 0, ${T}, 0, NULL, 0, ${T - MIN}, ${T - 86_400_000}, ${T - MIN})`,
    `INSERT INTO articles (id, canonical_url, url, title, summary, content, author, image_url, lang, published_at,
       fetched_at, feed_id, cluster_id, simhash, content_hash, actors, events) VALUES
     (101, 'https://en.yna.co.kr/view/AEN20240501000100315', 'https://en.yna.co.kr/view/AEN20240501000100315?input=rss',
      ?1, ?2, ?3, 'Kim Soo-yeon', 'https://img.yna.co.kr/1.jpg', 'en', ${T - 10 * MIN}, ${T}, 1, 101,
      '0f1e2d3c4b5a6978', ?10, 'north-korea south-korea japan', 'missile-launch'),
     (102, 'https://www.yna.co.kr/view/AKR20240501000100504', 'https://www.yna.co.kr/view/AKR20240501000100504',
      ?4, ?5, ?6, NULL, NULL, 'ko', ${T - 8 * MIN}, ${T}, 2, 102, '1f1e2d3c4b5a6978', ?11, 'north-korea',
      'missile-launch'),
     (103, NULL, NULL, ?7, ?8, ?9, NULL, NULL, 'en', ${T - 5 * MIN}, ${T}, 1, 101, '0f1e2d3c4b5a6979', ?12,
      'north-korea south-korea', '')`,
    `INSERT INTO article_sources (feed_id, item_key, article_id, url, first_seen_at) VALUES
     (1, 'guid:AEN20240501000100315', 101, 'https://en.yna.co.kr/view/AEN20240501000100315?input=rss', ${T}),
     (2, 'guid:AKR20240501000100504', 102, 'https://www.yna.co.kr/view/AKR20240501000100504', ${T}),
     (1, 'hash:3b1f0c', 103, NULL, ${T}),
     (3, 'url:https://en.yna.co.kr/view/AEN20240501000100315', 101, NULL, ${T - MIN})`,
    `INSERT INTO article_bands (band, published_at, article_id) VALUES
     ('0:0f1e', ${T - 10 * MIN}, 101), ('1:2d3c', ${T - 10 * MIN}, 101), ('0:0f1e', ${T - 5 * MIN}, 103),
     ('0:1f1e', ${T - 8 * MIN}, 102)`,
    `INSERT INTO article_actors (actor, article_id, published_at, strength) VALUES
     ('north-korea', 101, ${T - 10 * MIN}, 1.0), ('south-korea', 101, ${T - 10 * MIN}, 0.45),
     ('japan', 101, ${T - 10 * MIN}, 0.3), ('north-korea', 102, ${T - 8 * MIN}, 1.0),
     ('north-korea', 103, ${T - 5 * MIN}, 0.9), ('south-korea', 103, ${T - 5 * MIN}, 0.4)`,
    `INSERT INTO article_events (event, article_id, published_at, strength) VALUES
     ('missile-launch', 101, ${T - 10 * MIN}, 0.95), ('missile-launch', 102, ${T - 8 * MIN}, 0.9)`,
    `INSERT INTO article_mentions (article_id, seq, event, actors, sentence, in_title) VALUES
     (101, 0, 'missile-launch', 'north-korea', 'North Korea fires ballistic missile into the East Sea', 1),
     (101, 1, 'missile-launch', 'north-korea south-korea',
      'North Korea fired a short-range ballistic missile into the East Sea on Wednesday.', 0),
     (102, 0, 'missile-launch', 'north-korea', '북한은 수요일 오전 동해상으로 단거리 탄도미사일 1발을 발사했다.', 0)`,
    `INSERT INTO taxonomy_actors (slug, position, name, kind, data, created_at, updated_at) VALUES
     ('ri-il-hwan', 1000, 'Ri Il Hwan', 'person',
      '{"aliases":{"en":["Ri Il Hwan","Ri Il-hwan"],"ko":["리일환"]},"implies":["north-korea"]}', ${T}, ${T})`,
    `INSERT INTO taxonomy_events (slug, position, name, grp, data, created_at, updated_at) VALUES
     ('space-launch', 1000, 'Space launch', 'military-security',
      '{"triggers":{"en":["satellite launch","launched a satellite"],"ko":["위성 발사"]}}', ${T}, ${T})`,
    `UPDATE meta SET value = '2' WHERE key = 'taxonomy_version'`,
    `UPDATE meta SET value = 'a1b2c3d4e5f60718' WHERE key = 'watches_version'`,
    `INSERT INTO watches (id, name, filter, filter_json, enabled, webhook_url, webhook_format, secret_enc,
       previous_secret_enc, previous_secret_expires_at, webhook_disabled_reason, webhook_disabled_at, created_at,
       updated_at) VALUES
     (1, 'NK missiles', 'actor=north-korea&event=missile-launch',
      '{"actors":[["north-korea"]],"events":[["missile-launch"]],"feeds":[],"langs":[]}', 1,
      'https://hooks.example/seismo', 'standard', ?1, ?1, ${T + 86_400_000}, NULL, NULL, ${T - 60 * MIN}, ${T}),
     (2, 'Missile launches in English', 'q=missile launch&lang=en',
      '{"actors":[],"events":[],"feeds":[],"langs":["en"],"q":["missile launch"]}', 1, NULL, NULL, NULL, NULL,
      NULL, NULL, NULL, ${T - 60 * MIN}, ${T - 60 * MIN}),
     (3, 'Gone receiver', 'actor=russia&since=2024-01-01',
      '{"actors":[["russia"]],"events":[],"feeds":[],"langs":[],"since":1704067200000}', 1,
      'https://hooks.slack.example/T000/B000', 'slack', ?1, NULL, NULL, 'HTTP 410 Gone', ${T - 5 * MIN},
      ${T - 60 * MIN}, ${T - 5 * MIN})`,
    `INSERT INTO watch_index (key, watch_id) VALUES
     ('actor:north-korea&event:missile-launch', 1), ('term:missile', 2), ('actor:russia', 3)`,
    `INSERT INTO deliveries (id, watch_id, article_id, kind, status, message_id, attempts, schedule_base,
       last_status_code, last_error, next_attempt_at, lease_until, enqueued_at, created_at, updated_at,
       delivered_at) VALUES
     (1, 1, 101, 'article.matched', 'delivered', 'msg_2fR9', 1, 0, 200, NULL, NULL, 0, ${T}, ${T}, ${T}, ${T}),
     (2, 1, 102, 'article.matched', 'failed', 'msg_2fRA', 8, 0, 500, 'HTTP 500', NULL, 0, ${T}, ${T}, ${T + MIN},
      NULL),
     (3, 1, NULL, 'watch.test', 'delivered', 'msg_2fRB', 1, 0, 204, NULL, NULL, 0, ${T}, ${T}, ${T}, ${T}),
     (4, 3, 103, 'article.matched', 'pending', 'msg_2fRC', 2, 0, NULL, 'timeout after 10 s', ${T + 5 * MIN},
      0, ${T}, ${T}, ${T}, NULL)`,
    `INSERT INTO delivery_attempts (delivery_id, attempt, attempted_at, status_code, error, duration_ms, response)
     VALUES
     (1, 1, ${T}, 200, NULL, 84, '{"ok":true}'),
     (2, 1, ${T}, 500, 'HTTP 500', 120, 'Internal Server Error'),
     (2, 2, ${T + 5_000}, 500, 'HTTP 500', 99, 'Internal Server Error'),
     (3, 1, ${T}, 204, NULL, 40, NULL),
     (4, 1, ${T}, NULL, 'timeout after 10 s', 10_000, NULL)`,
  ]
  const [a, b, c] = ARTICLES
  // content_hash as the released code wrote it: the SHA-256 hex of title and text.
  const hashes = await Promise.all(ARTICLES.map((x) => sha256Hex(`${x.title}\n${x.content}`)))
  const bound = (sql: string) => {
    if (sql.startsWith('INSERT INTO articles'))
      return db
        .prepare(sql)
        .bind(
          a.title,
          a.summary,
          a.content,
          b.title,
          b.summary,
          b.content,
          c.title,
          c.summary,
          c.content,
          ...hashes,
        )
    if (sql.startsWith('INSERT INTO watches')) return db.prepare(sql).bind(secret)
    return db.prepare(sql)
  }
  const index = ARTICLES.map((x) => {
    const t = documentTokens(x)
    return db
      .prepare('INSERT INTO article_search (rowid, title, lead, body) VALUES (?, ?, ?, ?)')
      .bind(x.id, t.title.join(' '), t.lead.join(' '), t.body.join(' '))
  })
  await db.batch([...stmts.map(bound), ...index])
}

interface TableSnapshot {
  columns: string[]
  /** Primary key columns (rowid when there are none). */
  key: string[]
  rows: Record<string, unknown>[]
}

/** Rows by the given key columns (the released table's key: a rebuilt table may have a wider one). */
const byKey = (rows: Record<string, unknown>[], key: string[]) =>
  new Map(rows.map((r) => [JSON.stringify(key.map((k) => r[k])), r]))

/** Tables of the schema, without SQLite's, D1's, the migration log and FTS5 shadow tables. */
async function userTables(db: D1Database): Promise<{ name: string; virtual: boolean }[]> {
  const { results } = await db
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'table'
        AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name <> 'd1_migrations' ORDER BY rowid`,
    )
    .all<{ name: string; sql: string }>()
  const virtual = results.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql)).map((t) => t.name)
  return results
    .filter((t) => !virtual.some((v) => t.name.startsWith(`${v}_`)))
    .map((t) => ({ name: t.name, virtual: virtual.includes(t.name) }))
}

async function snapshot(db: D1Database): Promise<Map<string, TableSnapshot>> {
  const out = new Map<string, TableSnapshot>()
  for (const { name, virtual } of await userTables(db)) {
    if (virtual) continue // contentless FTS5: checked by searching it
    const info = (await db.prepare(`PRAGMA table_info("${name}")`).all<{ name: string; pk: number }>())
      .results
    const pk = info.filter((c) => c.pk > 0).sort((x, y) => x.pk - y.pk)
    const key = pk.length ? pk.map((c) => c.name) : ['rowid']
    const rows = (await db.prepare(`SELECT ${key.includes('rowid') ? 'rowid, ' : ''}* FROM "${name}"`).all())
      .results as Record<string, unknown>[]
    out.set(name, { columns: info.map((c) => c.name), key, rows })
  }
  return out
}

/** Drops every table, so the test can rebuild the database from the released migrations alone. */
async function emptyDatabase(db: D1Database): Promise<void> {
  const migrationLog = await db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'd1_migrations'`)
    .first()
  // Virtual tables first (their shadow tables go with them), then the others newest first
  // (children before the parents their foreign keys point at).
  const tables = await userTables(db)
  for (const t of [...tables.filter((x) => x.virtual), ...tables.filter((x) => !x.virtual).reverse()])
    await db.prepare(`DROP TABLE "${t.name}"`).run()
  if (migrationLog) await db.prepare('DROP TABLE d1_migrations').run()
}

const digest = async (m: D1Migration) => {
  const bytes = new TextEncoder().encode(m.queries.join('\n'))
  return [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
}

const all = env.TEST_MIGRATIONS
const released = all.filter((m) => m.name in RELEASED)
const later = all.filter((m) => !(m.name in RELEASED))

/**
 * Data of tables that later, unreleased migrations created and a later one rewrote: seeded, in the
 * shapes their code wrote them, once the database reaches the migration named here.
 */
const UNRELEASED_STAGES: Record<string, (db: D1Database) => Promise<void>> = {
  '0016_taxonomy_general_senses.sql': seedEventRecords,
}

/**
 * Issue 14's event records (0010_event_records) as its writer stored them, one row per sentence, for
 * 0017_compact_records to carry over: repeated relations, a seq gap, absent roles, a title
 * sentence, every modality, a slug the taxonomy no longer has, and Korean offsets.
 */
const OLD_RECORDS: [number, number, string, string | null, string | null, string, number, string][] = [
  [101, 0, 'missile-launch', 'north-korea', null, 'reported', 1, ARTICLES[0].title],
  [101, 1, 'missile-launch', 'north-korea', 'japan', 'reported', 0, 'North Korea fired'],
  [101, 2, 'military-exercise', 'south-korea', 'north-korea', 'background', 0, 'The launch came'],
  [101, 3, 'missile-launch', 'north-korea', null, 'reported', 0, 'Japan said the missile'],
  [101, 5, 'diplomatic-statement', 'japan', null, 'reported', 0, 'Japan said the missile'],
  [101, 6, 'missile-launch', 'retired-actor', null, 'speculative', 0, 'North Korea fired'],
  [101, 7, 'missile-launch', 'north-korea', 'japan', 'denied', 1, ARTICLES[0].title],
  [101, 8, 'missile-launch', null, null, 'planned', 0, 'The launch came'],
  [102, 0, 'missile-launch', 'north-korea', null, 'reported', 0, '북한은'],
  [102, 1, 'missile-launch', 'north-korea', null, 'reported', 0, '합동참모본부가'],
]

/** The sentence of the article's text (title, else body) that starts with `opening`. */
function sentenceAt(
  id: number,
  inTitle: number,
  opening: string,
): { start: number; end: number; text: string } {
  const a = ARTICLES.find((x) => x.id === id)!
  const text = inTitle ? a.title : a.content
  const start = text.indexOf(opening)
  const stop = text.indexOf('.', start)
  const end = stop < 0 ? text.length : stop + 1
  return { start, end, text: text.slice(start, end) }
}

async function seedEventRecords(db: D1Database): Promise<void> {
  const published = new Map(ARTICLES.map((a, i) => [a.id, T - (10 - 2 * i) * MIN]))
  await db.batch(
    OLD_RECORDS.map(([id, seq, event, source, target, modality, inTitle, opening]) => {
      const { start, end } = sentenceAt(id, inTitle, opening)
      return db
        .prepare(
          `INSERT INTO article_records (article_id, seq, event, source, target, modality, in_title, sent_start,
             sent_end, published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .bind(id, seq, event, source, target, modality, inTitle, start, end, published.get(id))
    }),
  )
}

let before: Map<string, TableSnapshot>
let after: Map<string, TableSnapshot>

beforeAll(async () => {
  await emptyDatabase(env.DB)
  await applyD1Migrations(env.DB, released)
  await seedReleasedSchema(env.DB)
  before = await snapshot(env.DB)
  for (const [stage, seed] of Object.entries(UNRELEASED_STAGES)) {
    await applyD1Migrations(
      env.DB,
      all.filter((m) => m.name <= stage),
    )
    await seed(env.DB)
  }
  await applyD1Migrations(env.DB, all)
  after = await snapshot(env.DB)
})

describe('migrations are history', () => {
  it('the released migrations are unchanged, and every later one is numbered after them', async () => {
    expect(released.map((m) => m.name)).toEqual(Object.keys(RELEASED))
    for (const m of released)
      expect(await digest(m), `${m.name} was edited after it landed`).toBe(RELEASED[m.name])
    const lastReleased = Object.keys(RELEASED).sort().at(-1)!
    for (const m of later) expect(m.name > lastReleased, `${m.name} sorts among landed migrations`).toBe(true)
    expect(all.map((m) => m.name)).toEqual([...all.map((m) => m.name)].sort())
  })

  it('the released schema held data in every one of its tables', () => {
    expect([...before.keys()].sort()).toEqual(
      [
        'feeds',
        'articles',
        'article_sources',
        'article_bands',
        'article_actors',
        'article_events',
        'article_mentions',
        'meta',
        'taxonomy_actors',
        'taxonomy_events',
        'taxonomy_settings',
        'watches',
        'watch_index',
        'deliveries',
        'delivery_attempts',
      ].sort(),
    )
    const empty = [...before].filter(([, t]) => t.rows.length === 0).map(([name]) => name)
    expect(empty).toEqual([])
  })

  it(`applying the ${later.length} later migration(s) keeps every table, column, row and value`, async () => {
    for (const [table, old] of before) {
      const now = after.get(table)
      if (DERIVED[table] && !now) continue
      const moved = old.columns.filter((c) => RELOCATED[`${table}.${c}`])
      expect(now, `table ${table} is gone`).toBeDefined()
      if (!now) continue
      for (const column of old.columns) {
        if (!moved.includes(column)) expect(now.columns, `${table}.${column} is gone`).toContain(column)
      }
      expect(now.rows.length, `${table} lost rows`).toBeGreaterThanOrEqual(old.rows.length)
      const free = new Set([...(MAY_CHANGE[table] ?? []), ...moved])
      const keptRows = byKey(now.rows, old.key)
      for (const [key, row] of byKey(old.rows, old.key)) {
        const kept = keptRows.get(key)
        expect(kept, `${table} row ${key} is gone`).toBeDefined()
        for (const column of old.columns) {
          if (!free.has(column)) expect(kept?.[column], `${table} row ${key}: ${column}`).toEqual(row[column])
        }
      }
      for (const column of moved) {
        const { results } = await env.DB.prepare(RELOCATED[`${table}.${column}`]).all()
        const values = new Map(
          results.map((r) => {
            const v = Object.values(r)
            return [JSON.stringify(v.slice(0, -1)), v.at(-1)]
          }),
        )
        for (const [key, row] of byKey(old.rows, old.key))
          expect(values.get(key), `${table}.${column} of ${key}`).toEqual(row[column])
      }
    }
  })

  it('the full-text index still finds every article it held, in English and Korean', async () => {
    const hits = async (fts: string) =>
      (
        await env.DB.prepare('SELECT rowid FROM article_search WHERE article_search MATCH ?').bind(fts).all()
      ).results
        .map((r) => r.rowid)
        .sort()
    expect(await hits('"missile"')).toEqual([101, 103])
    expect(await hits('"북한"')).toEqual([102])
  })
})

describe('the migrated database through the routes', () => {
  it('search finds the stored articles, one per story, with their tags', async () => {
    const res = await SELF.fetch(`${ORIGIN}/api/search?q=missile&actor=north-korea`)
    expect(res.status).toBe(200)
    const body = (await res.json()) as { items: { id: string; actors: string[]; cluster_id: string }[] }
    expect(body.items.map((i) => i.id)).toEqual(['101'])
    expect(body.items[0].actors).toEqual(['north-korea', 'south-korea', 'japan'])
    const ko = (await (await SELF.fetch(`${ORIGIN}/api/search?q=${encodeURIComponent('북한')}`)).json()) as {
      items: { id: string }[]
    }
    expect(ko.items.map((i) => i.id)).toEqual(['102'])
  })

  it('article detail keeps content, mentions and the other copies of the story', async () => {
    const res = await SELF.fetch(`${ORIGIN}/api/articles/101`)
    expect(res.status).toBe(200)
    const a = (await res.json()) as {
      content: string
      mentions: { event: string; actors: string[] }[]
      duplicates: { id: string }[]
    }
    expect(a.content).toBe(ARTICLES[0].content)
    expect(a.mentions).toHaveLength(2)
    expect(a.duplicates.map((d) => d.id)).toContain('103')
  })

  it('event records written before 0017_compact_records read back the same, in order', async () => {
    for (const id of [101, 102]) {
      const res = await SELF.fetch(`${ORIGIN}/api/articles/${id}`)
      const { event_records } = (await res.json()) as { event_records: unknown[] }
      expect(event_records).toEqual(
        OLD_RECORDS.filter((r) => r[0] === id).map(
          ([, , event, source, target, modality, inTitle, opening]) => ({
            event,
            source,
            target,
            modality,
            sentence: sentenceAt(id, inTitle, opening).text,
            in_title: inTitle === 1,
          }),
        ),
      )
    }
    const search = async (qs: string) =>
      (
        (await (await SELF.fetch(`${ORIGIN}/api/search?${qs}&clusters=all`)).json()) as {
          items: { id: string }[]
        }
      ).items.map((i) => i.id)
    expect(await search('event=missile-launch&source=north-korea&target=japan&modality=denied')).toEqual([
      '101',
    ])
    expect(await search('event=military-exercise&modality=background')).toEqual(['101'])
    expect((await search('event=missile-launch&source=north-korea')).sort()).toEqual(['101', '102'])
    const relations = (await (await SELF.fetch(`${ORIGIN}/api/relations?clusters=all`)).json()) as {
      edges: { source: string | null; event: string; target: string | null; count: number }[]
    }
    expect(relations.edges.map((e) => [e.source, e.event, e.target, e.count])).toEqual([
      ['north-korea', 'missile-launch', null, 2],
      ['japan', 'diplomatic-statement', null, 1],
      ['north-korea', 'missile-launch', 'japan', 1],
    ])
  })

  it('feeds keep their fetch state, and a deleted feed stays deleted', async () => {
    const res = await SELF.fetch(`${ORIGIN}/api/feeds`, { headers: ADMIN })
    const { feeds } = (await res.json()) as { feeds: Record<string, unknown>[] }
    expect(feeds.map((f) => f.id)).toEqual(expect.arrayContaining(['1', '2']))
    expect(feeds.map((f) => f.id)).not.toContain('3')
    expect(feeds.find((f) => f.id === '2')).toMatchObject({
      last_status: 'error',
      last_error: 'HTTP 503 Service Unavailable',
      consecutive_failures: 3,
    })
  })

  it('watches keep their filters, webhooks and delivery log', async () => {
    const watch = (await (await SELF.fetch(`${ORIGIN}/api/watches/1`, { headers: ADMIN })).json()) as Record<
      string,
      unknown
    >
    expect(watch).toMatchObject({ name: 'NK missiles', filter: 'actor=north-korea&event=missile-launch' })
    const res = await SELF.fetch(`${ORIGIN}/api/watches/1/deliveries`, { headers: ADMIN })
    expect(res.status).toBe(200)
    const { deliveries } = (await res.json()) as {
      deliveries: { id: string; status: string; attempts: number }[]
    }
    expect(deliveries.map((d) => [d.id, d.status, d.attempts])).toEqual(
      expect.arrayContaining([
        ['1', 'delivered', 1],
        ['2', 'failed', 8],
      ]),
    )
    const feed = await SELF.fetch(`${ORIGIN}/watches/2/rss.xml`)
    expect(feed.status).toBe(200)
    expect(await feed.text()).toContain('North Korea fires ballistic missile')
  })

  it('links, sources and relation dates stored before 0020_lean_rows read back the same', async () => {
    // The layout 0020 leaves: shared links stored once, strengths as integers, relation dates
    // only where the untagged-records index needs them.
    const stored = await env.DB.prepare(
      `SELECT (SELECT count(*) FROM articles WHERE url IS NULL AND canonical_url IS NOT NULL) AS shared_links,
         (SELECT count(*) FROM article_sources WHERE url = '') AS own_links,
         (SELECT count(*) FROM article_actors WHERE strength <> round(strength)) AS fractional,
         (SELECT count(*) FROM article_relations WHERE published_at <> 0 AND modality < 4) AS dated_tagging,
         (SELECT count(*) FROM article_relations WHERE published_at = 0 AND modality >= 4) AS undated_untagged,
         (SELECT count(*) FROM articles WHERE typeof(simhash) <> 'blob' OR length(simhash) <> 8) AS text_simhash`,
    ).first()
    expect(stored).toEqual({
      // 102's link keeps its "www." and its key (0029_www_url_keys) does not: no longer one value.
      shared_links: 0,
      own_links: 2,
      fractional: 0,
      dated_tagging: 0,
      undated_untagged: 0,
      text_simhash: 0,
    })
    const detail = async (id: number) =>
      (await (await SELF.fetch(`${ORIGIN}/api/articles/${id}`)).json()) as {
        url: string | null
        duplicates: { id: string; url: string | null; feed: { id: string } }[]
      }
    const a101 = await detail(101)
    expect(a101.url).toBe('https://en.yna.co.kr/view/AEN20240501000100315?input=rss')
    // Feed 3 carried 101 without a link of its own: still none, not the article's.
    expect(a101.duplicates).toEqual(
      expect.arrayContaining([{ id: '101', url: null, feed: expect.objectContaining({ id: '3' }) }]),
    )
    expect((await detail(102)).url).toBe('https://www.yna.co.kr/view/AKR20240501000100504')
    const keys = await env.DB.prepare(
      'SELECT id, canonical_url FROM articles WHERE id IN (101, 102) ORDER BY id',
    ).all()
    expect(keys.results).toEqual([
      { id: 101, canonical_url: 'https://en.yna.co.kr/view/AEN20240501000100315' },
      { id: 102, canonical_url: 'https://yna.co.kr/view/AKR20240501000100504' },
    ])
    expect((await detail(103)).url).toBeNull()
    const items = (await (await SELF.fetch(`${ORIGIN}/api/feeds/1/items`, { headers: ADMIN })).json()) as {
      items: { url: string | null; article: { id: string; url: string | null } | null }[]
    }
    expect(items.items.map((i) => [i.url, i.article?.id, i.article?.url]).sort()).toEqual(
      [
        [
          'https://en.yna.co.kr/view/AEN20240501000100315?input=rss',
          '101',
          'https://en.yna.co.kr/view/AEN20240501000100315?input=rss',
        ],
        [null, '103', null],
      ].sort(),
    )
    // Relations: the newest article stating an edge is the one whose date is latest (102 is newer
    // than 101), read from the articles now.
    const relations = (await (await SELF.fetch(`${ORIGIN}/api/relations?clusters=all`)).json()) as {
      edges: { source: string | null; event: string; target: string | null; latest_article_id: string }[]
    }
    expect(relations.edges[0]).toMatchObject({
      source: 'north-korea',
      event: 'missile-launch',
      target: null,
      latest_article_id: '102',
    })
  })

  it('an exact copy arriving after 0019_content_hash_bytes folds into the article stored before it', async () => {
    const [a] = ARTICLES
    const res = await SELF.fetch(
      `${ORIGIN}/api/ingest?url=${encodeURIComponent('https://copies.example/rss')}`,
      {
        method: 'POST',
        headers: { ...ADMIN, 'content-type': 'application/rss+xml' },
        body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Copies</title><item><title>${a.title}</title>
        <link>https://copies.example/1</link><description>${a.content}</description>
        <pubDate>${new Date(T).toUTCString()}</pubDate></item></channel></rss>`,
      },
    )
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ inserted: 0, merged: { same_content: 1 } })
    const source = await env.DB.prepare('SELECT article_id FROM article_sources WHERE url = ?')
      .bind('https://copies.example/1')
      .first()
    expect(source).toEqual({ article_id: 101 })
  })
})
