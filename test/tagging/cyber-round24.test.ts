import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn, rulesKo } from './helpers'

const cyber = (r: ReturnType<typeof rulesEn>) => recordsOf(r, 'cyberattack')

describe('a theft named inside what another party launders is the loot’s origin (background)', () => {
  it('"launderers who moved North Korea\'s stolen crypto": the thief as the owner of the loot', () => {
    const r = rulesEn("Washington penalises launderers who moved North Korea's stolen bitcoin")
    expect(cyber(r).length).toBeGreaterThan(0)
    expect(cyber(r).every((x) => x.endsWith(' background'))).toBe(true)
  })

  it('라자루스가 훔친 가상자산을 ... 세탁했다며: another party (X이) launders what the group stole', () => {
    const r = rulesKo(
      '미 재무부는 라오스의 한 환전업체가 북한 해킹조직 라자루스가 훔친 가상자산 수억달러를 세탁했다며 제재했다.',
    )
    expect(cyber(r).length).toBeGreaterThan(0)
    expect(cyber(r).every((x) => x.endsWith(' background'))).toBe(true)
  })

  it('탈취한 가상자산의 세탁에 관여한: the laundering as a noun of the loot', () => {
    const r = rulesKo('정부는 북한 해킹조직 라자루스가 탈취한 가상자산의 세탁에 관여한 개인 3명을 제재했다.')
    expect(cyber(r).every((x) => x.endsWith(' background'))).toBe(true)
  })

  it('北 해커 자금 세탁 창구: the hacker as a bare modifier of the laundered money', () => {
    const r = rulesKo("美, 北 해커 자금 세탁 창구 태국 '환전소' 제재")
    expect(cyber(r).every((x) => x.endsWith(' background'))).toBe(true)
  })
})

describe('still the news', () => {
  it('the thieves launder it themselves: 북한 해커들이 탈취한 자산을 세탁하고 있다', () => {
    const r = rulesKo('FBI는 북한 해커들이 탈취한 자산을 빠르게 세탁하고 있다고 밝혔다.')
    expect(cyber(r).some((x) => x.endsWith(' reported'))).toBe(true)
  })

  it('both acts of a charge: 가상자산을 탈취해 세탁한 혐의로', () => {
    const r = rulesKo('유럽연합은 가상자산을 탈취해 세탁한 혐의로 북한 기관 2곳을 제재했다.')
    expect(cyber(r).some((x) => x.endsWith(' reported'))).toBe(true)
  })

  it('a hack the same sentence names as news: "자금세탁망 제재…\'거래소 해킹 배후 라자루스\'"', () => {
    const r = rulesKo('美 재무부, 北 해커 자금세탁망 제재…"거래소 해킹 배후 라자루스"')
    expect(cyber(r).some((x) => x.endsWith(' reported'))).toBe(true)
  })

  it('a theft attributed as the news: "the FBI said North Korean hackers were behind the theft"', () => {
    const r = rulesEn(
      'The FBI said North Korean hackers were behind the theft of $200 million from a Singapore exchange on Friday.',
    )
    expect(cyber(r).some((x) => x.endsWith(' reported'))).toBe(true)
  })
})
