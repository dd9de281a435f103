/** @jsxImportSource hono/jsx */
import type { FC } from 'hono/jsx'
import type { App } from '../../app'
import { attemptsOf, heldCounts, listDeliveries } from '../../db/deliveries'
import { getWatch, listWatches } from '../../db/watches'
import { WEB_DELIVERIES_PAGE } from '../../limits'
import { publicBaseUrl } from '../../render/links'
import { type DeliveryView, toDeliveryViews, toWatchView, type WatchView } from '../../watches/views'
import { idOrNull } from '../access'
import { deliveryValue, WatchOptionFields } from '../components/watch-options'
import type { Messages } from '../i18n'
import { Time } from '../layout'
import type { View } from '../view'
import { ActionStatus, adminPage, declareAdminPage } from './admin-shell'

/** Status words of deliveries, including those a newer backend may report (held, folded, discarded). */
const statusText = (t: Messages, status: string) =>
  ({
    pending: t.statusPending,
    delivered: t.statusDelivered,
    failed: t.statusFailed,
    held: t.statusHeld,
    folded: t.statusFolded,
    discarded: t.statusDiscarded,
    collected: t.statusCollected,
  })[status] ?? status

const statusClass = (status: string) =>
  status === 'delivered' ? 'status-ok' : status === 'failed' ? 'status-bad' : 'status-warn'

const WebhookCell: FC<{ t: Messages; w: WatchView }> = ({ t, w }) =>
  w.webhook ? (
    <>
      <span class="mono">{w.webhook.url}</span>
      <br />
      <span class="meta">{w.webhook.format}</span>
      {w.webhook.disabled_reason ? (
        <span class="status-bad">{` · ${t.webhookDisabled}: ${w.webhook.disabled_reason}`}</span>
      ) : null}
    </>
  ) : (
    <span class="meta">{t.none}</span>
  )

const ToggleButton: FC<{ t: Messages; w: WatchView }> = ({ t, w }) => (
  <button
    type="button"
    class="secondary"
    data-api={`/api/watches/${w.id}`}
    data-method="PATCH"
    data-body={JSON.stringify({ enabled: !w.enabled })}
  >
    {w.enabled ? t.pause : t.resume}
    <span class="sr-only">{`: ${w.name}`}</span>
  </button>
)

/** "each story once · a digest every hour": how the watch alerts. */
const AlertMode: FC<{ t: Messages; w: WatchView }> = ({ t, w }) => (
  <>
    {w.notify === 'story' ? t.notifyStory : t.notifyArticle}
    {' · '}
    {w.delivery.mode === 'digest' ? t.deliveryDigest(w.delivery.every) : t.deliveryInstant}
  </>
)

/** Deliveries matched while the webhook was disabled wait here until they are sent or dropped. */
const HeldPanel: FC<{ t: Messages; w: WatchView }> = ({ t, w }) =>
  w.held > 0 ? (
    <div class="notice" data-held={w.held}>
      <p>{t.held(w.held)}</p>
      <div class="actions">
        <button type="button" data-api={`/api/watches/${w.id}/deliveries/release`} data-method="POST">
          {t.release}
        </button>
        <button
          type="button"
          class="danger"
          data-api={`/api/watches/${w.id}/deliveries/discard`}
          data-method="POST"
          data-confirm={t.discard}
        >
          {t.discard}
        </button>
      </div>
    </div>
  ) : null

