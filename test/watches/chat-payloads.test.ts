import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ArticleView } from '../../src/db/article-view'
import { DISCORD_LIMITS, SLACK_LIMITS, SLACK_MESSAGE_MAX_CHARS, SLACK_TEXT_MAX_CHARS } from '../../src/limits'
import { type ArticleRef, renderPayload, type StoryItem, type WebhookEvent } from '../../src/watches/formats'
import { type DiscordBody, discordEmbedSize } from '../../src/watches/formats/discord'
import type { SlackBody } from '../../src/watches/formats/slack'
import { UNSAFE_CHARS } from '../../src/watches/formats/text'

/**
 * Chat payloads over hostile feed text (fast-check): whatever a feed puts in a title, summary or
 * its own name, the Slack and Discord bodies stay inside every platform limit, and nothing from
 * the feed becomes markup: no mention, no link, no emphasis, no code.
 */

const ATTACKS = [
  '<!channel>',
  '<!here|here>',
  '<@U024BE7LH>',
  '<#C024BE7LR>',
  '*bold*',
  '_italic_',
  '~strike~',
  '`code`',
  '```block```',
  '[Verify your account](https://evil.example/login)',
  '[https://bank.example](https://evil.example)',
  '<https://evil.example|Open your bank>',
  '<https://evil.example>',
  '&amp;',
  '&lt;script&gt;',
  '& < >',
  '||spoiler||',
  '# Heading',
  '-# subtext',
  '> quote',
  '- item',
  '1. item',
  '@everyone',
  '@here',
  '<t:1700000000:R>',
  '\\',
  '\\*',
  '|',
  '\u202e',
  '\u0000',
  '\n',
  '\t',
  '😀',
  '북한',
  'https://evil.example/x?a=1&b=2',
]

/** Text a hostile or broken feed could send: attack fragments, arbitrary code units, and very long runs. */
const hostile = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(...ATTACKS), fc.string()), { maxLength: 40 })
      .map((a) => a.join('')),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('&', '<', '>', '*', '[x](https://evil.example)', '_'),
        fc.integer({ min: 1, max: 3_000 }),
      )
      .map(([s, n]) => s.repeat(n)),
  },
)

const urls = fc.oneof(
  fc.constantFrom(
    'https://news.example/a?x=1&y=2',
    'https://news.example/a(b)|c_d*e~f`g',
    'javascript:alert(1)',
    'https://evil.example/" onmouseover="x',
    null,
  ),
  fc.webUrl(),
  fc.string({ maxLength: 30 }).map((s) => `https://news.example/${encodeURIComponent(s)}`),
)

const articleArb: fc.Arbitrary<ArticleView> = fc.record({
  id: fc.integer({ min: 1, max: 1e9 }).map(String),
  title: hostile,
  url: urls,
  summary: hostile,
  published_at: fc.constant('2026-10-08T14:27:00Z'),
  fetched_at: fc.constant('2026-10-08T14:30:00Z'),
  lang: fc.constant('en'),
  author: fc.constant(null),
  image_url: fc.constant(null),
  feed: fc.record({ id: fc.constant('3'), title: fc.option(hostile, { nil: null }) }),
  actors: fc.array(fc.constantFrom('russia', 'north-korea', 'un-security-council'), { maxLength: 3 }),
  events: fc.array(fc.constantFrom('diplomatic-visit', 'missile-launch'), { maxLength: 2 }),
  cluster_id: fc.constant('1'),
  archived: fc.constant(false),
})

const refArb: fc.Arbitrary<ArticleRef> = articleArb.map((a) => ({
  id: a.id,
  title: a.title,
  url: a.url,
  published_at: a.published_at,
  feed: a.feed,
}))

const storyArb: fc.Arbitrary<StoryItem> = fc
  .tuple(articleArb, fc.array(refArb, { maxLength: 6 }), fc.nat(50))
  .map(([article, copies, extra]) => ({
    article,
    copies,
    copyCount: copies.length ? copies.length + extra : 0,
  }))

const watchArb = fc.record({ id: fc.constant('7'), name: hostile })

const matchedArb: fc.Arbitrary<WebhookEvent> = fc
  .tuple(watchArb, storyArb)
  .map(([watch, story]) => ({ type: 'article.matched', timestamp: '2026-10-08T14:30:01Z', watch, ...story }))

