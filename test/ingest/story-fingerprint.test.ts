import { describe, expect, it } from 'vitest'
import {
  bandKeys,
  storyFingerprint as fingerprint,
  isNearDuplicate,
  minhash,
  SIGNATURE_SLOTS,
  signatureFromHex,
  signatureToHex,
  similarity,
} from '../../src/ingest/story-fingerprint'
import { NEAR_DUPLICATE_BANDS, NEAR_DUPLICATE_MIN_JACCARD } from '../../src/limits'
import {
  COPIES,
  DIFFERENT_STORIES,
  EN_ICBM_OTHER,
  EN_SRBM_HERALD_COPY,
  EN_SRBM_YONHAP,
  KO_CRUISE_OTHER,
  KO_ICBM_OTHER,
  KO_SRBM_OTHER_OUTLET_COPY,
  KO_SRBM_YONHAP,
  lead,
  type Story,
  text,
} from './wire-stories'

const sim = (a: Story, b: Story) => similarity(minhash(text(a))!, minhash(text(b))!)

/** What the store does: candidates by band key, confirmed by estimated Jaccard. */
const storeWouldCluster = (a: Story, b: Story) => {
  const x = fingerprint(text(a))!
  const y = fingerprint(text(b))!
  return x.bands.some((k) => y.bands.includes(k)) && isNearDuplicate(x.signature, y.signature)
}

describe('near-duplicates: the same wire story from another outlet', () => {
  it.each(COPIES)('%s → near-duplicate', (_name, a, b) => {
    expect(sim(a, b)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_MIN_JACCARD)
    expect(storeWouldCluster(a, b)).toBe(true)
  })

  it('also finds the copies when feeds carry only the lead paragraphs', () => {
    expect(storeWouldCluster(lead(EN_SRBM_YONHAP), lead(EN_SRBM_HERALD_COPY))).toBe(true)
    expect(storeWouldCluster(lead(KO_SRBM_YONHAP), lead(KO_SRBM_OTHER_OUTLET_COPY))).toBe(true)
  })

  it('is identical for the same text and ignores case and spacing noise', () => {
    const t = text(EN_SRBM_YONHAP)
    const hex = (s: string) => signatureToHex(minhash(s)!)
    expect(hex(t)).toBe(hex(t))
    expect(hex(t.toUpperCase())).toBe(hex(t))
    expect(hex(t.replace(/ /g, '  ').replace(/\n/g, '\n\n'))).toBe(hex(t))
  })
})

describe('not near-duplicates: different stories on the same topic', () => {
  it.each(DIFFERENT_STORIES)('%s → distinct', (_name, a, b) => {
    expect(sim(a, b)).toBeLessThan(NEAR_DUPLICATE_MIN_JACCARD)
    expect(storeWouldCluster(a, b)).toBe(false)
  })

  it('keeps different launches apart when only lead paragraphs are carried', () => {
    expect(storeWouldCluster(lead(EN_SRBM_YONHAP), lead(EN_ICBM_OTHER))).toBe(false)
    expect(storeWouldCluster(lead(KO_SRBM_YONHAP), lead(KO_CRUISE_OTHER))).toBe(false)
    expect(storeWouldCluster(lead(KO_SRBM_YONHAP), lead(KO_ICBM_OTHER))).toBe(false)
  })

  it('keeps an English story and its Korean counterpart apart (translations are not copies)', () => {
    expect(sim(EN_SRBM_YONHAP, KO_SRBM_YONHAP)).toBeLessThan(0.05)
  })
})

describe('short texts do not cluster', () => {
  const titles = [
    'North Korea fires ballistic missile',
    'N. Korea fires ballistic missile into East Sea',
    'Weather',
    'Photo of the day',
    '北, 동해상으로 탄도미사일 발사',
    '북한, 또 탄도미사일 발사…올해 들어 세 번째',
    '',
  ]

  it.each(titles)('a title alone ("%s") gets no fingerprint', (title) => {
    expect(fingerprint(title)).toBeNull()
  })

  it('fingerprints a title with two sentences of body', () => {
    expect(fingerprint(text(lead(EN_SRBM_YONHAP)))).not.toBeNull()
    expect(fingerprint(text(lead(KO_SRBM_YONHAP)))).not.toBeNull()
  })
})

describe('signatures and band keys', () => {
  it('has one 48-bit integer key per band, recomputable from the stored 16-bit signature', () => {
    const fp = fingerprint(text(EN_SRBM_YONHAP))!
    expect(fp.signature).toHaveLength(SIGNATURE_SLOTS)
    expect(fp.bands).toHaveLength(NEAR_DUPLICATE_BANDS)
    for (const k of fp.bands) {
      expect(Number.isSafeInteger(k)).toBe(true)
      expect(k).toBeLessThan(2 ** 48)
    }
    const stored = signatureFromHex(signatureToHex(fp.signature))
    expect(bandKeys(stored)).toEqual(fp.bands)
    expect(new Set(fp.bands).size).toBe(fp.bands.length)
  })

  it('estimates 1 for the same text and refuses malformed signatures', () => {
    const s = minhash(text(KO_SRBM_YONHAP))!
    expect(similarity(s, s)).toBe(1)
    expect(() => signatureFromHex('abc')).toThrow(TypeError)
    expect(() => similarity(s, new Uint16Array(3))).toThrow(TypeError)
  })

  it('puts equal slot values of different bands under different keys', () => {
    const flat = new Uint16Array(SIGNATURE_SLOTS).fill(7)
    expect(new Set(bandKeys(flat)).size).toBe(NEAR_DUPLICATE_BANDS)
  })
})
