import { describe, expect, it } from 'vitest'
import { cutAtWord, htmlToText } from '../../src/ingest/html-text'
import { MAX_ARTICLE_TEXT_CHARS } from '../../src/limits'

describe('htmlToText', () => {
  it('turns paragraphs, breaks, headings and list items into lines', async () => {
    const html = `<h2>Missile launch</h2><p>North Korea fired a missile.</p><p>It flew <b>600 km</b>.<br>Seoul condemned it.</p>
      <ul><li>JCS</li><li>Tokyo</li></ul><blockquote>"Full readiness"</blockquote>`
    expect(await htmlToText(html)).toBe(
      'Missile launch\nNorth Korea fired a missile.\nIt flew 600 km.\nSeoul condemned it.\nJCS\nTokyo\n"Full readiness"',
    )
  })

  it('collapses source whitespace and newlines inside a paragraph', async () => {
    expect(await htmlToText('<p>North   Korea\n   fired\ta\r\n missile.</p>\n\n\n<p>  Second.  </p>')).toBe(
      'North Korea fired a missile.\nSecond.',
    )
  })

  it('skips script, style, noscript, template and iframe contents', async () => {
    const html = `<p>Before</p><script>var x = "<p>not text</p>"; if (a < b) {}</script><style>p { color: red }</style>
      <noscript>Enable JavaScript</noscript><template><p>hidden</p></template><iframe>fallback</iframe><p>After</p>`
    expect(await htmlToText(html)).toBe('Before\nAfter')
  })

  it('decodes entities, including ones HTMLRewriter splits across chunks', async () => {
    expect(
      await htmlToText(
        '<p>AT&amp;T &lt;b&gt; &#8220;quoted&#8221; caf&eacute; &#xBD81;&#xD55C;&nbsp;news</p>',
      ),
    ).toBe('AT&T <b> \u201cquoted\u201d café 북한 news')
    // A long text node arrives in several chunks; entities on chunk borders must still decode.
    const long = `<p>${'&amp;'.repeat(5000)}</p>`
    expect(await htmlToText(long)).toBe('&'.repeat(5000))
  })

  it('does not turn escaped markup into markup', async () => {
    expect(await htmlToText('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')).toBe('<script>alert(1)</script>')
  })

  it('keeps a table row on one line with cells separated', async () => {
    expect(
      await htmlToText(
        '<table><tr><td>Launch</td><td>600 km</td></tr><tr><th>Date</th><td>Mar 14</td></tr></table>',
      ),
    ).toBe('Launch 600 km\nDate Mar 14')
  })

  it('keeps line breaks inside <pre>', async () => {
    expect(await htmlToText('<pre>line one\nline two</pre>')).toBe('line one\nline two')
  })

  it('copes with broken markup', async () => {
    expect(await htmlToText('<p>Unclosed <b>bold <i>and <p>next para')).toBe('Unclosed bold and\nnext para')
    expect(await htmlToText('<div><p>a</div>b</p>')).toBe('a\nb')
  })

  it('still returns the text when lol-html gives up on pathological nesting', async () => {
    // 200,000 open <div>s exceed lol-html's memory limit ("Parser error"): the crude fallback answers.
    const html = `${'<div>'.repeat(200_000)}<script>x()</script>deep &amp; down${'</div>'.repeat(10)}`
    expect(await htmlToText(html)).toBe('deep & down')
  })

  it('short-circuits plain text: entities decoded, its line breaks kept', async () => {
    expect(await htmlToText('Plain &amp; simple\n\n  second   line ')).toBe('Plain & simple\nsecond line')
    expect(await htmlToText('')).toBe('')
  })

  it('cuts text longer than the limit at a word boundary', async () => {
    const words = Array.from({ length: 30_000 }, (_, i) => `word${i}`).join(' ')
    const text = await htmlToText(`<p>${words}</p>`)
    expect(text.length).toBeLessThanOrEqual(MAX_ARTICLE_TEXT_CHARS)
    expect(text.length).toBeGreaterThan(MAX_ARTICLE_TEXT_CHARS * 0.9)
    expect(words.startsWith(text)).toBe(true)
    expect(words[text.length]).toBe(' ')
    expect(await htmlToText('<p>one two three four</p>', 12)).toBe('one two')
  })
})

describe('cutAtWord', () => {
  it('leaves short text alone', () => {
    expect(cutAtWord('short', 10, '…')).toBe('short')
  })

  it('cuts at the last space with an ellipsis, without a dangling comma', () => {
    expect(cutAtWord('North Korea fired a missile, the military said.', 30, '…')).toBe(
      'North Korea fired a missile…',
    )
    expect(cutAtWord('one two three four', 12, '')).toBe('one two')
  })

  it('cuts Korean at a space and unspaced CJK text at the limit', () => {
    expect(cutAtWord('북한이 동해상으로 탄도미사일을 발사했다', 15, '…')).toBe('북한이 동해상으로…')
    expect(cutAtWord('北朝鮮が弾道ミサイルを発射した', 8, '…')).toBe('北朝鮮が弾道ミ…')
    expect(cutAtWord('北朝鮮は日本海に向けて発射した。防衛省が発表した。', 20, '…')).toBe(
      '北朝鮮は日本海に向けて発射した。…',
    )
  })

  it('never splits a surrogate pair', () => {
    // 3 code units would end inside the second emoji: back off to the first.
    expect(cutAtWord('😀😀😀😀😀', 3, '')).toBe('😀')
    expect(cutAtWord('😀😀😀😀😀', 4, '')).toBe('😀😀')
  })
})

describe('htmlToText: double-encoded bodies', () => {
  it('repairs mojibake on the text when all of it decodes cleanly again, and leaves mixed text alone', async () => {
    expect(await htmlToText('<p>The ministryâ€™s statement said â€œno commentâ€\u009d.</p>')).toBe(
      'The ministry’s statement said “no comment”.',
    )
    expect(await htmlToText('<p>Lavrovâ€™s visit …</p>')).toBe('Lavrovâ€™s visit …')
  })

  it('reads a body escaped twice once more, but keeps escaped markup quoted inside a real body', async () => {
    expect(await htmlToText('&lt;p&gt;Double-escaped &amp;amp; body.&lt;/p&gt;')).toBe(
      'Double-escaped & body.',
    )
    expect(await htmlToText('<p>Use &lt;p&gt; for paragraphs.</p>')).toBe('Use <p> for paragraphs.')
  })
})
