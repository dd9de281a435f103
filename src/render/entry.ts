import type { ArticleView } from '../db/article-view'
import { escapeHtml } from '../lib/html'
import { articleTagUri, sourceFeedUrl } from './ids'
import { cleanXmlText, safeHttpUrl, safeLanguageTag, sanitizeHtml } from './sanitize'
import type { FeedEntry } from './types'

/** Slugs are [a-z0-9-] in the taxonomy; anything else in the column is dropped rather than emitted. */
const SLUG = /^[a-z0-9][a-z0-9-]*$/

const cleanSlugs = (slugs: string[]) => [...new Set(slugs.filter((s) => SLUG.test(s)))]

function paragraphsHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${escapeHtml(p).replace(/\s*\n\s*/g, '<br>')}</p>`)
    .join('')
}

function tagLineHtml(actors: string[], events: string[]): string {
  const parts: string[] = []
  if (actors.length > 0) parts.push(`Actors: ${actors.join(', ')}`)
  if (events.length > 0) parts.push(`Events: ${events.join(', ')}`)
  return parts.length > 0 ? `<p><small>${escapeHtml(parts.join(' · '))}</small></p>` : ''
}

function sourceLineHtml(sourceName: string, url: string | null): string {
  const name = escapeHtml(sourceName)
  return url ? `<p>Source: <a href="${escapeHtml(url)}">${name}</a></p>` : `<p>Source: ${name}</p>`
}

/**
 * The HTML body of an item, built from the stored plain text: escaped paragraphs, the actor and
 * event tags, and the source link. It goes through sanitizeHtml as the single exit gate for
 * every HTML string Seismo emits, so a future change here cannot smuggle markup out.
 */
function articleHtml(a: {
  summary: string
  actors: string[]
  events: string[]
  url: string | null
  sourceName: string
}): string {
  return sanitizeHtml(
    paragraphsHtml(a.summary) + tagLineHtml(a.actors, a.events) + sourceLineHtml(a.sourceName, a.url),
  )
}

/** Makes an article safe and format-neutral for the writers (see FeedEntry). */
export function toFeedEntry(view: ArticleView, baseUrl: string): FeedEntry {
  const url = safeHttpUrl(view.url)
  const summary = cleanXmlText(view.summary).trim()
  const actors = cleanSlugs(view.actors)
  const events = cleanSlugs(view.events)
  const sourceName = cleanXmlText(view.feed.title ?? '').trim() || `feed ${view.feed.id}`
  const author = view.author ? cleanXmlText(view.author).trim() : ''
  return {
    id: articleTagUri(baseUrl, view.id),
    articleId: view.id,
    title: cleanXmlText(view.title).trim(),
    url,
    summary,
    html: articleHtml({ summary, actors, events, url, sourceName }),
    publishedAt: Date.parse(view.published_at),
    author: author || null,
    source: { name: sourceName, feedUrl: sourceFeedUrl(baseUrl, view.feed.id) },
    imageUrl: safeHttpUrl(view.image_url),
    lang: safeLanguageTag(view.lang),
    actors,
    events,
    clusterId: view.cluster_id,
  }
}
