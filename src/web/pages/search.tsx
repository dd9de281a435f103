/** @jsxImportSource hono/jsx */
import type { Context } from 'hono'
import type { FC } from 'hono/jsx'
import type { App } from '../../app'
import { coalescedReads } from '../../db/coalesce'
import type { StoryCopies } from '../../db/story-copies'
import { readStoryCopies } from '../../db/story-copies'
import type { AppEnv } from '../../env'
import { ApiError } from '../../errors'
import { STORY_COPIES_LISTED, WEB_PAGE_SIZE } from '../../limits'
import { absoluteUrl, publicBaseUrl } from '../../render/links'
import { cursorKeyFor } from '../../search/cursor'
import { FACET_KINDS, type FacetCount, type Facets, facetCounts } from '../../search/facets'
import { describeFilter } from '../../search/filter'
import { searchArticles } from '../../search/find'
import { filterFromParams } from '../../search/slugs'
import type { Filter, SearchItem } from '../../search/types'
import { MODALITIES } from '../../tagging/types'
import { TagPicker } from '../components/chips'
import { ResultList } from '../components/result'
import { TrendChart } from '../components/trend-chart'
import { WatchOptionFields } from '../components/watch-options'
import {
  FEED_TOKEN_PARAM,
  type FILTER_KEYS,
  filterQuery,
  firstPage,
  relationsUrl,
  withAdded,
  withRemoved,
  withSetting,
} from '../filter-url'
import type { Labels } from '../labels'
import { labelsFor } from '../labels'
import { Layout } from '../layout'
import { planTrend, readTrendChart, type TrendChartData } from '../trend-plan'
import type { View } from '../view'
import { htmlPage, viewOf } from '../view'
import { declareReadPage } from './read-access'

export interface SearchPageData {
  filter: Filter | null
  /** A filter or cursor the API would refuse: shown instead of results. */
  error: { code: string; message: string } | null
  sort: 'relevance' | 'date'
  items: SearchItem[]
  nextCursor: string | null
  copies: Map<number, StoryCopies>
  facets: Facets | null
  trend: TrendChartData | null
  labels: Labels
  /** Absolute feed URLs of the current filter (never with the read token: they go in <head> too). */
  feeds: FeedUrls
  /**
   * With READ_TOKEN set, what the Subscribe panel shows: 'ask' (the plain URLs and a link to
   * show them with the token) or the URLs carrying ?token=, which the reader asked for.
   */
  privateFeeds: 'ask' | FeedUrls | null
}

/**
 * Who did what to whom: the source, target and modality of ONE event record (api.md filter
 * grammar; with event=, the same record's event). Plain selects in the GET form: no JavaScript.
 */
const RelationFields: FC<{ v: View; labels: Labels }> = ({ v, labels }) => {
  const p = v.url.searchParams
  const t = v.t
  const modality = p.get('modality') ?? ''
  const modalities = ['', ...MODALITIES]
  const chosen = ['source', 'target', 'modality'].some((k) => p.getAll(k).some((x) => x.trim()))
  // Folded until used: on a phone the three selects would push the other filters off the screen.
  return (
    <details class="relation-fields" open={chosen}>
      <summary>{t.whoDidWhat}</summary>
      <fieldset class="row">
        <legend class="sr-only">{t.whoDidWhat}</legend>
        {(['source', 'target'] as const).map((role) => (
          <TagPicker
            labels={labels}
            kind="actor"
            name={role}
            id={role}
            label={t[role]}
            selected={p.get(role) ?? ''}
            emptyLabel={t.anyActor}
          />
        ))}
        <div class="field">
          <label for="modality">{t.modality}</label>
          <select id="modality" name="modality">
            {(modalities.includes(modality) ? modalities : [...modalities, modality]).map((m) => (
              <option value={m} selected={m === modality}>
                {m === '' ? t.anyModality : (t.modalities[m] ?? m)}
              </option>
            ))}
          </select>
        </div>
        <p class="help">{t.whoDidWhatHelp}</p>
      </fieldset>
    </details>
  )
}

