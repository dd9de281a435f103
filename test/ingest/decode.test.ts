import { describe, expect, it } from 'vitest'
import { charsetFromContentType, decodeBody, resolveEncoding } from '../../src/ingest/decode'
import { parseFeed } from '../../src/ingest/parse'
import { charsetBytes, KO_DESCRIPTION, KO_TITLE } from '../fixtures/charset'

const utf8 = (s: string) => new TextEncoder().encode(s)

describe('decodeBody: where the charset comes from', () => {
  it('reads EUC-KR declared only in the XML declaration (server sends no charset)', () => {
    const text = decodeBody(charsetBytes('euc-kr-xml-decl.xml'), 'text/xml')
    expect(text).toContain(KO_TITLE)
    expect(text).toContain(KO_DESCRIPTION)
  })

  it('reads EUC-KR declared only in the HTTP Content-Type header', () => {
    const bytes = charsetBytes('euc-kr-header-only.xml')
    expect(decodeBody(bytes, 'application/rss+xml; charset=EUC-KR')).toContain(KO_TITLE)
    expect(decodeBody(bytes, 'text/xml; charset="ks_c_5601-1987"')).toContain(KO_TITLE)
  })

  it('recognises EUC-KR that nothing declares (no header charset, no XML encoding) by its bytes', () => {
    const bytes = charsetBytes('euc-kr-header-only.xml')
    expect(decodeBody(bytes, 'text/xml')).toContain(KO_TITLE)
    expect(decodeBody(bytes, null)).toContain(KO_DESCRIPTION)
    // Without the <language> hint too: the bytes decode cleanly to Hangul, and not to Shift_JIS.
    const noHint = new TextDecoder('latin1').decode(bytes).replace(/<language>ko<\/language>/, '')
    const stripped = Uint8Array.from(noHint, (ch) => ch.charCodeAt(0))
    expect(decodeBody(stripped, 'application/xml')).toContain(KO_TITLE)
  })

  it('leaves bytes that are no legacy East Asian text as UTF-8 with replacement characters', () => {
    const garbage = Uint8Array.from([
      ...utf8('<rss><channel><title>'),
      0xff,
      0xfe,
      0x80,
      0x41,
      ...utf8('</title>'),
    ])
    expect(decodeBody(garbage, 'text/xml')).toContain('\ufffd')
  })

  it('reads CP949 extension syllables under the Microsoft labels TextDecoder does not know', () => {
    const bytes = charsetBytes('cp949-label.xml')
    expect(decodeBody(bytes, null)).toContain('똠양꿍 먹은 햏자')
    expect(decodeBody(bytes, 'text/xml; charset=cp949')).toContain('똠방각하')
  })

  it('reads Shift_JIS, GBK and windows-1252 from the declaration', () => {
    expect(decodeBody(charsetBytes('shift-jis.xml'))).toContain('北朝鮮が弾道ミサイルを発射')
    expect(decodeBody(charsetBytes('gbk.xml'))).toContain('朝鲜向东部海域发射弹道导弹')
    const w1252 = decodeBody(charsetBytes('windows-1252.xml'))
    expect(w1252).toContain('\u201cWe\u2019re ready\u201d \u2014 Seoul\u2019s caf\u00e9 diplomacy')
    expect(w1252).toContain('\u2026 for now.')
  })

  it('reads UTF-16LE and UTF-8 by their byte-order marks, and drops the mark', () => {
    const le = decodeBody(charsetBytes('utf-16le-bom.xml'), null)
    expect(le.startsWith('<?xml')).toBe(true)
    expect(le).toContain(KO_TITLE)
    const u8 = decodeBody(charsetBytes('utf-8-bom.xml'), null)
    expect(u8.startsWith('<?xml')).toBe(true)
    expect(u8).toContain(KO_TITLE)
  })

  it('lets a byte-order mark win over a contradicting header label', () => {
    expect(decodeBody(charsetBytes('utf-16le-bom.xml'), 'text/xml; charset=utf-8')).toContain(KO_TITLE)
    expect(decodeBody(charsetBytes('utf-8-bom.xml'), 'text/xml; charset=windows-1252')).toContain(KO_TITLE)
  })

  it('recognises BOM-less UTF-16 by its "<?" bytes', () => {
    expect(decodeBody(charsetBytes('utf-16be-no-bom.xml'), null)).toContain(KO_TITLE)
  })

  it('reads <meta http-equiv> charset of an HTML page', () => {
    expect(decodeBody(charsetBytes('euc-kr-meta.html'), 'text/html')).toContain(KO_DESCRIPTION)
  })

  it('prefers the header to the document declaration when the header is right', () => {
    // The bytes are UTF-8 and say so in the header; the stale declaration says ISO-8859-1.
    const bytes = utf8('<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>Café 북한</title></rss>')
    expect(decodeBody(bytes, 'text/xml; charset=utf-8')).toContain('Café 북한')
  })

  it('believes the document over a "charset=utf-8" header when the bytes are not UTF-8', () => {
    const text = decodeBody(charsetBytes('euc-kr-mislabelled-utf8.xml'), 'text/xml; charset=utf-8')
    expect(text).toContain(KO_TITLE)
  })

  it('reads UTF-8 bytes as UTF-8 when a stale declaration names a legacy charset', () => {
    const bytes = utf8(`<?xml version="1.0" encoding="EUC-KR"?><rss><title>${KO_TITLE}</title></rss>`)
    expect(decodeBody(bytes, 'text/xml')).toContain(KO_TITLE)
    // ...but an explicit header is obeyed (HTTP says the header is authoritative).
    expect(decodeBody(bytes, 'text/xml; charset=euc-kr')).not.toContain(KO_TITLE)
  })

  it('defaults to UTF-8 and never throws on unknown or useless labels', () => {
    const bytes = utf8('<?xml version="1.0" encoding="x-made-up"?><rss>북한</rss>')
    expect(decodeBody(bytes, 'text/xml; charset=bogus-charset')).toContain('북한')
    expect(decodeBody(bytes, null)).toContain('북한')
    // ISO-2022-KR maps to the WHATWG "replacement" decoder (all U+FFFD): treated as unknown.
    expect(decodeBody(utf8('<rss>북한</rss>'), 'text/xml; charset=iso-2022-kr')).toContain('북한')
    // An ASCII-compatible document claiming UTF-16 is self-contradictory: read as UTF-8.
    expect(decodeBody(utf8('<?xml version="1.0" encoding="UTF-16"?><rss>북한</rss>'), null)).toContain('북한')
    expect(decodeBody(new Uint8Array([0xff, 0xff, 0x00]), null)).toBe('\uFFFD\uFFFD\u0000')
    expect(decodeBody(new Uint8Array(0), 'text/xml')).toBe('')
  })

  it('hands the parser decoded text whose stale encoding="EUC-KR" declaration does not matter', () => {
    const feed = parseFeed(
      decodeBody(charsetBytes('euc-kr-xml-decl.xml'), 'text/xml'),
      'https://news.example/rss',
    )
    expect(feed.title).toBe(KO_TITLE)
    expect(feed.items[0].title).toBe(KO_TITLE)
    expect(feed.items[0].summaryHtml ?? feed.items[0].contentHtml).toContain(KO_DESCRIPTION)
  })
})

