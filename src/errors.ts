import type { ContentfulStatusCode } from 'hono/utils/http-status'

/**
 * Every error code the API answers, with its one HTTP status and what it means: the closed list
 * ApiError accepts (a misspelt or undocumented code does not compile), and the vocabulary each
 * operation of /openapi.json draws its documented errors from (src/routes/schemas.ts errors()).
 */
export const ERROR_CODES = {
  invalid_request: {
    status: 400,
    meaning: 'the request does not match the operation (schema, parameter, body)',
  },
  url_not_allowed: { status: 400, meaning: 'the URL is refused (scheme, private or loopback address)' },
  invalid_filter: { status: 400, meaning: 'a watch filter names a parameter outside the filter grammar' },
  unknown_actor: { status: 400, meaning: 'an actor slug the taxonomy does not know (see GET /api/taxonomy)' },
  unknown_event: { status: 400, meaning: 'an event slug the taxonomy does not know (see GET /api/taxonomy)' },
  unknown_modality: {
    status: 400,
    meaning: 'modality is not reported, planned, denied, speculative or background',
  },
  invalid_feed: { status: 400, meaning: 'feed is not a list of feed ids' },
  invalid_lang: { status: 400, meaning: 'lang is not a list of language codes' },
  invalid_date: {
    status: 400,
    meaning: 'since/until is not an ISO 8601 date or date-time, or since > until',
  },
  too_many_filters: { status: 400, meaning: 'more slugs, feeds or languages than one filter may hold' },
  query_too_long: { status: 400, meaning: 'q is longer than allowed' },
  empty_query: { status: 400, meaning: 'q has no words to search for' },
  too_many_terms: { status: 400, meaning: 'q has more terms than allowed' },
  unbalanced_quotes: { status: 400, meaning: 'q opens a "phrase" it does not close' },
  only_exclusions: { status: 400, meaning: 'q has only -exclusions' },
  invalid_query: { status: 400, meaning: 'q cannot be evaluated (e.g. an -exclusion joined by OR)' },
  invalid_cursor: { status: 400, meaning: 'the cursor is malformed, tampered or belongs to another query' },
  too_many_buckets: { status: 400, meaning: 'the trend range holds more buckets than allowed' },
  unauthorized: { status: 401, meaning: 'the bearer token (or ?token=) is missing or wrong' },
  not_found: { status: 404, meaning: 'no such resource or route' },
  feed_exists: { status: 409, meaning: 'a feed with the same normalised URL exists' },
  slug_exists: { status: 409, meaning: 'the slug is already an actor or an event' },
  taxonomy_conflict: { status: 409, meaning: 'the definition changed concurrently; read it again and retry' },
  too_many_watches: { status: 409, meaning: 'the number of watches is at its limit' },
  no_webhook: { status: 409, meaning: 'the watch has no webhook' },
  too_many_secrets: {
    status: 409,
    meaning: 'as many secrets as may sign at once still do; rotate again once the oldest expires',
  },
  concurrent_rotation: { status: 409, meaning: 'another request rotated the secret meanwhile; retry' },
  webhook_disabled: { status: 409, meaning: 'the webhook was disabled (410 Gone); PATCH it to re-enable' },
  watch_disabled: { status: 409, meaning: 'the watch is disabled' },
  not_failed: { status: 409, meaning: 'only failed deliveries are sent again' },
  body_too_large: { status: 413, meaning: 'the body is over its size limit (src/limits.ts)' },
  unsupported_media_type: { status: 415, meaning: 'the body is not of the media type the operation takes' },
  rate_limited: {
    status: 429,
    meaning: 'too many requests from this client for this kind of route; wait Retry-After seconds',
  },
  not_a_feed: { status: 422, meaning: 'the document is not RSS, RDF, Atom or JSON Feed' },
  malformed_feed: { status: 422, meaning: 'the document claims to be a feed but cannot be parsed' },
  internal_error: { status: 500, meaning: 'an unexpected failure, logged on the server' },
  admin_disabled: { status: 503, meaning: 'ADMIN_TOKEN is not set: admin routes are closed' },
  archive_unavailable: { status: 503, meaning: 'the article is archived and the archive could not be read' },
  secrets_disabled: { status: 503, meaning: 'SECRETS_KEY is missing or invalid: webhooks cannot be created' },
} as const satisfies Record<string, { status: ContentfulStatusCode; meaning: string }>

export type ErrorCode = keyof typeof ERROR_CODES
export type ErrorStatus<C extends ErrorCode> = (typeof ERROR_CODES)[C]['status']
/** The codes answered with one status: `CodeOf<400>` is every 400 code. */
export type CodeOf<S extends number> = { [C in ErrorCode]: ErrorStatus<C> extends S ? C : never }[ErrorCode]
export const errorStatus = <C extends ErrorCode>(code: C): ErrorStatus<C> => ERROR_CODES[code].status

/**
 * Every failure the API reports is an ApiError: a status, a code from ERROR_CODES and a human
 * message. The app's onError maps it to {"error": {"code", "message"}}; anything else is a 500.
 * The status is checked against the code's at compile time.
 */
export class ApiError<C extends ErrorCode = ErrorCode> extends Error {
  constructor(
    readonly status: ErrorStatus<C>,
    readonly code: C,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export const badRequest = (code: CodeOf<400>, message: string, details?: Record<string, unknown>) =>
  new ApiError(400, code, message, details)
export const notFound = (what = 'resource') => new ApiError(404, 'not_found', `${what} not found`)

/** A URL refused by the SSRF rules (private/loopback without ALLOW_PRIVATE_URLS, bad scheme...). */
export class UrlNotAllowed extends ApiError<'url_not_allowed'> {
  constructor(message: string) {
    super(400, 'url_not_allowed', message)
  }
}

/** The document is not RSS, RDF, Atom or JSON Feed. */
export class NotAFeed extends ApiError<'not_a_feed'> {
  constructor(message = 'the document is not an RSS, RDF, Atom or JSON feed') {
    super(422, 'not_a_feed', message)
  }
}

/** The document claims to be a feed but cannot be parsed (malformed XML/JSON, entity bomb...). */
export class MalformedFeed extends ApiError<'malformed_feed'> {
  constructor(message: string) {
    super(422, 'malformed_feed', message)
  }
}

/** Fetching a feed failed (network, timeout, HTTP status, size). Stored on the feed, not thrown to users. */
export class FetchFailed extends Error {
  constructor(
    message: string,
    readonly httpStatus?: number,
    /** Seconds the server asked us to wait (Retry-After on 429/503). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message)
    this.name = 'FetchFailed'
  }
}

export class BodyTooLarge extends ApiError<'body_too_large'> {
  constructor(limitBytes: number) {
    super(413, 'body_too_large', `body exceeds the limit of ${limitBytes} bytes`)
  }
}

/** A user query or filter that cannot be evaluated (unbalanced quotes, unknown slug, bad date, bad cursor). */
export class BadQuery extends ApiError<CodeOf<400>> {
  constructor(code: CodeOf<400>, message: string, details?: Record<string, unknown>) {
    super(400, code, message, details)
  }
}
