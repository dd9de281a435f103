import { describe, expect, it } from 'vitest'
import { UrlNotAllowed } from '../../src/errors'
import { articleUrlKey, canonicalizeUrl, isNoiseFragment, isTrackingParam } from '../../src/lib/canonical-url'

const c = canonicalizeUrl

describe('canonicalizeUrl: one spelling per resource', () => {
  it('lower-cases scheme and host, keeps the path case', () => {
    expect(c('HTTPS://WWW.Yna.CO.KR/View/AKR20240314?Section=NK')).toBe(
      'https://www.yna.co.kr/View/AKR20240314?Section=NK',
    )
  })

  it('drops default ports only', () => {
    expect(c('http://example.com:80/a')).toBe('http://example.com/a')
    expect(c('https://example.com:443/a')).toBe('https://example.com/a')
    expect(c('http://example.com:443/a')).toBe('http://example.com:443/a')
    expect(c('https://example.com:8443/a')).toBe('https://example.com:8443/a')
  })

  it('drops the fragment and a trailing dot on the host', () => {
    expect(c('https://example.com/story#comments')).toBe('https://example.com/story')
    expect(c('https://example.com./story')).toBe('https://example.com/story')
  })

  it('drops tracking parameters, any utm_*, in any case', () => {
    expect(
      c(
        'https://example.com/a?utm_source=rss&utm_medium=feed&UTM_Campaign=x&utm_whatever=1&fbclid=abc&gclid=1&id=42',
      ),
    ).toBe('https://example.com/a?id=42')
    for (const p of [
      'dclid',
      'msclkid',
      'mc_cid',
      'mc_eid',
      'igshid',
      'yclid',
      '_ga',
      'ref_src',
      'spm',
      'cmpid',
      'ocid',
      'ncid',
      'xtor',
      'at_medium',
    ]) {
      expect(isTrackingParam(p)).toBe(true)
    }
    for (const p of ['id', 'aid', 'page', 'ref', 'sid', 'article_id', 'q'])
      expect(isTrackingParam(p)).toBe(false)
  })

  it('removes an empty query and empty pairs', () => {
    expect(c('https://example.com/a?')).toBe('https://example.com/a')
    expect(c('https://example.com/a?utm_source=x')).toBe('https://example.com/a')
    expect(c('https://example.com/a?&&id=1&')).toBe('https://example.com/a?id=1')
  })

  it('sorts the remaining parameters by name, keeping repeated names in order', () => {
    expect(c('https://news.naver.com/main/read.naver?oid=001&mode=LSD&aid=0014567890&sid1=100')).toBe(
      'https://news.naver.com/main/read.naver?aid=0014567890&mode=LSD&oid=001&sid1=100',
    )
    expect(c('https://example.com/?tag=b&x=1&tag=a')).toBe('https://example.com/?tag=b&tag=a&x=1')
    expect(c('https://example.com/a?b=2&a=1')).toBe(c('https://example.com/a?a=1&b=2'))
  })

  it('normalises percent-encoding: upper-case hex, unreserved characters decoded', () => {
    expect(c('https://example.com/%7euser/%c3%a9t%c3%a9?q=%e2%82%ac&n=%41')).toBe(
      'https://example.com/~user/%C3%A9t%C3%A9?n=A&q=%E2%82%AC',
    )
    expect(c('https://example.com/%ED%95%9C')).toBe(c('https://example.com/%ed%95%9c'))
    // Non-ASCII paths are percent-encoded by the URL parser, so both spellings meet.
    expect(c('https://example.com/뉴스/북한')).toBe(
      c('https://example.com/%eb%89%b4%ec%8a%a4/%EB%B6%81%ED%95%9C'),
    )
  })

  it('keeps query values as written: "+" and "%20" are not re-encoded', () => {
    expect(c('https://example.com/s?q=north+korea')).toBe('https://example.com/s?q=north+korea')
    expect(c('https://example.com/s?q=north%20korea')).toBe('https://example.com/s?q=north%20korea')
  })

  it('treats the root with and without "/" as one, other trailing slashes as distinct', () => {
    expect(c('https://example.com')).toBe('https://example.com/')
    expect(c('https://example.com/')).toBe('https://example.com/')
    expect(c('https://example.com/news/')).toBe('https://example.com/news/')
    expect(c('https://example.com/news')).toBe('https://example.com/news')
  })

  it('keeps http and https apart, punycodes IDN hosts and resolves dot segments', () => {
    expect(c('http://example.com/a')).not.toBe(c('https://example.com/a'))
    expect(c('https://한국.kr/a')).toBe('https://xn--3e0b707e.kr/a')
    expect(c('https://example.com/a/./b/../c')).toBe('https://example.com/a/c')
  })

  it('is idempotent', () => {
    for (const url of [
      'HTTPS://Example.com:443/A/%7eb?z=1&utm_source=x&a=%e2%82%ac#f',
      'http://example.com/news/?b&a',
      'https://example.com',
    ]) {
      expect(c(c(url))).toBe(c(url))
    }
  })

  it('throws UrlNotAllowed on what is not an absolute URL', () => {
    expect(() => c('/relative')).toThrow(UrlNotAllowed)
    expect(() => c('not a url')).toThrow(UrlNotAllowed)
  })
})

