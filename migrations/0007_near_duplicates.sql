-- Near-duplicate candidates by MinHash LSH over story representatives (src/ingest/dedupe.ts).
--
-- Only the representative of each story (the first article of its cluster: id = cluster_id) is
-- indexed, and a new article joins a story only by its similarity to that representative, so
-- clusters cannot chain unrelated stories together one near match at a time. Representatives
-- leave the index NEAR_DUPLICATE_WINDOW_DAYS after they were ingested (pruned by the cron), so
-- the index holds about a week of stories whatever the size of the database.
--
-- The SimHash bands of 0001 are dropped: they are derived data, and the cron re-creates the
-- representatives of the recent window from the stored text in bounded batches
-- (meta 'near_duplicate_backfill'). Cluster ids already assigned are kept as they are.

CREATE TABLE near_duplicate_reps (
  id        INTEGER PRIMARY KEY,   -- article id of the representative (= its cluster_id)
  signature BLOB    NOT NULL       -- MinHash: NEAR_DUPLICATE_BANDS × NEAR_DUPLICATE_ROWS slots, 2 bytes each
);

-- One row per (band key, representative); rep ids are time-ordered, so "newest first, within the
-- window" is a range of each key.
CREATE TABLE near_duplicate_bands (
  key    INTEGER NOT NULL,         -- 48-bit hash of one band of the signature
  rep_id INTEGER NOT NULL,
  PRIMARY KEY (key, rep_id)
) WITHOUT ROWID;

DROP TABLE article_bands;

-- The backfill walks representatives newest first below this id ('' = from the newest; 'done').
INSERT INTO meta (key, value) VALUES ('near_duplicate_backfill', '')
  ON CONFLICT (key) DO UPDATE SET value = '';
