/**
 * SSRF rules for URLs Seismo fetches on a user's behalf (feed URLs, every redirect hop,
 * webhook URLs): http(s) only, no credentials, bounded length and, unless
 * ALLOW_PRIVATE_URLS=true, no loopback / private / link-local / reserved destinations.
 *
 * Hosts are checked after WHATWG URL parsing, which already canonicalises the tricky forms
 * (checked in workerd, see test/ingest/url-policy.test.ts): 2130706433, 0x7f000001,
 * 0177.0.0.1, 127.1, 0x7f.1, "127.0.0.1." and full-width digits all become "127.0.0.1";
 * "0" becomes "0.0.0.0"; percent-encoded hosts are decoded; IPv6 is serialised compressed in
 * hex, so ::ffff:127.0.0.1 arrives as "[::ffff:7f00:1]". So checking dotted quads and hextets
 * here covers every spelling.
 *
 * Names that give their address away are judged by it: wildcard-DNS names that spell a private
 * IPv4 address ("10.0.0.1.nip.io", "127-0-0-1.sslip.io") and domains that always resolve to
 * loopback (localtest.me, lvh.me...).
 *
 * What cannot be checked in a Worker: the addresses any other hostname resolves to. There is no
 * resolver API, and asking DNS-over-HTTPS first would not help: fetch() resolves again by itself,
 * so a name can answer a public address to the check and a private one to the fetch (DNS
 * rebinding). That is acceptable on Cloudflare because a Worker's fetch() leaves from
 * Cloudflare's edge, which cannot reach the deployer's private networks or loopback at all; these
 * rules are defence in depth for the literal-address and special-name cases (and for wrangler
 * dev, where they matter). docs/security.md has the threat model.
 */
import { UrlNotAllowed } from '../errors'
import { MAX_URL_LENGTH } from '../limits'

/** Host names that never denote a public Internet host (RFC 6761, RFC 6762, common internal zones). */
const PRIVATE_NAME_SUFFIXES = [
  '.localhost',
  '.local',
  '.internal',
  '.localdomain',
  '.home.arpa',
  '.lan',
  '.intranet',
  '.corp',
]
const PRIVATE_NAMES = new Set(['localhost', 'localhost.localdomain', 'ip6-localhost', 'ip6-loopback'])

/** Public domains whose every name resolves to 127.0.0.1 (developer conveniences, and SSRF favourites). */
const LOOPBACK_DOMAINS = ['localtest.me', 'lvh.me', 'vcap.me', 'lacolhost.com']

/**
 * An IPv4 address a host name spells in its labels, dotted or dashed ("10.0.0.1.nip.io",
 * "10-0-0-1.sslip.io", "app.192-168-1-1.example"): wildcard-DNS services answer such names with
 * that address, so they are judged by it. Null when the name spells none.
 */
function spelledIpv4(name: string): number | null {
  const m = /(?:^|[.-])(\d{1,3})[.-](\d{1,3})[.-](\d{1,3})[.-](\d{1,3})(?=[.-]|$)/.exec(name)
  return m ? ipv4ToInt(m.slice(1, 5).join('.')) : null
}

