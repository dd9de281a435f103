import {
  CHAT_COPIES_NAMED,
  CHAT_DIGEST_MAX_LINES,
  CHAT_SUMMARY_MAX_CHARS,
  DISCORD_LIMITS,
} from '../../limits'
import { escapeWithin, headlineOf, oneLine, outletList, plural, safeLink, sourceName, truncate } from './text'
import type { DigestEvent, MatchedEvent, StoryItem, WebhookEvent } from './types'

/**
 * Discord webhook bodies: one embed, every documented limit kept, `allowed_mentions` empty so
 * nothing pings. Feed text goes through discordText: Markdown is backslash-escaped, so a feed
 * cannot write a masked link ([Verify your account](https://evil…)), emphasis, spoilers, code,
 * headings, lists, quotes, mentions or timestamps. Seismo's own markup is the embed's title
 * link and, in digests, one masked link per article pointing at that article's own URL.
 */

interface DiscordField {
  name: string
  value: string
  inline: boolean
}

export interface DiscordEmbed {
  title: string
  url?: string
  description?: string
  fields: DiscordField[]
  timestamp: string
  footer: { text: string }
}

export interface DiscordBody {
  content: string
  embeds?: DiscordEmbed[]
  /** Feed text must never ping @everyone, roles or users. */
  allowed_mentions: { parse: string[] }
}

/**
 * Markdown anywhere in a line: emphasis, strike, code, spoilers, links, mentions/timestamps (<…>), the escape
 * itself.
 */
const INLINE_MARKDOWN = new Set(['\\', '*', '_', '~', '`', '|', '<', '>', '[', ']', '(', ')', '@'])
/** Markdown only at the start of a line: headings, subtext (-#), lists, quotes. */
const LINE_START_MARKDOWN = new Set(['#', '-', '+', '>', '*'])

/** Feed (or user) text for a Markdown field: one line, escaped, at most max characters. */
export function discordText(text: string, max: number): string {
  // "1. text" at the start would become an ordered list: its dot is escaped too.
  const listDot = (/^\d+\./.exec(oneLine(text))?.[0].length ?? 0) - 1
  return escapeWithin(text, max, (ch, at) =>
    INLINE_MARKDOWN.has(ch) || (at === 0 && LINE_START_MARKDOWN.has(ch)) || at === listDot ? `\\${ch}` : ch,
  )
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

const NO_MENTIONS = { parse: [] }
const L = DISCORD_LIMITS

export function discordBody(event: WebhookEvent): DiscordBody {
  switch (event.type) {
    case 'watch.test':
      return {
        content: `Seismo test: watch "${discordText(event.watch.name, 300)}" is connected to this channel.`,
        allowed_mentions: NO_MENTIONS,
      }
    case 'article.matched':
      return matchedBody(event)
    case 'watch.digest':
      return digestBody(event)
  }
}

/** Footers are not Markdown: plain text, one line. */
const footer = (text: string) => ({ text: truncate(oneLine(text), L.footer) })

function matchedBody(e: MatchedEvent): DiscordBody {
  const a = e.article
  const fields = [
    { name: 'Source', value: sourceName(a) },
    { name: 'Actors', value: a.actors.join(', ') },
    { name: 'Events', value: a.events.join(', ') },
  ]
    .filter((f) => f.value.length > 0) // Discord refuses empty field values
    .map((f) => ({ name: f.name, value: discordText(f.value, L.fieldValue), inline: true }))
  if (e.copyCount > 0) {
    const value = outletList(e.copies, e.copyCount, CHAT_COPIES_NAMED, (s) => discordText(s, 100))
    fields.push({ name: 'Also reported by', value: truncate(value, L.fieldValue), inline: false })
  }
  const embed: DiscordEmbed = {
    title: discordText(headlineOf(a), L.title),
    fields,
    timestamp: a.published_at,
    footer: footer(`Seismo · ${e.watch.name}`),
  }
  const link = safeLink(a.url)
  if (link) embed.url = link
  if (a.summary) {
    // The description absorbs whatever the other parts leave of the 6,000-character total.
    const room = Math.min(L.description, CHAT_SUMMARY_MAX_CHARS, L.total - discordEmbedSize(embed))
    if (room > 1) embed.description = discordText(a.summary, room)
  }
  return {
    content: `Seismo watch "${discordText(e.watch.name, 300)}" matched a new article.`,
    embeds: [embed],
    allowed_mentions: NO_MENTIONS,
  }
}

/** A masked link's target: ( ) would end it early (URL.href has no spaces or < >). */
const linkTarget = (url: string) => url.replace(/\(/g, '%28').replace(/\)/g, '%29')

function digestLine(item: StoryItem): string {
  const title = discordText(headlineOf(item.article), 200)
  const link = safeLink(item.article.url)
  // Seismo's own parentheses are escaped too: only the masked links stay Markdown.
  const copies = item.copyCount > 0 ? ` \\(+${plural(item.copyCount, 'copy', 'copies')}\\)` : ''
  const head = link ? `[${title}](${linkTarget(link)})` : title
  return `• ${head} — ${discordText(sourceName(item.article), 100)}${copies}`
}

/** A digest as a list in the embed description, up to CHAT_DIGEST_MAX_LINES lines and the limits, then "+N more". */
function digestBody(e: DigestEvent): DiscordBody {
  const embed: DiscordEmbed = {
    title: `Seismo digest: ${discordText(e.watch.name, 200)}`,
    fields: [],
    timestamp: e.period.end,
    footer: footer(`${plural(e.count, 'article')} · ${e.period.start} – ${e.period.end}`),
  }
  const moreReserve = 40
  const room = Math.min(L.description, L.total - discordEmbedSize(embed)) - moreReserve
  const lines: string[] = []
  let size = 0
  for (const item of e.items) {
    if (lines.length >= CHAT_DIGEST_MAX_LINES) break
    const line = digestLine(item)
    if (size + line.length + 1 > room) break
    lines.push(line)
    size += line.length + 1
  }
  if (e.count > lines.length) lines.push(`+${e.count - lines.length} more`)
  embed.description = lines.join('\n')
  return {
    content: `Seismo digest for "${discordText(e.watch.name, 300)}": ${plural(e.count, 'new article')}`,
    embeds: [embed],
    allowed_mentions: NO_MENTIONS,
  }
}
