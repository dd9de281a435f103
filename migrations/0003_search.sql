-- Full-text index of articles (src/search). rowid = articles.id.
--
-- Columns hold token streams written by src/search/tokenize.ts, not raw text: English words
-- lower-cased and diacritic-free, CJK (Korean, Chinese, Japanese) runs as overlapping character
-- bigrams ("북한은" → "북한 한은"), so a 2-syllable query finds words with particles attached.
-- The `ascii` tokenizer only splits on the spaces the indexer put there (tokens never contain
-- ASCII punctuation), so the index sees exactly the tokens the in-memory matcher of watches sees.
--
-- Contentless (content=''): the text already lives in `articles`; snippets are cut there, by the
-- same tokeniser, because FTS5 snippet() over bigram streams would show bigrams to users.
-- contentless_delete=1 (SQLite >= 3.43, verified in this workerd) keeps DELETE / INSERT OR
-- REPLACE working, so an article can be removed or re-indexed.
CREATE VIRTUAL TABLE article_search USING fts5(
  title,
  lead,
  body,
  tokenize = 'ascii',
  content = '',
  contentless_delete = 1
);