describe('charset labels', () => {
  it('extracts the charset parameter, quoted or not, in any case', () => {
    expect(charsetFromContentType('text/xml; charset="EUC-KR"')).toBe('EUC-KR')
    expect(charsetFromContentType('application/rss+xml;charset=utf-8; q=1')).toBe('utf-8')
    expect(charsetFromContentType('text/xml; CHARSET = Shift_JIS')).toBe('Shift_JIS')
    expect(charsetFromContentType('text/xml')).toBeNull()
    expect(charsetFromContentType(null)).toBeNull()
  })

  it('maps server aliases onto what TextDecoder in workerd supports', () => {
    expect(resolveEncoding('EUC-KR')).toBe('euc-kr')
    expect(resolveEncoding('ks_c_5601-1987')).toBe('euc-kr')
    expect(resolveEncoding('cp949')).toBe('euc-kr')
    expect(resolveEncoding('x-windows-949')).toBe('euc-kr')
    expect(resolveEncoding('Shift_JIS')).toBe('shift_jis')
    expect(resolveEncoding('cp932')).toBe('shift_jis')
    expect(resolveEncoding('gb2312')).toBe('gbk')
    expect(resolveEncoding('ISO-8859-1')).toBe('windows-1252')
    expect(resolveEncoding('utf-16')).toBe('utf-16le')
    expect(resolveEncoding('no-such-charset')).toBeNull()
  })
})
