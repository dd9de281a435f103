-- Edited items (issue: a story edited under its guid kept its first text). An item known in its
-- feed that comes back with changed text replaces the article's text (src/ingest/plan.ts, store.ts);
-- two columns let the store tell a real edit from a re-fetch, and a newer version from an older one.
--
-- version_hash: the first 8 bytes of the SHA-256 of the stored version's title, summary and body,
--   whitespace runs collapsed (a whitespace-only change is not an edit). NULL on rows written before
--   this migration: for those, a changed content hash (title and body) decides.
-- version_at: the item's own date for that version (updated, else published), NULL when the feed
--   gave none. A version dated before it never overwrites it.
ALTER TABLE articles ADD COLUMN version_hash BLOB;
ALTER TABLE articles ADD COLUMN version_at INTEGER;
