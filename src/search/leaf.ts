import { type QueryTokens, tokenizeQueryText } from './tokenize'
import type { QueryNode } from './types'

const leafCache = new WeakMap<QueryNode, QueryTokens>()

/** A query word or phrase as index tokens (memoised per node: watches evaluate the same query often). */
export function leafTokens(leaf: QueryNode): QueryTokens {
  let t = leafCache.get(leaf)
  if (!t) {
    t =
      leaf.kind === 'term' || leaf.kind === 'phrase'
        ? tokenizeQueryText(leaf.text)
        : { tokens: [], prefixLast: false }
    leafCache.set(leaf, t)
  }
  return t
}
