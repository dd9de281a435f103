import { describe, expect, it } from 'vitest'
import { actors, actorsOf, defaultTagger } from './helpers'

// Issue 14, round thirteen: a state named only as the topic of someone's words ("Takaichi's Taiwan remarks",
// "amid the Taiwan row", 대만 발언, 대만 관련 발언) is no actor (taxonomy rule 1), reported in tuning batches
// t17, t20, t22, t32, t34. Each blocked shape is paired with a mention that must keep its actor. Sentences
// written for these tests.

const koActors = (body: string, title = '') =>
  actorsOf(
    defaultTagger().tag({
      title,
      content: body,
      lang: 'ko',
      publishedAt: Date.parse('2025-11-20T00:00:00Z'),
    }),
  )
const en = (title: string) => actors(title, '', '2025-11-20')

describe('a state as the topic of remarks in English', () => {
  it('is no actor before a remarks noun or after "remarks on"', () => {
    expect(en("Japan and China trade barbs over Takaichi's Taiwan comments")).not.toContain('taiwan')
    expect(en('Takaichi stands by remarks on Taiwan as Beijing fumes at Tokyo')).not.toContain('taiwan')
    expect(
      en('Beijing is at odds with Tokyo over remarks by Prime Minister Sanae Takaichi on Taiwan'),
    ).not.toContain('taiwan')
  })

  it('is no actor before a quarrel noun when two other states have the quarrel', () => {
    expect(en('China and Japan trade barbs amid the Taiwan row')).toEqual(['china', 'japan'])
  })

  it('stays an actor when it speaks, acts, or is the side of a quarrel', () => {
    expect(en('Taiwan protested the remarks by Japan’s premier')).toContain('taiwan')
    expect(en("Takaichi's Taiwan remarks anger Beijing; Taiwan thanked Tokyo for its support")).toContain(
      'taiwan',
    )
    expect(en("Beijing said China's remarks were measured")).toContain('china')
    expect(en("China's comments on Japan drew criticism")).toEqual(['china', 'japan'])
    expect(en('Takaichi escalates her China row')).toContain('china')
    expect(en('The Japan-China row deepened on Friday')).toEqual(['china', 'japan'])
  })
})

describe('a state as the topic of remarks in Korean', () => {
  it('is no actor before 발언, 관련 발언, 문제 발언', () => {
    expect(koActors('중국은 윤석열 대통령의 대만 발언에 반발했다.')).not.toContain('taiwan')
    expect(koActors('중국 외교부는 다카이치 총리의 대만 관련 발언을 비판했다.')).not.toContain('taiwan')
    expect(koActors('대만 문제 발언 이후 중일 관계가 악화했다.')).not.toContain('taiwan')
  })

  it('stays an actor as the speaker or a party', () => {
    expect(koActors('중국의 발언에 대만은 강하게 항의했다.')).toEqual(['china', 'taiwan'])
    expect(koActors('대만은 일본 총리의 발언을 환영했다.')).toContain('taiwan')
  })
})
