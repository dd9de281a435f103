import { env, SELF } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { getTagger } from '../../src/tagging'

const ADMIN = { authorization: 'Bearer test-admin-token', 'content-type': 'application/json' }
const url = (path: string) => `https://seismo.test${path}`
const send = (method: string, path: string, body: unknown, headers: Record<string, string> = ADMIN) =>
  SELF.fetch(url(path), { method, headers, body: JSON.stringify(body) })

interface TaxonomyBody {
  version: number
  actors: { slug: string; name: string; kind: string; aliases: Record<string, string[]> }[]
  events: { slug: string; name: string; group: string; triggers: Record<string, string[]> }[]
}

const tagNow = async (title: string, body = '') =>
  (await getTagger(env.DB)).tag({
    title,
    content: body,
    lang: 'en',
    publishedAt: Date.parse('2025-01-10T00:00:00Z'),
  })

describe('GET /api/taxonomy', () => {
  it('lists the default actors and events with aliases and triggers per language', async () => {
    const res = await SELF.fetch(url('/api/taxonomy'))
    expect(res.status).toBe(200)
    const body = await res.json<TaxonomyBody>()
    expect(body.actors.length).toBeGreaterThanOrEqual(55)
    expect(body.events.length).toBe(18)
    const nk = body.actors.find((a) => a.slug === 'north-korea')!
    expect(nk).toMatchObject({ name: 'North Korea', kind: 'country' })
    expect(nk.aliases.en).toContain('DPRK')
    expect(nk.aliases.ko).toContain('북한')
    const visit = body.events.find((e) => e.slug === 'visit')!
    expect(visit).toMatchObject({ group: 'diplomacy' })
    expect(visit.triggers.ko).toContain('방북')
  })
})

describe('taxonomy administration', () => {
  it('refuses changes without the admin token', async () => {
    const res = await send(
      'PATCH',
      '/api/taxonomy/actors/north-korea',
      { add_aliases: { en: ['Hermit Kingdom'] } },
      { 'content-type': 'application/json' },
    )
    expect(res.status).toBe(401)
    const wrong = await send(
      'PATCH',
      '/api/taxonomy/actors/north-korea',
      { add_aliases: { en: ['Hermit Kingdom'] } },
      { ...ADMIN, authorization: 'Bearer nope' },
    )
    expect(wrong.status).toBe(401)
    expect((await tagNow('The Hermit Kingdom fires a missile')).actors.map((a) => a.slug)).not.toContain(
      'north-korea',
    )
  })

  it('an added alias is found in newly tagged text, and the version moves', async () => {
    const before = (await (await SELF.fetch(url('/api/taxonomy'))).json<TaxonomyBody>()).version
    const res = await send('PATCH', '/api/taxonomy/actors/north-korea', {
      add_aliases: { en: ['Hermit Kingdom'] },
    })
    expect(res.status).toBe(200)
    const body = await res.json<{
      slug: string
      aliases: Record<string, string[]>
      taxonomy_version: number
      retag_queued: boolean
    }>()
    expect(body.aliases.en).toContain('Hermit Kingdom')
    expect(body.taxonomy_version).toBeGreaterThan(before)
    expect(body.retag_queued).toBe(true)
    expect((await tagNow('The Hermit Kingdom fires a missile')).actors.map((a) => a.slug)).toContain(
      'north-korea',
    )
    // Removing it takes it away again.
    const removed = await send('PATCH', '/api/taxonomy/actors/north-korea', {
      remove_aliases: { en: ['Hermit Kingdom'] },
    })
    expect(removed.status).toBe(200)
    expect((await tagNow('The Hermit Kingdom fires a missile')).actors.map((a) => a.slug)).not.toContain(
      'north-korea',
    )
  })

  it('adds an actor that implies its country, and refuses a taken slug with 409', async () => {
    const res = await send('POST', '/api/taxonomy/actors', {
      slug: 'kim-min-seok',
      name: 'Kim Min-seok',
      kind: 'person',
      aliases: { en: ['Kim Min-seok'], ko: ['김민석'] },
      implies: ['south-korea'],
      titles: [{ forms: { en: ['Prime Minister Kim'] }, from: '2025-07-03', to: null }],
    })
    expect(res.status).toBe(201)
    const tags = await tagNow('김민석 총리, 기자회견')
    expect(tags.actors.map((a) => a.slug).sort()).toEqual(['kim-min-seok', 'south-korea'])
    const listed = await (await SELF.fetch(url('/api/taxonomy'))).json<TaxonomyBody>()
    expect(listed.actors.map((a) => a.slug)).toContain('kim-min-seok')
    const again = await send('POST', '/api/taxonomy/actors', {
      slug: 'kim-min-seok',
      name: 'X',
      kind: 'person',
      aliases: { en: ['X'] },
    })
    expect(again.status).toBe(409)
    expect(await again.json()).toMatchObject({ error: { code: 'slug_exists' } })
    const clash = await send('POST', '/api/taxonomy/events', {
      slug: 'north-korea',
      name: 'X',
      group: 'diplomacy',
      triggers: { en: ['x'] },
    })
    expect(clash.status).toBe(409)
  })

  it('adds an event and extends triggers of an existing one', async () => {
    const created = await send('POST', '/api/taxonomy/events', {
      slug: 'space-launch',
      name: 'Civil space launch',
      group: 'science',
      triggers: { en: ['lunar probe'], ko: ['달 탐사선'] },
    })
    expect(created.status).toBe(201)
    expect((await tagNow('China sends lunar probe')).events.map((e) => e.slug)).toContain('space-launch')
    const patched = await send('PATCH', '/api/taxonomy/events/protest', {
      add_triggers: { en: ['picket line'] },
    })
    expect(patched.status).toBe(200)
    expect((await tagNow('Workers form a picket line in Seoul')).events.map((e) => e.slug)).toContain(
      'protest',
    )
  })

  it('answers 404 for an unknown slug and 400 for invalid changes, changing nothing', async () => {
    const before = (await (await SELF.fetch(url('/api/taxonomy'))).json<TaxonomyBody>()).version
    expect((await send('PATCH', '/api/taxonomy/actors/atlantis', { name: 'Atlantis' })).status).toBe(404)
    expect((await send('PATCH', '/api/taxonomy/events/levitation', { name: 'x' })).status).toBe(404)
    const badSlug = await send('POST', '/api/taxonomy/actors', {
      slug: 'Bad Slug',
      name: 'x',
      kind: 'country',
      aliases: { en: ['x'] },
    })
    expect(badSlug.status).toBe(400)
    const rename = await send('PATCH', '/api/taxonomy/actors/russia', { slug: 'rus' })
    expect(rename.status).toBe(400)
    const unknownImplied = await send('POST', '/api/taxonomy/actors', {
      slug: 'nobody',
      name: 'Nobody',
      kind: 'person',
      aliases: { en: ['Nobody'] },
      implies: ['atlantis'],
    })
    expect(unknownImplied.status).toBe(400)
    const emptyForm = await send('PATCH', '/api/taxonomy/actors/russia', { add_aliases: { en: ['=*'] } })
    expect(emptyForm.status).toBe(400)
    const nothing = await send('PATCH', '/api/taxonomy/actors/russia', {})
    expect(nothing.status).toBe(400)
    const after = (await (await SELF.fetch(url('/api/taxonomy'))).json<TaxonomyBody>()).version
    expect(after).toBe(before)
  })
})