const digestArb: fc.Arbitrary<WebhookEvent> = fc
  .tuple(watchArb, fc.array(storyArb, { minLength: 1, maxLength: 40 }), fc.nat(300))
  .map(([watch, items, extra]) => ({
    type: 'watch.digest',
    timestamp: '2026-10-08T15:00:00Z',
    watch,
    period: { start: '2026-10-08T14:00:00Z', end: '2026-10-08T15:00:00Z' },
    count: items.length + extra,
    items,
  }))

const eventArb = fc.oneof(matchedArb, digestArb)

/** The http(s) URLs an event may link to (its articles'), as URL.href (Discord) and as Slack link targets. */
function articleLinks(e: WebhookEvent): Set<string> {
  const items = e.type === 'article.matched' ? [e] : e.type === 'watch.digest' ? e.items : []
  const out = new Set<string>()
  for (const item of items) {
    try {
      const u = new URL(item.article.url ?? '')
      if (u.protocol === 'http:' || u.protocol === 'https:') out.add(u.href)
    } catch {}
  }
  return out
}

// ── Slack ─────────────────────────────────────────────────────────────────────

function slackTexts(body: SlackBody): { mrkdwn: string[]; plain: string[] } {
  const mrkdwn = [body.text]
  const plain: string[] = []
  for (const b of body.blocks) {
    if (b.type === 'context') mrkdwn.push(...b.elements.map((e) => e.text))
    else if (b.type === 'header') plain.push(b.text.text)
    else mrkdwn.push(b.text.text)
  }
  return { mrkdwn, plain }
}

/**
 * What a mrkdwn string does in Slack, minus Seismo's own links: every <…> must be <url|label> to
 * one of the event's article URLs; what is left (labels included) has no < > and no mrkdwn
 * control character, and every & starts an entity.
 */
function slackMarkupProblems(text: string, links: Set<string>): string[] {
  const problems: string[] = []
  const targets = new Set([...links].map((u) => u.replace(/&/g, '&amp;').replace(/\|/g, '%7C')))
  const rest = text.replace(/<([^<>|]*)\|([^<>]*)>/g, (_, target: string, label: string) => {
    if (!targets.has(target)) problems.push(`link to ${target}`)
    return label
  })
  if (/[<>]/.test(rest)) problems.push(`raw < or > in ${JSON.stringify(rest.slice(0, 80))}`)
  if (/[*_~`]/.test(rest)) problems.push(`mrkdwn control character in ${JSON.stringify(rest.slice(0, 80))}`)
  if (/&(?!amp;|lt;|gt;)/.test(rest)) problems.push('a bare &')
  return problems
}

describe('Slack payloads over hostile feed text', () => {
  it('stay within Block Kit limits and inject no markup', () => {
    fc.assert(
      fc.property(eventArb, (event) => {
        const body = JSON.parse(renderPayload('slack', event)) as SlackBody
        expect(body.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks)
        expect(body.text.length).toBeLessThanOrEqual(SLACK_TEXT_MAX_CHARS)
        const { mrkdwn, plain } = slackTexts(body)
        for (const b of body.blocks)
          if (b.type === 'section') expect(b.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText)
        for (const p of plain) expect(p.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText)
        const total = [...mrkdwn, ...plain].reduce((n, t) => n + t.length, 0)
        expect(total).toBeLessThanOrEqual(SLACK_MESSAGE_MAX_CHARS)
        const links = articleLinks(event)
        for (const t of mrkdwn) expect(slackMarkupProblems(t, links)).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  it('a 10,000-character title full of & < > stays under the budget (it used to make 52,644 characters)', () => {
    const title = '& < > '.repeat(1_700)
    const event: WebhookEvent = {
      type: 'article.matched',
      timestamp: '2026-10-08T14:30:01Z',
      watch: { id: '7', name: 'w' },
      article: {
        id: '1',
        title,
        url: 'https://news.example/a',
        summary: title,
        published_at: '2026-10-08T14:27:00Z',
        fetched_at: '2026-10-08T14:30:00Z',
        lang: 'en',
        author: null,
        image_url: null,
        feed: { id: '3', title },
        actors: [],
        events: [],
        cluster_id: '1',
        archived: false,
      },
      copies: [],
      copyCount: 0,
    }
    const raw = renderPayload('slack', event)
    expect(raw.length).toBeLessThan(SLACK_MESSAGE_MAX_CHARS + 1_000)
    const body = JSON.parse(raw) as SlackBody
    for (const t of slackTexts(body).mrkdwn) expect(slackMarkupProblems(t, articleLinks(event))).toEqual([])
  })
})

// ── Discord ───────────────────────────────────────────────────────────────────

const DISCORD_SPECIAL = new Set(['\\', '*', '_', '~', '`', '|', '<', '>', '[', ']', '(', ')', '@'])

/** Characters Discord would read as Markdown (not preceded by an escaping backslash). */
function unescapedSpecials(text: string): string[] {
  const found: string[] = []
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch === '\\') {
      i++ // the next character is literal
      continue
    }
    if (DISCORD_SPECIAL.has(ch)) found.push(ch)
  }
  return found
}

/** Seismo's own masked links ([label](target) to an article's URL) replaced by their labels; others reported. */
function stripOwnLinks(text: string, links: Set<string>, problems: string[]): string {
  return text.replace(/(?<!\\)\[((?:\\.|[^\\\]])*)\]\(([^()\s]*)\)/g, (_, label: string, target: string) => {
    const targets = new Set([...links].map((u) => u.replace(/\(/g, '%28').replace(/\)/g, '%29')))
    if (!targets.has(target)) problems.push(`masked link to ${target}`)
    return label
  })
}

