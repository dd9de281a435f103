import { XMLBuilder } from 'fast-xml-parser'

/** A fast-xml-parser builder object: element names → text, attributes ("@_name"), children or repeats. */
export type XmlValue = string | number | undefined | XmlNode | XmlNode[] | string[]
export interface XmlNode {
  [name: string]: XmlValue
}

// The builder escapes & < > " ' in element text and attribute values. suppressBooleanAttributes
// is off because its default turns an attribute whose value is "true" into a bare name, which is
// not XML. Strings reaching here are already cleaned of XML-illegal characters (sanitize.ts).
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  suppressBooleanAttributes: false,
  suppressEmptyNode: true,
  processEntities: true,
  format: false,
})

/** Serialises a document with its XML declaration (UTF-8, as the Content-Type says). */
export function buildXmlDocument(root: XmlNode): string {
  return builder.build({ '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' }, ...root }) as string
}

/** Element text with attributes. */
export const textWithAttributes = (text: string, attributes: Record<string, string>): XmlNode => {
  const node: XmlNode = { '#text': text }
  for (const [name, value] of Object.entries(attributes)) node[`@_${name}`] = value
  return node
}
