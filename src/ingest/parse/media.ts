/**
 * Media attached to RSS items and Atom entries: <enclosure>, Media RSS (media:content,
 * media:thumbnail, media:group, and media:title / media:description, kept as fallbacks for an
 * item without its own title or summary: video and podcast feeds) and Atom link rel="enclosure".
 * Image choice: the first image-typed media:content/enclosure (full size) wins; a
 * media:thumbnail is the fallback.
 */
import type { ParsedItem } from '../types'
import { addEnclosure } from './items'
import { htmlField, plainText, positiveInt, resolveUrl, textAsHtml, xmlText } from './text'
import { attrOf, childrenOf, nameOf, type XmlDoc, type XmlNode } from './xml'

/** Per-item scratch: the thumbnail kept until we know there is no better image. */
export interface MediaScratch {
  thumbnail?: string
  title?: string
  /** As HTML. */
  description?: string
}

const IMAGE_EXT_RE = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i

function isImage(type: string | undefined, medium: string | undefined, url: string): boolean {
  if (type) return type.toLowerCase().startsWith('image/')
  if (medium) return medium.toLowerCase() === 'image'
  return IMAGE_EXT_RE.test(url)
}

/** Handles a media-bearing element; returns false when `name` is not one. */
export function readMedia(
  doc: XmlDoc,
  node: XmlNode,
  name: string,
  item: ParsedItem,
  base: string | undefined,
  scratch: MediaScratch,
): boolean {
  switch (name) {
    case 'enclosure':
    case 'media:content':
      readEnclosureLike(doc, node, item, base, scratch, name === 'enclosure' ? 'length' : 'fileSize')
      return true
    case 'media:thumbnail':
      scratch.thumbnail ??= resolveUrl(attrOf(node, 'url'), base)
      return true
    case 'media:title':
      scratch.title ??= plainText(doc.raw(node, name)) || undefined
      return true
    case 'media:description':
      scratch.description ??= mediaDescription(doc, node, name)
      return true
    case 'media:group':
      for (const child of childrenOf(node, name)) readMedia(doc, child, nameOf(child), item, base, scratch)
      return true
    default:
      return false
  }
}

/** media:description is plain text unless type="html". */
function mediaDescription(doc: XmlDoc, node: XmlNode, name: string): string | undefined {
  const raw = doc.raw(node, name)
  if (attrOf(node, 'type')?.trim().toLowerCase() === 'html') return htmlField(raw)
  const text = xmlText(raw)
  return text ? textAsHtml(text) : undefined
}

function readEnclosureLike(
  doc: XmlDoc,
  node: XmlNode,
  item: ParsedItem,
  base: string | undefined,
  scratch: MediaScratch,
  lengthAttr: string,
): void {
  const url = resolveUrl(attrOf(node, 'url'), base)
  if (url) {
    const type = attrOf(node, 'type')
    addEnclosure(item, url, type, positiveInt(attrOf(node, lengthAttr)))
    if (!item.imageUrl && isImage(type, attrOf(node, 'medium'), url)) item.imageUrl = url
  }
  // media:content may carry its own media:thumbnail (video with a poster frame), title and description.
  for (const child of childrenOf(node, nameOf(node))) {
    const childName = nameOf(child)
    if (childName !== 'media:content' && childName !== 'enclosure') {
      readMedia(doc, child, childName, item, base, scratch)
    }
  }
}

/** Atom <link rel="enclosure">. */
export function addLinkEnclosure(
  item: ParsedItem,
  url: string,
  type: string | undefined,
  length: string | undefined,
): void {
  addEnclosure(item, url, type, positiveInt(length))
  if (!item.imageUrl && isImage(type, undefined, url)) item.imageUrl = url
}

/** Applies the thumbnail fallback once the item is read. */
export function finishMedia(item: ParsedItem, scratch: MediaScratch): void {
  if (!item.imageUrl && scratch.thumbnail) item.imageUrl = scratch.thumbnail
}
