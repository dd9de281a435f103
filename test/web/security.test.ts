import { env } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { MAX_FORM_BODY_BYTES } from '../../src/limits'
import { CONTENT_SECURITY_POLICY } from '../../src/web/view'
import { ADMIN_TOKEN, call } from '../helpers/http'
import { seedArticles, seedFeeds } from '../search/seed'
import { all, page } from './helpers'

const SCRIPT = '<script>alert("pwned")</script>'
const IMG = '<img src=x onerror=alert(1)>'

beforeAll(async () => {
  await seedFeeds([{ id: 7, title: `Evil outlet ${SCRIPT}` }])
  const now = Date.now()
  await seedArticles([
    {
      id: 1001,
      feedId: 7,
      title: `Hostile ${SCRIPT} headline "quoted" & 'single'`,
      summary: `A lead with ${IMG} and a fake <mark>highlight</mark> about the hostile missile.`,
      content: `Body text ${SCRIPT}. &lt;b&gt;escaped entity text&lt;/b&gt; and a hostile missile again.`,
      url: 'javascript:alert(document.cookie)',
      published: now - 3_600_000,
      actors: ['north-korea'],
      events: ['missile-launch'],
      mentions: [
        {
          event: 'missile-launch',
          actors: ['north-korea'],
          sentence: `They said ${SCRIPT} the hostile missile flew.`,
        },
      ],
    },
  ])
})

/** Markup a page may legitimately contain; every other tag of these names would come from data. */
const countTag = (html: string, tag: string) => all(html, new RegExp(`(<${tag}[\\s>])`, 'gi')).length

describe('pages are safe against hostile feed text', () => {
  for (const path of ['/?q=hostile', '/?q=hostile+missile', '/articles/1001', '/?actor=north-korea']) {
    it(`${path}: feed text is escaped, never markup`, async () => {
      const { status, html } = await page(path)
      expect(status).toBe(200)
      // The only <script> is the app's own (src=), there is no <img> at all.
      expect(all(html, /<script([^>]*)>/g)).toEqual([
        expect.stringMatching(/^ src="\/assets\/app\.[0-9a-f]{8}\.js" defer=""$/),
      ])
      expect(countTag(html, 'img')).toBe(0)
      expect(html).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;')
      expect(html).not.toContain('javascript:')
      // No event-handler attribute in any tag (in text, "onerror=" is harmless and escaped).
      expect(html).not.toMatch(/<[^>]*\son[a-z]+=/i)
    })
  }

  it('renders snippet marks from the matcher only: a feed\'s own "<mark>" stays text', async () => {
    const { html } = await page('/?q=hostile')
    const item = html.slice(html.indexOf('<ol class="results"'), html.indexOf('</ol>'))
    expect(all(item, /<mark>([^<]*)<\/mark>/g).map((m) => m.toLowerCase())).toEqual(['hostile'])
    expect(item).toContain('&lt;mark&gt;highlight&lt;/mark&gt;')
  })

  it('links to the source only when it is http(s)', async () => {
    const { html } = await page('/articles/1001')
    expect(html).not.toContain('Read at the source')
  })
})

describe('every page carries a strict Content-Security-Policy and no inline code', () => {
  const paths = ['/', '/?q=missile', '/articles/1001', '/articles/424242', '/signin', '/watches', '/feeds']
  for (const path of paths) {
    it(path, async () => {
      const { res, html } = await page(path)
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('x-frame-options')).toBe('DENY')
      expect(res.headers.get('referrer-policy')).toBe('same-origin')
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
      expect(html).not.toMatch(/<style/)
      expect(html).not.toMatch(/\sstyle="/)
    })
  }

  it('allows scripts and styles from this origin only, no inline, no eval, no framing', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]),
    )
    expect(directives['default-src']).toBe("'none'")
    expect(directives['script-src']).toBe("'self'")
    expect(directives['style-src']).toBe("'self'")
    expect(directives['frame-ancestors']).toBe("'none'")
    expect(directives['require-trusted-types-for']).toBe("'script'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|https?:|data:|\*/)
  })
})

