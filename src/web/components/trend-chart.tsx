/** @jsxImportSource hono/jsx */
import type { FC } from 'hono/jsx'
import { withSetting } from '../filter-url'
import { flagSurges } from '../surge'
import { TREND_RANGES, type TrendChartData } from '../trend-plan'
import { dayText, type View } from '../view'

const W = 600
const H = 140
const TOP = 16
const BOTTOM = 22
const LEFT = 4
/** About this many tick labels fit under the chart. */
const TICKS = 8

/**
 * Stories per day (or week) as a server-rendered SVG bar chart (no script, no library). Surge
 * bars are drawn in another colour AND marked with a triangle (colour is never the only signal),
 * the chart's description says the total, the peak and the biggest surge in words, and the same
 * numbers are a table one click away.
 */
export const TrendChart: FC<{ v: View; chart: TrendChartData }> = ({ v, chart }) => {
  const t = v.t
  const { plan, series } = chart
  const shown = series.buckets
  const flags = flagSurges([...chart.lead, ...shown.map((b) => b.count)], chart.lead.length)
  const label = (isoStart: string) => {
    const day = dayText(v.lang, Date.parse(isoStart))
    return plan.interval === 'week' ? t.weekOf(day) : day
  }
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
  const peak = t.trendSummary(
    total,
    flags[peakIndex]?.count ?? 0,
    label(shown[peakIndex].start),
    plan.interval,
  )
  const surge = biggest
    ? t.trendSurge(label(shown[biggest.i].start), biggest.count, String(biggest.usual ?? 0))
    : t.trendNoSurge
  const summary = `${peak} ${surge}`
  const title =
    plan.mode.kind === 'recent'
      ? t.trendTitle(plan.mode.days)
      : t.trendRangeTitle(plan.interval, dayText(v.lang, plan.from), dayText(v.lang, plan.to))
  const tickEvery =
    plan.mode.kind === 'recent' && plan.mode.days <= 7 ? 1 : Math.max(1, Math.ceil(shown.length / TICKS))
  return (
    <section class="trend panel" aria-labelledby="trend-h">
      <h2 id="trend-h">{t.trend}</h2>
      {plan.mode.kind === 'recent' ? (
        <ul class="ranges" aria-label={t.trendRange}>
          {TREND_RANGES.map((d) => (
            <li>
              <a
                href={withSetting(v.url, 'trend', String(d))}
                aria-current={plan.mode.kind === 'recent' && d === plan.mode.days ? 'true' : undefined}
              >
                {t.trendDays(d)}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p class="help">{plan.mode.clipped ? t.trendClipped : t.trendFollowsFilter}</p>
      )}
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="trend-title trend-desc">
        <title id="trend-title">{title}</title>
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
                <title>{`${label(b.start)}: ${f.count}`}</title>
              </rect>
              {f.surge ? (
                <path
                  class="bar surge"
                  d={`M${(x + barW / 2).toFixed(1)} ${(top - 3).toFixed(1)} l-5 -8 h10 z`}
                />
              ) : null}
              {i % tickEvery === 0 ? (
                <text x={(x + barW / 2).toFixed(1)} y={H - 6} text-anchor="middle">
                  {dayText(v.lang, Date.parse(b.start))}
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
            <caption class="sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{plan.interval === 'week' ? t.week : t.day}</th>
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