/** The search form: a GET form, so searching and filtering work without JavaScript. */
const SearchForm: FC<{ v: View; sort: 'relevance' | 'date'; labels: Labels }> = ({ v, sort, labels }) => {
  const p = v.url.searchParams
  const t = v.t
  const dateOnly = (s: string | null) => (s && /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : '')
  const lang = p.get('lang') ?? ''
  const langs = ['', 'en', 'ko']
  return (
    <search>
      <form method="get" action="/" class="panel" id="search-form">
        <div class="field">
          <label for="q">{t.search}</label>
          <div class="searchbar">
            <input
              type="search"
              id="q"
              name="q"
              value={p.getAll('q').join(' ')}
              placeholder={t.searchPlaceholder}
              aria-describedby="q-help"
              maxlength={500}
              autocomplete="off"
            />
            <button type="submit">{t.search}</button>
          </div>
          <span class="help" id="q-help">
            {t.searchHelp}
          </span>
        </div>
        {/* The parts of the filter chosen by links (tags, feeds) ride along with a new query. */}
        {(['actor', 'event', 'feed'] as const).flatMap((k) =>
          p.getAll(k).map((val) => <input type="hidden" name={k} value={val} />),
        )}
        {/* A second source/target/modality group (AND) has no select of its own: it rides along. */}
        {(['source', 'target', 'modality'] as const).flatMap((k) =>
          p
            .getAll(k)
            .slice(1)
            .map((val) => <input type="hidden" name={k} value={val} />),
        )}
        {p.get('trend') ? <input type="hidden" name="trend" value={p.get('trend') ?? ''} /> : null}
        <RelationFields v={v} labels={labels} />
        <div class="row refine">
          <TagPicker labels={labels} kind="actor" label={t.addActor} />
          <TagPicker labels={labels} kind="event" label={t.addEvent} />
          <div class="field">
            <label for="lang">{t.articleLanguage}</label>
            <select id="lang" name="lang">
              {(langs.includes(lang) ? langs : [...langs, lang]).map((l) => (
                <option value={l} selected={l === lang}>
                  {l === '' ? t.anyLanguage : l === 'en' ? t.langEn : l === 'ko' ? t.langKo : l}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="since">{t.since}</label>
            <input type="date" id="since" name="since" value={dateOnly(p.get('since'))} />
          </div>
          <div class="field">
            <label for="until">{t.until}</label>
            <input type="date" id="until" name="until" value={dateOnly(p.get('until'))} />
          </div>
          {p.get('q') ? (
            <div class="field">
              <label for="sort">{t.sortedBy}</label>
              <select id="sort" name="sort">
                <option value="relevance" selected={sort === 'relevance'}>
                  {t.sortRelevance}
                </option>
                <option value="date" selected={sort === 'date'}>
                  {t.sortDate}
                </option>
              </select>
            </div>
          ) : null}
          <button type="submit" class="secondary">
            {t.apply}
          </button>
        </div>
      </form>
    </search>
  )
}

const modalityName = (v: View) => (m: string) => v.t.modalities[m] ?? m

/** The filter's parts as removable chips ("Russia ×"), each a link to the view without it. */
const ActiveFilters: FC<{ v: View; labels: Labels }> = ({ v, labels }) => {
  const p = v.url.searchParams
  const parts: { key: (typeof FILTER_KEYS)[number]; value: string; text: string }[] = []
  const group = (value: string, name: (s: string) => string) =>
    value
      .split(',')
      .map((s) => name(s.trim().toLowerCase()))
      .join(' | ')
  for (const value of p.getAll('actor')) parts.push({ key: 'actor', value, text: group(value, labels.actor) })
  for (const value of p.getAll('event')) parts.push({ key: 'event', value, text: group(value, labels.event) })
  for (const key of ['source', 'target'] as const)
    for (const value of p.getAll(key))
      if (value) parts.push({ key, value, text: `${v.t[key]}: ${group(value, labels.actor)}` })
  for (const value of p.getAll('modality'))
    if (value)
      parts.push({ key: 'modality', value, text: `${v.t.modality}: ${group(value, modalityName(v))}` })
  for (const value of p.getAll('feed')) parts.push({ key: 'feed', value, text: `feed ${value}` })
  for (const key of ['lang', 'since', 'until'] as const)
    for (const value of p.getAll(key))
      if (value) parts.push({ key, value, text: `${v.t[key === 'lang' ? 'language' : key]}: ${value}` })
  if (!parts.length) return null
  return (
    <nav aria-label={v.t.activeFilters} class="active-filters">
      <ul class="chips">
        {parts.map((f) => (
          <li>
            <a class="chip" href={withRemoved(v.url, f.key, f.value)} data-remove={f.key}>
              {f.text}{' '}
              <span class="x" aria-hidden="true">
                ×
              </span>
              <span class="sr-only">{` (${v.t.removeFilter})`}</span>
            </a>
          </li>
        ))}
        <li>
          <a href="/">{v.t.clearAll}</a>
        </li>
      </ul>
    </nav>
  )
}

const FacetList: FC<{
  v: View
  id: string
  title: string
  kind: 'actor' | 'event'
  entries: FacetCount[]
  name: (slug: string) => string
}> = ({ v, id, title, kind, entries, name }) => (
  <section aria-labelledby={id}>
    <h3 id={id}>{title}</h3>
    {entries.length ? (
      <ul class="facet" data-facet={kind}>
        {entries.map((e) => (
          <li>
            <a href={withAdded(v.url, kind, e.slug)} data-slug={e.slug}>
              {name(e.slug)}
            </a>
            <span class="n">
              {e.count}
              <span class="sr-only">{` ${v.t.stories}`}</span>
            </span>
          </li>
        ))}
      </ul>
    ) : (
      <p class="meta">—</p>
    )}
  </section>
)

/** The facets of GET /api/search?facets=actor,event for the same filter, as links that narrow it. */
const FacetPanel: FC<{ v: View; facets: Facets; labels: Labels }> = ({ v, facets, labels }) => {
  const actors = facets.actor ?? []
  const events = facets.event ?? []
  return (
    <section class="panel" aria-labelledby="facets-h">
      <h2 id="facets-h">{v.t.filters}</h2>
      {actors.length + events.length === 0 ? (
        <p class="meta">{v.t.noFacets}</p>
      ) : (
        <>
          <FacetList
            v={v}
            id="facet-actors"
            title={v.t.actors}
            kind="actor"
            entries={actors}
            name={labels.actor}
          />
          <FacetList
            v={v}
            id="facet-events"
            title={v.t.events}
            kind="event"
            entries={events}
            name={labels.event}
          />
        </>
      )}
      {facets.complete ? null : <p class="help">{v.t.facetNote(facets.sample)}</p>}
    </section>
  )
}

const CopyBox: FC<{ v: View; id: string; label: string; value: string }> = ({ v, id, label, value }) => (
  <div class="field">
    <label for={id}>{label}</label>
    <div class="copybox">
      <input type="text" id={id} value={value} readonly />
      <button type="button" class="secondary" data-copy={id} hidden>
        {v.t.copy}
      </button>
    </div>
  </div>
)

interface FeedUrls {
  rss: string
  atom: string
  json: string
}

function feedUrls(base: string, filterQs: string, token?: string): FeedUrls {
  const qs = token ? [filterQs, `token=${encodeURIComponent(token)}`].filter(Boolean).join('&') : filterQs
  return {
    rss: absoluteUrl(base, '/rss.xml', qs),
    atom: absoluteUrl(base, '/atom.xml', qs),
    json: absoluteUrl(base, '/feed.json', qs),
  }
}

const SubscribePanel: FC<{ v: View; data: SearchPageData }> = ({ v, data }) => {
  const shown = typeof data.privateFeeds === 'object' && data.privateFeeds ? data.privateFeeds : data.feeds
  return (
    <section class="panel" aria-labelledby="subscribe-h">
      <h2 id="subscribe-h">{v.t.subscribe}</h2>
      <p class="help">{v.t.subscribeHelp}</p>
      {data.privateFeeds === 'ask' ? (
        <p class="help">
          {v.t.feedTokenNeeded} <a href={withSetting(v.url, FEED_TOKEN_PARAM, '1')}>{v.t.feedTokenShow}</a>
        </p>
      ) : data.privateFeeds ? (
        <p class="help">{v.t.feedTokenShown}</p>
      ) : null}
      <CopyBox v={v} id="feed-rss" label="RSS" value={shown.rss} />
      <CopyBox v={v} id="feed-atom" label="Atom" value={shown.atom} />
      <CopyBox v={v} id="feed-json" label="JSON Feed" value={shown.json} />
    </section>
  )
}

/** Shown by the script once a token is stored: the form posts JSON to /api/watches with it in a header. */
const SaveWatchPanel: FC<{ v: View; filter: Filter }> = ({ v, filter }) => {
  const t = v.t
  return (
    <section class="panel" aria-labelledby="watch-h">
      <h2 id="watch-h">{t.saveAsWatch}</h2>
      <p class="help" data-when="signed-out">
        {t.signInToSave}{' '}
        <a href={`/signin?next=${encodeURIComponent(`${v.url.pathname}${v.url.search}`)}`}>{t.signIn}</a>
      </p>
      <form id="save-watch" data-when="signed-in" hidden>
        <p class="help">{t.saveAsWatchHelp}</p>
        <input type="hidden" name="filter" value={filterQuery(v.url)} />
        <div class="field">
          <label for="watch-name">{t.watchName}</label>
          <input
            type="text"
            id="watch-name"
            name="name"
            required
            maxlength={200}
            value={describeFilter(filter)}
          />
        </div>
        <WatchOptionFields t={t} id="watch" />
        <button type="submit">{t.saveAsWatch}</button>
        <div class="result-area" data-result-area aria-live="polite" />
      </form>
    </section>
  )
}

export const SearchPage: FC<{ v: View; data: SearchPageData }> = ({ v, data }) => {
  const t = v.t
  const { filter, labels } = data
  const paging = v.url.searchParams.has('cursor')
  const title =
    filter && (filter.q || filter.actors.length || filter.events.length || filter.record)
      ? describeFilter(filter)
      : t.search
  return (
    <Layout
      v={v}
      title={title}
      section="search"
      alternates={[
        { type: 'application/rss+xml', href: data.feeds.rss, title: `RSS: ${title}` },
        { type: 'application/atom+xml', href: data.feeds.atom, title: `Atom: ${title}` },
        { type: 'application/feed+json', href: data.feeds.json, title: `JSON Feed: ${title}` },
      ]}
    >
      <h1 class="sr-only">{t.search}</h1>
      <SearchForm v={v} sort={data.sort} labels={labels} />
      <ActiveFilters v={v} labels={labels} />
      {data.error ? (
        <div class="alert" role="alert">
          <h2>{t.badFilter}</h2>
          <p>{data.error.message}</p>
          <p>
            <a href="/">{t.clearAll}</a>
          </p>
        </div>
      ) : (
        <div class="layout">
          <div>
            {data.trend ? <TrendChart v={v} chart={data.trend} /> : null}
            <section aria-labelledby="results-h">
              <h2 id="results-h">
                {t.results}{' '}
                <span class="meta" id="results-count">
                  {data.items.length
                    ? `(${t.resultsCount(data.items.length, data.nextCursor !== null)})`
                    : ''}
                </span>
              </h2>
              {paging ? (
                <p>
                  <a href={firstPage(v.url)}>{t.firstPage}</a>
                </p>
              ) : null}
              {data.items.length === 0 ? <p>{t.noResults}</p> : null}
              <ResultList
                v={v}
                labels={labels}
                items={data.items}
                copies={data.copies}
                nextCursor={data.nextCursor}
              />
            </section>
          </div>
          <aside aria-label={t.filters}>
            {data.facets ? <FacetPanel v={v} facets={data.facets} labels={labels} /> : null}
            <p class="panel">
              <a href={relationsUrl(v.url)} data-relations-link>
                {t.seeRelations}
              </a>
            </p>
            <SubscribePanel v={v} data={data} />
            {filter ? <SaveWatchPanel v={v} filter={filter} /> : null}
          </aside>
        </div>
      )}
    </Layout>
  )
}

// ── Route ─────────────────────────────────────────────────────────────────────

/**
 * The search page reads what GET /api/search (with facets=actor,event), the trend chart's
 * /api/trends and the taxonomy read, through one coalescing D1 wrapper: everything that does
 * not wait for something else goes as one batch (results, facets, trend, taxonomy version),
 * then the story copies of the page's results. "Load more" (a fragment) reads the results only.
 */
async function loadSearchPage(c: Context<AppEnv>, v: View, fragment: boolean): Promise<SearchPageData> {
  const db = coalescedReads(c.env.DB)
  const params = v.url.searchParams
  const base = publicBaseUrl(c.env, c.req.url)
  const fq = filterQuery(v.url)
  const feeds = feedUrls(base, fq)
  // Only a reader who asked (and who has read access: the gate ran) gets the token in feed URLs.
  const readToken = c.env.READ_TOKEN
  const privateFeeds = !readToken
    ? null
    : params.get(FEED_TOKEN_PARAM) === '1'
      ? feedUrls(base, fq, readToken)
      : ('ask' as const)
  const labelsRead = labelsFor(db, v.lang)
  // Settled at once, so a refused filter does not leave it rejecting unobserved.
  labelsRead.catch(() => {})
  const sortParam = params.get('sort')
  let filter: Filter | null = null
  try {
    filter = await filterFromParams(db, params)
    const sort =
      sortParam === 'date' || sortParam === 'relevance' ? sortParam : filter.query ? 'relevance' : 'date'
    const f = filter
    const plan = fragment ? null : planTrend(f, params.get('trend'), v.now)
    const results = searchArticles(
      db,
      f,
      { sort, limit: WEB_PAGE_SIZE, cursor: params.get('cursor') ?? undefined },
      cursorKeyFor(c.env),
    ).then(async (page) => ({
      page,
      copies: await readStoryCopies(
        db,
        page.items.map((i) => Number(i.cluster_id)),
        STORY_COPIES_LISTED,
      ),
    }))
    const [{ page, copies }, facets, trend, labels] = await Promise.all([
      results,
      fragment ? null : facetCounts(db, f, FACET_KINDS),
      plan ? readTrendChart(db, f, plan) : null,
      labelsRead,
    ])
    return {
      filter,
      error: null,
      sort,
      items: page.items,
      nextCursor: page.next_cursor,
      copies,
      facets,
      trend,
      labels,
      feeds,
      privateFeeds,
    }
  } catch (err) {
    if (!(err instanceof ApiError) || err.status !== 400) throw err
    return {
      filter,
      error: { code: err.code, message: err.message },
      sort: 'date',
      items: [],
      nextCursor: null,
      copies: new Map(),
      facets: null,
      trend: null,
      labels: await labelsRead,
      feeds,
      privateFeeds,
    }
  }
}

export function registerSearchPage(app: App): void {
  declareReadPage(app, '/', 'search')
  app.get('/', async (c) => {
    const v = viewOf(c)
    // "Load more" asks for the next page's items only (the script appends them).
    const fragment = c.req.header('Seismo-Fragment') === 'results'
    const data = await loadSearchPage(c, v, fragment)
    if (fragment && !data.error) {
      return htmlPage(
        c,
        <ResultList
          v={v}
          labels={data.labels}
          items={data.items}
          copies={data.copies}
          nextCursor={data.nextCursor}
        />,
      )
    }
    // Feed URLs with the read token in them are not kept in any cache.
    const admin = typeof data.privateFeeds === 'object' && data.privateFeeds !== null
    return htmlPage(c, <SearchPage v={v} data={data} />, { status: data.error ? 400 : 200, admin })
  })
}
