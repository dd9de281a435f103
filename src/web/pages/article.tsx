/** @jsxImportSource hono/jsx */
import type { FC } from 'hono/jsx'
import type { App } from '../../app'
import { toArticleView } from '../../db/article-view'
import type { ArticleDetailRows } from '../../db/articles'
import { type EventRecordView, readShownArticle, type ShownArticle } from '../../search/article-detail'
import { idOrNull } from '../access'
import { TagChips } from '../components/chips'
import { SourceLink } from '../components/source-link'
import { withAdded } from '../filter-url'
import { type Labels, labelsFor } from '../labels'
import { Layout, Time } from '../layout'
import { htmlPage, type View, viewOf } from '../view'
import { notFoundPage } from './errors'
import { declareReadPage } from './read-access'

/** Evidence sentences listed per actor (the same sentences are listed in full under their events). */
const SENTENCES_PER_ACTOR = 3

const splitSlugs = (s: string) => s.split(' ').filter(Boolean)

/** Paragraphs of the stored plain text (feeds separate them with blank lines or single newlines). */
const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter(Boolean)

const Evidence: FC<{ v: View; labels: Labels; shown: ShownArticle; lang: string }> = ({
  v,
  labels,
  shown,
  lang,
}) => {
  const a = shown.rows.article
  const t = v.t
  const mentions = shown.mentions
  const events = [...new Set([...splitSlugs(a.events), ...mentions.map((m) => m.event)])]
  const actors = splitSlugs(a.actors)
  return (
    <section aria-labelledby="evidence-h" class="panel">
      <h2 id="evidence-h">{t.evidence}</h2>
      <p class="help">{t.evidenceHelp}</p>
      <h3>{t.events}</h3>
      {events.length === 0 ? <p class="meta">—</p> : null}
      <ul class="evidence" data-evidence="events">
        {events.map((slug) => {
          const own = mentions.filter((m) => m.event === slug)
          return (
            <li data-event={slug}>
              <a class="chip event" href={withAdded(new URL('/', v.url), 'event', slug)}>
                {labels.event(slug)}
              </a>
              {own.length === 0 ? <p class="meta">{t.noEvidence}</p> : null}
              {own.map((m) => (
                <blockquote lang={lang}>
                  <p>
                    {m.sentence}
                    {m.in_title ? <span class="meta"> ({t.inTitle})</span> : null}
                  </p>
                  <TagChips v={v} labels={labels} actors={m.actors} events={[]} />
                </blockquote>
              ))}
            </li>
          )
        })}
      </ul>
      <h3>{t.actors}</h3>
      {actors.length === 0 ? <p class="meta">—</p> : null}
      <ul class="evidence" data-evidence="actors">
        {actors.map((slug) => {
          const own = mentions.filter((m) => m.actors.includes(slug))
          return (
            <li data-actor={slug}>
              <a class="chip actor" href={withAdded(new URL('/', v.url), 'actor', slug)}>
                {labels.actor(slug)}
              </a>{' '}
              <span class="meta">{own.length ? t.actorSentences(own.length) : t.actorNoSentence}</span>
              {own.slice(0, SENTENCES_PER_ACTOR).map((m) => (
                <blockquote lang={lang}>
                  <p>{m.sentence}</p>
                </blockquote>
              ))}
            </li>
          )
        })}
      </ul>
    </section>
  )
}

/** A search for the stories that state one relation (modality= only when it is not one that tags articles). */
function relationSearch(
  r: Pick<EventRecordView, 'event' | 'source' | 'target'> & { modality?: string },
): string {
  const p = new URLSearchParams()
  if (r.source) p.set('source', r.source)
  p.set('event', r.event)
  if (r.target) p.set('target', r.target)
  if (r.modality === 'speculative' || r.modality === 'background') p.set('modality', r.modality)
  return `/?${p}`
}

/** A relation as text: source → event → target, each role named for screen readers. */
export const Relation: FC<{
  v: View
  labels: Labels
  r: { event: string; source: string | null; target: string | null }
}> = ({ v, labels, r }) => {
  const t = v.t
  const role = (label: string, slug: string | null) => (
    <span class={slug ? 'role' : 'role none'}>
      <span class="sr-only">{`${label}: `}</span>
      {slug ? labels.actor(slug) : t.unspecified}
    </span>
  )
  return (
    <span class="relation">
      {role(t.source, r.source)}
      <span aria-hidden="true"> → </span>
      <span class="role event">
        <span class="sr-only">{`${t.events}: `}</span>
        {labels.event(r.event)}
      </span>
      <span aria-hidden="true"> → </span>
      {role(t.target, r.target)}
    </span>
  )
}

