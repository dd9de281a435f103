/** @jsxImportSource hono/jsx */
import { raw } from 'hono/html'
import type { FC } from 'hono/jsx'
import { withAdded } from '../filter-url'
import type { Labels } from '../labels'
import type { View } from '../view'

/** Actor and event tags that add themselves to the current filter (plain links: work without JavaScript). */
export const TagChips: FC<{ v: View; labels: Labels; actors: string[]; events: string[] }> = ({
  v,
  labels,
  actors,
  events,
}) => {
  const tags = [
    ...actors.map((slug) => ({ kind: 'actor' as const, slug })),
    ...events.map((slug) => ({ kind: 'event' as const, slug })),
  ]
  return tags.length === 0 ? null : (
    <ul class="chips">
      {tags.map(({ kind, slug }) => (
        <li>
          <a class={`chip ${kind}`} href={withAdded(v.url, kind, slug)} data-slug={slug}>
            <span class="sr-only">{`${v.t.addFilter}: `}</span>
            {labels[kind](slug)}
          </a>
        </li>
      ))}
    </ul>
  )
}

/**
 * The options of every actor or event: the same for every page in a language until the taxonomy
 * changes (labels are made once per taxonomy version and language), so they are rendered once.
 */
const pickerOptions = new WeakMap<Labels, Partial<Record<'actor' | 'event', Promise<string>>>>()

function optionsOf(labels: Labels, kind: 'actor' | 'event'): Promise<string> {
  const known = pickerOptions.get(labels) ?? {}
  pickerOptions.set(labels, known)
  known[kind] ??= Promise.all(
    labels[kind === 'actor' ? 'actors' : 'events'].map((slug) =>
      (<option value={slug}>{labels[kind](slug)}</option>).toString(),
    ),
  ).then((options) => options.join(''))
  return known[kind]
}

/** A select that adds any actor or event of the taxonomy to the search (the facets list only the top ones). */
export const TagPicker: FC<{ labels: Labels; kind: 'actor' | 'event'; label: string }> = async ({
  labels,
  kind,
  label,
}) => (
  <div class="field">
    <label for={`add-${kind}`}>{label}</label>
    <select id={`add-${kind}`} name={kind}>
      <option value="">—</option>
      {raw(await optionsOf(labels, kind))}
    </select>
  </div>
)
