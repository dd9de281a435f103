/** @jsxImportSource hono/jsx */
import type { FC } from 'hono/jsx'

/**
 * A search snippet (src/search/snippet.ts: HTML-escaped text whose only tags are <mark> and
 * </mark>) rendered WITHOUT inserting it as HTML: it is split at the mark tags, each piece's
 * five entities are decoded back to text, and JSX escapes that text again. A feed that writes
 * "<mark>" or "<script>" in its text arrives escaped, so it can only ever be text here.
 */
const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
}
const decode = (s: string) => s.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e])

export function snippetPieces(snippet: string): { text: string; marked: boolean }[] {
  const out: { text: string; marked: boolean }[] = []
  let marked = false
  for (const part of snippet.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') marked = true
    else if (part === '</mark>') marked = false
    else if (part) out.push({ text: decode(part), marked })
  }
  return out
}

export const Snippet: FC<{ snippet: string }> = ({ snippet }) => (
  <>{snippetPieces(snippet).map((p) => (p.marked ? <mark>{p.text}</mark> : p.text))}</>
)
