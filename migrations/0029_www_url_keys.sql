-- Article URL keys without a leading "www." (src/lib/canonical-url.ts, articleUrlKey): the same
-- story linked as https://www.example.com/a and https://example.com/a is one article. Only the key
-- changes; the link keeps the URL the publisher gave.
--
-- The keys stored before are moved to the new form here, so that items seen before keep being
-- recognised (no duplicate article, no second webhook), as 0006 did for http/https. The rule is
-- articleUrlKey's: the exact label "www." right after "https://", and only when the rest of the
-- host still has a dot ("www.com" stays; "www2.", "wwwx.com" never match the pattern). Keys hold
-- no user info in practice; one that did keeps its old form and is simply not matched again.
-- Keys never lack the "/" after the host (WHATWG gives every http(s) URL a path).
-- OR IGNORE: where both spellings were stored as separate articles (or sources of one feed), the
-- row holding the bare key keeps it and the www row keeps its old key: both stay readable, and
-- new items fold into the bare one.

-- 1. A link stored as its key (url NULL, 0020_lean_rows) is written out before the key moves, so
--    readers (coalesce(url, canonical_url)) still show the www link the publisher gave.
UPDATE articles SET url = canonical_url
  WHERE url IS NULL AND canonical_url LIKE 'https://www.%'
    AND instr(substr(canonical_url, 13, instr(substr(canonical_url, 13), '/') - 1), '.') > 1;

-- 2. The key.
UPDATE OR IGNORE articles SET canonical_url = 'https://' || substr(canonical_url, 13)
  WHERE canonical_url LIKE 'https://www.%'
    AND instr(substr(canonical_url, 13, instr(substr(canonical_url, 13), '/') - 1), '.') > 1;

-- 3. A link step 1 wrote out whose key could not move (the bare key was taken) is its key again.
UPDATE articles SET url = NULL WHERE url = canonical_url AND canonical_url LIKE 'https://www.%';

-- 4. Item keys of this feed's items without a guid ("url:<key>", and "url:<key>|..." when that
--    was taken), and the secondary "guid:<guid>|url:<key>" of a guid several items shared.
UPDATE OR IGNORE article_sources SET item_key = 'url:https://' || substr(item_key, 17)
  WHERE item_key LIKE 'url:https://www.%'
    AND instr(substr(item_key, 17, instr(substr(item_key, 17), '/') - 1), '.') > 1;
UPDATE OR IGNORE article_sources
  SET item_key = substr(item_key, 1, instr(item_key, '|url:https://www.') + 12)
    || substr(item_key, instr(item_key, '|url:https://www.') + 17)
  WHERE item_key LIKE 'guid:%|url:https://www.%'
    AND instr(
      substr(item_key, instr(item_key, '|url:https://www.') + 17,
        instr(substr(item_key, instr(item_key, '|url:https://www.') + 17), '/') - 1),
      '.') > 1;