function discordProblems(body: DiscordBody, event: WebhookEvent): string[] {
  const problems: string[] = []
  const links = articleLinks(event)
  const markdown = [body.content]
  for (const e of body.embeds ?? []) {
    markdown.push(e.title, ...e.fields.map((f) => f.value))
    if (e.description) markdown.push(stripOwnLinks(e.description, links, problems))
    if (e.url && !links.has(e.url)) problems.push(`embed url ${e.url}`)
  }
  for (const t of markdown) {
    // Line-start markers (headings, lists, quotes) are escaped too: no line may start with one.
    for (const line of t.split('\n'))
      if (/^(#{1,3} |-# |[-+*] |>>> |> |\d+\. )/.test(line)) problems.push(`line starts ${line.slice(0, 10)}`)
    const specials = unescapedSpecials(t)
    if (specials.length) problems.push(`unescaped ${specials.join('')} in ${JSON.stringify(t.slice(0, 80))}`)
  }
  return problems
}

describe('Discord payloads over hostile feed text', () => {
  it('keep every documented limit, ping nobody and carry no Markdown from the feed', () => {
    fc.assert(
      fc.property(eventArb, (event) => {
        const body = JSON.parse(renderPayload('discord', event)) as DiscordBody
        const L = DISCORD_LIMITS
        expect(body.allowed_mentions).toEqual({ parse: [] })
        expect(body.content.length).toBeLessThanOrEqual(L.content)
        const embeds = body.embeds ?? []
        expect(embeds.length).toBeLessThanOrEqual(10)
        let total = 0
        for (const e of embeds) {
          expect(e.title.length).toBeLessThanOrEqual(L.title)
          expect(e.description?.length ?? 0).toBeLessThanOrEqual(L.description)
          expect(e.fields.length).toBeLessThanOrEqual(25)
          for (const f of e.fields) {
            expect(f.name.length).toBeLessThanOrEqual(L.fieldName)
            expect(f.value.length).toBeGreaterThan(0)
            expect(f.value.length).toBeLessThanOrEqual(L.fieldValue)
          }
          expect(e.footer.text.length).toBeLessThanOrEqual(L.footer)
          total += discordEmbedSize(e)
        }
        expect(total).toBeLessThanOrEqual(L.total)
        expect(discordProblems(body, event)).toEqual([])
      }),
      { numRuns: 300 },
    )
  })

  it('shows escaped feed text exactly as the feed wrote it (minus line breaks, controls and the cut)', () => {
    fc.assert(
      fc.property(matchedArb, (event) => {
        const body = JSON.parse(renderPayload('discord', event)) as DiscordBody
        const shown = body.embeds![0].title.replace(/\\(.)/g, '$1').replace(/…$/, '')
        const original = (event as { article: ArticleView }).article.title
          .replace(UNSAFE_CHARS, '')
          .replace(/\s+/g, ' ')
          .trim()
        expect((original || 'Untitled article').startsWith(shown)).toBe(true)
      }),
      { numRuns: 200 },
    )
  })
})
