-- Sentence mentions, one row per article (issue 15, ≤ 6 KB per article): article_mentions cost
-- ~750 B an article (a row per mention, event and actor slugs as text in every row). A new
-- article's mentions are ONE BLOB here (src/db/mentions.ts: a format byte, the article's distinct
-- slugs once, then per mention in order the event's and actors' indexes into them and the sentence's
-- span, or a copy when the span would not read back as the same text). Mentions are only ever read
-- per article (detail, archive), so they need no row or index of their own.
--
-- Rows of article_mentions written before this migration stay where they are and are read as
-- before; re-tagging an article (every taxonomy change re-tags them all) and archiving it remove
-- them, and new mentions are written here only.
CREATE TABLE article_mention_lists (
  article_id INTEGER PRIMARY KEY,
  data       BLOB NOT NULL
);
