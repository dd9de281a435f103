import fc from 'fast-check'
import { XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { escapeHtml } from '../../src/lib/html'
import { MAX_OUTPUT_URL_LENGTH } from '../../src/limits'
import { cleanXmlText, safeHttpUrl, safeLanguageTag, sanitizeHtml } from '../../src/render/sanitize'

/** What must never come out of the sanitiser, whatever goes in. */
function assertInert(html: string): void {
  expect(html).not.toMatch(/<\s*(script|style|iframe|object|embed|svg|math|form|frame)/i)
  // Attributes are checked inside tags only: escaped text such as "x onload=1 src=data:" is inert.
  for (const tag of html.match(/<[^>]*>/g) ?? []) {
    const names = tag.replace(/"[^"]*"/g, '""') // attribute names only, not text inside values
    expect(names).not.toMatch(/\son[a-z]+\s*=/i)
    expect(names).not.toMatch(/\sstyle\s*=/i)
    expect(tag).not.toMatch(/\s(?:href|src)\s*=\s*["']?\s*(?!https?:)[a-z]+:/i)
  }
  // Text never contains a raw "<" that could open a tag.
  expect(html.replace(/<[^>]*>/g, '')).not.toContain('<')
}

describe('cleanXmlText', () => {
  it('drops the characters XML 1.0 forbids and keeps tab, newline, CR and all real text', () => {
    expect(cleanXmlText('a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg')).toBe('abcdefg')
    expect(cleanXmlText('tab\there\nnl\rcr')).toBe('tab\there\nnl\rcr')
    expect(cleanXmlText('x\uFFFEy\uFFFFz')).toBe('xyz')
    expect(cleanXmlText('북한 😀 \u00e9')).toBe('북한 😀 \u00e9')
  })

  it('drops unpaired surrogate halves but keeps proper pairs', () => {
    expect(cleanXmlText('a\uD800b')).toBe('ab')
    expect(cleanXmlText('a\uDC00b')).toBe('ab')
    expect(cleanXmlText('end\uD83D')).toBe('end')
    expect(cleanXmlText('\uD83D\uDE00')).toBe('😀')
  })
})

describe('safeHttpUrl', () => {
  it('keeps absolute http and https URLs (serialised, quotes percent-encoded)', () => {
    expect(safeHttpUrl('https://news.example/a?b=1&c=2')).toBe('https://news.example/a?b=1&c=2')
    expect(safeHttpUrl('  http://news.example/"x"  ')).toBe('http://news.example/%22x%22')
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\u0000script:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://files.example/x',
    '//news.example/protocol-relative',
    '/relative/path',
    'not a url',
    'https://user:pass@news.example/',
    '',
  ])('drops %j', (raw) => {
    expect(safeHttpUrl(raw)).toBeNull()
  })

  it('drops absurdly long URLs', () => {
    expect(safeHttpUrl(`https://news.example/${'a'.repeat(MAX_OUTPUT_URL_LENGTH)}`)).toBeNull()
  })
})

describe('safeLanguageTag', () => {
  it('keeps language tags and refuses anything else', () => {
    expect(safeLanguageTag('en')).toBe('en')
    expect(safeLanguageTag('zh-Hant-TW')).toBe('zh-Hant-TW')
    expect(safeLanguageTag('en"><x')).toBeNull()
    expect(safeLanguageTag('')).toBeNull()
    expect(safeLanguageTag(null)).toBeNull()
  })
})

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    )
  })
})

describe('sanitizeHtml', () => {
  it('keeps allowlisted formatting and http(s) links', () => {
    expect(sanitizeHtml('<p>Hello <strong>world</strong><br/><a href="https://x.example/">x</a></p>')).toBe(
      '<p>Hello <strong>world</strong><br><a href="https://x.example/" rel="nofollow noopener noreferrer">x</a></p>',
    )
  })

  it('removes scripts, styles and frames with their content', () => {
    expect(
      sanitizeHtml(
        'a<script>alert(1)</script>b<STYLE>p{}</STYLE>c<iframe src="https://e.example"></iframe>d',
      ),
    ).toBe('abcd')
    expect(sanitizeHtml('a<script>alert(1)')).toBe('a')
    expect(sanitizeHtml('<svg><script>alert(1)</script></svg>ok')).toBe('ok')
  })

  it('removes event handlers, style attributes and unsafe URLs', () => {
    expect(sanitizeHtml('<img src=x onerror=alert(1)>')).toBe('<img>')
    expect(sanitizeHtml('<p onclick="alert(1)" style="x">t</p>')).toBe('<p>t</p>')
    expect(sanitizeHtml('<a href="javascript:alert(1)">x</a>')).toBe('<a>x</a>')
    expect(sanitizeHtml('<a href="&#106;avascript:alert(1)">x</a>')).toBe('<a>x</a>')
    expect(sanitizeHtml('<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>')).toBe('<a>x</a>')
    expect(sanitizeHtml('<img src="vbscript:x" alt="a&quot; onload=&quot;x">')).toBe(
      '<img alt="a&quot; onload=&quot;x">',
    )
  })

  it('unwraps unknown tags but keeps their text, escaped', () => {
    expect(sanitizeHtml('<div><font color=red>a &amp; b &lt;c&gt;</font></div>')).toBe('a &amp; b &lt;c&gt;')
  })

  it('drops comments, CDATA sections and processing instructions', () => {
    expect(sanitizeHtml('a<!-- <script>x</script> -->b<![CDATA[c]]>d<?php x ?>e')).toBe('abde')
  })

  it('closes what it opens and ignores stray closing tags', () => {
    expect(sanitizeHtml('<p><em>x</p>y</em></b>')).toBe('<p><em>x</em></p>y')
  })

  it('treats a "<" that starts no tag as text', () => {
    expect(sanitizeHtml('1 < 2 and a <b')).toBe('1 &lt; 2 and a &lt;b')
  })

  it('never emits active content, whatever the input (property)', () => {
    const pieces = fc.constantFrom(
      '<',
      '>',
      '"',
      "'",
      '=',
      '/',
      ' ',
      'script',
      'SCRIPT',
      'style',
      'iframe',
      'svg',
      'a',
      'img',
      'p',
      'href',
      'src',
      'onerror',
      'onload',
      'javascript:',
      'data:',
      'vbscript:',
      'alert(1)',
      '<!--',
      '-->',
      ']]>',
      '&#106;',
      '&lt;',
      '\u0000',
      'x',
    )
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 40 }), (parts) => {
        const out = sanitizeHtml(parts.join(''))
        assertInert(out)
        // Well-formed enough to sit inside an XML element once escaped, and balanced as XML itself.
        expect(XMLValidator.validate(`<r>${out.replace(/<(br|img)([^>]*)>/g, '<$1$2/>')}</r>`)).toBe(true)
      }),
      { numRuns: 500 },
    )
  })
})
