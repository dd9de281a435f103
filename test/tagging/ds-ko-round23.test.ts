import { describe, expect, it } from 'vitest'
import { recordsOf, rulesKo } from './helpers'

describe('a Korean position conveyed (입장, 원칙, 우려 ... 전달하다) is a statement to whom it is conveyed', () => {
  it('원칙을 ... 측에 전달했다고 밝혔다, with words between the object and the verb', () => {
    const r = rulesKo(
      '외교부는 3일 억류된 선원들을 조속히 석방해야 한다는 원칙을 중국 측에 전달했다고 밝혔다.',
    )
    expect(recordsOf(r, 'diplomatic-statement')).toContain('south-korea>china reported')
  })

  it('이러한 입장을 ... 이미 전달했으며', () => {
    const r = rulesKo(
      '외교부는 이러한 입장을 일본 측에 이미 전달했으며 후속 협의를 이어가고 있다고 설명했다.',
    )
    expect(recordsOf(r, 'diplomatic-statement')).toContain('south-korea>japan reported')
  })

  it('우려도 전달했다: the object with 도', () => {
    const r = rulesKo('조태열 외교부 장관은 북한의 잇단 미사일 발사에 대한 우려도 러시아 측에 전달했다.')
    expect(recordsOf(r, 'diplomatic-statement').length).toBeGreaterThan(0)
  })

  it('not goods handed over (구호물자를 ... 전달했다)', () => {
    const r = rulesKo('정부는 구호물자를 우크라이나 피란민들에게 전달했다.')
    expect(recordsOf(r, 'diplomatic-statement')).toEqual([])
  })

  it('not a letter or a trophy handed over (서한을, 트로피를 전달했다)', () => {
    expect(
      recordsOf(
        rulesKo('외교부는 철회 결정을 담은 서한을 주한 일본대사관에 전달했다.'),
        'diplomatic-statement',
      ),
    ).toEqual([])
    expect(
      recordsOf(
        rulesKo('트럼프 대통령은 결승전을 관람하고 우승팀에 트로피를 전달했다.'),
        'diplomatic-statement',
      ),
    ).toEqual([])
  })

  it('not an offer to meet conveyed (정상회담 ... 뜻을 전달: the meeting only)', () => {
    const r = rulesKo('일본 정부는 북한과의 정상회담을 추진하겠다는 입장을 북한 측에 전달했다.')
    expect(recordsOf(r, 'diplomatic-statement')).toEqual([])
  })
})

describe('a Korean readiness stated toward another actor (준비가 돼 있다, 용의가 있다) is an offer to it', () => {
  it('a conditional handover offered to the other side', () => {
    const r = rulesKo(
      '볼로디미르 젤렌스키 우크라이나 대통령은 북한이 억류자 교환에 응한다면 포로들을 북한에 돌려보낼 준비가 돼 있다고 말했다.',
    )
    expect(recordsOf(r, 'diplomatic-statement')).toContain('volodymyr-zelensky>north-korea reported')
  })

  it('용의가 있다고 밝혔다', () => {
    const r = rulesKo(
      '일본 정부는 중국이 수입 규제를 철폐한다면 중국에 관련 자료를 추가로 넘길 용의가 있다고 밝혔다.',
    )
    expect(recordsOf(r, 'diplomatic-statement')).toContain('japan>china reported')
  })

  it('not a readiness to talk (대화할 준비: a meeting offer only)', () => {
    const r = rulesKo('미국 국무부는 북한과 전제조건 없이 대화할 준비가 돼 있다고 밝혔다.')
    expect(recordsOf(r, 'diplomatic-statement')).toEqual([])
  })

  it('not an offer of aid (지원할 용의: the aid offered only)', () => {
    const r = rulesKo('통일부는 수해를 입은 북한 주민들에게 식량을 지원할 용의가 있다고 밝혔다.')
    expect(recordsOf(r, 'diplomatic-statement')).toEqual([])
  })

  it('not aimed at a state named only in a relative clause (러시아에 억류된 포로)', () => {
    const r = rulesKo(
      '볼로디미르 젤렌스키 우크라이나 대통령은 생포한 병사들을 러시아에 억류된 자국 포로와 맞교환할 용의가 있다고 말했다.',
    )
    expect(recordsOf(r, 'diplomatic-statement')).not.toContain('volodymyr-zelensky>russia reported')
  })
})
