/**
 * A JSON Feed cut off mid-document (a dropped connection, a size cap) still holds complete
 * items; refusing the whole document would lose them all (the XML side does the same in
 * salvage.ts).
 *
 * salvageJson() reads the document's structure once, left to right, without recursion: strings
 * (and their escapes) are skipped, brackets counted. It finds the top-level "items" array and
 * cuts the document just after its last complete element (or just after the array, when the cut
 * came later, in keys that follow it), then closes what was open there: `]}` or `}`. The result
 * goes through JSON.parse whole, so an item is kept only when every byte of it is there and valid
 * JSON; nothing is invented or half-read, only closing brackets are added, and the element that
 * was cut is counted, not read.
 *
 * null (the parse error then stands) when the text is not a cut-off object (it closed, and
 * something after it or inside it is broken), when it holds no "items" array at the top level,
 * when no element of that array is complete, or when it nests deeper than MAX_JSON_SALVAGE_DEPTH.
 */
import { MAX_JSON_SALVAGE_DEPTH, MAX_JSON_SALVAGE_KEY_CHARS } from '../../limits'

export interface JsonSalvaged {
  /** The document up to the cut, closed: valid JSON when everything before the cut was. */
  text: string
  /** Elements of "items" that were cut off (0 or 1: the one the document broke off in). */
  incompleteItems: number
}

const QUOTE = 34
const BACKSLASH = 92

export function salvageJson(text: string): JsonSalvaged | null {
  const start = text.indexOf('{')
  if (start === -1) return null
  let depth = 0
  /** The last string closed at depth 1 (a key when a ":" follows it). */
  let lastString: [number, number] | null = null
  let key: string | undefined
  /** Inside the top-level "items" array: where its last complete element ends, elements started and completed. */
  let inItems = false
  let lastComplete = -1
  let started = 0
  let completed = 0
  /** Just after the "items" array's "]" once it closed. */
  let itemsEnd = -1
  let elementOpen = false
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === QUOTE) {
      const end = stringEnd(text, i)
      if (end === -1) break // cut inside a string
      if (depth === 1) lastString = [i, end]
      if (inItems && depth === 2 && !elementOpen) {
        started++
        elementOpen = true
      }
      i = end - 1
      continue
    }
    if (c <= 32) continue
    if (c === 123 /* { */ || c === 91 /* [ */) {
      if (inItems && depth === 2 && !elementOpen) {
        started++
        elementOpen = true
      }
      depth++
      if (depth > MAX_JSON_SALVAGE_DEPTH) return null
      if (depth === 2 && c === 91 && key === 'items') {
        inItems = true
        lastComplete = -1
        started = 0
        completed = 0
        itemsEnd = -1
        elementOpen = false
      }
      continue
    }
    if (c === 125 /* } */ || c === 93 /* ] */) {
      depth--
      if (depth === 0) return null // the document closed: broken elsewhere, not cut off
      if (inItems && depth === 2) {
        // An object or array element closed: it is whole.
        completed++
        elementOpen = false
        lastComplete = i + 1
      } else if (inItems && depth === 1) {
        // The "items" array closed; an element before "]" without a "," is complete too.
        if (elementOpen) completed++
        elementOpen = false
        inItems = false
        itemsEnd = i + 1
      }
      continue
    }
    if (c === 58 /* : */ && depth === 1) {
      key = lastString ? keyName(text, lastString) : undefined
      continue
    }
    if (c === 44 /* , */) {
      if (depth === 1) key = undefined
      if (inItems && depth === 2) {
        // A "," closes a number, string or literal element (the others closed at their bracket).
        if (elementOpen) {
          completed++
          lastComplete = i
        }
        elementOpen = false
      }
      continue
    }
    // A number, true, false or null element starts here.
    if (inItems && depth === 2 && !elementOpen) {
      started++
      elementOpen = true
    }
  }
  if (inItems) {
    // Cut inside the array: keep the elements that closed before the cut (each one is whole).
    if (lastComplete === -1) return null
    return { text: `${text.slice(0, lastComplete)}]}`, incompleteItems: started - completed }
  }
  if (itemsEnd !== -1) return { text: `${text.slice(0, itemsEnd)}}`, incompleteItems: 0 }
  return null
}

/** The index just after the closing quote of the string opening at `at`, or -1 when it never closes. */
function stringEnd(text: string, at: number): number {
  for (let i = at + 1; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === BACKSLASH) i++
    else if (c === QUOTE) return i + 1
  }
  return -1
}

function keyName(text: string, [from, to]: [number, number]): string | undefined {
  if (to - from > MAX_JSON_SALVAGE_KEY_CHARS) return undefined
  try {
    const name: unknown = JSON.parse(text.slice(from, to))
    return typeof name === 'string' ? name : undefined
  } catch {
    return undefined
  }
}
