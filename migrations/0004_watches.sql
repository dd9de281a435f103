-- Watches: saved filters with their own feeds and, optionally, a signed webhook.
-- Deliveries are an outbox: one row per (watch, article), created in the ingest transaction,
-- handed to the delivery queue after commit and re-swept by the cron if a send was lost.
-- Times are epoch milliseconds.

-- AUTOINCREMENT: a deleted watch's id (its feed URLs, its webhook ids) is never reused.
CREATE TABLE watches (
  id                          INTEGER PRIMARY KEY AUTOINCREMENT,
  name                        TEXT    NOT NULL,
  filter                      TEXT    NOT NULL,            -- the query string as the user wrote it
  filter_json                 TEXT    NOT NULL,            -- normalised filter (slugs, feeds, langs, q, dates)
  enabled                     INTEGER NOT NULL DEFAULT 1,
  webhook_url                 TEXT,                        -- NULL: feeds only, no deliveries
  webhook_format              TEXT,                        -- standard | slack | discord
  secret_enc                  TEXT,                        -- AES-GCM(SECRETS_KEY) of the whsec_ secret
  previous_secret_enc         TEXT,                        -- the secret before the last rotation...
  previous_secret_expires_at  INTEGER,                     -- ...still signed with until then
  webhook_disabled_reason     TEXT,                        -- set by a 410 Gone; cleared by a PATCH of the webhook
  webhook_disabled_at         INTEGER,
  created_at                  INTEGER NOT NULL,
  updated_at                  INTEGER NOT NULL
);

-- What each watch requires, one row per key (actor:<slug> | event:<slug> | feed:<id> | lang:<code> |
-- term:<token> | a pair "<key>&<key>" | scan): a watch is a match candidate for an article only when
-- the article carries one of its keys. Written with every change (GET /api/watches/:id shows it, SQL
-- can ask "who listens to actor:russia"); the matcher derives the same keys in memory when it builds.
CREATE TABLE watch_index (
  key      TEXT    NOT NULL,
  watch_id INTEGER NOT NULL REFERENCES watches (id) ON DELETE CASCADE,
  PRIMARY KEY (key, watch_id)
) WITHOUT ROWID;
CREATE INDEX watch_index_watch ON watch_index (watch_id);

-- One delivery per (watch, article); article_id is NULL for watch.test deliveries (NULLs are distinct).
-- Deleting a watch deletes its deliveries: nothing more is sent for it.
CREATE TABLE deliveries (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  watch_id         INTEGER NOT NULL REFERENCES watches (id) ON DELETE CASCADE,
  article_id       INTEGER,
  kind             TEXT    NOT NULL DEFAULT 'article.matched',  -- article.matched | watch.test
  status           TEXT    NOT NULL DEFAULT 'pending',          -- pending | delivered | failed
  message_id       TEXT    NOT NULL,                            -- webhook-id, stable across retries
  attempts         INTEGER NOT NULL DEFAULT 0,
  schedule_base    INTEGER NOT NULL DEFAULT 0,                  -- attempts made before the last redeliver
  last_status_code INTEGER,
  last_error       TEXT,
  next_attempt_at  INTEGER,                                     -- NULL once delivered or failed
  lease_until      INTEGER NOT NULL DEFAULT 0,                  -- a consumer is attempting it until then
  enqueued_at      INTEGER,                                     -- last hand-off to the queue; NULL = not yet
  created_at       INTEGER NOT NULL,
  updated_at       INTEGER NOT NULL,
  delivered_at     INTEGER,
  UNIQUE (watch_id, article_id)
);
CREATE INDEX deliveries_watch ON deliveries (watch_id, id);
CREATE INDEX deliveries_article ON deliveries (article_id);
CREATE INDEX deliveries_due ON deliveries (next_attempt_at) WHERE status = 'pending';

-- Every attempt of every delivery, with the receiver's answer.
CREATE TABLE delivery_attempts (
  delivery_id  INTEGER NOT NULL REFERENCES deliveries (id) ON DELETE CASCADE,
  attempt      INTEGER NOT NULL,
  attempted_at INTEGER NOT NULL,
  status_code  INTEGER,
  error        TEXT,
  duration_ms  INTEGER NOT NULL,
  response     TEXT,                                            -- excerpt of the receiver's body
  PRIMARY KEY (delivery_id, attempt)
) WITHOUT ROWID;

INSERT INTO meta (key, value) VALUES ('watches_version', '0') ON CONFLICT (key) DO NOTHING;
