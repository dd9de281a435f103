/** @jsxImportSource hono/jsx */
import type { FC } from 'hono/jsx'
import { decodeEntities } from '../../lib/entities'

/**
 * A search snippet (src/search/snippet.ts: HTML-escaped text whose only tags are <mark> and
 * </mark>) rendered WITHOUT inserting it as HTML: it is split at the mark tags, each piece's
 * entities are decoded back to text (once: src/lib/entities.ts), and JSX escapes that text
 * again. A feed that writes "<mark>" or "<script>" in its text arrives escaped, so it can only
 * ever be text here.
 */
export function snippetPieces(snippet: string): { text: string; marked: boolean }[] {
  const out: { text: string; marked: boolean }[] = []
  let marked = false
  for (const part of snippet.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') marked = true
    else if (part === '</mark>') marked = false
    else if (part) out.push({ text: decodeEntities(part), marked })
  }
  return out
}

export const Snippet: FC<{ snippet: string }> = ({ snippet }) => (
  <>{snippetPieces(snippet).map((p) => (p.marked ? <mark>{p.text}</mark> : p.text))}</>
)
