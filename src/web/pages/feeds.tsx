/** @jsxImportSource hono/jsx */
import type { FC } from 'hono/jsx'
import type { App } from '../../app'
import { type FeedView, listFeeds, toFeedView } from '../../db/feeds'
import { DEFAULT_INTERVAL_MINUTES, MAX_INTERVAL_MINUTES, MIN_INTERVAL_MINUTES } from '../../limits'
import type { Messages } from '../i18n'
import { Time } from '../layout'
import type { View } from '../view'
import { ActionStatus, adminPage, declareAdminPage } from './admin-shell'

const statusText = (t: Messages, s: FeedView['last_status']) =>
  ({ ok: t.statusOk, not_modified: t.statusNotModified, error: t.statusError, never: t.statusNever })[s]
const statusClass = (s: FeedView['last_status']) =>
  s === 'error' ? 'status-bad' : s === 'never' ? 'status-warn' : 'status-ok'

/**
 * The add form posts JSON to POST /api/feeds (by the script, with the token); the server's message shows
 * under the URL.
 */
const AddFeedForm: FC<{ v: View }> = ({ v }) => {
  const t = v.t
  return (
    <form id="add-feed" class="panel">
      <h2>{t.addFeed}</h2>
      <div class="row">
        <div class="field grow">
          <label for="feed-url">{t.feedUrl}</label>
          <input
            type="text"
            inputmode="url"
            id="feed-url"
            name="url"
            required
            placeholder="https://"
            aria-describedby="feed-url-error"
          />
        </div>
        <div class="field">
          <label for="feed-title">{t.feedTitle}</label>
          <input type="text" id="feed-title" name="title" maxlength={300} />
        </div>
        <div class="field">
          <label for="feed-lang">{t.feedLang}</label>
          <select id="feed-lang" name="lang">
            <option value="">—</option>
            <option value="en">{t.langEn}</option>
            <option value="ko">{t.langKo}</option>
          </select>
        </div>
        <div class="field">
          <label for="feed-interval">{t.interval}</label>
          <input
            type="number"
            id="feed-interval"
            name="interval_minutes"
            min={MIN_INTERVAL_MINUTES}
            max={MAX_INTERVAL_MINUTES}
            value={DEFAULT_INTERVAL_MINUTES}
          />
        </div>
        <button type="submit">{t.add}</button>
      </div>
      <p id="feed-url-error" class="status-bad" role="alert" />
    </form>
  )
}

const FeedRowView: FC<{ v: View; f: FeedView }> = ({ v, f }) => {
  const t = v.t
  const name = f.title ?? f.url
  return (
    <tr data-feed={f.id} data-status={f.last_status}>
      <th scope="row">
        <span>{name}</span>
        {f.title ? <div class="meta mono">{f.url}</div> : null}
      </th>
      <td class={statusClass(f.last_status)}>{statusText(t, f.last_status)}</td>
      <td>{f.last_fetched_at ? <Time v={v} iso={f.last_fetched_at} /> : t.never}</td>
      <td>{f.next_fetch_at && f.enabled ? <Time v={v} iso={f.next_fetch_at} /> : '—'}</td>
      <td>
        {f.last_error ? (
          <span class="status-bad" data-feed-error>
            {f.last_error}
          </span>
        ) : null}
        {f.consecutive_failures > 0 ? <div class="meta">{t.backoff(f.consecutive_failures)}</div> : null}
      </td>
      <td class="num">{f.article_count}</td>
      <td>
        <div class="actions">
          <button type="button" data-api={`/api/feeds/${f.id}/fetch`} data-method="POST" data-show="fetch">
            {t.fetchNow}
            <span class="sr-only">{`: ${name}`}</span>
          </button>
          <button
            type="button"
            class="danger"
            data-api={`/api/feeds/${f.id}`}
            data-method="DELETE"
            data-confirm={t.deleteFeedConfirm}
          >
            {t.deleteFeed}
            <span class="sr-only">{`: ${name}`}</span>
          </button>
        </div>
      </td>
    </tr>
  )
}

const FeedsPage: FC<{ v: View; feeds: FeedView[] }> = ({ v, feeds }) => {
  const t = v.t
  return (
    <>
      <h1>{t.feeds}</h1>
      <AddFeedForm v={v} />
      <ActionStatus />
      {feeds.length === 0 ? (
        <p>{t.noFeeds}</p>
      ) : (
        <div class="table-wrap">
          <table id="feed-list">
            <thead>
              <tr>
                <th scope="col">{t.feeds}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.lastFetch}</th>
                <th scope="col">{t.nextFetch}</th>
                <th scope="col">{t.error}</th>
                <th scope="col" class="num">
                  {t.articlesCol}
                </th>
                <th scope="col">{t.actions}</th>
              </tr>
            </thead>
            <tbody>
              {feeds.map((f) => (
                <FeedRowView v={v} f={f} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}

export function registerFeedsPage(app: App): void {
  declareAdminPage(app, '/feeds', 'feeds', (v) => v.t.feeds)
  app.get('/feeds', (c) =>
    adminPage(
      c,
      'feeds',
      (v) => v.t.feeds,
      async (v) => ({ body: <FeedsPage v={v} feeds={(await listFeeds(c.env.DB)).map(toFeedView)} /> }),
    ),
  )
}