const EventRecords: FC<{ v: View; labels: Labels; records: EventRecordView[]; lang: string }> = ({
  v,
  labels,
  records,
  lang,
}) => {
  const t = v.t
  return (
    <section aria-labelledby="records-h" class="panel">
      <h2 id="records-h">{t.eventRecords}</h2>
      <p class="help">{t.eventRecordsHelp}</p>
      {records.length === 0 ? <p class="meta">{t.noRecords}</p> : null}
      <ol class="records" data-records>
        {records.map((r) => (
          <li data-record={`${r.source ?? ''} ${r.event} ${r.target ?? ''} ${r.modality}`}>
            <p>
              <a href={relationSearch(r)}>
                <Relation v={v} labels={labels} r={r} />
              </a>{' '}
              <span class={`modality ${r.modality}`}>
                <span class="sr-only">{`${t.modality}: `}</span>
                {t.modalities[r.modality] ?? r.modality}
              </span>
            </p>
            <blockquote lang={lang}>
              <p>
                {r.sentence}
                {r.in_title ? <span class="meta"> ({t.inTitle})</span> : null}
              </p>
            </blockquote>
          </li>
        ))}
      </ol>
    </section>
  )
}

const Copies: FC<{ v: View; detail: ArticleDetailRows }> = ({ v, detail }) => {
  const all = [...detail.clusterMembers, ...detail.otherSources]
  return (
    <section aria-labelledby="copies-h">
      <h2 id="copies-h">{v.t.copies}</h2>
      {all.length === 0 ? <p class="meta">{v.t.noCopies}</p> : null}
      <ul class="copies" data-copies>
        {detail.clusterMembers.map((d) => (
          <li>
            <a href={`/articles/${d.id}`}>{d.feed_title ?? d.feed_id}</a>
            <SourceLink v={v} url={d.url} />
          </li>
        ))}
        {detail.otherSources.map((d) => (
          <li>
            {d.feed_title ?? d.feed_id}
            <SourceLink v={v} url={d.url} />
          </li>
        ))}
      </ul>
    </section>
  )
}

export const ArticlePage: FC<{ v: View; shown: ShownArticle; labels: Labels }> = ({ v, shown, labels }) => {
  const detail = shown.rows
  const a = toArticleView(detail.article)
  const text = paragraphs(shown.content || a.summary)
  return (
    <Layout v={v} title={a.title} section="article">
      <article>
        <h1 lang={a.lang}>{a.title}</h1>
        <p class="meta">
          <span>{a.feed.title ?? a.feed.id}</span> · <Time v={v} iso={a.published_at} />
          {a.author ? <span lang={a.lang}>{` · ${a.author}`}</span> : null}
          <SourceLink v={v} url={a.url} />
        </p>
        <TagChips v={v} labels={labels} actors={a.actors} events={a.events} />
        <div class="layout reading">
          <section aria-labelledby="text-h" class="article-text" lang={a.lang}>
            <h2 id="text-h">{v.t.text}</h2>
            {text.map((p) => (
              <p>{p}</p>
            ))}
            {shown.content ? null : <p class="meta">{v.t.noText}</p>}
          </section>
          <div>
            <EventRecords v={v} labels={labels} records={shown.records} lang={a.lang} />
            <Evidence v={v} labels={labels} shown={shown} lang={a.lang} />
            <Copies v={v} detail={detail} />
          </div>
        </div>
      </article>
      <p>
        <a href="/">{v.t.backToSearch}</a>
      </p>
    </Layout>
  )
}

export function registerArticlePage(app: App): void {
  declareReadPage(app, '/articles/:id')
  app.get('/articles/:id', async (c) => {
    const v = viewOf(c)
    const id = idOrNull(c.req.param('id'))
    if (id === null) return notFoundPage(c, v, v.t.articleNotFound)
    const [shown, labels] = await Promise.all([readShownArticle(c.env, id), labelsFor(c.env.DB, v.lang)])
    if (!shown) return notFoundPage(c, v, v.t.articleNotFound)
    return htmlPage(c, <ArticlePage v={v} shown={shown} labels={labels} />)
  })
}
