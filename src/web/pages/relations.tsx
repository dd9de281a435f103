/** @jsxImportSource hono/jsx */
import type { FC } from 'hono/jsx'
import type { App } from '../../app'
import { coalescedReads } from '../../db/coalesce'
import { ApiError } from '../../errors'
import { MAX_RELATION_ARTICLES, RELATIONS_DEFAULT_LIMIT } from '../../limits'
import { describeFilter } from '../../search/filter'
import { type RelationEdge, type RelationsAnswer, relationsOf } from '../../search/relations'
import { filterFromParams } from '../../search/slugs'
import { searchUrl, withAddedAll } from '../filter-url'
import { type Labels, labelsFor } from '../labels'
import { Layout, Time } from '../layout'
import { htmlPage, type View, viewOf } from '../view'
import { Relation } from './article'
import { declareReadPage } from './read-access'

/** The filter parameters that narrow a search to one edge's stories. */
function edgeParams(e: RelationEdge): ['source' | 'event' | 'target', string][] {
  const out: ['source' | 'event' | 'target', string][] = []
  if (e.source) out.push(['source', e.source])
  out.push(['event', e.event])
  if (e.target) out.push(['target', e.target])
  return out
}

/**
 * Who did what to whom in the current filter's stories: the edges of GET /api/relations (same
 * function, same defaults) as a table, each edge linked to the search narrowed to it.
 */
const RelationsTable: FC<{ v: View; labels: Labels; answer: RelationsAnswer; title: string }> = ({
  v,
  labels,
  answer,
  title,
}) => {
  const t = v.t
  const name = (slug: string | null) =>
    slug ? labels.actor(slug) : <span class="role none">{t.unspecified}</span>
  return (
    <div class="table-wrap">
      <table class="relations" data-relations>
        <caption class="sr-only">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t.source}</th>
            <th scope="col">{t.events}</th>
            <th scope="col">{t.target}</th>
            <th scope="col" class="num">
              {t.storiesHeader}
            </th>
            <th scope="col">{t.latest}</th>
          </tr>
        </thead>
        <tbody>
          {answer.edges.map((e) => (
            <tr data-edge={`${e.source ?? ''} ${e.event} ${e.target ?? ''}`}>
              <td>{name(e.source)}</td>
              <td>{labels.event(e.event)}</td>
              <td>{name(e.target)}</td>
              <td class="num">
                {/* The stories stating this edge: the current filter narrowed to it. */}
                <a href={withAddedAll(v.url, edgeParams(e))}>
                  {e.count}
                  <span class="sr-only">
                    {` ${t.storiesStating}: `}
                    <Relation v={v} labels={labels} r={e} />
                  </span>
                </a>
              </td>
              <td>
                <a href={`/articles/${e.latest_article_id}`}>
                  <Time v={v} iso={e.latest_at} />
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

const RelationsPage: FC<{
  v: View
  labels: Labels
  description: string
  answer: RelationsAnswer | null
  error: string | null
}> = ({ v, labels, description, answer, error }) => {
  const t = v.t
  const title = t.relationsOf(description)
  return (
    <Layout v={v} title={title} section="search">
      <h1>{t.relationsTitle}</h1>
      <p>
        <span class="meta">{description}</span> · <a href={searchUrl(v.url)}>{t.editFilter}</a>
      </p>
      {error !== null ? (
        <div class="alert" role="alert">
          <h2>{t.badFilter}</h2>
          <p>{error}</p>
          <p>
            <a href="/relations">{t.clearAll}</a>
          </p>
        </div>
      ) : answer ? (
        <section class="panel" aria-labelledby="relations-h">
          <h2 id="relations-h" class="sr-only">
            {title}
          </h2>
          <p class="help">{t.relationsHelp(answer.articles)}</p>
          {answer.truncated ? <p class="help">{t.relationsTruncated(MAX_RELATION_ARTICLES)}</p> : null}
          {answer.edges.length === 0 ? (
            <p>{t.noRelations}</p>
          ) : (
            <RelationsTable v={v} labels={labels} answer={answer} title={title} />
          )}
        </section>
      ) : null}
    </Layout>
  )
}

export function registerRelationsPage(app: App): void {
  declareReadPage(app, '/relations', 'search')
  app.get('/relations', async (c) => {
    const v = viewOf(c)
    // The taxonomy read of the filter and of the labels go to D1 together.
    const db = coalescedReads(c.env.DB)
    const labelsRead = labelsFor(db, v.lang)
    labelsRead.catch(() => {})
    try {
      const filter = await filterFromParams(db, v.url.searchParams)
      const [answer, labels] = await Promise.all([
        relationsOf(db, filter, { collapse: true, limit: RELATIONS_DEFAULT_LIMIT }),
        labelsRead,
      ])
      return htmlPage(
        c,
        <RelationsPage
          v={v}
          labels={labels}
          description={describeFilter(filter)}
          answer={answer}
          error={null}
        />,
      )
    } catch (err) {
      if (!(err instanceof ApiError) || err.status !== 400) throw err
      const page = (
        <RelationsPage v={v} labels={await labelsRead} description="" answer={null} error={err.message} />
      )
      return htmlPage(c, page, { status: 400 })
    }
  })
}
