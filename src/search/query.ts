/**
 * The query language of `q` (README "Using it", Filters), parsed by Seismo itself:
 *
 *   missile launch          words: all must match (implicit AND)
 *   "missile launch"        exact phrase (consecutive tokens)
 *   -drill  -"joint drill"  exclusion of a word or phrase
 *   russia OR china         either; OR binds tighter than the implicit AND:
 *                           `sanctions russia OR china` = sanctions AND (russia OR china)
 *
 * Details users may meet:
 *   - Only upper-case OR is the operator, and only between two search terms; anywhere else
 *     (`OR` first or last, `or`, `and`, `AND`, `NOT`) it is an ordinary word.
 *   - A word is tokenised like the index (src/search/tokenize.ts): `e-mail` or `U.S.` become the
 *     phrase of their pieces, punctuation-only words (`*`, `(`, `^`) are ignored.
 *   - Korean/CJK: a word is matched inside longer words (`북한` finds `북한은`, `남북한`): see
 *     tokenize.ts. A lone CJK character matches words beginning with it (`北` finds `北의`).
 * Bad input is a 400 (BadQuery), never an FTS5 error: unbalanced quotes, too long, too many
 * terms, nothing to search for, only exclusions (FTS5 evaluates `a NOT b`, never a bare `NOT b`),
 * or an exclusion used as an OR operand.
 *
 * Safety: every token reaches FTS5 inside a double-quoted string (with `"` doubled), so no user
 * text is ever read as FTS5 syntax (NEAR, *, ^, :, column filters, AND/OR/NOT).
 */
import { BadQuery } from '../errors'
import { MAX_QUERY_CHARS, MAX_QUERY_TERMS } from '../limits'
import { leafTokens } from './leaf'
import type { ParsedQuery, QueryNode } from './types'

export { leafTokens } from './leaf'
export { matchesQuery } from './match'

type Leaf = Extract<QueryNode, { kind: 'term' | 'phrase' }>
interface Item {
  kind: 'item'
  leaf: Leaf
  negated: boolean
}
type Lexeme = Item | { kind: 'or' }

const WHITESPACE = /[\s\p{Cc}]/u

export function parseQuery(q: string): ParsedQuery {
  if (q.length > MAX_QUERY_CHARS) {
    throw new BadQuery('query_too_long', `q is longer than ${MAX_QUERY_CHARS} characters`)
  }
  const lexemes = lex(q).filter((l) => l.kind === 'or' || leafTokens(l.leaf).tokens.length > 0)
  const clauses = groupClauses(lexemes)
  const itemCount = clauses.reduce((n, c) => n + (c.kind === 'or' ? c.children.length : 1), 0)
  if (itemCount === 0) throw new BadQuery('empty_query', 'q has no words to search for')
  if (itemCount > MAX_QUERY_TERMS) {
    throw new BadQuery('too_many_terms', `q has ${itemCount} terms; at most ${MAX_QUERY_TERMS} are allowed`)
  }
  if (clauses.every((c) => c.kind === 'not')) {
    throw new BadQuery(
      'only_exclusions',
      'q has only -exclusions: full-text search cannot list "everything except"; add a word or phrase to search for',
    )
  }
  return { root: clauses.length === 1 ? clauses[0] : { kind: 'and', children: clauses } }
}

/** Splits q into words, phrases and OR keywords. Throws on an unclosed quote. */
function lex(q: string): Lexeme[] {
  const out: Lexeme[] = []
  let i = 0
  while (i < q.length) {
    const c = q[i]
    if (WHITESPACE.test(c)) {
      i++
      continue
    }
    if (c === '"' || (c === '-' && q[i + 1] === '"')) {
      const negated = c === '-'
      const open = negated ? i + 1 : i
      const close = q.indexOf('"', open + 1)
      if (close < 0) {
        throw new BadQuery(
          'unbalanced_quotes',
          'q has a " without its closing "; phrases are written "like this"',
        )
      }
      out.push({ kind: 'item', leaf: { kind: 'phrase', text: q.slice(open + 1, close) }, negated })
      i = close + 1
      continue
    }
    let j = i
    while (j < q.length && q[j] !== '"' && !WHITESPACE.test(q[j])) j++
    const word = q.slice(i, j)
    i = j
    if (word === 'OR') out.push({ kind: 'or' })
    else {
      const negated = word.startsWith('-')
      out.push({
        kind: 'item',
        leaf: { kind: 'term', text: negated ? word.replace(/^-+/, '') : word },
        negated,
      })
    }
  }
  return out
}

/**
 * Implicit-AND clauses: OR chains become one `or` node, exclusions become `not` nodes. An OR
 * that does not stand between two items is the word "or".
 */
