/** @jsxImportSource hono/jsx */
import type { FC } from 'hono/jsx'
import { withAdded } from '../filter-url'
import type { Labels } from '../labels'
import type { View } from '../view'

/** An actor or event tag that adds itself to the current filter (a plain link: works without JavaScript). */
export const TagChips: FC<{ v: View; labels: Labels; actors: string[]; events: string[] }> = ({
  v,
  labels,
  actors,
  events,
}) =>
  actors.length + events.length === 0 ? null : (
    <ul class="chips">
      {actors.map((slug) => (
        <li>
          <a class="chip actor" href={withAdded(v.url, 'actor', slug)} data-slug={slug}>
            <span class="sr-only">{`${v.t.addFilter}: `}</span>
            {labels.actor(slug)}
          </a>
        </li>
      ))}
      {events.map((slug) => (
        <li>
          <a class="chip event" href={withAdded(v.url, 'event', slug)} data-slug={slug}>
            <span class="sr-only">{`${v.t.addFilter}: `}</span>
            {labels.event(slug)}
          </a>
        </li>
      ))}
    </ul>
  )
