import { describe, expect, it } from 'vitest'
import { rulesKo } from './helpers'

const actors = (r: { actors: { slug: string }[] }) => r.actors.map((a) => a.slug)

describe('a country listed as an example of where people stayed (중국 등 제3국에 체류하다) is a place', () => {
  it('중국 등 제3국에 오래 머물다 입국한 탈북민: no China', () => {
    const r = rulesKo(
      '올해 입국한 탈북민 가운데 상당수는 중국 등 제3국에 5년 넘게 머물다 한국에 왔다고 정부는 설명했다.',
    )
    expect(actors(r)).not.toContain('china')
  })

  it('중국 등 제3국에 장기 체류하다 입국: a stay with an adverb before it', () => {
    const r = rulesKo('탈북민 일부는 중국 등 제3국에 장기 체류하다 입국한 것으로 집계됐다.')
    expect(actors(r)).not.toContain('china')
  })

  it('still tagged: a country listed before 에 with an act, not a stay (중국 등 우방국에 대사를 파견했다)', () => {
    const r = rulesKo('북한은 중국 등 우방국에 특사를 파견했다.')
    expect(actors(r)).toContain('china')
  })

  it('still tagged: arms sent to countries such as China (에 then a transfer)', () => {
    const r = rulesKo('러시아는 중국 등 제3국에 무기를 수출했다.')
    expect(actors(r)).toContain('china')
  })
})
