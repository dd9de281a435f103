// Gold snippets as the tagging tools read them: which batch each came in, and tagging one.

/** The batch a snippet came in: its id without language and number ("t6-en-012" → "t6", "en-012" → "first"). */
export function batchOf(id) {
  const m = /^(?:([a-z]+\d*)-)?(?:en|ko)-\d+$/.exec(id)
  return m ? (m[1] ?? 'first') : 'other'
}

/** A tuning batch's number ("t21" → 21), 0 for the first batches and held-out ones. */
export const batchNo = (b) => Number(/^t(\d+)$/.exec(b)?.[1] ?? 0)

/** Tags a gold snippet as an article: its title, body, language and publication date. */
export const tagGold = (tagger, g) =>
  tagger.tag({ title: g.title, content: g.body, lang: g.lang, publishedAt: Date.parse(g.published) })
