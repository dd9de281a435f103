-- Five values stored twice or wider than they need to be (issue 15, ≤ 6 KB per hot article).
--
-- 1. article_relations.published_at is the article's own (articles.published_at), copied into every
--    row for the time index article_relations_untagged, which holds only the rows of speculative and
--    background records (modality codes 4 and 5, see 0017). The other rows (~97 %) now store 0 (a
--    zero costs no byte in a SQLite record): /api/relations reads the date from the article, and the
--    partial index's rows keep theirs.
UPDATE article_relations SET published_at = 0 WHERE modality < 4 AND published_at <> 0;

-- 2. Tag strength in thousandths, as an integer: the tagger rounds min(1, weighted mentions / 6) to
--    three decimals, so k/1000 is the same value, in 1-2 bytes instead of an 8-byte REAL (only 1.0
--    was stored short). The column keeps its REAL type (changing it would rebuild both tables):
--    SQLite stores a REAL with no fraction as an integer. Strength only orders search results (the
--    API does not show it), and every stored value is converted here at once.
UPDATE article_actors SET strength = round(strength * 1000);
UPDATE article_events SET strength = round(strength * 1000);

-- 3. articles.url NULL when it is exactly the canonical URL (the article URL key: 95 % of the scale
--    corpus's articles): readers take coalesce(url, canonical_url). canonical_url is derived from
--    url and is NULL when the item has no link, so a NULL url with a canonical one never meant
--    anything else.
UPDATE articles SET url = NULL WHERE url = canonical_url;

-- 4. article_sources.url '' when it is exactly its article's link (the item that created the
--    article always is): readers take iif(url = '', the article's link, url). NULL stays an item
--    without a link; '' was never stored (items without a link have NULL).
UPDATE article_sources SET url = ''
  WHERE url IS NOT NULL AND url <> ''
    AND url = (SELECT coalesce(a.url, a.canonical_url) FROM articles a WHERE a.id = article_sources.article_id);

-- 5. articles.simhash as its 8 bytes instead of 16 hex characters (as content_hash in 0019; the
--    column keeps its TEXT type, which stores BLOBs as they are). Only a SimHash's hex form is
--    converted; the reader takes anything else as it is.
UPDATE articles SET simhash = unhex(simhash)
  WHERE typeof(simhash) = 'text' AND length(simhash) = 16 AND simhash NOT GLOB '*[^0-9a-f]*';