const WatchList: FC<{ v: View; watches: WatchView[] }> = ({ v, watches }) => {
  const t = v.t
  return (
    <>
      <h1>{t.watches}</h1>
      <p class="help">{t.newWatchHint}</p>
      <ActionStatus />
      {watches.length === 0 ? (
        <p>{t.noWatches}</p>
      ) : (
        <div class="table-wrap">
          <table id="watch-list">
            <thead>
              <tr>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.filter}</th>
                <th scope="col">{t.webhook}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.actions}</th>
              </tr>
            </thead>
            <tbody>
              {watches.map((w) => (
                <tr data-watch={w.id}>
                  <th scope="row">
                    <a href={`/watches/${w.id}`}>{w.name}</a>
                  </th>
                  <td>
                    <a href={`/?${w.filter}`}>{w.description}</a>
                  </td>
                  <td>
                    <WebhookCell t={t} w={w} />
                  </td>
                  <td>
                    <span class={w.enabled ? 'status-ok' : 'status-warn'}>
                      {w.enabled ? t.enabled : t.paused}
                    </span>
                    <div class="meta">
                      <AlertMode t={t} w={w} />
                    </div>
                    {w.held > 0 ? <div class="status-warn">{t.held(w.held)}</div> : null}
                  </td>
                  <td>
                    <div class="actions">
                      <a class="button secondary" href={`/watches/${w.id}`}>
                        {t.edit}
                        <span class="sr-only">{`: ${w.name}`}</span>
                      </a>
                      <ToggleButton t={t} w={w} />
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}

const EditWatchForm: FC<{ v: View; w: WatchView }> = ({ v, w }) => {
  const t = v.t
  return (
    <form id="edit-watch" class="panel" data-id={w.id}>
      <h2>{t.edit}</h2>
      <div class="field">
        <label for="w-name">{t.name}</label>
        <input type="text" id="w-name" name="name" value={w.name} required maxlength={200} />
      </div>
      <div class="field">
        <label for="w-filter">{t.filter}</label>
        <input type="text" id="w-filter" name="filter" value={w.filter} class="mono" />
      </div>
      <WatchOptionFields
        t={t}
        id="w"
        webhook={w.webhook}
        notify={w.notify}
        delivery={deliveryValue(w.delivery)}
      />
      <label class="check">
        <input type="checkbox" name="enabled" checked={w.enabled} />
        {t.enabled}
      </label>
      <p>
        <button type="submit">{t.save}</button>
      </p>
    </form>
  )
}

const AnswerCell: FC<{ t: Messages; d: DeliveryView }> = ({ t, d }) => {
  const last = d.attempt_log[d.attempt_log.length - 1]
  if (!last) return <span class="meta">{t.noAnswer}</span>
  return (
    <details>
      <summary>
        {last.status_code !== null ? `HTTP ${last.status_code}` : (last.error ?? t.noAnswer)}
        {` · ${last.duration_ms} ms`}
      </summary>
      {d.attempt_log.map((a) => (
        <div>
          <p class="meta">
            #{a.attempt} · {a.at} · {a.status_code !== null ? `HTTP ${a.status_code}` : ''} {a.error ?? ''}
          </p>
          {a.response ? <pre>{a.response}</pre> : null}
        </div>
      ))}
    </details>
  )
}

const DeliveryLog: FC<{ v: View; w: WatchView; deliveries: DeliveryView[]; nextBefore: string | null }> = ({
  v,
  w,
  deliveries,
  nextBefore,
}) => {
  const t = v.t
  return (
    <section aria-labelledby="deliveries-h">
      <h2 id="deliveries-h">{t.deliveries}</h2>
      {deliveries.length === 0 ? (
        <p>{t.noDeliveries}</p>
      ) : (
        <div class="table-wrap">
          <table id="delivery-log">
            <thead>
              <tr>
                <th scope="col">{t.created}</th>
                <th scope="col">{t.kind}</th>
                <th scope="col">{t.article}</th>
                <th scope="col">{t.status}</th>
                <th scope="col" class="num">
                  {t.attempts}
                </th>
                <th scope="col">{t.lastAnswer}</th>
                <th scope="col">{t.nextAttempt}</th>
                <th scope="col">{t.actions}</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.map((d) => (
                <tr data-delivery={d.id} data-status={d.status}>
                  <td>
                    <Time v={v} iso={d.created_at} />
                  </td>
                  <td>
                    <span class="mono">{d.kind}</span>
                    {d.article_count !== null ? <div class="meta">{t.digestOf(d.article_count)}</div> : null}
                    {d.folded_into ? <div class="meta">{`${t.foldedInto} #${d.folded_into}`}</div> : null}
                  </td>
                  <td>{d.article_id ? <a href={`/articles/${d.article_id}`}>{d.article_id}</a> : '—'}</td>
                  <td class={statusClass(d.status)}>
                    {statusText(t, d.status)}
                    {d.last_error ? <div class="meta">{d.last_error}</div> : null}
                  </td>
                  <td class="num">{d.attempts}</td>
                  <td>
                    <AnswerCell t={t} d={d} />
                  </td>
                  <td>{d.next_attempt_at ? <Time v={v} iso={d.next_attempt_at} /> : '—'}</td>
                  <td>
                    {d.status === 'failed' ? (
                      <button
                        type="button"
                        class="secondary"
                        data-api={`/api/watches/${w.id}/deliveries/${d.id}/redeliver`}
                        data-method="POST"
                      >
                        {t.redeliver}
                        <span class="sr-only">{` #${d.id}`}</span>
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {nextBefore ? (
        <p>
          <a href={`/watches/${w.id}?before=${nextBefore}`}>{t.older}</a>
        </p>
      ) : null}
    </section>
  )
}

const WatchDetail: FC<{ v: View; w: WatchView; deliveries: DeliveryView[]; nextBefore: string | null }> = ({
  v,
  w,
  deliveries,
  nextBefore,
}) => {
  const t = v.t
  return (
    <>
      <p>
        <a href="/watches">← {t.watches}</a>
      </p>
      <h1>{w.name}</h1>
      <p>
        <a href={`/?${w.filter}`}>{w.description}</a> ·{' '}
        <span class={w.enabled ? 'status-ok' : 'status-warn'}>{w.enabled ? t.enabled : t.paused}</span>
      </p>
      <p class="meta">
        <AlertMode t={t} w={w} />
      </p>
      <p class="meta">
        <a href={w.feeds.rss}>RSS</a> · <a href={w.feeds.atom}>Atom</a> · <a href={w.feeds.json}>JSON Feed</a>
      </p>
      <ActionStatus />
      <HeldPanel t={t} w={w} />
      <div class="actions panel">
        <ToggleButton t={t} w={w} />
        {w.webhook ? (
          <>
            <button type="button" data-api={`/api/watches/${w.id}/test`} data-method="POST" data-show="test">
              {t.sendTest}
            </button>
            <button
              type="button"
              class="secondary"
              data-api={`/api/watches/${w.id}/rotate-secret`}
              data-method="POST"
              data-show="secret"
              data-confirm={t.rotateConfirm}
            >
              {t.rotateSecret}
            </button>
          </>
        ) : null}
        <button
          type="button"
          class="danger"
          data-api={`/api/watches/${w.id}`}
          data-method="DELETE"
          data-confirm={t.deleteWatchConfirm}
          data-then="/watches"
        >
          {t.deleteWatch}
        </button>
      </div>
      <EditWatchForm v={v} w={w} />
      <DeliveryLog v={v} w={w} deliveries={deliveries} nextBefore={nextBefore} />
    </>
  )
}

export function registerWatchesPages(app: App): void {
  declareAdminPage(app, '/watches', 'watches', (v) => v.t.watches)
  app.get('/watches', (c) =>
    adminPage(
      c,
      'watches',
      (v) => v.t.watches,
      async (v) => {
        const base = publicBaseUrl(c.env, c.req.url)
        const rows = await listWatches(c.env.DB)
        const held = await heldCounts(
          c.env.DB,
          rows.map((r) => r.id),
        )
        const watches = rows.map((row) => toWatchView(row, base, v.now, held.get(row.id) ?? 0))
        return { body: <WatchList v={v} watches={watches} /> }
      },
    ),
  )

  declareAdminPage(app, '/watches/:id', 'watches', (v) => v.t.watches)
  app.get('/watches/:id', (c) =>
    adminPage(
      c,
      'watches',
      (v) => v.t.watches,
      async (v) => {
        const id = idOrNull(c.req.param('id'))
        const row = id === null ? null : await getWatch(c.env.DB, id)
        if (!row) return { status: 404, body: <h1>{v.t.notFound}</h1> }
        const before = idOrNull(c.req.query('before') ?? '')
        const rows = await listDeliveries(c.env.DB, row.id, {
          limit: WEB_DELIVERIES_PAGE,
          beforeId: before ?? undefined,
        })
        const deliveries = toDeliveryViews(
          rows,
          await attemptsOf(
            c.env.DB,
            rows.map((r) => r.id),
          ),
        )
        const nextBefore = rows.length === WEB_DELIVERIES_PAGE ? String(rows[rows.length - 1].id) : null
        const held = (await heldCounts(c.env.DB, [row.id])).get(row.id) ?? 0
        const w = toWatchView(row, publicBaseUrl(c.env, c.req.url), v.now, held)
        return {
          title: w.name,
          body: <WatchDetail v={v} w={w} deliveries={deliveries} nextBefore={nextBefore} />,
        }
      },
    ),
  )
}
