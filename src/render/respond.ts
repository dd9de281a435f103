import type { Context } from 'hono'
import type { AppEnv } from '../env'
import { FEED_ITEM_LIMIT, FEED_MAX_AGE_SECONDS } from '../limits'
import { cursorKeyFor } from '../search/cursor'
import { describeFilter } from '../search/filter'
import { newestMatch, searchArticles } from '../search/find'
import type { Filter } from '../search/types'
import { FEED_CONTENT_TYPES, renderFeed } from './feed'
import { canonicalFilterQuery } from './filter-query'
import { cachingHeaders, feedValidators, isNotModified } from './http-cache'
import { feedTagUri } from './ids'
import { absoluteUrl, publicBaseUrl, publicQuery } from './links'
import type { FeedChannel, FeedFormat } from './types'

export interface FeedMeta {
  /** Channel title, e.g. "Seismo: russia + north-korea · arms-trade" or a watch's name. */
  title: string
  /** Path of this feed document ("/rss.xml", "/watches/7/atom.xml"); the request's query is kept. */
  selfPath: string
  description?: string
  /** Caller state the document depends on besides the filter and the articles (e.g. a watch's updated_at). */
  cacheKey?: string
}

/**
 * The answer to a feed request (filter outputs and watch feeds alike): the newest FEED_ITEM_LIMIT
 * matching articles, or 304 when the reader's copy is current. The validators come from
 * newestMatch (one indexed query) before any article row is read or any document is built.
 */
export async function renderFeedResponse(
  c: Context<AppEnv>,
  format: FeedFormat,
  filter: Filter,
  meta: FeedMeta,
): Promise<Response> {
  const baseUrl = publicBaseUrl(c.env, c.req.url)
  const filterQuery = canonicalFilterQuery(filter)
  const selfUrl = absoluteUrl(baseUrl, meta.selfPath, publicQuery(c.req.url))
  const description =
    meta.description ??
    `The newest ${FEED_ITEM_LIMIT} Seismo articles for the filter: ${describeFilter(filter)}`

  const newest = await newestMatch(c.env.DB, filter)
  const validators = await feedValidators({
    format,
    filterQuery,
    selfUrl,
    title: meta.title,
    description,
    cacheKey: meta.cacheKey,
    newest,
  })
  const headers = cachingHeaders(validators, { readTokenRequired: Boolean(c.env.READ_TOKEN) })
  if (isNotModified(c.req.raw.headers, validators)) return c.body(null, 304, headers)

  const page = await searchArticles(
    c.env.DB,
    filter,
    { sort: 'date', limit: FEED_ITEM_LIMIT },
    cursorKeyFor(c.env),
  )
  const channel: FeedChannel = {
    title: meta.title,
    description,
    selfUrl,
    homeUrl: absoluteUrl(baseUrl, '/api/search', filterQuery ? `${filterQuery}&sort=date` : 'sort=date'),
    baseUrl,
    id: feedTagUri(baseUrl, meta.selfPath, filterQuery),
    updated: validators.lastModified,
    language: filter.langs.length === 1 ? filter.langs[0] : null,
    ttlMinutes: Math.ceil(FEED_MAX_AGE_SECONDS / 60),
  }
  return c.body(renderFeed(format, channel, page.items), 200, {
    ...headers,
    'Content-Type': FEED_CONTENT_TYPES[format],
  })
}