describe('admin pages', () => {
  beforeAll(async () => {
    await call('/api/watches', { method: 'POST', json: { name: 'Secret watch name', filter: 'q=missile' } })
  })

  it('show no admin data without the bearer header, only how to sign in', async () => {
    for (const path of ['/watches', '/watches/1', '/feeds']) {
      const { status, html, res } = await page(path)
      expect(status).toBe(200)
      expect(res.headers.get('cache-control')).toBe('no-store')
      expect(html).toContain('data-admin-gate')
      expect(html).not.toContain('Secret watch name')
      expect(html).not.toContain('Evil outlet')
    }
  })

  it('show no admin data to a wrong token, nor to a token in the URL or a cookie', async () => {
    for (const headers of [
      { authorization: 'Bearer wrong' } as Record<string, string>,
      { cookie: `token=${ADMIN_TOKEN}; admin=${ADMIN_TOKEN}` },
    ]) {
      const { html } = await page('/watches', headers)
      expect(html).not.toContain('Secret watch name')
    }
    const { html } = await page(`/watches?token=${ADMIN_TOKEN}`)
    expect(html).not.toContain('Secret watch name')
  })

  it('render the data for the bearer token, uncached', async () => {
    const res = await call('/watches', { headers: { 'accept-language': 'en' } })
    const html = await res.text()
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(html).toContain('Secret watch name')
    expect(html).not.toContain('data-admin-gate')
    const feeds = await (await call('/feeds')).text()
    expect(feeds).toContain('Evil outlet &lt;script&gt;')
    expect(feeds).not.toContain(SCRIPT)
  })

  it('say admin is disabled when ADMIN_TOKEN is unset (never open by default)', async () => {
    const { app } = await import('../../src/index')
    const res = await app.request(
      'https://seismo.test/watches',
      { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } },
      { ...env, ADMIN_TOKEN: undefined },
    )
    expect(res.status).toBe(503)
    expect(await res.text()).not.toContain('Secret watch name')
  })

  it('drop a token posted to /signin without JavaScript, and never echo it', async () => {
    const res = await call('/signin', {
      token: null,
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `token=${ADMIN_TOKEN}`,
    })
    expect(res.status).toBe(400)
    expect(res.headers.get('set-cookie')).toBeNull()
    expect(await res.text()).not.toContain(ADMIN_TOKEN)
  })

  it('sign-in is a POST form with a password field, so the token never lands in a URL', async () => {
    const { html } = await page('/signin')
    expect(html).toContain('<form method="post" action="/signin" id="signin-form"')
    expect(html).toContain('type="password" id="token" name="token"')
  })
})

describe('the language switch', () => {
  it('sets a preference cookie and goes back to a local path only (no open redirect)', async () => {
    const post = (body: string) =>
      call('/ui-language', {
        token: null,
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
      })
    const ok = await post('ui=ko&back=%2F%3Fq%3Dmissile')
    expect(ok.status).toBe(303)
    expect(ok.headers.get('location')).toBe('/?q=missile')
    expect(ok.headers.get('set-cookie')).toMatch(/^seismo_ui=ko; Path=\/; Max-Age=\d+; SameSite=Lax; Secure$/)
    for (const back of [
      'https://evil.example/',
      '//evil.example/',
      '/\\evil.example',
      'javascript:alert(1)',
    ]) {
      const res = await post(`ui=en&back=${encodeURIComponent(back)}`)
      expect(res.headers.get('location'), back).toBe('/')
    }
    const bad = await post('ui=xx&back=%2F')
    expect(bad.headers.get('set-cookie')).toBeNull()
    // A form post is a few fields: anything past MAX_FORM_BODY_BYTES is refused unread.
    const big = await post(`ui=ko&back=%2F&pad=${'x'.repeat(MAX_FORM_BODY_BYTES)}`)
    expect(big.status).toBe(413)
    expect(big.headers.get('set-cookie')).toBeNull()
  })
})
