import type { ArticleView } from '../db/article-view'
import { DISCORD_LIMITS, SLACK_TITLE_MAX_CHARS } from '../limits'

/**
 * Webhook bodies per format. Pure: an event in, the exact JSON text to POST out (the same text
 * is signed, so it is built once per attempt).
 */

export const WEBHOOK_FORMATS = ['standard', 'slack', 'discord'] as const
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number]

export interface WatchRef {
  id: string
  name: string
}

export type WebhookEvent =
  | { type: 'article.matched'; timestamp: string; watch: WatchRef; article: ArticleView }
  | { type: 'watch.test'; timestamp: string; watch: WatchRef }

export function renderPayload(format: WebhookFormat, event: WebhookEvent): string {
  switch (format) {
    case 'standard':
      return JSON.stringify(standardBody(event))
    case 'slack':
      return JSON.stringify(slackBody(event))
    case 'discord':
      return JSON.stringify(discordBody(event))
  }
}

// ── standard (Standard Webhooks envelope) ─────────────────────────────────────
function standardBody(event: WebhookEvent) {
  const data =
    event.type === 'article.matched' ? { watch: event.watch, article: event.article } : { watch: event.watch }
  return { type: event.type, timestamp: event.timestamp, data }
}

// ── shared text helpers ───────────────────────────────────────────────────────
/** At most max UTF-16 units (so also at most max code points), ending in "…" when cut; never splits a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  let cut = max - 1
  const code = text.charCodeAt(cut - 1)
  if (code >= 0xd800 && code <= 0xdbff) cut--
  return `${text.slice(0, cut)}…`
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim()

function sourceName(article: ArticleView): string {
  if (article.feed.title) return oneLine(article.feed.title)
  try {
    return article.url ? new URL(article.url).hostname : `feed ${article.feed.id}`
  } catch {
    return `feed ${article.feed.id}`
  }
}

/** Only http(s) links leave Seismo in chat messages (no javascript:, data:...). */
function safeLink(url: string | null): string | null {
  if (!url) return null
  try {
    const u = new URL(url)
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null
  } catch {
    return null
  }
}

// ── slack ─────────────────────────────────────────────────────────────────────
/** Slack's three control characters (api.slack.com "Escaping text"). */
export const slackEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A URL inside <url|label>: "|" would end it early, so it is percent-encoded before escaping. */
const slackUrl = (url: string) => slackEscape(url.replace(/\|/g, '%7C'))

function slackBody(event: WebhookEvent): { text: string } {
  const watch = `*${slackEscape(oneLine(event.watch.name))}*`
  if (event.type === 'watch.test')
    return { text: `Seismo test: watch ${watch} is connected to this channel.` }
  const a = event.article
  const title = slackEscape(truncate(oneLine(a.title), SLACK_TITLE_MAX_CHARS))
  const link = safeLink(a.url)
  const parts = [link ? `<${slackUrl(link)}|${title}>` : title, slackEscape(sourceName(a))]
  if (a.actors.length) parts.push(`actors: ${a.actors.join(', ')}`)
  if (a.events.length) parts.push(`events: ${a.events.join(', ')}`)
  return { text: `${watch}: ${parts.join(' — ')}` }
}

// ── discord ───────────────────────────────────────────────────────────────────
interface DiscordEmbed {
  title: string
  url?: string
  description?: string
  fields: { name: string; value: string; inline: boolean }[]
  timestamp: string
  footer: { text: string }
}

interface DiscordBody {
  content: string
  embeds?: DiscordEmbed[]
  /** Article text must never ping @everyone or roles. */
  allowed_mentions: { parse: string[] }
}

/** Characters Discord counts toward an embed's 6,000 total. */
export function discordEmbedSize(e: DiscordEmbed): number {
  return (
    e.title.length +
    (e.description?.length ?? 0) +
    e.footer.text.length +
    e.fields.reduce((n, f) => n + f.name.length + f.value.length, 0)
  )
}

function discordBody(event: WebhookEvent): DiscordBody {
  const L = DISCORD_LIMITS
  const watchName = oneLine(event.watch.name)
  const noMentions = { parse: [] }
  if (event.type === 'watch.test') {
    return {
      content: truncate(`Seismo test: watch "${watchName}" is connected to this channel.`, L.content),
      allowed_mentions: noMentions,
    }
  }
  const a = event.article
  const fields = [
    { name: 'Source', value: sourceName(a) },
    { name: 'Actors', value: a.actors.join(', ') },
    { name: 'Events', value: a.events.join(', ') },
  ]
    .filter((f) => f.value.length > 0) // Discord refuses empty field values
    .map((f) => ({ name: f.name, value: truncate(f.value, L.fieldValue), inline: true }))
  const embed: DiscordEmbed = {
    title: truncate(oneLine(a.title), L.title),
    fields,
    timestamp: a.published_at,
    footer: { text: truncate(`Seismo · ${watchName}`, L.footer) },
  }
  const link = safeLink(a.url)
  if (link) embed.url = link
  if (a.summary) {
    // The description absorbs whatever the other parts leave of the 6,000-character total.
    const room = Math.min(L.description, L.total - discordEmbedSize(embed))
    if (room > 1) embed.description = truncate(a.summary, room)
  }
  return {
    content: truncate(`Seismo watch "${watchName}" matched a new article.`, L.content),
    embeds: [embed],
    allowed_mentions: noMentions,
  }
}
