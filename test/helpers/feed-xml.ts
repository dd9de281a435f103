import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { expect } from 'vitest'

export interface XmlNode {
  [k: string]: unknown
}

// Items, entries and categories always as arrays; Atom's links too (RSS has one <link>).
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (name, jpath) =>
    ['item', 'entry', 'category'].includes(name) || (name === 'link' && String(jpath).startsWith('feed')),
})

/** A rendered RSS or Atom document as a tree, after checking that it is well-formed XML. */
export function parseFeedXml(xml: string): XmlNode {
  expect(XMLValidator.validate(xml)).toBe(true)
  return parser.parse(xml) as XmlNode
}

/** An element's text, whether the parser gave a plain string or {"#text", "@_attr"...}. */
export const text = (v: unknown): string =>
  typeof v === 'object' && v !== null ? String((v as XmlNode)['#text'] ?? '') : String(v ?? '')
