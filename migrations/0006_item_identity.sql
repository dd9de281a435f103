-- Item identity (issue 9): nothing silently merged, every fold counted and auditable per feed.
--
-- articles.canonical_url now holds the article URL key of src/lib/canonical-url.ts
-- (articleUrlKey: http and https alike, no trailing slash, fragments kept unless they are noise).
-- It stays UNIQUE: the first article with a key owns it; a later, different item with the same
-- link (another guid of the same feed, or another story behind the same URL) is stored with
-- canonical_url NULL, so it is never folded away.

-- NULL: this (feed, item) created the article. 'url' | 'content': it was folded into an article
-- that already existed, by that rule (src/ingest/plan.ts). GET /api/feeds/:id/items shows it.
ALTER TABLE article_sources ADD COLUMN merged_by TEXT;
CREATE INDEX article_sources_feed_seen ON article_sources (feed_id, first_seen_at);

-- JSON of the last document's ingest summary (items, inserted, duplicates, merged, skipped, warnings).
ALTER TABLE feeds ADD COLUMN last_ingest TEXT;

-- "Same title and text from another feed" is an index lookup within the recent window.
CREATE INDEX articles_content_hash ON articles (content_hash, published_at);

-- Stored keys to the new form, so that items seen before keep being recognised: https for http,
-- no trailing slash on a non-root path (with or without a query). Keys stored before had no
-- fragment. OR IGNORE: where both spellings were stored, the older row keeps its old key.
UPDATE OR IGNORE articles SET canonical_url = 'https://' || substr(canonical_url, 8)
  WHERE canonical_url LIKE 'http://%';
UPDATE OR IGNORE articles SET canonical_url = rtrim(canonical_url, '/')
  WHERE instr(canonical_url, '?') = 0 AND canonical_url LIKE '%/' AND rtrim(canonical_url, '/') LIKE '%://%/%';
UPDATE OR IGNORE articles
  SET canonical_url = rtrim(substr(canonical_url, 1, instr(canonical_url, '?') - 1), '/')
    || substr(canonical_url, instr(canonical_url, '?'))
  WHERE instr(canonical_url, '?') > 0
    AND substr(canonical_url, instr(canonical_url, '?') - 1, 1) = '/'
    AND rtrim(substr(canonical_url, 1, instr(canonical_url, '?') - 1), '/') LIKE '%://%/%';

UPDATE OR IGNORE article_sources SET item_key = 'url:https://' || substr(item_key, 12)
  WHERE item_key LIKE 'url:http://%';
UPDATE OR IGNORE article_sources SET item_key = rtrim(item_key, '/')
  WHERE item_key LIKE 'url:%' AND instr(item_key, '?') = 0 AND item_key LIKE '%/'
    AND rtrim(item_key, '/') LIKE 'url:%://%/%';
UPDATE OR IGNORE article_sources
  SET item_key = rtrim(substr(item_key, 1, instr(item_key, '?') - 1), '/') || substr(item_key, instr(item_key, '?'))
  WHERE item_key LIKE 'url:%' AND instr(item_key, '?') > 0
    AND substr(item_key, instr(item_key, '?') - 1, 1) = '/'
    AND rtrim(substr(item_key, 1, instr(item_key, '?') - 1), '/') LIKE 'url:%://%/%';
