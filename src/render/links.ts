import type { Env } from '../env'

/** Query parameters never copied into links we publish: a read token must not leak into feed documents. */
const PRIVATE_PARAMS = ['token']

/**
 * The public base URL of this Seismo, no trailing slash: PUBLIC_URL when it is a valid http(s)
 * URL (it may carry a path prefix), else the origin of the request.
 */
export function publicBaseUrl(env: Pick<Env, 'PUBLIC_URL'>, requestUrl: string): string {
  const configured = env.PUBLIC_URL?.trim()
  if (configured) {
    try {
      const url = new URL(configured)
      if (url.protocol === 'http:' || url.protocol === 'https:')
        return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
    } catch {
      // A malformed PUBLIC_URL falls back to the request origin rather than breaking every feed.
    }
  }
  return new URL(requestUrl).origin
}

/** The request's query string without private parameters ("" or "a=1&b=2"). */
export function publicQuery(requestUrl: string): string {
  const params = new URL(requestUrl).searchParams
  for (const name of PRIVATE_PARAMS) params.delete(name)
  return params.toString()
}

/** `${base}${path}` plus a query string when there is one. */
export const absoluteUrl = (base: string, path: string, query: string) =>
  `${base}${path}${query ? `?${query}` : ''}`
