import { getCompiledTaxonomy } from '../tagging'
import type { Taxonomy } from '../tagging/taxonomy'
import type { UiLang } from './i18n'

/**
 * Display names of actor and event slugs in the UI language. English names come from the
 * taxonomy; Korean ones from an actor's first Korean alias (북한, 라브로프) and, for the default
 * events, from the table below (an event's Korean triggers are verbs and phrases, not names).
 * A slug without a name (added by an admin in one language only) shows its English name or slug.
 */
const KO_EVENT_NAMES: Record<string, string> = {
  visit: '공식 방문',
  'meeting-summit': '회담·정상회의',
  'alliance-agreement': '협정·조약·동맹',
  'diplomatic-statement': '외교 성명·규탄',
  'military-cooperation': '군사 협력',
  'arms-trade': '무기 거래',
  'nuclear-weapons': '핵무기',
  'missile-launch': '미사일 발사',
  'military-exercise': '군사 훈련',
  'threat-warning': '위협·경고',
  sanctions: '제재',
  cyberattack: '사이버 공격',
  'attack-clash': '무력 공격·충돌',
  aid: '원조·지원',
  humanitarian: '인도주의·인권',
  protest: '시위',
  election: '선거',
  'leadership-change': '지도부 교체',
}

export interface Labels {
  actor(slug: string): string
  event(slug: string): string
  /** Every actor and event, in taxonomy order (for pickers). */
  actors: string[]
  events: string[]
}

/**
 * Per isolate: the labels of each compiled taxonomy (getCompiledTaxonomy hands out the same object
 * until the taxonomy version moves, so a new version gets new labels and the old ones are dropped).
 */
const cache = new WeakMap<object, Partial<Record<UiLang, Labels>>>()

export async function labelsFor(db: D1Database, lang: UiLang): Promise<Labels> {
  const compiled = await getCompiledTaxonomy(db)
  const known = cache.get(compiled) ?? {}
  cache.set(compiled, known)
  known[lang] ??= buildLabels(compiled.taxonomy, lang)
  return known[lang]
}

function buildLabels(taxonomy: Taxonomy, lang: UiLang): Labels {
  const actors = new Map(
    taxonomy.actors.map((a) => [a.slug, (lang === 'ko' && a.aliases.ko?.[0]) || a.name || a.slug]),
  )
  const events = new Map(
    taxonomy.events.map((e) => [e.slug, (lang === 'ko' && KO_EVENT_NAMES[e.slug]) || e.name || e.slug]),
  )
  return {
    actor: (slug) => actors.get(slug) ?? slug,
    event: (slug) => events.get(slug) ?? slug,
    actors: [...actors.keys()],
    events: [...events.keys()],
  }
}
