/**
 * Canonical forms of URLs, used as identity: canonicalizeUrl for feeds (the same feed added
 * twice → 409 feed_exists) and articleUrlKey for articles (the same report linked from two
 * feeds, articles.canonical_url; an item without guid within its feed).
 *
 * canonicalizeUrl's rules (each one only merges spellings that address the same resource;
 * articleUrlKey departs from four of them, see there):
 * - scheme and host lower-cased, IDN hosts in punycode, a trailing dot on the host dropped,
 *   default ports (:80 for http, :443 for https) dropped, dot segments resolved: WHATWG URL
 *   parsing does these, plus the host dot which we strip;
 * - the fragment dropped (never sent to the server);
 * - tracking parameters dropped (TRACKING_PARAMS, any utm_*), matched case-insensitively;
 * - the remaining query parameters sorted by name (stable: repeated names keep their order),
 *   an empty "?" removed;
 * - percent-encoding normalised (RFC 3986 §6.2.2): hex digits upper-cased, escapes of
 *   unreserved characters (A-Z a-z 0-9 - . _ ~) decoded; the path's case is kept;
 * - trailing slashes: the root path is always "/" (WHATWG makes "https://a.com" and
 *   "https://a.com/" identical); any other path keeps or lacks its trailing "/" as written,
 *   because "/news/" and "/news" are distinct resources on many servers.
 * Scheme is kept: http and https feed URLs stay distinct (they can be different hosts'
 * behaviour, and merging them would need a fetch to prove equality).
 * Query values are kept byte-for-byte (apart from escape normalisation), never re-encoded,
 * so "a+b" and "a%20b" stay what the publisher wrote.
 */
import { UrlNotAllowed } from '../errors'

/**
 * Query parameters that only identify a campaign, click or referrer, never the resource
 * (analytics suites, ad networks, newsletter tools, social shares). Lower-case.
 */
const TRACKING_PARAMS = new Set([
  // Google Ads / Analytics
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  '_ga',
  '_gl',
  // Facebook, Instagram, Microsoft, Yandex, Twitter/X, TikTok, LinkedIn
  'fbclid',
  'igshid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'ref_src',
  'ref_url',
  // Mailchimp, HubSpot, Marketo, Vero, Olytics
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'hsctatracking',
  'mkt_tok',
  'vero_id',
  'vero_conv',
  'oly_anon_id',
  'oly_enc_id',
  // Adobe, AT Internet (BBC, Le Monde...), Microsoft News, news-site campaign codes
  's_cid',
  'xtor',
  'at_medium',
  'at_campaign',
  'at_custom1',
  'at_custom2',
  'at_custom3',
  'at_custom4',
  'ns_mchannel',
  'ns_source',
  'ns_campaign',
  'ns_linkname',
  'ns_fee',
  'cmpid',
  'ocid',
  'ncid',
  'cmp',
  'smid',
  'smtyp',
  'taid',
  // Alibaba, Yahoo, misc. click ids
  'spm',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
  'rb_clickid',
  'wickedid',
  '__twitter_impression',
])

const TRACKING_PREFIXES = ['utm_']

export function canonicalizeUrl(url: string): string {
  const u = parseAbsolute(url)
  return `${u.protocol}//${authority(u)}${normalisePercentEncoding(u.pathname)}${queryPart(u)}`
}

/**
 * The identity of an article's link across feeds, stricter about what it merges than a
 * browser but looser than canonicalizeUrl, because publishers spell one permalink many ways:
 * - http and https are one article (feeds and sites disagree all the time; the key says https);
 * - a trailing slash on the path is dropped ("/story/" = "/story"; the root stays "/");
 * - a leading "www." on the host is dropped ("www.example.com" = "example.com"): publishers
 *   serve one site under both names and feeds, share buttons and aggregators disagree on which,
 *   so a story republished under the bare host is the same article. Only the exact label "www"
 *   and only when a registrable-looking name remains (at least one dot): "www2.", "wwwx.com",
 *   "www.com" and a host that merely contains "www" keep their name. The stored link keeps
 *   the URL the publisher gave (articles.url); only the key loses the label (0029 moved the
 *   keys stored before);
 * - the fragment is KEPT when it can tell items apart: weblogs publish many posts on one page
 *   ("/2017/06/26.html#a080605", "#a091210"), comment feeds link "#comment-12". Only noise
 *   fragments are dropped (isNoiseFragment): empty, tracking ("#xtor=RSS-3", "#ref=rss",
 *   AddThis "#.VdaZ2Hs5g_M", ShareThis "#sthash..."), text fragments ("#:~:text=") and the
 *   anchors of a page's own furniture ("#comments", "#respond", "#more-123", "#top").
 * Everything else as canonicalizeUrl (host case, ports, tracking parameters, query order).
 */
