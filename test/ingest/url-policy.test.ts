import { describe, expect, it } from 'vitest'
import { UrlNotAllowed } from '../../src/errors'
import { allowsPrivateUrls, assertUrlAllowed } from '../../src/lib/url-policy'
import { MAX_URL_LENGTH } from '../../src/limits'

const refused = (url: string, allowPrivate = false): string => {
  try {
    assertUrlAllowed(url, allowPrivate)
  } catch (err) {
    expect(err).toBeInstanceOf(UrlNotAllowed)
    expect((err as UrlNotAllowed).code).toBe('url_not_allowed')
    expect((err as UrlNotAllowed).status).toBe(400)
    return (err as Error).message
  }
  throw new Error(`${url} was allowed`)
}

describe('assertUrlAllowed: what any URL must be', () => {
  it('accepts public http and https URLs and returns them parsed', () => {
    const u = assertUrlAllowed('https://www.yna.co.kr/rss/northkorea.xml', false)
    expect(u).toBeInstanceOf(URL)
    expect(u.hostname).toBe('www.yna.co.kr')
    expect(assertUrlAllowed('http://feeds.reuters.com:8080/world?format=xml', false).port).toBe('8080')
    expect(assertUrlAllowed('http://8.8.8.8/feed', false).hostname).toBe('8.8.8.8')
    expect(assertUrlAllowed('http://[2606:4700:4700::1111]/feed', false).hostname).toBe(
      '[2606:4700:4700::1111]',
    )
  })

  it('refuses other schemes, even with ALLOW_PRIVATE_URLS', () => {
    for (const url of [
      'ftp://example.com/feed',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/xml,<rss/>',
      'gopher://example.com/',
    ]) {
      expect(refused(url, true)).toMatch(/only http and https/)
    }
  })

  it('refuses credentials in the URL', () => {
    expect(refused('https://user:secret@example.com/feed', true)).toMatch(/credentials/)
    expect(refused('https://token@example.com/feed', true)).toMatch(/credentials/)
  })

  it('refuses garbage and over-long URLs with a clear message', () => {
    expect(refused('not a url')).toMatch(/not a valid absolute URL/)
    expect(refused('/relative/feed.xml')).toMatch(/not a valid absolute URL/)
    expect(refused('http://999.1.1.1/')).toMatch(/not a valid absolute URL/)
    expect(refused(`https://example.com/${'a'.repeat(MAX_URL_LENGTH)}`, true)).toMatch(/longer than 2048/)
  })
})

describe('assertUrlAllowed: private destinations without ALLOW_PRIVATE_URLS', () => {
  const privateUrls = [
    'http://localhost/feed',
    'http://LOCALHOST:8787/feed',
    'http://localhost./feed',
    'http://api.localhost/feed',
    'http://printer.local/feed',
    'http://metadata.google.internal/computeMetadata/v1/',
    'http://intranet/feed',
    'http://0.0.0.0/',
    'http://127.0.0.1/',
    'http://127.255.10.1/',
    'http://10.1.2.3/',
    'http://172.16.0.1/',
    'http://172.31.255.255/',
    'http://192.168.1.1/',
    'http://169.254.169.254/latest/meta-data/',
    'http://100.64.0.1/',
    'http://100.127.255.254/',
    'http://198.18.0.1/',
    'http://198.19.255.1/',
    'http://224.0.0.1/',
    'http://239.255.255.250/',
    'http://240.0.0.1/',
    'http://255.255.255.255/',
    'http://[::]/',
    'http://[::1]/',
    'http://[fc00::1]/',
    'http://[fd12:3456::1]/',
    'http://[fe80::1]/',
    'http://[ff02::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:7f00:1]/',
    'http://[0:0:0:0:0:ffff:a9fe:a9fe]/',
    'http://[::127.0.0.1]/',
    'http://[64:ff9b::a00:1]/',
    'http://[2002:c0a8:101::1]/',
  ]
  it.each(privateUrls)('refuses %s', (url) => {
    expect(refused(url)).toMatch(/not a public address/)
  })

  // What the WHATWG URL parser in workerd turns numeric host spellings into, and that each is refused.
  it.each([
    ['http://2130706433/', '127.0.0.1'],
    ['http://0x7f000001/', '127.0.0.1'],
    ['http://0177.0.0.1/', '127.0.0.1'],
    ['http://127.1/', '127.0.0.1'],
    ['http://0x7f.1/', '127.0.0.1'],
    ['http://127.0.0.1./', '127.0.0.1'],
    ['http://%31%32%37.0.0.1/', '127.0.0.1'],
    ['http://\uff11\uff12\uff17.0.0.1/', '127.0.0.1'],
    ['http://0/', '0.0.0.0'],
    ['http://3232235777/', '192.168.1.1'],
    ['http://0xa9.0xfe.0xa9.0xfe/', '169.254.169.254'],
    ['http://[::ffff:127.0.0.1]/', '[::ffff:7f00:1]'],
  ])('normalises %s to %s and refuses it', (url, host) => {
    expect(new URL(url).hostname).toBe(host)
    expect(refused(url)).toContain(host)
  })

  it.each([
    'http://127.0.0.1.nip.io/feed',
    'http://10.0.0.1.nip.io/',
    'http://169.254.169.254.nip.io/latest/meta-data/',
    'http://10-0-0-1.sslip.io/',
    'http://app.192-168-1-1.sslip.io/',
    'http://localtest.me/',
    'http://anything.lvh.me:8080/',
    'http://sub.vcap.me/',
  ])('refuses %s, a DNS name that gives away a private address', (url) => {
    expect(refused(url)).toMatch(/not a public address/)
  })

  it('does not mistake public addresses next to private ranges for private ones', () => {
    for (const url of [
      'http://172.32.0.1/',
      'http://172.15.255.255/',
      'http://100.128.0.1/',
      'http://192.169.0.1/',
      'http://11.0.0.1/',
      'http://198.20.0.1/',
      'http://[::ffff:8.8.8.8]/',
      'http://[2001:4860::8888]/',
      'http://localhost.example.com/',
      'http://8.8.8.8.nip.io/',
      'http://news-2024-10-01.example.com/',
      'http://www.1-2-3.example.com/',
    ]) {
      expect(() => assertUrlAllowed(url, false)).not.toThrow()
    }
  })

  it('lets every http(s) URL through with ALLOW_PRIVATE_URLS', () => {
    for (const url of [
      'http://localhost:8787/feed',
      'http://127.0.0.1:9999/rss',
      'http://[::1]/',
      'http://169.254.169.254/',
      'http://intranet/',
    ]) {
      expect(assertUrlAllowed(url, true).href).toBe(new URL(url).href)
    }
  })
})

describe('allowsPrivateUrls', () => {
  it('is on only for the string "true"', () => {
    expect(allowsPrivateUrls('true')).toBe(true)
    expect(allowsPrivateUrls(' TRUE ')).toBe(true)
    for (const v of [undefined, null, '', 'false', '1', 'yes']) expect(allowsPrivateUrls(v)).toBe(false)
  })
})
