import type { Context } from 'hono'
import { getCookie } from 'hono/cookie'
import type { AppEnv } from '../env'
import { hasReadCookie } from './access'
import { MESSAGES, type Messages, negotiateUiLang, UI_LANG_COOKIE, type UiLang } from './i18n'

/** What every page component needs to know about the request it renders for. */
export interface View {
  lang: UiLang
  t: Messages
  /** The request URL (path and query are what links are built from). */
  url: URL
  /** Server time of the render: relative times ("3 h ago") are computed against it. */
  now: number
  /** This browser holds the read-access cookie (READ_TOKEN set): the footer offers to forget it. */
  readSession: boolean
}

export function viewOf(c: Context<AppEnv>): View {
  const lang = negotiateUiLang(getCookie(c, UI_LANG_COOKIE), c.req.header('accept-language'))
  const readSession = !!c.env.READ_TOKEN && hasReadCookie(c)
  return { lang, t: MESSAGES[lang], url: new URL(c.req.url), now: Date.now(), readSession }
}

/**
 * The Content-Security-Policy of every page: scripts and styles only from this origin (the one
 * hashed script and stylesheet), no inline script or style, no plugins, no framing, forms and
 * fetches only to this origin. Trusted Types leave one HTML sink in the client (the policy that
 * parses this server's own rendered fragments), so a bug elsewhere in the script cannot turn a
 * string into markup.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types seismo-fragment',
].join('; ')

/** Headers of every HTML page. `admin` pages hold admin data: never cached anywhere. */
export function setPageHeaders(c: Context<AppEnv>, opts: { admin?: boolean } = {}): void {
  c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY)
  c.header('X-Content-Type-Options', 'nosniff')
  c.header('X-Frame-Options', 'DENY')
  // Searches are an analyst's business: outlets clicked through to do not learn the filter.
  c.header('Referrer-Policy', 'same-origin')
  c.header('Cross-Origin-Opener-Policy', 'same-origin')
  c.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()')
  c.header('Vary', 'Accept-Language, Cookie, Authorization, Seismo-Fragment')
  c.header('Cache-Control', opts.admin ? 'no-store' : 'private, no-cache')
}

/** A link target from feed data: only http(s) URLs become links (never javascript:, data:...). */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null
  try {
    const u = new URL(url)
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null
  } catch {
    return null
  }
}

/**
 * Intl formatters, made once per language and pattern: constructing one costs far more than
 * formatting with it, and a page formats dozens of times.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>()
function cached<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined
  if (!f) {
    f = make()
    formatters.set(key, f)
  }
  return f
}
const dateLocale = (lang: UiLang) => (lang === 'ko' ? 'ko-KR' : 'en-GB')

/** "3 h ago" in the UI language, for the server-rendered page (the script refreshes it in the reader's clock). */
export function relativeTime(lang: UiLang, ms: number, now: number): string {
  const diff = (ms - now) / 1000
  const abs = Math.abs(diff)
  const rtf = cached(
    `rel:${lang}`,
    () => new Intl.RelativeTimeFormat(lang, { numeric: 'auto', style: 'short' }),
  )
  if (abs < 60) return rtf.format(Math.round(diff), 'second')
  if (abs < 3600) return rtf.format(Math.round(diff / 60), 'minute')
  if (abs < 86400) return rtf.format(Math.round(diff / 3600), 'hour')
  if (abs < 86400 * 45) return rtf.format(Math.round(diff / 86400), 'day')
  if (abs < 86400 * 365) return rtf.format(Math.round(diff / (86400 * 30)), 'month')
  return rtf.format(Math.round(diff / (86400 * 365)), 'year')
}

/** The server's rendering of a time: UTC, unambiguous (the script rewrites it in the reader's zone). */
export function utcText(lang: UiLang, ms: number): string {
  const f = cached(
    `utc:${lang}`,
    () =>
      new Intl.DateTimeFormat(dateLocale(lang), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }),
  )
  return `${f.format(ms)} UTC`
}

/** "2 Dec" / "12월 2일": a UTC day, short. */
export function dayText(lang: UiLang, ms: number): string {
  return cached(
    `day:${lang}`,
    () => new Intl.DateTimeFormat(dateLocale(lang), { month: 'short', day: 'numeric', timeZone: 'UTC' }),
  ).format(ms)
}

/** An HTML page answer with the pages' security headers. */
export function htmlPage(
  c: Context<AppEnv>,
  node: unknown,
  opts: { status?: 200 | 400 | 401 | 404 | 503; admin?: boolean } = {},
) {
  setPageHeaders(c, opts)
  return c.html(node as string, opts.status ?? 200)
}
