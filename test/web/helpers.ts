import { fixtureFeeds } from '../browser/fixtures.mjs'
import { call, ingest } from '../helpers/http'

/** The browser suite's English and Korean feeds, ingested through POST /api/ingest (the real pipeline). */
export async function seedFixtureFeeds(now = Date.now()): Promise<void> {
  for (const { url, doc } of fixtureFeeds(now)) {
    const { status, body } = await ingest(url, doc)
    if (status !== 200) throw new Error(`ingest ${url}: ${status} ${JSON.stringify(body)}`)
  }
}

/** A page as a reader's browser asks for it: no admin token, English unless told. */
export async function page(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; html: string; res: Response }> {
  const res = await call(path, { token: null, headers: { 'accept-language': 'en', ...headers } })
  return { status: res.status, html: await res.text(), res }
}

/** Every match of a pattern's first group. */
export const all = (html: string, re: RegExp): string[] => [...html.matchAll(re)].map((m) => m[1])

/** Titles of the results on a search page, in order (as text: entities decoded). */
export const resultTitles = (html: string): string[] =>
  all(html, /<h3 lang="[a-z]+"><a href="\/articles\/\d+">([^<]*)<\/a><\/h3>/g).map(decode)

export const decode = (s: string) =>
  s
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&')
