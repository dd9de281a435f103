/** @jsxImportSource hono/jsx */
import type { FC } from 'hono/jsx'
import type { StoryCopies } from '../../db/story-copies'
import type { SearchItem } from '../../search/types'
import { withCursor } from '../filter-url'
import type { Labels } from '../labels'
import { Time } from '../layout'
import type { View } from '../view'
import { TagChips } from './chips'
import { Snippet } from './snippet'
import { SourceLink } from './source-link'

/** One story of a result list: headline, outlet, time, summary (matches marked), tags, other outlets. */
export const ResultItem: FC<{ v: View; labels: Labels; item: SearchItem; copies?: StoryCopies }> = ({
  v,
  labels,
  item,
  copies,
}) => {
  const others = (copies?.copies ?? []).filter(
    (c) => !(String(c.article_id) === item.id && String(c.feed_id) === item.feed.id),
  )
  const otherCount = Math.max(0, (copies?.total ?? 1) - 1)
  return (
    <li class="result" data-result>
      <h3 lang={item.lang}>
        <a href={`/articles/${item.id}`}>{item.title}</a>
      </h3>
      <p class="meta">
        <span>{item.feed.title ?? item.feed.id}</span> · <Time v={v} iso={item.published_at} />
        <SourceLink v={v} url={item.url} />
      </p>
      <p lang={item.lang}>{item.snippet ? <Snippet snippet={item.snippet} /> : item.summary}</p>
      <TagChips v={v} labels={labels} actors={item.actors} events={item.events} />
      {otherCount > 0 ? (
        <details>
          <summary>{v.t.otherSources(otherCount)}</summary>
          <ul class="copies">
            {others.map((c) => (
              <li>
                <a href={`/articles/${c.article_id}`}>{c.feed_title ?? c.feed_id}</a>
                <SourceLink v={v} url={c.url} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </li>
  )
}

/** The results list and its pager; also the fragment "Load more" appends (Seismo-Fragment: results). */
export const ResultList: FC<{
  v: View
  labels: Labels
  items: SearchItem[]
  copies: Map<number, StoryCopies>
  nextCursor: string | null
}> = ({ v, labels, items, copies, nextCursor }) => (
  <>
    <ol class="results" id="results">
      {items.map((item) => (
        <ResultItem v={v} labels={labels} item={item} copies={copies.get(Number(item.cluster_id))} />
      ))}
    </ol>
    <div class="pager" id="pager">
      {nextCursor ? (
        <a class="button" href={withCursor(v.url, nextCursor)} data-load-more rel="next">
          {v.t.nextPage}
        </a>
      ) : null}
    </div>
  </>
)
