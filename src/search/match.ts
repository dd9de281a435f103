/**
 * The query language evaluated in memory over one article (watches check each new article
 * before it is even stored). Same tokens as the FTS index (document.ts), same semantics as
 * FTS5: a word or phrase matches when its tokens appear consecutively within one column; a
 * lone trailing CJK character is a prefix; AND / OR / NOT as in the parsed tree.
 */
import { documentTokens, SEARCH_COLUMNS } from './document'
import { leafTokens } from './leaf'
import type { MatchableText, ParsedQuery, QueryNode } from './types'

/** One column's tokens with a position index (built lazily: most checks fail on the first term). */
class ColumnIndex {
  private positions: Map<string, number[]> | null = null
  constructor(readonly tokens: string[]) {}

  private at(token: string): number[] {
    if (!this.positions) {
      this.positions = new Map()
      this.tokens.forEach((t, i) => {
        const list = this.positions!.get(t)
        if (list) list.push(i)
        else this.positions!.set(t, [i])
      })
    }
    return this.positions.get(token) ?? []
  }

  /** Does the phrase occur here? `prefixLast`: the last token only has to start with the given one. */
  hasPhrase(tokens: string[], prefixLast: boolean): boolean {
    const n = tokens.length
    if (n === 0) return false
    const starts = prefixLast && n === 1 ? this.tokens.keys() : this.at(tokens[0])
    for (const i of starts) if (this.phraseAt(i, tokens, prefixLast)) return true
    return false
  }

  // A method, not a closure made per call: watches evaluate thousands of queries per article.
  private phraseAt(i: number, tokens: string[], prefixLast: boolean): boolean {
    const last = tokens.length - 1
    for (let j = 0; j <= last; j++) {
      const have = this.tokens[i + j]
      if (have === undefined) return false
      if (prefixLast && j === last ? !have.startsWith(tokens[j]) : have !== tokens[j]) return false
    }
    return true
  }
}

type PreparedDoc = ColumnIndex[]

const docCache = new WeakMap<MatchableText, PreparedDoc>()

/** Tokenised once per article object: a watch set evaluates many queries against the same article. */
function prepare(text: MatchableText): PreparedDoc {
  let doc = docCache.get(text)
  if (!doc) {
    const cols = documentTokens(text)
    doc = SEARCH_COLUMNS.map((c) => new ColumnIndex(cols[c]))
    docCache.set(text, doc)
  }
  return doc
}

/**
 * The article's tokens per column as this matcher prepared them, once per article object: the
 * watch index reads these rather than tokenising again.
 */
export function preparedColumns(text: MatchableText): readonly { readonly tokens: readonly string[] }[] {
  return prepare(text)
}

function evaluate(node: QueryNode, doc: PreparedDoc): boolean {
  switch (node.kind) {
    case 'term':
    case 'phrase': {
      const { tokens, prefixLast } = leafTokens(node)
      return doc.some((col) => col.hasPhrase(tokens, prefixLast))
    }
    case 'and':
      return node.children.every((c) => evaluate(c, doc))
    case 'or':
      return node.children.some((c) => evaluate(c, doc))
    case 'not':
      return !evaluate(node.child, doc)
  }
}

export function matchesQuery(query: ParsedQuery, text: MatchableText): boolean {
  return evaluate(query.root, prepare(text))
}
