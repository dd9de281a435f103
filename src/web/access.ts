/*
 * Who may see a page. The access middleware (src/lib/access.ts) enforces each page's declared
 * rule: reader pages through readAccessGate (pages/read-access.tsx), admin pages through
 * pages/admin-shell.tsx. Admin data is only ever rendered for `Authorization: Bearer
 * <ADMIN_TOKEN>`, which only the app's script sends (from the token pasted at sign-in, kept in the
 * browser's storage): never a cookie, so no other site can make a signed-in browser act (CSRF),
 * and never a URL, so the token does not end up in history, logs or Referer headers.
 */

import type { Context } from 'hono'
import { getCookie } from 'hono/cookie'
import type { AppEnv } from '../env'
import { bearer, readAllowed, tokenMatches } from '../lib/auth'
import { toBase64url } from '../lib/base64'
import { READ_ACCESS_DAYS } from '../limits'
import { parseId } from '../routes/schemas'

/**
 * Read access (READ_TOKEN set): the pages are as private as the read API. A browser cannot add a
 * header to a link it follows, so the token is entered once (the form on the 401 page, or a
 * ?token= link, which is answered with a redirect to the same URL without it) and kept in this
 * cookie: HttpOnly (no script reads it), Secure, SameSite=Strict (no other site's page or link
 * makes the browser send it), __Host- (only this origin can set it), for READ_ACCESS_DAYS. It
 * holds a MAC of READ_TOKEN, not the token: it opens the GET pages only (reads change nothing,
 * so a cookie cannot be abused for an action), never the API or the feeds, and rotating
 * READ_TOKEN ends every session. Admin stays header-only (above).
 */
export const READ_COOKIE = '__Host-seismo_read'

const macs = new Map<string, Promise<string>>()

/** The cookie value for a READ_TOKEN (computed once per isolate and token). */
function readCookieValue(readToken: string): Promise<string> {
  let mac = macs.get(readToken)
  if (!mac) {
    const key = crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(readToken),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    )
    mac = key
      .then((k) => crypto.subtle.sign('HMAC', k, new TextEncoder().encode('seismo page read access v1')))
      .then(toBase64url)
    macs.clear()
    macs.set(readToken, mac)
  }
  return mac
}

export const hasReadCookie = (c: Context<AppEnv>): boolean => getCookie(c, READ_COOKIE) !== undefined

async function readCookieValid(c: Context<AppEnv>): Promise<boolean> {
  const got = getCookie(c, READ_COOKIE)
  return got !== undefined && !!c.env.READ_TOKEN && tokenMatches(got, await readCookieValue(c.env.READ_TOKEN))
}

/** Sets the read cookie when `token` opens reads (the read or the admin token); false when it does not. */
export async function grantReadAccess(c: Context<AppEnv>, token: string): Promise<boolean> {
  const readToken = c.env.READ_TOKEN
  if (!readToken || !(await readAllowed(c.env, token))) return false
  const value = await readCookieValue(readToken)
  const maxAge = READ_ACCESS_DAYS * 86_400
  c.header(
    'Set-Cookie',
    `${READ_COOKIE}=${value}; Path=/; Max-Age=${maxAge}; HttpOnly; Secure; SameSite=Strict`,
  )
  return true
}

export function forgetReadAccess(c: Context<AppEnv>): void {
  c.header('Set-Cookie', `${READ_COOKIE}=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Strict`)
}

/**
 * How a page request stands with READ_TOKEN: 'open' (no READ_TOKEN, or a valid bearer header,
 * or the cookie), 'grant' (a valid ?token=: the page answers a redirect without it, setting the
 * cookie), or 'denied' (the 401 page; `wrong` when a token was given and refused).
 */
export type ReadAccess =
  | { kind: 'open' }
  | { kind: 'grant'; location: string }
  | { kind: 'denied'; wrong: boolean }

export async function pageReadAccess(c: Context<AppEnv>): Promise<ReadAccess> {
  if (!c.env.READ_TOKEN) return { kind: 'open' }
  const header = bearer(c.req.header('authorization'))
  if (header !== null)
    return (await readAllowed(c.env, header)) ? { kind: 'open' } : { kind: 'denied', wrong: true }
  const fromUrl = c.req.query('token')
  if (fromUrl !== undefined) {
    // A URL opens reads with READ_TOKEN only, as the API's ?token= does: the admin token never
    // rides in a URL (history, logs, Referer), even for the instant before the redirect.
    const readOnly = await tokenMatches(fromUrl, c.env.READ_TOKEN)
    if (!readOnly || !(await grantReadAccess(c, fromUrl))) return { kind: 'denied', wrong: true }
    const url = new URL(c.req.url)
    url.searchParams.delete('token')
    return { kind: 'grant', location: `${url.pathname}${url.search}` }
  }
  return (await readCookieValid(c)) ? { kind: 'open' } : { kind: 'denied', wrong: false }
}

/**
 * A form post that must come from this site's own page (Origin, or Fetch Metadata when a
 * browser sends no Origin): no other site may sign a browser in or out.
 */
export function sameOriginPost(c: Context<AppEnv>): boolean {
  const origin = c.req.header('origin')
  if (origin !== undefined) return origin === new URL(c.req.url).origin
  const site = c.req.header('sec-fetch-site')
  return site === undefined || site === 'same-origin' || site === 'none'
}

/** A page's numeric id as the API parses it, or null (the page then answers its own 404). */
export function idOrNull(raw: string): number | null {
  try {
    return parseId(raw, 'page')
  } catch {
    return null
  }
}
