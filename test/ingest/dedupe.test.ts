import { describe, expect, it } from 'vitest'
import {
  bandKeys,
  fingerprint,
  hammingDistance,
  isNearDuplicate,
  NEAR_DUPLICATE_BANDS,
  NEAR_DUPLICATE_MAX_HAMMING,
  NO_SIMHASH,
  simhash,
} from '../../src/ingest/dedupe'
import {
  COPIES,
  DIFFERENT_STORIES,
  EN_ICBM_OTHER,
  EN_SRBM_HERALD_COPY,
  EN_SRBM_YONHAP,
  KO_CRUISE_OTHER,
  KO_SRBM_OTHER_OUTLET_COPY,
  KO_SRBM_YONHAP,
  lead,
  type Story,
  text,
} from './wire-stories'

const sharesBand = (a: string, b: string) => bandKeys(a).some((k) => bandKeys(b).includes(k))

/** What the store does: candidates by band key, confirmed by distance. */
const storeWouldCluster = (a: Story, b: Story) => {
  const x = fingerprint(text(a))
  const y = fingerprint(text(b))
  return x.bands.some((k) => y.bands.includes(k)) && isNearDuplicate(x.simhash, y.simhash)
}

describe('near-duplicates: the same wire story from another outlet', () => {
  it.each(COPIES)('%s → near-duplicate', (_name, a, b) => {
    const d = hammingDistance(simhash(text(a)), simhash(text(b)))
    expect(d).toBeLessThanOrEqual(NEAR_DUPLICATE_MAX_HAMMING)
    expect(storeWouldCluster(a, b)).toBe(true)
  })

  it('also finds the copies when feeds carry only the lead paragraphs', () => {
    expect(storeWouldCluster(lead(EN_SRBM_YONHAP), lead(EN_SRBM_HERALD_COPY))).toBe(true)
    expect(storeWouldCluster(lead(KO_SRBM_YONHAP), lead(KO_SRBM_OTHER_OUTLET_COPY))).toBe(true)
  })

  it('is identical for the same text and ignores case and spacing noise', () => {
    const t = text(EN_SRBM_YONHAP)
    expect(simhash(t)).toBe(simhash(t))
    expect(simhash(t.toUpperCase())).toBe(simhash(t))
    expect(simhash(t.replace(/ /g, '  ').replace(/\n/g, '\n\n'))).toBe(simhash(t))
  })
})

describe('not near-duplicates: different stories on the same topic', () => {
  it.each(DIFFERENT_STORIES)('%s → distinct', (_name, a, b) => {
    const d = hammingDistance(simhash(text(a)), simhash(text(b)))
    expect(d).toBeGreaterThan(NEAR_DUPLICATE_MAX_HAMMING)
    expect(isNearDuplicate(simhash(text(a)), simhash(text(b)))).toBe(false)
  })

  it('keeps different launches apart when only lead paragraphs are carried', () => {
    expect(isNearDuplicate(simhash(text(lead(EN_SRBM_YONHAP))), simhash(text(lead(EN_ICBM_OTHER))))).toBe(
      false,
    )
    expect(isNearDuplicate(simhash(text(lead(KO_SRBM_YONHAP))), simhash(text(lead(KO_CRUISE_OTHER))))).toBe(
      false,
    )
  })

  it('keeps an English story and its Korean counterpart apart (translations are not copies)', () => {
    expect(isNearDuplicate(simhash(text(EN_SRBM_YONHAP)), simhash(text(KO_SRBM_YONHAP)))).toBe(false)
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

  it.each(titles)('a title alone ("%s") gets no fingerprint and no band keys', (title) => {
    expect(simhash(title)).toBe(NO_SIMHASH)
    expect(bandKeys(simhash(title))).toEqual([])
    expect(fingerprint(title)).toEqual({ simhash: NO_SIMHASH, bands: [] })
  })

  it('never calls two unfingerprinted texts near-duplicates', () => {
    expect(isNearDuplicate(simhash('Weather'), simhash('Weather'))).toBe(false)
    expect(isNearDuplicate(NO_SIMHASH, simhash(text(EN_SRBM_YONHAP)))).toBe(false)
  })

  it('fingerprints a title with two sentences of body', () => {
    expect(simhash(text(lead(EN_SRBM_YONHAP)))).not.toBe(NO_SIMHASH)
    expect(simhash(text(lead(KO_SRBM_YONHAP)))).not.toBe(NO_SIMHASH)
  })
})

describe('band keys and distances', () => {
  it('splits the hash into the stated number of "b<index>:<hex>" keys', () => {
    const h = simhash(text(EN_SRBM_YONHAP))
    expect(h).toMatch(/^[0-9a-f]{16}$/)
    const keys = bandKeys(h)
    expect(keys).toHaveLength(NEAR_DUPLICATE_BANDS)
    expect(keys.join('')).toBe(keys.map((_k, i) => `b${i}:${h.slice(i * 2, i * 2 + 2)}`).join(''))
  })

  it('guarantees a shared band for any pair within 7 bits (pigeonhole over 8 bands)', () => {
    const base = 'a4b89fc212167c22'
    const flip = (hex: string, bits: number[]) => {
      let hi = parseInt(hex.slice(0, 8), 16)
      let lo = parseInt(hex.slice(8), 16)
      for (const b of bits)
        if (b < 32) hi ^= 1 << b
        else lo ^= 1 << (b - 32)
      return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0')
    }
    // One flipped bit in 7 of the 8 bands (the worst case): band 7 is untouched.
    const far = flip(base, [31, 23, 15, 7, 63, 55, 47])
    expect(hammingDistance(base, far)).toBe(7)
    expect(sharesBand(base, far)).toBe(true)
    // Spreading 8 flips over all 8 bands defeats the guarantee: such pairs are found only
    // probabilistically (measured in the NEAR_DUPLICATE_MAX_HAMMING comment).
    expect(sharesBand(base, flip(base, [31, 23, 15, 7, 63, 55, 47, 39]))).toBe(false)
  })

  it('counts differing bits and rejects malformed hashes', () => {
    expect(hammingDistance('0000000000000000', 'ffffffffffffffff')).toBe(64)
    expect(hammingDistance('8000000000000001', '0000000000000000')).toBe(2)
    expect(hammingDistance('ABCDEF0123456789', 'abcdef0123456789')).toBe(0)
    expect(() => hammingDistance('xyz', '0000000000000000')).toThrow(TypeError)
    expect(() => bandKeys('123')).toThrow(TypeError)
  })

  it('treats the threshold as inclusive', () => {
    const a = '0000000000000001'
    const b = (2 ** NEAR_DUPLICATE_MAX_HAMMING - 1).toString(16).padStart(16, '0')
    expect(hammingDistance(a, b)).toBe(NEAR_DUPLICATE_MAX_HAMMING - 1)
    expect(isNearDuplicate(a, b)).toBe(true)
    const c = '00000000000' + 'fffff'
    expect(hammingDistance(a, c)).toBe(19)
    expect(isNearDuplicate(a, c)).toBe(false)
  })
})
