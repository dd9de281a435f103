/** @jsxImportSource hono/jsx */
import type { FC } from 'hono/jsx'
import { safeHref, type View } from '../view'

/** " · Read at the source", when the feed gave an http(s) link (never javascript:, data:...). */
export const SourceLink: FC<{ v: View; url: string | null }> = ({ v, url }) => {
  const href = safeHref(url)
  return href ? (
    <>
      {' · '}
      <a href={href} rel="noreferrer">
        {v.t.readAt}
      </a>
    </>
  ) : null
}
