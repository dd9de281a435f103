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

/** Slugs are [a-z0-9-]: one is found in the rendered options as it was written (no escaping to undo). */
const PLAIN_SLUG = /^[a-z0-9-]+$/

/**
 * A select of every actor or event of the taxonomy. Without `selected` it adds one to the search
 * (the facets list only the top ones); with it, that slug is the current choice (an unknown or
 * grouped value, such as "russia,china", is kept as an option of its own so the form sends it back).
 */
export const TagPicker: FC<{
  labels: Labels
  kind: 'actor' | 'event'
  label: string
  /** The select's name and id (default: the kind, id add-<kind>). */
  name?: string
  id?: string
  selected?: string
  emptyLabel?: string
}> = async ({ labels, kind, label, name = kind, id = `add-${kind}`, selected = '', emptyLabel = '—' }) => {
  let options = await optionsOf(labels, kind)
  const inList =
    labels[kind === 'actor' ? 'actors' : 'events'].includes(selected) && PLAIN_SLUG.test(selected)
  if (selected && inList)
    options = options.replace(`<option value="${selected}">`, `<option value="${selected}" selected>`)
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} name={name}>
        <option value="">{emptyLabel}</option>
        {selected && !inList ? (
          <option value={selected} selected>
            {selected}
          </option>
        ) : null}
        {raw(options)}
      </select>
    </div>
  )
}
