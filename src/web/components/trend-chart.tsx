/** @jsxImportSource hono/jsx */
import type { FC } from 'hono/jsx'
import { SURGE_BASELINE_DAYS } from '../../limits'
import type { TrendSeries } from '../../search/trends'
import { withSetting } from '../filter-url'
import type { UiLang } from '../i18n'
import { flagSurges } from '../surge'
import { dayText as formatDay, type View } from '../view'

export const TREND_RANGES = [7, 30, 90] as const
export type TrendRange = (typeof TREND_RANGES)[number]
/** Days fetched before the chart's first day, so its first days have a "usual" count too. */
export const TREND_LEAD_DAYS = SURGE_BASELINE_DAYS

const W = 600
const H = 140
const TOP = 16
const BOTTOM = 22
const LEFT = 4

const dayText = (lang: UiLang, isoDay: string) => formatDay(lang, Date.parse(isoDay))

/**
 * Stories per day as a server-rendered SVG bar chart (no script, no library). Surge days are
 * drawn in another colour AND marked with a triangle (colour is never the only signal), the
 * chart's description says the total, the peak and the biggest surge in words, and the same
 * numbers are a table one click away.
 */
export const TrendChart: FC<{ v: View; series: TrendSeries; days: TrendRange }> = ({ v, series, days }) => {
  const t = v.t
  const lead = Math.max(0, series.buckets.length - days)
  const flags = flagSurges(
    series.buckets.map((b) => b.count),
    lead,
  )
  const shown = series.buckets.slice(lead)
  const max = Math.max(1, ...flags.map((f) => f.count))
  const total = flags.reduce((n, f) => n + f.count, 0)
  const peakIndex = flags.reduce((best, f, i) => (f.count > flags[best].count ? i : best), 0)
  const surges = flags.map((f, i) => ({ ...f, i })).filter((f) => f.surge)
  const biggest = surges.reduce<(typeof surges)[number] | null>(
    (best, s) => (!best || s.count > best.count ? s : best),
    null,
  )
  const slot = (W - LEFT) / shown.length
  const barW = Math.max(1, slot * 0.78)
  const y = (n: number) => TOP + (H - TOP - BOTTOM) * (1 - n / max)
  const peakDay = dayText(v.lang, shown[peakIndex]?.start ?? series.since)
  const summary = `${t.trendSummary(total, flags[peakIndex]?.count ?? 0, peakDay)} ${
    biggest
      ? t.trendSurge(dayText(v.lang, shown[biggest.i].start), biggest.count, String(biggest.usual ?? 0))
      : t.trendNoSurge
  }`
  const tickEvery = days <= 7 ? 1 : days <= 30 ? 7 : 14
  return (
    <section class="trend panel" aria-labelledby="trend-h">
      <h2 id="trend-h">{t.trend}</h2>
      <ul class="ranges" aria-label={t.trendRange}>
        {TREND_RANGES.map((d) => (
          <li>
            <a href={withSetting(v.url, 'trend', String(d))} aria-current={d === days ? 'true' : undefined}>
              {t.trendDays(d)}
            </a>
          </li>
        ))}
      </ul>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="trend-title trend-desc">
        <title id="trend-title">{t.trendTitle(days)}</title>
        <desc id="trend-desc">{summary}</desc>
        <line class="axis" x1={LEFT} x2={W} y1={H - BOTTOM} y2={H - BOTTOM} />
        {shown.map((b, i) => {
          const f = flags[i]
          const x = LEFT + i * slot + (slot - barW) / 2
          const top = y(f.count)
          return (
            <g>
              <rect
                class={f.surge ? 'bar surge' : 'bar'}
                x={x.toFixed(1)}
                y={top.toFixed(1)}
                width={barW.toFixed(1)}
                height={(H - BOTTOM - top).toFixed(1)}
              >
                <title>{`${dayText(v.lang, b.start)}: ${f.count}`}</title>
              </rect>
              {f.surge ? (
                <path
                  class="bar surge"
                  d={`M${(x + barW / 2).toFixed(1)} ${(top - 3).toFixed(1)} l-5 -8 h10 z`}
                />
              ) : null}
              {i % tickEvery === 0 ? (
                <text x={(x + barW / 2).toFixed(1)} y={H - 6} text-anchor="middle">
                  {dayText(v.lang, b.start)}
                </text>
              ) : null}
            </g>
          )
        })}
        <text x={W - 2} y={11} text-anchor="end">
          {String(max)}
        </text>
      </svg>
      <p class={biggest ? 'surge-note' : 'meta'}>{summary}</p>
      <details>
        <summary>{t.trendAsTable}</summary>
        <div class="table-wrap">
          <table>
            <caption class="sr-only">{t.trendTitle(days)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.day}</th>
                <th scope="col" class="num">
                  {t.stories}
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((b, i) => (
                <tr>
                  <th scope="row">
                    <time datetime={b.start.slice(0, 10)}>{b.start.slice(0, 10)}</time>
                  </th>
                  <td class="num">
                    {flags[i].count}
                    {flags[i].surge ? ' ▲' : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  )
}
