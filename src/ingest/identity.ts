/**
 * The identity of the items of one document, before anything is looked up in D1.
 *
 * An item's primary key is its itemKey (guid, else article URL key, else content hash). Two
 * items of one document with the same primary key are:
 * - a repeat when their link and their title and text are the same too: the document lists one
 *   item twice, it is kept once and the other is counted as merged by guid;
 * - otherwise two different items that the publisher failed to tell apart (a CMS that gives
 *   every item the same guid, a link blog with several posts on one link and no guid, a story
 *   listed twice with a new headline). Both are kept; their primary key is "ambiguous", and
 *   the store identifies each by its secondary keys as well: `<primary>|url:<article URL key>`
 *   and `<primary>|hash:<content hash>`.
 */
import type { NormalizedArticle } from './types'

export interface DocumentItem {
  article: NormalizedArticle
  /** Keys its feed may already know it by: the primary key first, then the secondary ones. */
  keys: string[]
  /** Another, different item of the same document has the same primary key. */
  ambiguous: boolean
}

export interface DocumentItems {
  items: DocumentItem[]
  /** Exact repeats left out (same key, link, title and text as an earlier item). */
  repeats: number
}

export function identifyDocumentItems(articles: NormalizedArticle[]): DocumentItems {
  const byKey = new Map<string, DocumentItem[]>()
  const items: DocumentItem[] = []
  let repeats = 0
  for (const article of articles) {
    const group = byKey.get(article.itemKey)
    if (group?.some((g) => isRepeat(g.article, article))) {
      repeats++
      continue
    }
    const item: DocumentItem = { article, keys: keysOf(article), ambiguous: group !== undefined }
    if (group) {
      for (const g of group) g.ambiguous = true
      group.push(item)
    } else {
      byKey.set(article.itemKey, [item])
    }
    items.push(item)
  }
  return { items, repeats }
}

function isRepeat(a: NormalizedArticle, b: NormalizedArticle): boolean {
  return a.canonicalUrl === b.canonicalUrl && a.contentHash === b.contentHash
}

function keysOf(a: NormalizedArticle): string[] {
  const primary = a.itemKey
  if (primary.startsWith('hash:')) return [primary]
  const keys = [primary]
  if (primary.startsWith('guid:') && a.canonicalUrl) keys.push(`${primary}|url:${a.canonicalUrl}`)
  keys.push(`${primary}|hash:${a.contentHash}`)
  return keys
}
