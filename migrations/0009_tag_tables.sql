-- Tag tables in ONE B-tree each instead of three (issue 15, bounded storage).
--
-- 0001 kept every tag row three times: the primary key (slug, article_id), a time index
-- (slug, published_at, article_id) for "newest articles with this tag", and an article index
-- (article_id) for lookups by article. Now the primary key IS the time order, and lookups by
-- article name the row exactly: the article's slugs are on its articles row (actors / events,
-- written in the same transaction as these rows) and its published_at too, so "does article X
-- carry one of these slugs", its tag strength and a retag's delete are primary-key probes
-- (src/db/filter-sql.ts, search-ranked.ts, tags.ts; proven by EXPLAIN QUERY PLAN in
-- test/search/plan.test.ts). Tag rows are also what archived articles keep in D1, so their size
-- is most of what a year of archived articles costs.

CREATE TABLE article_actors_v2 (
  actor        TEXT    NOT NULL,
  published_at INTEGER NOT NULL,
  article_id   INTEGER NOT NULL,
  strength     REAL    NOT NULL,       -- title mentions weigh more than body mentions
  PRIMARY KEY (actor, published_at, article_id)
) WITHOUT ROWID;
INSERT INTO article_actors_v2 (actor, published_at, article_id, strength)
  SELECT actor, published_at, article_id, strength FROM article_actors;
DROP TABLE article_actors;
ALTER TABLE article_actors_v2 RENAME TO article_actors;

CREATE TABLE article_events_v2 (
  event        TEXT    NOT NULL,
  published_at INTEGER NOT NULL,
  article_id   INTEGER NOT NULL,
  strength     REAL    NOT NULL,
  PRIMARY KEY (event, published_at, article_id)
) WITHOUT ROWID;
INSERT INTO article_events_v2 (event, published_at, article_id, strength)
  SELECT event, published_at, article_id, strength FROM article_events;
DROP TABLE article_events;
ALTER TABLE article_events_v2 RENAME TO article_events;
