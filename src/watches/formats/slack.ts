import {
  CHAT_COPIES_NAMED,
  CHAT_DIGEST_MAX_LINES,
  CHAT_LINK_MAX_CHARS,
  CHAT_SUMMARY_MAX_CHARS,
  CHAT_TITLE_MAX_CHARS,
  SLACK_LIMITS,
  SLACK_MESSAGE_MAX_CHARS,
  SLACK_TEXT_MAX_CHARS,
} from '../../limits'
import { escapeWithin, headlineOf, oneLine, outletList, plural, safeLink, sourceName, truncate } from './text'
import type { DigestEvent, MatchedEvent, StoryItem, WebhookEvent } from './types'

/**
 * Slack incoming-webhook bodies: Block Kit `blocks` with a `text` fallback (notifications, old
 * clients). Every piece of feed text goes through slackText: `& < >` become entities (so no
 * <!channel>, <@U…> or <url|label> can come from a feed) and mrkdwn's control characters become
 * look-alikes, because mrkdwn has no escape character: `*bold*`, `_italic_`, `~strike~` and
 * `code` cannot be written by a feed. Seismo's own markup is links only.
 */

export type SlackBlock =
  | { type: 'section'; text: { type: 'mrkdwn'; text: string } }
  | { type: 'context'; elements: { type: 'mrkdwn'; text: string }[] }
  | { type: 'header'; text: { type: 'plain_text'; text: string; emoji: false } }

export interface SlackBody {
  text: string
  blocks: SlackBlock[]
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }
/** ∗ ˍ ∼ ˋ read like * _ ~ ` but are not mrkdwn. */
const LOOKALIKES: Record<string, string> = { '*': '\u2217', _: '\u02cd', '~': '\u223c', '`': '\u02cb' }

export const slackEscapeChar = (ch: string) => ENTITIES[ch] ?? LOOKALIKES[ch] ?? ch

/** Feed (or user) text for any mrkdwn field: one line, escaped, at most max characters. */
export const slackText = (text: string, max: number) => escapeWithin(text, max, slackEscapeChar)

/** A link's target inside <url|label>: "|" would end it early; & is escaped like all text. URL.href has no < >. */
function slackLink(url: string | null): string | null {
  const safe = safeLink(url)
  if (!safe) return null
  const target = safe.replace(/&/g, '&amp;').replace(/\|/g, '%7C')
  return target.length <= CHAT_LINK_MAX_CHARS ? target : null
}

const section = (text: string): SlackBlock => ({ type: 'section', text: { type: 'mrkdwn', text } })
const context = (text: string): SlackBlock => ({ type: 'context', elements: [{ type: 'mrkdwn', text }] })

function headline(item: StoryItem): string {
  const title = slackText(headlineOf(item.article), CHAT_TITLE_MAX_CHARS)
  const link = slackLink(item.article.url)
  return link ? `<${link}|${title}>` : title
}

const source = (item: StoryItem) => slackText(sourceName(item.article), 200)

export function slackBody(event: WebhookEvent): SlackBody {
  switch (event.type) {
    case 'watch.test': {
      const text = slackText(`Seismo test: watch "${event.watch.name}" is connected to this channel.`, 500)
      return { text, blocks: [section(text)] }
    }
    case 'article.matched':
      return matchedBody(event)
    case 'watch.digest':
      return digestBody(event)
  }
}

function matchedBody(e: MatchedEvent): SlackBody {
  const a = e.article
  const summary = a.summary ? `\n${slackText(a.summary, CHAT_SUMMARY_MAX_CHARS)}` : ''
  const meta = [source(e)]
  if (a.actors.length) meta.push(slackText(`actors: ${a.actors.join(', ')}`, 400))
  if (a.events.length) meta.push(slackText(`events: ${a.events.join(', ')}`, 400))
  const blocks = [section(`${headline(e)}${summary}`), context(meta.join(' · '))]
  if (e.copyCount > 0) {
    const outlets = outletList(e.copies, e.copyCount, CHAT_COPIES_NAMED, (s) => slackText(s, 100))
    blocks.push(context(`Also reported by ${outlets}`))
  }
  blocks.push(context(`Seismo watch: ${slackText(e.watch.name, 200)}`))
  const text = slackText(`${e.watch.name}: ${headlineOf(a)} (${sourceName(a)})`, SLACK_TEXT_MAX_CHARS)
  return { text, blocks }
}

/** Characters of all text in a body: what SLACK_MESSAGE_MAX_CHARS bounds. */
export function slackTextSize(body: SlackBody): number {
  let n = body.text.length
  for (const b of body.blocks) {
    if (b.type === 'context') for (const el of b.elements) n += el.text.length
    else n += b.text.text.length
  }
  return n
}

/**
 * A digest as a list: one line per article (newest first) packed into sections of at most 3,000
 * characters, up to CHAT_DIGEST_MAX_LINES lines and the message budget, then "+N more".
 */
function digestBody(e: DigestEvent): SlackBody {
  const text = slackText(
    `Seismo digest for ${e.watch.name}: ${plural(e.count, 'new article')}`,
    SLACK_TEXT_MAX_CHARS,
  )
  const header: SlackBlock = {
    type: 'header',
    text: {
      type: 'plain_text',
      text: truncate(`Seismo digest: ${oneLine(e.watch.name)}`, 150),
      emoji: false,
    },
  }
  const blocks: SlackBlock[] = [
    header,
    context(`${plural(e.count, 'article')} · ${e.period.start} – ${e.period.end}`),
  ]
  const moreReserve = 40
  let budget = SLACK_MESSAGE_MAX_CHARS - slackTextSize({ text, blocks }) - moreReserve
  let current = ''
  let listed = 0
  for (const item of e.items) {
    if (listed >= CHAT_DIGEST_MAX_LINES) break
    const copies = item.copyCount > 0 ? ` (+${plural(item.copyCount, 'copy', 'copies')})` : ''
    const line = `• ${headline(item)} — ${source(item)}${copies}`
    if (line.length + 1 > budget) break
    if (current && current.length + 1 + line.length > SLACK_LIMITS.sectionText) {
      blocks.push(section(current))
      current = ''
    }
    current = current ? `${current}\n${line}` : line
    budget -= line.length + 1
    listed++
  }
  if (current) blocks.push(section(current))
  if (e.count > listed) blocks.push(context(`+${e.count - listed} more`))
  return { text, blocks }
}
