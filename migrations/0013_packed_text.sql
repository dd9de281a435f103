-- Article text packed (issue 15, bounded storage): a hot article's summary and body are stored as
-- ONE compressed BLOB in articles.content (a format byte, the summary's length, then deflate-raw
-- of summary + body), and '' in articles.summary; see src/db/article-text.ts. Nothing changes in
-- the schema: SQLite's storage class tells the forms apart (typeof(content) = 'blob' is packed), and
-- every reader reads both, so the rows stored before this migration stay as they are until the
-- cron packs them, a bounded batch per run, walking the ids upward from this cursor ('' = from the
-- start; 'done' when the walk reached the newest article). SQL cannot deflate, so this migration
-- only starts the walk.
INSERT INTO meta (key, value) VALUES ('article_text_pack', '')
  ON CONFLICT (key) DO UPDATE SET value = '';
