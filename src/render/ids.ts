/**
 * Stable identities in feeds. Readers de-duplicate by these ids forever, so they must never
 * change for the same article or filter: tag: URIs (RFC 4151) minted under the host of the
 * public base URL. Set PUBLIC_URL in production so the ids do not follow whichever host name a
 * request happened to use.
 */

/** The date part of every tag: URI: when this naming scheme was minted. Never change it. */
const TAG_DATE = '2026'

function tagAuthority(baseUrl: string): string {
  return new URL(baseUrl).hostname
}

/** The id of an article in every format (RSS guid, Atom entry id, JSON Feed item id). */
export function articleTagUri(baseUrl: string, articleId: string): string {
  return `tag:${tagAuthority(baseUrl)},${TAG_DATE}:article:${articleId}`
}

/** The Atom feed id: the feed's path plus its normalised filter, so equivalent URLs share it. */
export function feedTagUri(baseUrl: string, selfPath: string, filterQuery: string): string {
  return `tag:${tagAuthority(baseUrl)},${TAG_DATE}:feed:${selfPath}${filterQuery ? `?${filterQuery}` : ''}`
}

/**
 * The categorisation scheme of actor and event slugs (RSS category@domain, Atom category@scheme):
 * the taxonomy document of this Seismo, where every slug is listed with its name.
 */
export function categoryScheme(baseUrl: string, kind: 'actor' | 'event'): string {
  return `${baseUrl}/api/taxonomy#${kind}s`
}

/** An RSS feed of one source's articles (RSS <source url> must name an RSS channel). */
export function sourceFeedUrl(baseUrl: string, feedId: string): string {
  return `${baseUrl}/rss.xml?feed=${encodeURIComponent(feedId)}`
}
