import { describe, expect, it } from 'vitest'
import { recordsOf, rulesKo } from './helpers'

describe('a pledge to stand by another party is a statement of support to it', () => {
  it('"러시아 동지들의 곁에 서 있을 것"이라고 말했다: the speaker to the party whose side he pledges', () => {
    const r = rulesKo("최선희 외무상은 '조선은 러시아 동지들의 곁에 굳건히 서 있을 것'이라고 말했다.")
    expect(recordsOf(r, 'diplomatic-statement')).toContain('choe-son-hui>russia reported')
  })

  it('the same pledge with the side before it and a meeting as the occasion', () => {
    const r = rulesKo("최선희 외무상은 회담에서 '우리는 러시아 동지들의 곁에 서 있을 것'이라고 밝혔다.")
    expect(recordsOf(r, 'diplomatic-statement')).toContain('choe-son-hui>russia reported')
  })

  it('not people standing somewhere, nor a pledge to stand with no foreign party', () => {
    expect(
      recordsOf(rulesKo('장병들은 판문점 군사분계선 앞에 함께 서 있을 것이다.'), 'diplomatic-statement'),
    ).toEqual([])
    expect(
      recordsOf(rulesKo("김정은 위원장은 '인민과 함께 서 있을 것'이라고 말했다."), 'diplomatic-statement'),
    ).toEqual([])
    expect(
      recordsOf(rulesKo('기념사진 촬영에서 두 정상은 나란히 서 있었다.'), 'diplomatic-statement'),
    ).toEqual([])
  })
})
