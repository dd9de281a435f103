import { describe, expect, it } from 'vitest'
import { chooseLanguage, detectLanguage, normaliseLangCode } from '../../src/ingest/lang'
import { EN_SRBM_YONHAP, KO_SRBM_YONHAP, text } from './wire-stories'

const EN = text(EN_SRBM_YONHAP)
const KO = text(KO_SRBM_YONHAP)

describe('detectLanguage: by script', () => {
  it('tells Korean, Japanese, Chinese, Russian and English apart', () => {
    expect(detectLanguage(KO)).toBe('ko')
    expect(detectLanguage('北朝鮮は14日午前、日本海に向けて弾道ミサイルを発射した。防衛省が発表した。')).toBe(
      'ja',
    )
    expect(detectLanguage('朝鲜14日上午向东部海域发射了一枚短程弹道导弹，韩国军方表示。')).toBe('zh')
    expect(detectLanguage('Северная Корея запустила баллистическую ракету в сторону Японского моря.')).toBe(
      'ru',
    )
    expect(detectLanguage(EN)).toBe('en')
  })

  it('keeps English copy with a Korean name or quote in it as "en"', () => {
    expect(
      detectLanguage(
        'Kim Jong Un (김정은) oversaw the test of a new solid-fuel missile, state media KCNA said on Friday.',
      ),
    ).toBe('en')
  })

  it('keeps Korean copy full of English acronyms and hanja headlines as "ko"', () => {
    expect(detectLanguage('北, ICBM "화성-18형" 발사…美 NSC "UN 안보리 결의 위반" (CNN·NHK 보도)')).toBe('ko')
  })

  it('falls back to "en" when there are no letters', () => {
    expect(detectLanguage('2024-03-14 08:00 — 600 km / 86 min')).toBe('en')
    expect(detectLanguage('')).toBe('en')
  })
})

describe('chooseLanguage: declared, then detected', () => {
  it('uses the item language, then the configured feed language, then the document language', () => {
    expect(chooseLanguage({ itemLang: 'en-US', feedLang: 'ko', docLang: 'ja', text: EN })).toBe('en')
    expect(chooseLanguage({ feedLang: 'ko', docLang: 'en', text: KO })).toBe('ko')
    expect(chooseLanguage({ docLang: 'ko-KR', text: KO })).toBe('ko')
    expect(chooseLanguage({ text: KO })).toBe('ko')
  })

  it('trusts a declaration when the text is too short to contradict it', () => {
    expect(chooseLanguage({ docLang: 'ko', text: 'Photo of the day' })).toBe('ko')
  })

  it('overrides a declaration the text strongly contradicts: an English article in a "ko" feed is "en"', () => {
    expect(chooseLanguage({ docLang: 'ko', text: EN })).toBe('en')
    expect(chooseLanguage({ feedLang: 'en', text: KO })).toBe('ko')
  })

  it('does not override a Korean article that quotes a lot of English', () => {
    const mixed =
      "삼성전자가 17일(현지시간) 미국 San Jose에서 'Galaxy Unpacked 2024' 행사를 열고 Galaxy S24 Ultra를 공개했다. " +
      "회사 측은 'AI phone' 시대를 선언하며 Live Translate, Circle to Search 등 on-device AI 기능을 강조했다."
    expect(chooseLanguage({ docLang: 'ko', text: mixed })).toBe('ko')
    expect(detectLanguage(mixed)).toBe('ko')
  })

  it('does not override within a script: a French article declared "fr" stays "fr"', () => {
    expect(
      chooseLanguage({
        docLang: 'fr',
        text: 'La Corée du Nord a tiré un missile balistique de courte portée en mer de l’Est, selon l’armée sud-coréenne.',
      }),
    ).toBe('fr')
    // Japanese is kana plus kanji: kanji-heavy text does not contradict "ja".
    expect(
      chooseLanguage({
        docLang: 'ja',
        text: '北朝鮮弾道弾発射、防衛省発表。日本政府抗議。北京大使館経由。国家安全保障会議開催。首相官邸対策室設置。',
      }),
    ).toBe('ja')
  })

  it('trusts declarations in scripts it does not classify', () => {
    expect(chooseLanguage({ docLang: 'ar', text: EN })).toBe('ar')
  })

  it('ignores malformed declarations', () => {
    expect(chooseLanguage({ docLang: 'Korean language', text: KO })).toBe('ko')
  })
})

describe('normaliseLangCode', () => {
  it('keeps the primary subtag, lower-cased, and fixes country codes used as languages', () => {
    expect(normaliseLangCode('en-US')).toBe('en')
    expect(normaliseLangCode('KO_kr')).toBe('ko')
    expect(normaliseLangCode('kr')).toBe('ko')
    expect(normaliseLangCode('jp')).toBe('ja')
    expect(normaliseLangCode('zh-Hans-CN')).toBe('zh')
    expect(normaliseLangCode('')).toBeNull()
    expect(normaliseLangCode('123')).toBeNull()
    expect(normaliseLangCode(undefined)).toBeNull()
  })
})
