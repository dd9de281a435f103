-- Seismo core schema: feeds, articles, their sources, near-duplicate index, tags.
-- Times are epoch milliseconds (INTEGER) so they sort and index cheaply; the API renders ISO 8601.

CREATE TABLE feeds (
  id                   INTEGER PRIMARY KEY,
  url                  TEXT    NOT NULL,
  url_key              TEXT    NOT NULL UNIQUE,          -- normalised URL: one feed per source
  title                TEXT,
  site_url             TEXT,
  lang                 TEXT,
  enabled              INTEGER NOT NULL DEFAULT 1,
  interval_minutes     INTEGER NOT NULL DEFAULT 30,
  etag                 TEXT,
  last_modified        TEXT,
  last_fetched_at      INTEGER,
  last_status          TEXT    NOT NULL DEFAULT 'never', -- ok | not_modified | error | never
  last_error           TEXT,
  consecutive_failures INTEGER NOT NULL DEFAULT 0,
  next_fetch_at        INTEGER NOT NULL,
  lease_until          INTEGER NOT NULL DEFAULT 0,       -- enqueued and not yet consumed until then
  hint_minutes         INTEGER,                          -- feed-advertised refresh (<ttl>, max-age)
  article_count        INTEGER NOT NULL DEFAULT 0,
  deleted_at           INTEGER,                          -- soft delete: stop monitoring, keep the archive
  created_at           INTEGER NOT NULL,
  updated_at           INTEGER NOT NULL
);
CREATE INDEX feeds_due ON feeds (next_fetch_at) WHERE enabled = 1 AND deleted_at IS NULL;

CREATE TABLE articles (
  id            INTEGER PRIMARY KEY,   -- assigned by the Worker (time-ordered), see src/db/ids.ts
  canonical_url TEXT UNIQUE,           -- cross-feed identity; NULL when the item has no link
  url           TEXT,
  title         TEXT    NOT NULL,
  summary       TEXT    NOT NULL,
  content       TEXT    NOT NULL,
  author        TEXT,
  image_url     TEXT,
  lang          TEXT    NOT NULL,
  published_at  INTEGER NOT NULL,
  fetched_at    INTEGER NOT NULL,
  feed_id       INTEGER NOT NULL,      -- the first feed that carried it
  cluster_id    INTEGER NOT NULL,      -- id of the first article of its near-duplicate cluster
  simhash       TEXT    NOT NULL,      -- 64-bit SimHash, 16 hex digits
  content_hash  TEXT    NOT NULL,
  actors        TEXT    NOT NULL DEFAULT '',  -- space-separated slugs (denormalised for output)
  events        TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX articles_published ON articles (published_at, id);
CREATE INDEX articles_feed_published ON articles (feed_id, published_at, id);
CREATE INDEX articles_lang_published ON articles (lang, published_at, id);
CREATE INDEX articles_cluster ON articles (cluster_id, published_at);

-- Every (feed, item) that carried an article: identity within a feed, several sources per article.
CREATE TABLE article_sources (
  feed_id       INTEGER NOT NULL,
  item_key      TEXT    NOT NULL,      -- guid:... | url:<canonical> | hash:<sha256>
  article_id    INTEGER NOT NULL,
  url           TEXT,
  first_seen_at INTEGER NOT NULL,
  PRIMARY KEY (feed_id, item_key)
) WITHOUT ROWID;
CREATE INDEX article_sources_article ON article_sources (article_id);

-- LSH band keys of each article's SimHash: near-duplicate candidates are an index lookup.
-- published_at is part of the key so a lookup reads only the recent window of each band,
-- not every article that ever shared it.
CREATE TABLE article_bands (
  band         TEXT    NOT NULL,
  published_at INTEGER NOT NULL,
  article_id   INTEGER NOT NULL,
  PRIMARY KEY (band, published_at, article_id)
) WITHOUT ROWID;
CREATE INDEX article_bands_article ON article_bands (article_id);

-- Tags, relational so filters are index lookups. published_at is copied in so that
-- "newest articles with actor X" walks one index in order.
CREATE TABLE article_actors (
  actor        TEXT    NOT NULL,
  article_id   INTEGER NOT NULL,
  published_at INTEGER NOT NULL,
  strength     REAL    NOT NULL,       -- title mentions weigh more than body mentions
  PRIMARY KEY (actor, article_id)
) WITHOUT ROWID;
CREATE INDEX article_actors_time ON article_actors (actor, published_at, article_id);
CREATE INDEX article_actors_article ON article_actors (article_id);

CREATE TABLE article_events (
  event        TEXT    NOT NULL,
  article_id   INTEGER NOT NULL,
  published_at INTEGER NOT NULL,
  strength     REAL    NOT NULL,
  PRIMARY KEY (event, article_id)
) WITHOUT ROWID;
CREATE INDEX article_events_time ON article_events (event, published_at, article_id);
CREATE INDEX article_events_article ON article_events (article_id);

-- Sentence-level evidence: which actors each event was reported with.
CREATE TABLE article_mentions (
  article_id INTEGER NOT NULL,
  seq        INTEGER NOT NULL,
  event      TEXT    NOT NULL,
  actors     TEXT    NOT NULL,         -- space-separated slugs
  sentence   TEXT    NOT NULL,
  in_title   INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (article_id, seq)
) WITHOUT ROWID;

-- Small key/value state (taxonomy version, watch-set version...).
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
