/** Item assembly shared by every format: empty item, identity-based de-duplication, the cap. */
import { MAX_ITEMS_PER_FEED } from '../../limits'
import type { ParsedItem } from '../types'

export function newItem(): ParsedItem {
  return { categories: [], enclosures: [] }
}

/**
 * Reads items in document order, keeping the first of several with the same guid (or link
 * when there is no guid): a document listing one story twice must not insert it twice.
 * Stops at MAX_ITEMS_PER_FEED (feeds list newest first, so the newest are kept).
 */
export function collectItems<T>(
  nodes: readonly T[],
  read: (node: T) => ParsedItem | undefined,
): ParsedItem[] {
  const items: ParsedItem[] = []
  const seen = new Set<string>()
  for (const node of nodes) {
    const item = read(node)
    if (!item) continue
    const key = item.guid ? `g:${item.guid}` : item.link ? `l:${item.link}` : undefined
    if (key !== undefined) {
      if (seen.has(key)) continue
      seen.add(key)
    }
    items.push(item)
    if (items.length >= MAX_ITEMS_PER_FEED) break
  }
  return items
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