/** IPv4 ranges that are not publicly routable destinations: [network, prefix length, why]. */
const PRIVATE_V4: [string, number, string][] = [
  ['0.0.0.0', 8, '"this network"'],
  ['10.0.0.0', 8, 'private network'],
  ['100.64.0.0', 10, 'carrier-grade NAT'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local (cloud metadata)'],
  ['172.16.0.0', 12, 'private network'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.168.0.0', 16, 'private network'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved (incl. broadcast 255.255.255.255)'],
]

const PRIVATE_V4_RANGES = PRIVATE_V4.map(([net, bits, why]) => ({
  base: ipv4ToInt(net) as number,
  mask: prefixMask(bits),
  why,
}))

/** Reads ALLOW_PRIVATE_URLS: only the exact string "true" (any case) opens private addresses. */
export function allowsPrivateUrls(value: string | undefined | null): boolean {
  return typeof value === 'string' && value.trim().toLowerCase() === 'true'
}

/** Parses and checks a URL; returns the parsed URL or throws UrlNotAllowed saying why. */
export function assertUrlAllowed(url: string, allowPrivate: boolean): URL {
  if (url.length > MAX_URL_LENGTH) throw new UrlNotAllowed(`URL is longer than ${MAX_URL_LENGTH} characters`)
  let parsed: URL
  try {
    parsed = new URL(url.trim())
  } catch {
    throw new UrlNotAllowed(`not a valid absolute URL: ${truncate(url)}`)
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new UrlNotAllowed(`only http and https URLs are allowed, not ${parsed.protocol.replace(/:$/, '')}`)
  }
  if (parsed.username || parsed.password)
    throw new UrlNotAllowed('URLs with credentials (user:password@) are not allowed')
  if (parsed.href.length > MAX_URL_LENGTH)
    throw new UrlNotAllowed(`URL is longer than ${MAX_URL_LENGTH} characters`)
  if (!allowPrivate) {
    const why = privateHostReason(parsed.hostname)
    if (why)
      throw new UrlNotAllowed(
        `${parsed.hostname} is not a public address (${why}); set ALLOW_PRIVATE_URLS=true for local use`,
      )
  }
  return parsed
}

/** Why a (WHATWG-serialised) host is not a public destination, or null when it may be one. */
export function privateHostReason(hostname: string): string | null {
  if (hostname.startsWith('[')) return privateV6Reason(hostname.slice(1, -1))
  const v4 = ipv4ToInt(hostname)
  if (v4 !== null) return privateV4Reason(v4)
  const name = hostname.toLowerCase().replace(/\.$/, '')
  if (PRIVATE_NAMES.has(name) || PRIVATE_NAME_SUFFIXES.some((s) => name.endsWith(s))) return 'local host name'
  if (LOOPBACK_DOMAINS.some((d) => name === d || name.endsWith(`.${d}`)))
    return 'a name that resolves to loopback'
  const spelled = spelledIpv4(name)
  if (spelled !== null) {
    const why = privateV4Reason(spelled)
    if (why) return `a name spelling a ${why} address (wildcard DNS such as nip.io resolves it there)`
  }
  // A public DNS name always has a dot (a label under a public suffix); a single label only
  // resolves through a local search domain ("http://metadata/", "http://intranet/").
  if (!name.includes('.')) return 'single-label host name'
  return null
}

function privateV4Reason(ip: number): string | null {
  for (const r of PRIVATE_V4_RANGES) if ((ip & r.mask) >>> 0 === r.base) return r.why
  return null
}

/**
 * IPv6: unspecified, loopback, unique-local, link-local, site-local, multicast, and the forms
 * that embed an IPv4 address (mapped ::ffff:0:0/96, compatible ::/96, NAT64 64:ff9b::/96,
 * 6to4 2002::/16), which are judged by the IPv4 address inside.
 */
function privateV6Reason(host: string): string | null {
  const h = parseIpv6(host)
  if (!h) return 'unparseable IPv6 address'
  const allZeroTo = (n: number) => h.slice(0, n).every((x) => x === 0)
  if (allZeroTo(8)) return 'unspecified address'
  if (allZeroTo(7) && h[7] === 1) return 'loopback'
  if ((h[0] & 0xfe00) === 0xfc00) return 'unique local address'
  if ((h[0] & 0xffc0) === 0xfe80) return 'link-local'
  if ((h[0] & 0xffc0) === 0xfec0) return 'site-local'
  if ((h[0] & 0xff00) === 0xff00) return 'multicast'
  const embedded = embeddedIpv4(h)
  if (embedded !== null) {
    const why = privateV4Reason(embedded)
    return why ? `IPv6 form of a ${why} IPv4 address` : null
  }
  return null
}

function embeddedIpv4(h: number[]): number | null {
  const low32 = ((h[6] << 16) | h[7]) >>> 0
  if (h.slice(0, 5).every((x) => x === 0) && (h[5] === 0xffff || h[5] === 0)) return low32
  if (h[0] === 0x64 && h[1] === 0xff9b && h.slice(2, 6).every((x) => x === 0)) return low32
  if (h[0] === 0x2002) return ((h[1] << 16) | h[2]) >>> 0
  return null
}

/** Eight hextets of a compressed hex IPv6 address (the WHATWG serialisation), or null. */
function parseIpv6(host: string): number[] | null {
  const halves = host.split('::')
  if (halves.length > 2) return null
  const part = (s: string) => (s === '' ? [] : s.split(':').map((x) => parseInt(x, 16)))
  const head = part(halves[0])
  const tail = halves.length === 2 ? part(halves[1]) : []
  const fill = 8 - head.length - tail.length
  if (fill < 0 || (halves.length === 1 && fill !== 0)) return null
  const all = [...head, ...new Array<number>(fill).fill(0), ...tail]
  return all.every((x) => Number.isInteger(x) && x >= 0 && x <= 0xffff) ? all : null
}

/** Dotted-decimal IPv4 → unsigned 32-bit integer, or null when the string is not one. */
function ipv4ToInt(host: string): number | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host)
  if (!m) return null
  const octets = m.slice(1).map(Number)
  if (octets.some((o) => o > 255)) return null
  return ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0
}

function prefixMask(bits: number): number {
  return bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0
}

function truncate(s: string): string {
  return s.length > 100 ? `${s.slice(0, 100)}…` : s
}