describe('articleUrlKey: one key per article across feeds', () => {
  const k = articleUrlKey

  it('folds http into https and drops a trailing slash (root excepted), tracking parameters as before', () => {
    const key = 'https://press.example/2026/11/jeju-rescue'
    expect(k('http://press.example/2026/11/jeju-rescue?utm_source=rss&utm_medium=feed')).toBe(key)
    expect(k('https://press.example/2026/11/jeju-rescue/')).toBe(key)
    expect(k('HTTPS://Press.Example:443/2026/11/jeju-rescue//')).toBe(key)
    expect(k('http://press.example/news/?id=7&fbclid=x')).toBe('https://press.example/news?id=7')
    expect(k('http://press.example')).toBe('https://press.example/')
    expect(k('http://press.example/?p=1')).toBe('https://press.example/?p=1')
  })

  it("keeps fragments that tell items apart (a weblog's anchors, comment permalinks)", () => {
    expect(k('http://weblog.example/2017/06/26.html#a080605')).toBe(
      'https://weblog.example/2017/06/26.html#a080605',
    )
    expect(k('http://weblog.example/2017/06/26.html#a080605')).not.toBe(
      k('http://weblog.example/2017/06/26.html#a091210'),
    )
    expect(k('https://blog.example/post#comment-12')).toBe('https://blog.example/post#comment-12')
    expect(k('https://app.example/#/article/42')).toBe('https://app.example/#/article/42')
    expect(k('https://doc.example/report.pdf#page=2')).toBe('https://doc.example/report.pdf#page=2')
  })

  it.each([
    '#',
    '#ref=rss',
    '#xtor=RSS-3',
    '#xtor=CS1-10&utm_source=x',
    '#utm_source=feed&utm_medium=rss',
    '#.VdaZ2Hs5g_M',
    '#sthash.AbCdEf12.dpuf',
    '#:~:text=missile',
    '#comments',
    '#respond',
    '#more-1234',
    '#top',
    '#Echobox=1700000000',
  ])('drops the noise fragment %s', (fragment) => {
    expect(k(`https://news.example/story${fragment}`)).toBe('https://news.example/story')
    expect(isNoiseFragment(fragment.slice(1))).toBe(true)
  })

  it('leaves feed identity (canonicalizeUrl) as it was: scheme, slash and fragment rules unchanged', () => {
    expect(c('http://press.example/feed/')).toBe('http://press.example/feed/')
    expect(c('https://press.example/feed#a1')).toBe('https://press.example/feed')
  })
})
