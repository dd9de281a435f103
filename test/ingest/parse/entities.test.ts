import { describe, expect, it } from 'vitest'
import { decodeEntities, decodeTextField } from '../../../src/lib/entities'

describe('decodeEntities', () => {
  it('decodes the five XML entities', () => {
    expect(decodeEntities('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;')).toBe(`<a href="x">'&'`)
  })

  it('decodes decimal and hex references, astral code points included', () => {
    expect(decodeEntities('&#38; &#x26; &#X26; &#0038; &#x1F680; &#128640;')).toBe('& & & & 🚀 🚀')
  })

  it('turns invalid code points into U+FFFD', () => {
    expect(decodeEntities('&#0;|&#xD800;|&#xDFFF;|&#x110000;|&#99999999999;')).toBe(
      '\uFFFD|\uFFFD|\uFFFD|\uFFFD|\uFFFD',
    )
  })

  it('maps C1 references to windows-1252 characters as browsers do', () => {
    expect(decodeEntities('&#146;&#147;&#148;&#150;&#151;&#133;&#128;')).toBe('’“”–—…€')
  })

  it.each([
    ['nbsp', '\u00a0'],
    ['middot', '·'],
    ['hellip', '…'],
    ['mdash', '—'],
    ['ndash', '–'],
    ['lsquo', '‘'],
    ['rsquo', '’'],
    ['ldquo', '“'],
    ['rdquo', '”'],
    ['copy', '©'],
    ['reg', '®'],
    ['trade', '™'],
    ['eacute', 'é'],
    ['Eacute', 'É'],
    ['laquo', '«'],
    ['raquo', '»'],
    ['bull', '•'],
    ['euro', '€'],
    ['yuml', 'ÿ'],
    ['iexcl', '¡'],
    ['alpha', 'α'],
    ['Omega', 'Ω'],
    ['rarr', '→'],
    ['hearts', '♥'],
    ['thinsp', '\u2009'],
    ['zwj', '\u200d'],
    ['sbquo', '‚'],
  ])('decodes the HTML entity &%s;', (name, char) => {
    expect(decodeEntities(`x&${name};y`)).toBe(`x${char}y`)
  })

  it('leaves unknown entities, bare ampersands and unterminated references as written', () => {
    const text = 'AT&T &unknown; a=1&b=2 &amp &#38 &#; &#xZZ; & ;'
    expect(decodeEntities(text)).toBe(text)
  })

  it('decodes exactly once', () => {
    expect(decodeEntities('&amp;amp; &amp;lt;')).toBe('&amp; &lt;')
  })

  it('returns the same string when there is nothing to decode', () => {
    const s = 'plain text 북한'
    expect(decodeEntities(s)).toBe(s)
  })

  it('stays linear on a hostile run of ampersands', () => {
    const hostile = `${'&'.repeat(200_000)};`
    expect(decodeEntities(hostile)).toBe(hostile)
  })
})

describe('decodeTextField (plain-text fields such as titles)', () => {
  it('decodes double-escaped entities seen in real feeds', () => {
    expect(decodeTextField('AT&amp;amp;T')).toBe('AT&T')
    expect(decodeTextField('Yoon&amp;#8217;s')).toBe('Yoon’s')
    expect(decodeTextField('&amp;quot;quoted&amp;quot;')).toBe('"quoted"')
  })

  it('decodes single-escaped text the same way as decodeEntities', () => {
    expect(decodeTextField('Q&amp;A &mdash; 북한')).toBe('Q&A — 북한')
  })
})
