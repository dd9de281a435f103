/** @jsxImportSource hono/jsx */
import type { Context } from 'hono'
import type { FC } from 'hono/jsx'
import type { App } from '../../app'
import type { StoryCopies } from '../../db/story-copies'
import { readStoryCopies } from '../../db/story-copies'
import type { AppEnv } from '../../env'
import { ApiError } from '../../errors'
import { FACET_MAX_ENTRIES, STORY_COPIES_LISTED, WEB_PAGE_SIZE } from '../../limits'
import { absoluteUrl, publicBaseUrl } from '../../render/links'
import { cursorKeyFor } from '../../search/cursor'
import type { Facets } from '../../search/facets'
import { facetCounts } from '../../search/facets'
import { describeFilter } from '../../search/filter'
import { searchArticles } from '../../search/find'
import { filterFromParams } from '../../search/slugs'
import type { TrendSeries } from '../../search/trends'
import { DAY_MS, trendSeries } from '../../search/trends'
import type { Filter, SearchItem } from '../../search/types'
import { declareReadPage } from '../access'
import { TagPicker } from '../components/chips'
import { ResultList } from '../components/result'
import { TREND_LEAD_DAYS, TrendChart, type TrendRange } from '../components/trend-chart'
import { WatchOptionFields } from '../components/watch-options'
import { type FILTER_KEYS, filterQuery, firstPage, withAdded, withRemoved } from '../filter-url'
import type { Labels } from '../labels'
import { labelsFor } from '../labels'
import { Layout } from '../layout'
import type { View } from '../view'
import { htmlPage, viewOf } from '../view'

export interface SearchPageData {
  filter: Filter | null
  /** A filter or cursor the API would refuse: shown instead of results. */
  error: { code: string; message: string } | null
  sort: 'relevance' | 'date'
  items: SearchItem[]
  nextCursor: string | null
  copies: Map<number, StoryCopies>
  facets: Facets | null
  trend: TrendSeries | null
  trendDays: TrendRange
  labels: Labels
  /** Absolute feed URLs of the current filter. */
  feeds: { rss: string; atom: string; json: string }
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
        {p.get('trend') ? <input type="hidden" name="trend" value={p.get('trend') ?? ''} /> : null}
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
  entries: { slug: string; count: number }[]
  name: (slug: string) => string
}> = ({ v, id, title, kind, entries, name }) => {
  const required = new Set(v.url.searchParams.getAll(kind).map((s) => s.trim().toLowerCase()))
  const shown = entries.filter((e) => !required.has(e.slug)).slice(0, FACET_MAX_ENTRIES)
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {shown.length ? (
        <ul class="facet" data-facet={kind}>
          {shown.map((e) => (
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
}

const FacetPanel: FC<{ v: View; facets: Facets; labels: Labels }> = ({ v, facets, labels }) => (
  <section class="panel" aria-labelledby="facets-h">
    <h2 id="facets-h">{v.t.filters}</h2>
    {facets.actors.length + facets.events.length === 0 ? (
      <p class="meta">{v.t.noFacets}</p>
    ) : (
      <>
        <FacetList
          v={v}
          id="facet-actors"
          title={v.t.actors}
          kind="actor"
          entries={facets.actors}
          name={labels.actor}
        />
        <FacetList
          v={v}
          id="facet-events"
          title={v.t.events}
          kind="event"
          entries={facets.events}
          name={labels.event}
        />
      </>
    )}
    {facets.counted >= facets.sample ? <p class="help">{v.t.facetNote(facets.sample)}</p> : null}
  </section>
)

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

const SubscribePanel: FC<{ v: View; feeds: SearchPageData['feeds'] }> = ({ v, feeds }) => (
  <section class="panel" aria-labelledby="subscribe-h">
    <h2 id="subscribe-h">{v.t.subscribe}</h2>
    <p class="help">{v.t.subscribeHelp}</p>
    <CopyBox v={v} id="feed-rss" label="RSS" value={feeds.rss} />
    <CopyBox v={v} id="feed-atom" label="Atom" value={feeds.atom} />
    <CopyBox v={v} id="feed-json" label="JSON Feed" value={feeds.json} />
  </section>
)

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
    filter && (filter.q || filter.actors.length || filter.events.length) ? describeFilter(filter) : t.search
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
            {data.trend ? <TrendChart v={v} series={data.trend} days={data.trendDays} /> : null}
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
            <SubscribePanel v={v} feeds={data.feeds} />
            {filter ? <SaveWatchPanel v={v} filter={filter} /> : null}
          </aside>
        </div>
      )}
    </Layout>
  )
}

// ── Route ─────────────────────────────────────────────────────────────────────

const TREND_PARAM_DAYS: Record<string, TrendRange> = { '7': 7, '30': 30, '90': 90 }
const DEFAULT_TREND_DAYS: TrendRange = 30

/** The search page reads what GET /api/search, /api/trends and the facet query read, in parallel. */
async function loadSearchPage(c: Context<AppEnv>, v: View, fragment: boolean): Promise<SearchPageData> {
  const db = c.env.DB
  const params = v.url.searchParams
  const base = publicBaseUrl(c.env, c.req.url)
  const fq = filterQuery(v.url)
  const feeds = {
    rss: absoluteUrl(base, '/rss.xml', fq),
    atom: absoluteUrl(base, '/atom.xml', fq),
    json: absoluteUrl(base, '/feed.json', fq),
  }
  const trendDays = TREND_PARAM_DAYS[params.get('trend') ?? ''] ?? DEFAULT_TREND_DAYS
  const labels = await labelsFor(db, v.lang)
  const empty = { items: [], nextCursor: null, copies: new Map(), facets: null, trend: null }
  const sortParam = params.get('sort')
  let filter: Filter | null = null
  try {
    filter = await filterFromParams(db, params)
    const sort =
      sortParam === 'date' || sortParam === 'relevance' ? sortParam : filter.query ? 'relevance' : 'date'
    const f = filter
    const today = Math.floor(v.now / DAY_MS) * DAY_MS
    const [page, facets, trend] = await Promise.all([
      searchArticles(
        db,
        f,
        { sort, limit: WEB_PAGE_SIZE, cursor: params.get('cursor') ?? undefined },
        cursorKeyFor(c.env),
      ),
      fragment ? null : facetCounts(db, f),
      fragment
        ? null
        : trendSeries(
            db,
            // The chart shows the filter over the chosen range (its own since/until), plus lead days for the baseline.
            { ...f, since: today - (trendDays - 1 + TREND_LEAD_DAYS) * DAY_MS, until: v.now },
            { interval: 'day', collapse: true },
          ),
    ])
    const copies = await readStoryCopies(
      db,
      page.items.map((i) => Number(i.cluster_id)),
      STORY_COPIES_LISTED,
    )
    return {
      filter,
      error: null,
      sort,
      items: page.items,
      nextCursor: page.next_cursor,
      copies,
      facets,
      trend,
      trendDays,
      labels,
      feeds,
    }
  } catch (err) {
    if (!(err instanceof ApiError) || err.status !== 400) throw err
    return {
      ...empty,
      filter,
      error: { code: err.code, message: err.message },
      sort: 'date',
      trendDays,
      labels,
      feeds,
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
    return htmlPage(c, <SearchPage v={v} data={data} />, { status: data.error ? 400 : 200 })
  })
}
