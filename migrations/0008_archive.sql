-- Retention: articles older than the hot window (ARCHIVE_AFTER_DAYS, default 180) move to R2 as
-- gzip-compressed NDJSON (src/archive). What listing and filtering need stays in D1 (id, title,
-- summary, urls, dates, tags, cluster, feed, lang); the body, its full-text rows and its sentence
-- mentions leave D1 once the R2 object is written and verified.
--
-- Each archived article is one gzip member of its batch object (a multi-member gzip file is one
-- valid .ndjson.gz for zcat and every gzip reader), so GET /api/articles/:id reads just its bytes
-- with a range request: archive_offset / archive_length.

ALTER TABLE articles ADD COLUMN archive_batch INTEGER;   -- archive_batches.id; NULL while hot
ALTER TABLE articles ADD COLUMN archive_offset INTEGER;
ALTER TABLE articles ADD COLUMN archive_length INTEGER;

-- The archiver's walk: the oldest hot articles, without stepping over the archived ones.
CREATE INDEX articles_hot_published ON articles (published_at, id) WHERE archive_batch IS NULL;

-- One R2 object per batch. A batch is 'writing' from before its object is written until the
-- transaction that trims its articles in D1 marks it 'done': a crash in between leaves a
-- 'writing' row, and the next run deletes that object and starts the batch again.
CREATE TABLE archive_batches (
  id                  INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: object keys stay unique
  object_key          TEXT    NOT NULL UNIQUE,
  state               TEXT    NOT NULL DEFAULT 'writing',  -- writing | done
  articles            INTEGER NOT NULL,
  bytes               INTEGER NOT NULL,
  sha256              TEXT    NOT NULL,
  oldest_published_at INTEGER NOT NULL,
  newest_published_at INTEGER NOT NULL,
  created_at          INTEGER NOT NULL,
  completed_at        INTEGER
);
