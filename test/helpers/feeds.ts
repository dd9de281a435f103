/** Builds RSS 2.0 documents for tests (fixtures that need exact bytes live in test/fixtures/). */
export interface TestItem {
  title: string
  link?: string
  guid?: string
  description?: string
  pubDate?: string
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

export function rss(items: TestItem[], opts: { title?: string; lang?: string; ttl?: number } = {}): string {
  const body = items
    .map(
      (i) => `<item>
  <title>${esc(i.title)}</title>
  ${i.link ? `<link>${esc(i.link)}</link>` : ''}
  ${i.guid ? `<guid isPermaLink="false">${esc(i.guid)}</guid>` : ''}
  ${i.description ? `<description>${esc(i.description)}</description>` : ''}
  ${i.pubDate ? `<pubDate>${i.pubDate}</pubDate>` : ''}
</item>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>${esc(opts.title ?? 'Test feed')}</title><link>https://news.example/</link><description>test</description>
${opts.lang ? `<language>${opts.lang}</language>` : ''}${opts.ttl ? `<ttl>${opts.ttl}</ttl>` : ''}
${body}
</channel></rss>`
}

/** n distinct, realistic items (each with its own URL, guid and body). */
export function manyItems(n: number, prefix = 'story'): TestItem[] {
  return Array.from({ length: n }, (_, i) => ({
    title: `${prefix} ${i}: officials in region ${i} report development number ${i * 7}`,
    link: `https://news.example/${prefix}/${i}`,
    guid: `${prefix}-${i}`,
    description: `<p>Report ${i} of ${n}. ${'Distinct body words '.repeat(3)} token${i} alpha${i * 3} beta${i * 11} gamma${i * 13}.</p>`,
    pubDate: new Date(Date.UTC(2026, 10, 1, 0, i)).toUTCString(),
  }))
}
