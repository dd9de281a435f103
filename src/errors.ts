import type { ContentfulStatusCode } from 'hono/utils/http-status'

/**
 * Every failure the API reports is an ApiError: a status, a snake_case code and a human
 * message. The app's onError maps it to {"error": {"code", "message"}}; anything else is a 500.
 */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export const badRequest = (code: string, message: string, details?: Record<string, unknown>) =>
  new ApiError(400, code, message, details)
export const notFound = (what = 'resource') => new ApiError(404, 'not_found', `${what} not found`)

/** A URL refused by the SSRF rules (private/loopback without ALLOW_PRIVATE_URLS, bad scheme...). */
export class UrlNotAllowed extends ApiError {
  constructor(message: string) {
    super(400, 'url_not_allowed', message)
  }
}

/** The document is not RSS, RDF, Atom or JSON Feed. */
export class NotAFeed extends ApiError {
  constructor(message = 'the document is not an RSS, RDF, Atom or JSON feed') {
    super(422, 'not_a_feed', message)
  }
}

/** The document claims to be a feed but cannot be parsed (malformed XML/JSON, entity bomb...). */
export class MalformedFeed extends ApiError {
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

export class BodyTooLarge extends ApiError {
  constructor(limitBytes: number) {
    super(413, 'body_too_large', `body exceeds the limit of ${limitBytes} bytes`)
  }
}

/** A user query or filter that cannot be evaluated (unbalanced quotes, unknown slug, bad date, bad cursor). */
export class BadQuery extends ApiError {
  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super(400, code, message, details)
  }
}