export function articleUrlKey(url: string): string {
  const u = parseAbsolute(url)
  const bare = withoutWww(u.hostname)
  if (bare !== u.hostname) u.hostname = bare
  let path = normalisePercentEncoding(u.pathname)
  if (path.length > 1 && path.endsWith('/')) path = path.replace(/\/+$/, '') || '/'
  const fragment = u.hash.length > 1 ? normalisePercentEncoding(u.hash.slice(1)) : ''
  const scheme = u.protocol === 'http:' ? 'https:' : u.protocol
  const hash = fragment && !isNoiseFragment(fragment) ? `#${fragment}` : ''
  return `${scheme}//${authority(u)}${path}${queryPart(u)}${hash}`
}

/** Anchors of a page's own furniture: they point into the same article, never at another one. */
const FURNITURE_FRAGMENT =
  // long line: a list of whole fragment names, one alternation.
  /^(?:comments|respond|reply|disqus_thread|comment-form|more(?:-\d+)?|continue|top|content|main(?:-?content)?|article|rss|feed)$/i
/** Fragment parameters that only say where a click came from (besides the query TRACKING_PARAMS). */
const FRAGMENT_TRACKING_KEYS = new Set(['ref', 'rss', 'src', 'source', 'from', 'via', 'echobox'])

/** True for a fragment (without "#") that never distinguishes two articles. */
export function isNoiseFragment(fragment: string): boolean {
  if (fragment === '' || fragment.startsWith(':~:')) return true
  if (/^\.[\w.-]+$/.test(fragment) || fragment.startsWith('sthash.')) return true // AddThis, ShareThis
  if (FURNITURE_FRAGMENT.test(fragment)) return true
  if (!fragment.includes('=')) return false
  return fragment
    .split(/[&;]/)
    .filter(Boolean)
    .every((pair) => {
      const eq = pair.indexOf('=')
      const name = eq === -1 ? pair : pair.slice(0, eq)
      return isTrackingParam(name) || FRAGMENT_TRACKING_KEYS.has(name.toLowerCase())
    })
}

function parseAbsolute(url: string): URL {
  let u: URL
  try {
    u = new URL(url.trim())
  } catch {
    throw new UrlNotAllowed(`not a valid absolute URL: ${url.slice(0, 100)}`)
  }
  if (u.hostname.endsWith('.')) u.hostname = u.hostname.slice(0, -1)
  return u
}

/**
 * The host without a leading "www." label when a name with a dot remains ("www.yna.co.kr" →
 * "yna.co.kr", "www.com" kept). Hosts reach here lower-cased and in punycode (WHATWG URL).
 */
export function withoutWww(host: string): string {
  return host.startsWith('www.') && host.indexOf('.', 4) > 4 ? host.slice(4) : host
}

function authority(u: URL): string {
  const auth = u.username || u.password ? `${u.username}${u.password ? `:${u.password}` : ''}@` : ''
  return auth + u.host
}

function queryPart(u: URL): string {
  const query = canonicalQuery(u.search)
  return query ? `?${query}` : ''
}

/** True when a query parameter name only tracks a campaign or click. */
export function isTrackingParam(name: string): boolean {
  const key = safeDecode(name.replace(/\+/g, ' ')).toLowerCase()
  return TRACKING_PARAMS.has(key) || TRACKING_PREFIXES.some((p) => key.startsWith(p))
}

function canonicalQuery(search: string): string {
  if (search.length <= 1) return ''
  const kept: { name: string; pair: string }[] = []
  for (const raw of search.slice(1).split('&')) {
    if (raw === '') continue
    const eq = raw.indexOf('=')
    const name = eq === -1 ? raw : raw.slice(0, eq)
    if (isTrackingParam(name)) continue
    const pair = normalisePercentEncoding(raw)
    kept.push({ name: normalisePercentEncoding(name), pair })
  }
  // Array.prototype.sort is stable: repeated names (a=2&a=1) keep their relative order.
  kept.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  return kept.map((k) => k.pair).join('&')
}

const UNRESERVED = /[A-Za-z0-9\-._~]/

/** Upper-cases percent-escape hex digits and decodes escapes of unreserved characters. */
function normalisePercentEncoding(s: string): string {
  if (!s.includes('%')) return s
  return s.replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) => {
    const ch = String.fromCharCode(parseInt(hex, 16))
    return UNRESERVED.test(ch) ? ch : `%${hex.toUpperCase()}`
  })
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}
