import { leafTokens } from '../search/leaf'
import type { QueryNode } from '../search/types'
import type { WordTable } from './word-table'

/**
 * What the article's words alone say about a query, compiled once per watch: most watch
 * candidates are decided here, on numbers (word-table.ts), and only the rest pay for the full
 * evaluation (matchesQuery).
 *
 * A word or phrase matches when its tokens occur in a row within one column (search semantics):
 * the WordTable answers exactly that. The exception is a trailing lone CJK character, a prefix
 * of whatever token follows: the words can rule such a leaf out, not prove it. AND / OR / NOT
 * combine the three-valued verdicts.
 */
export const NO = 0
export const MAYBE = 1
export const YES = 2
export type Verdict = typeof NO | typeof MAYBE | typeof YES

export type PresenceCheck =
  /** The words in a row; `prefixAfter`: then a token starting with a given character (not checked here). */
  | { kind: 'run'; words: number[]; prefixAfter: boolean }
  | { kind: 'and' | 'or'; children: PresenceCheck[] }
  | { kind: 'not'; child: PresenceCheck }

export function compilePresence(node: QueryNode, table: WordTable): PresenceCheck {
  switch (node.kind) {
    case 'term':
    case 'phrase': {
      const { tokens, prefixLast } = leafTokens(node)
      // A leaf without tokens (punctuation only) never matches, like an OR of nothing.
      if (tokens.length === 0) return { kind: 'or', children: [] }
      const exact = prefixLast ? tokens.slice(0, -1) : tokens
      return { kind: 'run', words: exact.map((t) => table.intern(t)), prefixAfter: prefixLast }
    }
    case 'and':
    case 'or':
      return { kind: node.kind, children: node.children.map((c) => compilePresence(c, table)) }
    case 'not':
      return { kind: 'not', child: compilePresence(node.child, table) }
  }
}

/** The verdict for the article last read by `table`. */
export function presenceVerdict(check: PresenceCheck, table: WordTable): Verdict {
  switch (check.kind) {
    case 'run':
      if (check.words.length > 0 && !table.hasRun(check.words)) return NO
      return check.prefixAfter ? MAYBE : YES
    case 'and': {
      let v: Verdict = YES
      for (const c of check.children) {
        const cv = presenceVerdict(c, table)
        if (cv === NO) return NO
        if (cv === MAYBE) v = MAYBE
      }
      return v
    }
    case 'or': {
      let v: Verdict = NO
      for (const c of check.children) {
        const cv = presenceVerdict(c, table)
        if (cv === YES) return YES
        if (cv === MAYBE) v = MAYBE
      }
      return v
    }
    case 'not':
      return (YES - presenceVerdict(check.child, table)) as Verdict
  }
}

/**
 * Words of which every match of the query has at least one, chosen among those the watch is not
 * filed under (`keyWords`: an article reaching it by a word key has that word anyway), or null
 * when no such list exists (an exclusion, a lone prefix character). A run needs each of its
 * words (the last is kept: the key is the first of equally long tokens, as in a Korean word's
 * bigrams), AND needs one child's list, OR the union of all its children's.
 */
export function screenWords(check: PresenceCheck, keyWords: ReadonlySet<number>): number[] | null {
  switch (check.kind) {
    case 'run': {
      const others = check.words.filter((w) => !keyWords.has(w))
      const pick = others.length ? others : check.words
      return pick.length ? [pick[pick.length - 1]] : null
    }
    case 'and': {
      // The child whose list rules out most: one free of key words first, then the shortest.
      const hasKey = (list: number[]) => list.some((w) => keyWords.has(w))
      const better = (a: number[], b: number[]) =>
        hasKey(a) !== hasKey(b) ? !hasKey(a) : a.length < b.length
      let best: number[] | null = null
      for (const child of check.children) {
        const list = screenWords(child, keyWords)
        if (list && (!best || better(list, best))) best = list
      }
      return best
    }
    case 'or': {
      const all = new Set<number>()
      for (const child of check.children) {
        const list = screenWords(child, keyWords)
        if (!list) return null
        for (const w of list) all.add(w)
      }
      return all.size ? [...all] : null
    }
    case 'not':
      return null
  }
}
