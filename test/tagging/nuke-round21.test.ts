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
