/**
 * Media attached to RSS items and Atom entries: <enclosure>, Media RSS (media:content,
 * media:thumbnail, media:group) and Atom link rel="enclosure".
 * Image choice: the first image-typed media:content/enclosure (full size) wins; a
 * media:thumbnail is the fallback.
 */
import type { ParsedItem } from '../types'
import { addEnclosure } from './items'
import { positiveInt, resolveUrl } from './text'
import { attrOf, childrenOf, nameOf, type XmlNode } from './xml'

/** Per-item scratch: the thumbnail kept until we know there is no better image. */
export interface MediaScratch {
  thumbnail?: string
}

const IMAGE_EXT_RE = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i

function isImage(type: string | undefined, medium: string | undefined, url: string): boolean {
  if (type) return type.toLowerCase().startsWith('image/')
  if (medium) return medium.toLowerCase() === 'image'
  return IMAGE_EXT_RE.test(url)
}

/** Handles a media-bearing element; returns false when `name` is not one. */
export function readMedia(
  node: XmlNode,
  name: string,
  item: ParsedItem,
  base: string | undefined,
  scratch: MediaScratch,
): boolean {
  switch (name) {
    case 'enclosure':
    case 'media:content':
      readEnclosureLike(node, item, base, scratch, name === 'enclosure' ? 'length' : 'fileSize')
      return true
    case 'media:thumbnail':
      scratch.thumbnail ??= resolveUrl(attrOf(node, 'url'), base)
      return true
    case 'media:group':
      for (const child of childrenOf(node, name)) readMedia(child, nameOf(child), item, base, scratch)
      return true
    default:
      return false
  }
}

function readEnclosureLike(
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
  // media:content may carry its own media:thumbnail (video with a poster frame).
  for (const child of childrenOf(node, nameOf(node))) {
    if (nameOf(child) === 'media:thumbnail') scratch.thumbnail ??= resolveUrl(attrOf(child, 'url'), base)
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
