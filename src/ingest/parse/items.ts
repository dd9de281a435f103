/** Item assembly shared by every format: empty item, the cap, categories and enclosures. */
import { MAX_ITEMS_PER_FEED } from '../../limits'
import type { ParsedFeed, ParsedItem } from '../types'

export function newItem(): ParsedItem {
  return { categories: [], enclosures: [] }
}

/**
 * Reads items in document order, every one of them: telling repeats from distinct items is
 * identity's job (src/ingest/identity.ts), which can count what it folds; a parser that
 * dropped repeated guids here would lose distinct items of feeds that reuse a guid.
 * Stops at MAX_ITEMS_PER_FEED (feeds list newest first, so the newest are kept) and says how
 * many items it left out.
 */
export function collectItems<T>(
  nodes: readonly T[],
  read: (node: T) => ParsedItem | undefined,
): { items: ParsedItem[]; overLimit: number } {
  const items: ParsedItem[] = []
  const limit = Math.min(nodes.length, MAX_ITEMS_PER_FEED)
  for (let i = 0; i < limit; i++) {
    const item = read(nodes[i])
    if (item) items.push(item)
  }
  return { items, overLimit: nodes.length - limit }
}

/** Stores collectItems' result on the feed. */
export function setItems(feed: ParsedFeed, collected: { items: ParsedItem[]; overLimit: number }): void {
  feed.items = collected.items
  if (collected.overLimit > 0) feed.itemsOverLimit = collected.overLimit
}

/** Adds a category once, ignoring empty ones. */
export function addCategory(item: ParsedItem, value: string): void {
  if (value && !item.categories.includes(value)) item.categories.push(value)
}

/** Adds an enclosure once per URL. */
export function addEnclosure(item: ParsedItem, url: string, type?: string, length?: number): void {
  if (item.enclosures.some((e) => e.url === url)) return
  const enclosure: ParsedItem['enclosures'][number] = { url }
  if (type) enclosure.type = type
  if (length !== undefined) enclosure.length = length
  item.enclosures.push(enclosure)
}
