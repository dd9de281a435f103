import { describe, expect, it } from 'vitest'
import { BadQuery } from '../../src/errors'
import { MAX_QUERY_CHARS, MAX_QUERY_TERMS } from '../../src/limits'
import { matchesQuery, parseQuery, toFts, toRankFts } from '../../src/search/query'
import { buildSnippet } from '../../src/search/snippet'
import { tokenize, tokenizeWithSpans } from '../../src/search/tokenize'

const doc = (title: string, summary = '', content = '') => ({ title, summary, content })
const matches = (q: string, title: string, summary = '', content = '') =>
  matchesQuery(parseQuery(q), doc(title, summary, content))
const errorCode = (q: string) => {
  try {
    parseQuery(q)
    return null
  } catch (e) {
    expect(e).toBeInstanceOf(BadQuery)
    return (e as BadQuery).code
  }
}

describe('tokeniser shared by index, queries and watches', () => {
  it('keeps English words whole, lower-cased, without diacritics', () => {
    expect(tokenize('Café SOCIETY, U.S.-led')).toEqual(['cafe', 'society', 'u', 's', 'led'])
  })
  it('turns Korean runs into overlapping bigrams and keeps a lone syllable whole', () => {
    expect(tokenize('북한은 미사일을 北 발사')).toEqual([
      '북한',
      '한은',
      '미사',
      '사일',
      '일을',
      '北',
      '발사',
    ])
  })
  it('cuts a run where the script changes and normalises full-width forms', () => {
    expect(tokenize('Ｇ２０정상회의')).toEqual(['g20', '정상', '상회', '회의'])
  })
  it('tokenises decomposed Hangul (NFD, as some feeds send it) like precomposed text', () => {
    const text = '북한은 G20정상회의에서 미사일을 발사했다'
    expect(tokenize(text.normalize('NFD'))).toEqual(tokenize(text))
  })
  it('gives exact source spans for bigrams', () => {
    const t = tokenizeWithSpans('오늘 북한은')
    expect(t.map((x) => [x.text, x.start, x.end])).toEqual([
      ['오늘', 0, 2],
      ['북한', 3, 5],
      ['한은', 4, 6],
    ])
  })
})

describe('query language', () => {
  it('ANDs words', () => {
    expect(matches('missile launch', 'Missile launch today')).toBe(true)
    expect(matches('missile launch', 'Missile test')).toBe(false)
  })
  it('matches words across title, lead and body', () => {
    expect(matches('missile sanctions', 'Missile test', 'New sanctions follow')).toBe(true)
  })
  it('needs a phrase to be consecutive and within one field', () => {
    expect(matches('"missile launch"', 'a missile launch')).toBe(true)
    expect(matches('"missile launch"', 'launch of a missile')).toBe(false)
    expect(matches('"missile launch"', 'about a missile', 'launch pad')).toBe(false)
  })
  it('excludes words and phrases', () => {
    expect(matches('missile -drill', 'missile drill')).toBe(false)
    expect(matches('missile -drill', 'missile launch')).toBe(true)
    expect(matches('missile -"joint drill"', 'missile and joint drill')).toBe(false)
    expect(matches('missile -"joint drill"', 'missile, drill, joint')).toBe(true)
  })
  it('reads upper-case OR between terms, binding tighter than AND', () => {
    const q = parseQuery('sanctions russia OR china')
    expect(toFts(q)).toBe('("sanctions" AND ("russia" OR "china"))')
    expect(matches('sanctions russia OR china', 'China sanctions')).toBe(true)
    expect(matches('sanctions russia OR china', 'Russia talks')).toBe(false)
  })
  it('relaxes phrases, Korean bigram runs and exclusions for ranking (toRankFts)', () => {
    expect(toRankFts(parseQuery('sanctions'))).toBe(toFts(parseQuery('sanctions')))
    expect(toRankFts(parseQuery('"missile launch"'))).toBe('("missile" AND "launch")')
    expect(toRankFts(parseQuery('"missile launch" OR test -drill'))).toBe(
      '((("missile" AND "launch") OR "test"))',
    )
    expect(toRankFts(parseQuery('sanctions -"joint drill"'))).toBe('("sanctions")')
    expect(toRankFts(parseQuery('미사일'))).toBe('("미사" AND "사일")')
    expect(toFts(parseQuery('미사일'))).toBe('"미사 사일"')
  })
  it('treats lower-case or/and and a dangling OR as words', () => {
    expect(toFts(parseQuery('war or peace'))).toBe('("war" AND "or" AND "peace")')
    expect(toFts(parseQuery('war and peace'))).toBe('("war" AND "and" AND "peace")')
    expect(toFts(parseQuery('OR war'))).toBe('("or" AND "war")')
    expect(toFts(parseQuery('war OR'))).toBe('("war" AND "or")')
  })
  it('chains several ORs into one group', () => {
    expect(toFts(parseQuery('a OR b OR "c d"'))).toBe('("a" OR "b" OR "c d")')
  })
  it('turns a hyphenated or dotted word into the phrase of its pieces', () => {
    expect(toFts(parseQuery('e-mail'))).toBe('"e mail"')
    expect(matches('U.S.', 'the U.S. navy')).toBe(true)
  })
  it('quotes every token so FTS5 syntax in user text stays text', () => {
    // `NEAR(a` is one word of two pieces: the phrase "near a", not an FTS5 NEAR group.
    expect(toFts(parseQuery('NEAR(a b) title:x ^y z*'))).toBe(
      '("near a" AND "b" AND "title x" AND "y" AND "z")',
    )
    expect(toFts(parseQuery('AND NOT'))).toBe('("and" AND "not")')
  })
  it('ignores punctuation-only words', () => {
    expect(toFts(parseQuery('missile * ( ^'))).toBe('"missile"')
  })
  it('refuses unbalanced quotes', () => {
    expect(errorCode('"missile launch')).toBe('unbalanced_quotes')
    expect(errorCode('a "b" "c')).toBe('unbalanced_quotes')
  })
  it('refuses a query made only of exclusions (FTS5 cannot evaluate a bare NOT)', () => {
    expect(errorCode('-drill -"joint exercise"')).toBe('only_exclusions')
  })
  it('refuses an exclusion as an OR operand', () => {
    expect(errorCode('a OR -b')).toBe('invalid_query')
  })
  it('refuses queries with nothing to search, too long or with too many terms', () => {
    expect(errorCode('*** ((( ')).toBe('empty_query')
    expect(errorCode('a'.repeat(MAX_QUERY_CHARS + 1))).toBe('query_too_long')
    expect(errorCode(Array.from({ length: MAX_QUERY_TERMS + 1 }, (_, i) => `w${i}`).join(' '))).toBe(
      'too_many_terms',
    )
    expect(errorCode(Array.from({ length: MAX_QUERY_TERMS }, (_, i) => `w${i}`).join(' '))).toBe(null)
  })
})

