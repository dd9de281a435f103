import { env } from 'cloudflare:test'
import { type MentionSqlRow, mentionRows, readMentionsOfStatement } from '../../src/db/mentions'

/**
 * The stored mentions of the given articles (every article when omitted), in either stored form
 * (article_mention_lists, or legacy article_mentions rows), in order, with their article id.
 */
export async function storedMentions(articleIds?: number[]) {
  const ids =
    articleIds ??
    (await env.DB.prepare('SELECT id FROM articles').all<{ id: number }>()).results.map((r) => r.id)
  return mentionRows((await readMentionsOfStatement(env.DB, ids).all<MentionSqlRow>()).results)
}
