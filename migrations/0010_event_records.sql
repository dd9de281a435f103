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
-- A record filter naming an event walks this index by time (src/db/filter-sql.ts). Roles need no
-- index of their own: an article carries its records' role actors (and those they imply) in
-- article_actors, whose time index drives a source=/target= walk; records are then probed by
-- primary key (article_id, seq).
CREATE INDEX article_records_event ON article_records (event, published_at, article_id);
