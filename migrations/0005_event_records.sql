-- Event records: who did what to whom, sentence by sentence (src/tagging/records, issue 14).
--
-- The sentence is not copied: (in_title, sent_start, sent_end) are UTF-16 offsets into the text
-- the tagger read, which `articles` already stores: the title, or the body (content, else summary).
-- Slugs are stored as written; source/target are NULL when the role is absent.
-- published_at is copied in (as in article_actors) so that "newest articles where X did Y to Z"
-- walks one index in published order instead of joining every record to its article first.
CREATE TABLE article_records (
  article_id   INTEGER NOT NULL,
  seq          INTEGER NOT NULL,
  event        TEXT    NOT NULL,
  source       TEXT,
  target       TEXT,
  modality     TEXT    NOT NULL,        -- reported | planned | denied | speculative | background
  in_title     INTEGER NOT NULL,
  sent_start   INTEGER NOT NULL,
  sent_end     INTEGER NOT NULL,
  published_at INTEGER NOT NULL,
  PRIMARY KEY (article_id, seq)
) WITHOUT ROWID;
-- Filters name an event, a source or a target (src/db/records.ts); each walks its own index by time.
CREATE INDEX article_records_event ON article_records (event, published_at, article_id);
CREATE INDEX article_records_source ON article_records (source, published_at, article_id) WHERE source IS NOT NULL;
CREATE INDEX article_records_target ON article_records (target, published_at, article_id) WHERE target IS NOT NULL;
