import { describe, expect, it } from 'vitest'
import { rulesEn as en, eventSlugs, rulesKo as ko, recordsOf as records } from './helpers'

// Round twenty-one's nuclear-weapons recall pass: constructions behind missed nuclear-weapons tags in the tuning
// gold, recurring in three batches or more. Sentences written for these tests; read with the learned veto off, so
// the rules alone decide.

const NUKE = 'nuclear-weapons'
const modalities = (r: ReturnType<typeof en>) => records(r, NUKE).map((x) => x.split(' ')[1])

describe('denuclearisation as the condition of talks is their agenda (convention C1; t28 t32 t40 t48 t61)', () => {
  it('English: talks premised on denuclearisation refused, or the precondition dropped', () => {
    expect(
      modalities(en('Pyongyang rejected any talks with Washington premised on denuclearization.')),
    ).toEqual(['denied'])
    expect(
      modalities(
        en('Trump has floated dropping denuclearisation as a precondition for talks with Kim Jong Un.'),
      ),
    ).toEqual(['reported'])
  })
  it('Korean: 비핵화를 전제로 한 대화 refused', () => {
    expect(
      modalities(ko('북한은 "비핵화를 전제로 한 대화에는 응하지 않겠다"는 입장을 고수하고 있다.')),
    ).toEqual(['denied'])
  })
  it('while another act set as the condition stays supposed', () => {
    expect(
      modalities(
        en(
          'Trump said there would be no easing of sanctions until Pyongyang took steps to give up its nuclear weapons.',
        ),
      ),
    ).toEqual(['speculative'])
    expect(eventSlugs(ko('정부는 북한의 핵 포기를 조건으로 제재를 완화할 수 있다고 밝혔다.'))).not.toContain(
      NUKE,
    )
  })
})

describe('a suspected enrichment building is seen, its purpose doubted (t7 t20 t22 t35 t45 t52 t61 t84)', () => {
  it('English: suspected before a building, a facility or a site', () => {
    expect(modalities(en('The IAEA flagged a suspected new uranium enrichment site at Yongbyon.'))).toEqual([
      'reported',
    ])
    expect(
      modalities(en('Inspectors say North Korea is building a suspected enrichment facility at Yongbyon.')),
    ).toEqual(['reported'])
  })
  it('Korean: 농축시설 추정 건물, 농축시설로 추정되는 새 건물', () => {
    expect(
      modalities(ko('그로시 사무총장은 북한 영변에 새 농축시설 추정 건물이 들어섰다고 밝혔다.')),
    ).toEqual(['reported'])
    expect(
      modalities(
        ko(
          '그로시 사무총장은 북한 영변 핵단지에 우라늄 농축시설로 추정되는 새 건물이 완공 단계에 있다고 밝혔다.',
        ),
      ),
    ).toEqual(['reported'])
  })
  it('while a suspicion about the act itself stays a guess', () => {
    expect(modalities(en('Seoul suspected North Korea was building a new enrichment site.'))).toEqual([
      'speculative',
    ])
    expect(modalities(ko('북한이 영변에서 우라늄을 농축하는 것으로 추정된다.'))).toEqual(['speculative'])
    expect(modalities(ko('북한이 핵실험을 한 것으로 추정된다.'))).toEqual(['speculative'])
  })
  it('and a nuclear power plant is no weapons programme', () => {
    expect(
      eventSlugs(en('Officials inspected a suspected leak at the Kori nuclear power plant on Monday.')),
    ).toEqual([])
    expect(
      eventSlugs(ko('한국수력원자력은 고리 원자력발전소의 새 건물이 완공 단계에 있다고 밝혔다.')),
    ).toEqual([])
  })
})

describe('a state saying when it would use its nuclear weapons states its doctrine (t7 t30 t41 t61 t82)', () => {
  it('English: the conditions for the use of nuclear weapons, would use nuclear weapons', () => {
    expect(
      modalities(
        en(
          "North Korea's defence ministry warned that the deployment could meet the conditions for its use of nuclear weapons.",
        ),
      ),
    ).toEqual(['reported'])
    expect(
      modalities(
        en("North Korea said on Monday it would use nuclear weapons 'without hesitation' if attacked."),
      ),
    ).toEqual(['reported'])
  })
  it('Korean: 핵무기 사용 조건, 핵무기를 포함한 모든 공격력을 사용할 것', () => {
    expect(
      modalities(ko('북한 국방성은 미국의 전략자산 전개가 핵무기 사용 조건에 해당할 수 있다고 경고했다.')),
    ).toContain('reported')
    expect(
      modalities(
        ko(
          "김정은 위원장은 '적들이 주권을 침해한다면 핵무기를 포함한 모든 공격력을 사용할 것'이라고 말했다.",
        ),
      ),
    ).toEqual(['reported'])
  })
  it("while another's use stays a guess", () => {
    expect(
      modalities(
        en(
          'President Yoon Suk Yeol warned the North that using nuclear weapons would mean the end of its regime.',
        ),
      ),
    ).not.toContain('reported')
    expect(
      modalities(ko('정부는 북한이 핵무기를 사용할 경우 압도적으로 대응하겠다고 밝혔다.')),
    ).not.toContain('reported')
    expect(
      modalities(ko('윤석열 대통령은 "북한이 핵무기 사용을 기도한다면 정권이 종말을 맞을 것"이라고 말했다.')),
    ).not.toContain('reported')
  })
  it('and a metaphor or civil nuclear power tags nothing', () => {
    expect(
      eventSlugs(en('The striker said he would use the nuclear option of a penalty shoot-out if needed.')),
    ).toEqual([])
    expect(eventSlugs(ko('한국수력원자력은 원전 사용 후 핵연료 저장 조건을 발표했다.'))).toEqual([])
  })
})
