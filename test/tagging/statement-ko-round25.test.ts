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

describe("a condemning verdict quoted and reported is the speaker's statement", () => {
  it('"...명백한 결의 위반"이라고 강조했다: the ministry condemns the launch it is about', () => {
    const r = rulesKo("외교부는 북한의 발사에 대해 '명백한 안보리 결의 위반'이라고 강조했다.")
    expect(recordsOf(r, 'diplomatic-statement')).toContain('south-korea>north-korea reported')
  })

  it('the body owning the violated resolution is not the one condemned', () => {
    const r = rulesKo("합참은 '이번 발사는 유엔 안보리 결의의 명백한 위반'이라고 강조했다.")
    expect(recordsOf(r, 'diplomatic-statement').some((x) => x.includes('un-security-council'))).toBe(false)
  })

  it('"...기만"이라며 거부했다: a rejection worded as a verdict', () => {
    const r = rulesKo("북한은 한국 정부의 지원 제안을 '인도주의 가면을 쓴 기만'이라며 받지 않겠다고 밝혔다.")
    expect(recordsOf(r, 'diplomatic-statement')).toContain('north-korea>south-korea reported')
  })

  it("not the act named outside a quotation, a verdict a warning gives its reason, or an analyst's verdict", () => {
    expect(
      recordsOf(rulesKo('미국은 중국의 결의 위반 여부를 조사하고 있다.'), 'diplomatic-statement'),
    ).toEqual([])
    expect(
      recordsOf(
        rulesKo("북한 외무성은 '지역 정세를 격화시키는 도발'이라며 단호한 대응을 경고했다."),
        'diplomatic-statement',
      ),
    ).toEqual([])
    expect(recordsOf(rulesKo("전문가들은 '명백한 도발'이라고 말했다."), 'diplomatic-statement')).toEqual([])
  })
})
