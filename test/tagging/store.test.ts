import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { STRENGTH_UNITS, tagWriteStatements } from '../../src/db/tags'
import { getTagger, getTaxonomySlugs } from '../../src/tagging'
import { storedMentions } from '../helpers/mentions'

describe('taxonomy seeded by the migrations', () => {
  it('exposes the default actor and event slugs', async () => {
    const slugs = await getTaxonomySlugs(env.DB)
    expect(slugs.actors.has('north-korea')).toBe(true)
    expect(slugs.actors.size).toBeGreaterThanOrEqual(55)
    expect(slugs.events.has('arms-trade')).toBe(true)
    expect(slugs.events.size).toBeGreaterThanOrEqual(18)
  })
})

describe('tagWriteStatements', () => {
  it('stores actors, events, mentions and the denormalised slug lists of a new article', async () => {
    const db = env.DB
    await db
      .prepare(
        `INSERT INTO articles (id, title, summary, content, lang, published_at, fetched_at, feed_id, cluster_id, simhash, content_hash)
         VALUES (901, 't', '', '', 'en', 1730000000000, 1730000000000, 1, 901, '0000000000000000', 'h')`,
      )
      .run()
    const tagger = await getTagger(db)
    const result = tagger.tag({
      title: 'Lavrov visits North Korea',
      content: 'Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Friday.',
      lang: 'en',
      publishedAt: 1730000000000,
    })
    await db.batch(tagWriteStatements(db, 901, 1730000000000, result))
    const row = await db
      .prepare('SELECT actors, events FROM articles WHERE id = 901')
      .first<{ actors: string; events: string }>()
    expect(row!.actors.split(' ')).toEqual(expect.arrayContaining(['sergei-lavrov', 'russia', 'north-korea']))
    expect(row!.events.split(' ')).toContain('visit')
    const actors = await db
      .prepare('SELECT actor, published_at, strength FROM article_actors WHERE article_id = 901')
      .all<{ actor: string; published_at: number; strength: number }>()
    expect(actors.results.map((r) => r.actor)).toContain('russia')
    expect(actors.results.every((r) => r.published_at === 1730000000000)).toBe(true)
    // Strength is stored in thousandths (0020): the tagger's value (three decimals) exactly.
    expect(actors.results.map((r) => [r.actor, r.strength / STRENGTH_UNITS]).sort()).toEqual(
      result.actors.map((t) => [t.slug, t.strength]).sort(),
    )
    expect(actors.results.every((r) => Number.isInteger(r.strength))).toBe(true)
    const mentions = await storedMentions([901])
    expect(mentions.length).toBeGreaterThan(0)
  })
})

describe('the taxonomy migrations', () => {
  it('seed exactly the project default taxonomy (0002 generated from the JSON, later updates by scripts/gen-taxonomy-update.mjs)', async () => {
    const { DEFAULT_TAXONOMY: seeded } = await import('../../src/tagging/default-taxonomy')
    const { getCompiledTaxonomy } = await import('../../src/tagging')
    const { taxonomy } = await getCompiledTaxonomy(env.DB)
    expect(taxonomy.actors.map((a) => a.slug)).toEqual(seeded.actors.map((a) => a.slug))
    expect(taxonomy.actors).toEqual(seeded.actors)
    expect(taxonomy.events).toEqual(seeded.events)
    expect(taxonomy.settings.compounds).toEqual(seeded.compounds)
  })
})
