import { discordBody } from './discord'
import { slackBody } from './slack'
import type { StoryItem, WebhookEvent, WebhookFormat } from './types'

/**
 * Webhook bodies per format. Pure: an event in, the exact JSON text to POST out (the same text
 * is signed, so it is built once per attempt).
 */

export * from './types'

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

/** A story in a Standard Webhooks payload: the article object plus the later copies folded into it. */
const storyFields = (s: StoryItem) => ({ copies: s.copies, copy_count: s.copyCount })

/** The Standard Webhooks envelope: {type, timestamp, data}. */
function standardBody(event: WebhookEvent) {
  const { type, timestamp, watch } = event
  switch (event.type) {
    case 'watch.test':
      return { type, timestamp, data: { watch } }
    case 'article.matched':
      return { type, timestamp, data: { watch, article: event.article, ...storyFields(event) } }
    case 'watch.digest':
      return {
        type,
        timestamp,
        data: {
          watch,
          period: event.period,
          count: event.count,
          articles: event.items.map((s) => ({ ...s.article, ...storyFields(s) })),
          omitted: event.count - event.items.length,
        },
      }
  }
}
