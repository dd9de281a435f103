/**
 * Lifting HTML bodies out before fast-xml-parser runs is a pure speed-up: it must never change
 * what parseFeed returns, and it must be lossless.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateCorpus } from '../../../bench/corpus'
import { parseFeed, parseXmlFeed } from '../../../src/ingest/parse'
import { LIFT_MARK, liftBodies } from '../../../src/ingest/parse/lift'
import type { ParsedFeed } from '../../../src/ingest/types'
import { loadFeedFixtures } from './fixtures'

const URL_ = 'https://feeds.example.com/feed.xml'

function outcome(run: () => ParsedFeed): unknown {
  try {
    return run()
  } catch (err) {
    return { error: (err as Error).message }
  }
}

/** Puts the lifted bodies back: must give the original document. */
function restore(doc: string, bodies: string[]): string {
  return doc.replace(new RegExp(`${LIFT_MARK}(\\d+)`, 'g'), (_, i: string) => bodies[Number(i)])
}

describe('body lifting', () => {
  const xmlFixtures = loadFeedFixtures().filter(
    (f) => !f.file.endsWith('.json') && f.text.trimStart().startsWith('<'),
  )

  it.each(xmlFixtures.map((f) => [f.file, f.text] as const))(
    'gives the same result with and without lifting: %s',
    (_file, text) => {
      const lifted = outcome(() => parseFeed(text, URL_))
      const plain = outcome(() => parseXmlFeed(text, URL_, { lift: false }))
      expect(lifted).toEqual(plain)
    },
  )

  it('gives the same result with and without lifting on the benchmark corpus', () => {
    for (const doc of generateCorpus({ itemsPerFeed: 20 })) {
      expect(parseFeed(doc.text, URL_)).toEqual(parseXmlFeed(doc.text, URL_, { lift: false }))
    }
  })

  it('normalises CRLF line ends in lifted bodies as the parser does for the rest', () => {
    const text =
      '<rss version="2.0">\r\n<channel><title>t</title><item><description>a\r\nb\rc</description></item></channel></rss>'
    const feed = parseFeed(text, URL_)
    expect(feed.items[0].summaryHtml).toBe('a\nb\nc')
    expect(feed).toEqual(parseXmlFeed(text, URL_, { lift: false }))
  })

  it('lifts escaped and CDATA bodies and keeps the end tags in the document', () => {
    const xml =
      '<item><description>a &lt;b&gt;</description><content:encoded><![CDATA[<p>x</p>]]></content:encoded></item>'
    const { doc, bodies } = liftBodies(xml)
    expect(bodies).toEqual(['a &lt;b&gt;', '<![CDATA[<p>x</p>]]>'])
    expect(doc).toBe(
      `<item><description>${LIFT_MARK}0</description><content:encoded>${LIFT_MARK}1</content:encoded></item>`,
    )
  })

  it('is not fooled by end tags or target tags inside CDATA and comments', () => {
    const xml =
      '<title><![CDATA[<summary>]]></title><!-- <description> --><description><![CDATA[</description>]]></description>'
    const { doc, bodies } = liftBodies(xml)
    expect(bodies).toEqual(['<![CDATA[</description>]]>'])
    expect(restore(doc, bodies)).toBe(xml)
  })

  it('stops lifting at the first body with literal markup (XHTML) and leaves the rest to the parser', () => {
    const xml =
      '<entry><summary>s</summary><content type="xhtml"><div><summary>x</summary></div></content><summary>t</summary></entry>'
    const { doc, bodies } = liftBodies(xml)
    expect(bodies).toEqual(['s'])
    expect(restore(doc, bodies)).toBe(xml)
  })

  it('leaves self-closing and empty elements alone', () => {
    const xml = '<item><description/><content></content><summary type="text" /></item>'
    expect(liftBodies(xml)).toEqual({ doc: xml, bodies: [] })
  })

  it('is lossless for arbitrary bodies', () => {
    const chunk = fc.oneof(
      fc.string().map((s) => s.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))),
      fc
        .string()
        .filter((s) => !s.includes(']]>'))
        .map((s) => `<![CDATA[${s}]]>`),
    )
    const element = fc.tuple(
      fc.constantFrom('description', 'content:encoded', 'content', 'summary', 'title'),
      fc.array(chunk, { maxLength: 4 }),
    )
    fc.assert(
      fc.property(fc.array(element, { maxLength: 6 }), (elements) => {
        const xml = `<item>${elements.map(([name, parts]) => `<${name}>${parts.join('')}</${name}>`).join('')}</item>`
        const { doc, bodies } = liftBodies(xml)
        expect(restore(doc, bodies)).toBe(xml)
      }),
    )
  })
})
