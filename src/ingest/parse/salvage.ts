/**
 * A truncated or badly closed document (a cut download, `</rss` without its ">", a missing
 * `</channel>`) still holds complete items; refusing the whole document would lose them all.
 *
 * salvage() cuts the document just after its last complete item (`</item>` / `</entry>`),
 * works out which elements are still open there (a scan of the tags before the cut, comments
 * and CDATA skipped), and closes them. The result is parsed again by the normal path, so the
 * DTD policy, the depth limit and the size limit apply exactly as before; the caller records a
 * warning on the feed. Nothing is invented: only end tags are added, and what followed the
 * last complete item (an incomplete item, late channel elements) is left out and counted.
 */
import type { ParsedFeed } from '../types'
import { afterOpaque, tagEnd } from './markup'

export interface Salvaged {
  body: string
  /** Start tags of items that were cut off (after the last complete one). */
  incompleteItems: number
}

const START_NAME_RE = /[A-Za-z_][\w.:-]*/y

/** `itemName` is "item" (RSS/RDF) or the Atom entry name ("entry", "atom:entry"). */
export function salvage(body: string, itemName: string): Salvaged | null {
  const endTag = `</${itemName}>`
  const last = body.lastIndexOf(endTag)
  if (last === -1) return null
  const cut = last + endTag.length
  const open = openElements(body, cut)
  if (open === null || open.length === 0) return null
  const closing = open
    .reverse()
    .map((name) => `</${name}>`)
    .join('')
  return { body: body.slice(0, cut) + closing, incompleteItems: countStarts(body, `<${itemName}`, cut) }
}

/** The names of the elements open at `end`, outermost first; null when the markup cannot be read. */
function openElements(body: string, end: number): string[] | null {
  const stack: string[] = []
  let at = body.indexOf('<')
  while (at !== -1 && at < end) {
    const opaque = afterOpaque(body, at)
    if (opaque !== undefined) {
      if (opaque === -1 || opaque > end) return null
      at = body.indexOf('<', opaque)
      continue
    }
    const gt = tagEnd(body, at)
    if (gt === -1 || gt >= end) return null
    const closing = body.charCodeAt(at + 1) === 47 /* / */
    START_NAME_RE.lastIndex = closing ? at + 2 : at + 1
    const name = START_NAME_RE.exec(body)?.[0]
    if (name === undefined) return null
    if (closing) {
      const i = stack.lastIndexOf(name)
      if (i !== -1) stack.length = i
    } else if (body.charCodeAt(gt - 1) !== 47 /* / */) {
      stack.push(name)
    }
    at = body.indexOf('<', gt + 1)
  }
  return stack
}

function countStarts(body: string, start: string, from: number): number {
  let n = 0
  for (let at = body.indexOf(start, from); at !== -1; at = body.indexOf(start, at + start.length)) {
    const next = body.charCodeAt(at + start.length)
    if (next === 62 || next === 32 || next === 47 || (next >= 9 && next <= 13)) n++
  }
  return n
}

/**
 * The warning a salvaged document carries (XML here, JSON Feed in json-salvage.ts), one wording
 * for both: why it was cut, how many complete items were kept, how many cut ones were left out.
 */
function salvageWarning(reason: string, kept: number, incompleteItems: number): string {
  const lost = incompleteItems ? `; ${incompleteItems} incomplete item(s) after them left out` : ''
  const why = reason.replace(/\.$/, '')
  return `document truncated or badly closed (${why}); kept the ${kept} complete item(s) before the break${lost}`
}

/**
 * A salvaged document read again by the normal path (`read`), for the XML and JSON Feed readers alike:
 * the feed with the salvage warning added, or null when it cannot be read or keeps no item (the
 * original error then stands).
 */
export function readSalvagedFeed(
  reason: string,
  incompleteItems: number,
  read: () => ParsedFeed,
): ParsedFeed | null {
  let feed: ParsedFeed
  try {
    feed = read()
  } catch {
    return null
  }
  if (feed.items.length === 0) return null
  feed.warnings = [...(feed.warnings ?? []), salvageWarning(reason, feed.items.length, incompleteItems)]
  return feed
}