function groupClauses(lexemes: Lexeme[]): QueryNode[] {
  const items: { item: Item; orWithPrevious: boolean }[] = []
  for (let k = 0; k < lexemes.length; k++) {
    const l = lexemes[k]
    if (l.kind === 'item') {
      items.push({ item: l, orWithPrevious: false })
      continue
    }
    const next = lexemes[k + 1]
    const prev = items[items.length - 1]
    const isOperator = prev !== undefined && next?.kind === 'item'
    if (!isOperator) {
      items.push({
        item: { kind: 'item', leaf: { kind: 'term', text: 'or' }, negated: false },
        orWithPrevious: false,
      })
      continue
    }
    if (prev.item.negated || next.negated) {
      throw new BadQuery('invalid_query', 'OR joins two search terms; an -exclusion cannot be one side of OR')
    }
    items.push({ item: next, orWithPrevious: true })
    k++
  }
  const clauses: QueryNode[] = []
  let group: Leaf[] = []
  const flush = () => {
    if (group.length === 1) clauses.push(group[0])
    else if (group.length > 1) clauses.push({ kind: 'or', children: group })
    group = []
  }
  for (const { item, orWithPrevious } of items) {
    if (!orWithPrevious) flush()
    if (item.negated) clauses.push({ kind: 'not', child: item.leaf })
    else group.push(item.leaf)
  }
  flush()
  return clauses
}

// ── Compilation ──────────────────────────────────────────────────────────────

/** An FTS5 string: double-quoted, `"` doubled. The only way user text reaches FTS5. */
const ftsString = (tokens: string[]) => `"${tokens.join(' ').replaceAll('"', '""')}"`

function nodeToFts(node: QueryNode): string {
  switch (node.kind) {
    case 'term':
    case 'phrase': {
      const { tokens, prefixLast } = leafTokens(node)
      return prefixLast ? `${ftsString(tokens)} *` : ftsString(tokens)
    }
    case 'or':
      return `(${node.children.map(nodeToFts).join(' OR ')})`
    case 'not':
      // Only reachable inside an `and` (handled there); on its own FTS5 cannot evaluate it.
      throw new BadQuery('only_exclusions', 'an exclusion needs a word or phrase to search for')
    case 'and': {
      const positives = node.children.filter((c) => c.kind !== 'not')
      const negatives = node.children.flatMap((c) => (c.kind === 'not' ? [c.child] : []))
      const base = positives.map(nodeToFts).join(' AND ')
      if (!negatives.length) return `(${base})`
      return `(${base}) NOT (${negatives.map(nodeToFts).join(' OR ')})`
    }
  }
}

/** The FTS5 MATCH expression of a parsed query. */
export function toFts(query: ParsedQuery): string {
  return nodeToFts(query.root)
}

/**
 * The query relaxed for ranking: exclusions dropped, and every multi-token leaf (a phrase, or a
 * Korean word's bigrams) as the AND of its tokens. It selects a superset of the query. bm25 over
 * it skips what makes phrase ranking slow: before scoring, FTS5 counts every document holding
 * each phrase (its IDF), which for a phrase means checking positions in all of them. The
 * exact expression still decides what matches (src/db/search-ranked.ts buildRankedSql).
 */
export function toRankFts(query: ParsedQuery): string {
  return nodeToRankFts(query.root)
}

function nodeToRankFts(node: QueryNode): string {
  switch (node.kind) {
    case 'term':
    case 'phrase': {
      const { tokens, prefixLast } = leafTokens(node)
      if (tokens.length === 1) return nodeToFts(node)
      const last = tokens.length - 1
      const parts = tokens.map((t, i) => (prefixLast && i === last ? `${ftsString([t])} *` : ftsString([t])))
      return `(${parts.join(' AND ')})`
    }
    case 'or':
      return `(${node.children.map(nodeToRankFts).join(' OR ')})`
    case 'not':
      return nodeToFts(node) // throws: an exclusion alone is refused by parseQuery already
    case 'and':
      return `(${node.children
        .filter((c) => c.kind !== 'not')
        .map(nodeToRankFts)
        .join(' AND ')})`
  }
}

/** Every positive word/phrase of the query (for highlighting in snippets). */
export function positiveLeaves(query: ParsedQuery): QueryNode[] {
  const out: QueryNode[] = []
  const walk = (n: QueryNode) => {
    if (n.kind === 'term' || n.kind === 'phrase') out.push(n)
    else if (n.kind === 'or' || n.kind === 'and') n.children.forEach(walk)
  }
  walk(query.root)
  return out
}
