import { beforeAll, describe, expect, it } from 'vitest'
import { fromAcceptLanguage, MESSAGES, negotiateUiLang } from '../../src/web/i18n'
import { page, seedFixtureFeeds } from './helpers'

beforeAll(() => seedFixtureFeeds())

describe('UI language', () => {
  it('takes the best offered language of Accept-Language, honouring q-values and order', () => {
    expect(fromAcceptLanguage('ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7')).toBe('ko')
    expect(fromAcceptLanguage('en-GB,en;q=0.9,ko;q=0.8')).toBe('en')
    expect(fromAcceptLanguage('fr-FR,fr;q=0.9,ko;q=0.5,en;q=0.4')).toBe('ko')
    expect(fromAcceptLanguage('ko;q=0.2, en;q=0.8')).toBe('en')
    expect(fromAcceptLanguage('ko;q=0, en')).toBe('en')
    expect(fromAcceptLanguage('de, fr')).toBeNull()
    expect(fromAcceptLanguage('*')).toBeNull()
    expect(fromAcceptLanguage('')).toBeNull()
  })

  it('prefers the switch (cookie) over the header, and falls back to English', () => {
    expect(negotiateUiLang('en', 'ko-KR')).toBe('en')
    expect(negotiateUiLang('ko', 'en-US')).toBe('ko')
    expect(negotiateUiLang('xx', 'ko-KR')).toBe('ko')
    expect(negotiateUiLang(undefined, 'de-DE')).toBe('en')
  })

  it('has every label in both languages', () => {
    expect(Object.keys(MESSAGES.ko).sort()).toEqual(Object.keys(MESSAGES.en).sort())
    for (const [key, value] of Object.entries(MESSAGES.ko)) {
      if (typeof value === 'string' && !['appName', 'navApi', 'formatSlack', 'formatDiscord'].includes(key))
        expect(value, key).not.toBe(MESSAGES.en[key as keyof typeof MESSAGES.en])
    }
  })

  it('renders the search page in Korean for a Korean browser, tags by their Korean names', async () => {
    const { html, res } = await page('/?q=missile', { 'accept-language': 'ko-KR,ko;q=0.9' })
    expect(html).toContain('<html lang="ko">')
    expect(html).toContain('<label for="q">검색</label>')
    expect(html).toContain('>북한</a>')
    expect(html).toContain('>미사일 발사</a>')
    expect(res.headers.get('vary')).toContain('Accept-Language')
    // Article text keeps its own language.
    expect(html).toContain('<h3 lang="en">')
  })

  it('follows the switch cookie whatever the header says', async () => {
    const { html } = await page('/', { 'accept-language': 'ko', cookie: 'seismo_ui=en' })
    expect(html).toContain('<html lang="en">')
    expect(html).toContain('<label for="q">Search</label>')
    const ko = await page('/', { 'accept-language': 'en', cookie: 'seismo_ui=ko' })
    expect(ko.html).toContain('<html lang="ko">')
  })
})
