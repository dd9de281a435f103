/**
 * The lenient comparison of roles in the eval: a person or a sub-organisation counts as the
 * country (or parent) it implies (Lavrov ~ russia, usfk ~ united-states).
 */
import type { LenientKey } from './eval'
import type { TaxonomyDocument } from './taxonomy'

export function lenientKeyOf(doc: TaxonomyDocument): LenientKey {
  const bySlug = new Map(doc.actors.map((a) => [a.slug, a]))
  const memo = new Map<string, string>()
  const key = (slug: string, depth = 0): string => {
    const known = memo.get(slug)
    if (known) return known
    const a = bySlug.get(slug)
    let out = slug
    if (a && a.kind !== 'country' && depth < 4) {
      const parent = (a.implies ?? []).find((p) => bySlug.has(p))
      if (parent) out = key(parent, depth + 1)
    }
    memo.set(slug, out)
    return out
  }
  return (slug) => key(slug)
}
