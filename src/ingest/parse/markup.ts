/** Index-driven scanning of raw XML markup, shared by the steps that run before fast-xml-parser. */

/** Index of the ">" closing the tag that starts at `at`, quoted attribute values skipped; -1 if none. */
export function tagEnd(xml: string, at: number): number {
  for (let i = at + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i)
    if (c === 62 /* > */) return i
    if (c === 34 || c === 39) {
      i = xml.indexOf(xml[i], i + 1)
      if (i < 0) return -1
    }
  }
  return -1
}

/**
 * When a comment, CDATA section, declaration or processing instruction starts at `at`: the
 * index just after it (-1 when it never ends). undefined when `at` starts a tag.
 */
export function afterOpaque(xml: string, at: number): number | undefined {
  const c = xml.charCodeAt(at + 1)
  if (c !== 33 /* ! */ && c !== 63 /* ? */) return undefined
  const close = xml.startsWith('<!--', at) ? '-->' : xml.startsWith('<![CDATA[', at) ? ']]>' : '>'
  const end = xml.indexOf(close, at + 2)
  return end === -1 ? -1 : end + close.length
}
