import { createRoute, z } from '@hono/zod-openapi'
import type { App } from '../app'
import { getFeedByUrlKey, insertFeed } from '../db/feeds'
import { countRoundTrips, d1Cost } from '../db/round-trips'
import { BodyTooLarge, badRequest } from '../errors'
import { decodeBody } from '../ingest/decode'
import { parseFeed } from '../ingest/parse'
import { ingestParsed } from '../ingest/pipeline'
import { policy } from '../lib/access'
import { canonicalizeUrl } from '../lib/canonical-url'
import { readStreamCapped } from '../lib/read-capped'
import { allowsPrivateUrls, assertUrlAllowed } from '../lib/url-policy'
import { DEFAULT_INTERVAL_MINUTES, MAX_FEED_BYTES } from '../limits'
import { IngestSummarySchema } from './feeds'
import { ADMIN_ERRORS, errors, json } from './schemas'

export function registerIngestRoutes(app: App): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/ingest',
      tags: ['feeds'],
      summary:
        'Ingest a raw RSS/RDF/Atom/JSON Feed document as if fetched from `url` (creates the feed if unknown)',
      // The body is read raw (not declared as a schema) so that any content type is accepted:
      // publishers serve feeds as text/xml, application/rss+xml, text/html...
      description:
        'The request body is the raw feed document (RSS, RDF, Atom or JSON Feed; any charset, found from the ' +
        `Content-Type header, a BOM or the XML declaration), at most ${MAX_FEED_BYTES} bytes.`,
      ...policy('admin'),
      request: {
        query: z.object({ url: z.string().min(1).max(2048).openapi({ description: 'The source feed URL' }) }),
      },
      responses: {
        200: json(IngestSummarySchema, 'Ingest summary'),
        ...errors(
          ADMIN_ERRORS,
          'invalid_request',
          'url_not_allowed',
          'body_too_large',
          'not_a_feed',
          'malformed_feed',
        ),
      },
    }),
    async (c) => {
      const rawUrl = c.req.query('url')
      if (!rawUrl) throw badRequest('invalid_request', 'the url query parameter is required')
      const url = assertUrlAllowed(rawUrl, allowsPrivateUrls(c.env.ALLOW_PRIVATE_URLS)).toString()
      const declared = Number(c.req.header('content-length') ?? 0)
      if (declared > MAX_FEED_BYTES) throw new BodyTooLarge(MAX_FEED_BYTES)
      const bytes = await readStreamCapped(c.req.raw.body, MAX_FEED_BYTES, () => {
        throw new BodyTooLarge(MAX_FEED_BYTES)
      })
      const text = decodeBody(bytes, c.req.header('content-type'))
      // Parsed before anything is written: a non-feed never creates a feed or changes stored data.
      const parsed = parseFeed(text, url)

      const counter = countRoundTrips(c.env.DB)
      const db = counter.db
      const now = Date.now()
      const urlKey = canonicalizeUrl(url)
      const feed =
        (await getFeedByUrlKey(db, urlKey)) ??
        (await insertFeed(db, {
          url,
          urlKey,
          title: null,
          lang: null,
          intervalMinutes: DEFAULT_INTERVAL_MINUTES,
          now,
        })) ??
        (await getFeedByUrlKey(db, urlKey))
      if (!feed) throw new Error('feed row vanished during ingest')
      const summary = await ingestParsed(c.env, db, feed, parsed, now, {
        baseUrl: url,
        etag: feed.etag,
        lastModified: feed.last_modified,
      })
      return c.json({ ...summary, feed_id: String(feed.id), ...d1Cost(counter) }, 200)
    },
  )
}