describe('Korean in memory (same rules as the index)', () => {
  it('finds a 2-syllable word inside particle-bearing words', () => {
    expect(matches('북한', '북한은 오늘')).toBe(true)
    expect(matches('북한', '북한의 발표')).toBe(true)
  })
  it('finds longer words and several words with particles', () => {
    expect(matches('미사일 발사', '북한이 미사일을 발사했다')).toBe(true)
    expect(matches('미사일 발사', '미사일 개발')).toBe(false)
  })
  it('matches 북한 inside 북한산 (substring semantics of bigrams), but not the other way round', () => {
    expect(matches('북한', '북한산 등산')).toBe(true)
    expect(matches('북한산', '북한은 오늘')).toBe(false)
  })
  it('lets a lone syllable match words beginning with it', () => {
    expect(matches('北', '北의 도발')).toBe(true)
    expect(matches('北', '北 미사일')).toBe(true)
    expect(matches('北', '南北')).toBe(false)
  })
  it('keeps English queries off Korean text and vice versa', () => {
    expect(matches('nk', '북한은')).toBe(false)
    expect(matches('북한', 'North Korea')).toBe(false)
  })
  it('matches a quoted Korean phrase only as written', () => {
    expect(matches('"미사일 발사"', '미사일 발사 실험')).toBe(true)
    expect(matches('"미사일 발사"', '미사일을 발사했다')).toBe(false)
  })
})

describe('snippets', () => {
  it('marks matched words and escapes HTML', () => {
    const s = buildSnippet(parseQuery('missile'), ['<b>A</b> missile & more'])
    expect(s).toBe('&lt;b&gt;A&lt;/b&gt; <mark>missile</mark> &amp; more')
  })
  it('marks the Korean query inside the particle-bearing word', () => {
    expect(buildSnippet(parseQuery('북한'), ['오늘 북한은 발표했다'])).toBe(
      '오늘 <mark>북한</mark>은 발표했다',
    )
  })
  it('falls back to the body and cuts a window around the match', () => {
    const body = `${'filler '.repeat(100)}the missile flew ${'tail '.repeat(100)}`
    const s = buildSnippet(parseQuery('missile'), ['no match here', body])!
    expect(s.startsWith('…')).toBe(true)
    expect(s.endsWith('…')).toBe(true)
    expect(s).toContain('<mark>missile</mark>')
  })
  it('finds a match deep in a long body, a phrase across chunk edges, and marks the whole window', () => {
    // The body is tokenised in growing chunks (1,000 chars, then doubling) until the window is covered.
    const words = (n: number, w: string) => `${w} `.repeat(n)
    const deep = `${words(900, 'filler')}late missile ${words(10, 'missile')}${words(50, 'tail')}`
    const s = buildSnippet(parseQuery('missile'), ['', deep])!
    expect(s.match(/<mark>missile<\/mark>/g)?.length).toBe(11)
    // "missile launch" straddles character 1,000 (the first chunk's end).
    const straddle = `${'x'.repeat(990)} missile launch ${words(300, 'tail')}`
    expect(buildSnippet(parseQuery('"missile launch"'), ['', straddle])).toContain(
      '<mark>missile launch</mark>',
    )
    expect(s).toMatch(/^…filler .*late <mark>missile<\/mark>/)
  })
})
