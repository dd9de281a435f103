/** @jsxImportSource hono/jsx */

import { raw } from 'hono/html'
import type { FC } from 'hono/jsx'
import type {
  MediaTypeObject,
  OpenAPIObject,
  OperationObject,
  ParameterObject,
  ReferenceObject,
  ResponseObject,
  SchemaObject,
  SecuritySchemeObject,
} from 'openapi3-ts/oas31'

/**
 * The /docs page: the OpenAPI document rendered on the server into one self-contained HTML page
 * (inline CSS, a few lines of inline JS for the search box, no external assets), so it works
 * offline, without JavaScript, and always shows exactly what /openapi.json says.
 */

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const
type Method = (typeof METHODS)[number]
/** Nested object schemas are expanded this deep; deeper ones are summarised (named schemas are links). */
const MAX_SCHEMA_DEPTH = 4

type Schema = SchemaObject | ReferenceObject

const isRef = (s: unknown): s is ReferenceObject => typeof s === 'object' && s !== null && '$ref' in s
const refName = (ref: string) => ref.slice(ref.lastIndexOf('/') + 1)
const anchor = (kind: string, name: string) => `${kind}-${name.replace(/[^A-Za-z0-9_-]+/g, '-')}`

/** A one-line type label: "string (date-time)", "array of Article", "\"rss\" | \"atom\"". */
function typeLabel(s: Schema): string {
  if (isRef(s)) return refName(s.$ref)
  if (s.enum) return s.enum.map((v: unknown) => JSON.stringify(v)).join(' | ')
  if (s.const !== undefined) return JSON.stringify(s.const)
  const union = s.anyOf ?? s.oneOf
  if (union) return union.map(typeLabel).join(' | ')
  if (s.allOf) return s.allOf.map(typeLabel).join(' & ')
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : []
  const label = types
    .map((t) => (t === 'array' && s.items ? `array of ${typeLabel(s.items)}` : t))
    .join(' | ')
  return `${label || 'any'}${s.format ? ` (${s.format})` : ''}`
}

/** Constraints worth telling a caller: bounds, lengths, pattern, default. */
function constraints(s: Schema): string[] {
  if (isRef(s)) return []
  const out: string[] = []
  if (s.minimum !== undefined) out.push(`≥ ${s.minimum}`)
  if (s.maximum !== undefined) out.push(`≤ ${s.maximum}`)
  if (s.minLength !== undefined) out.push(`min length ${s.minLength}`)
  if (s.maxLength !== undefined) out.push(`max length ${s.maxLength}`)
  if (s.pattern !== undefined) out.push(`pattern ${s.pattern}`)
  if (s.default !== undefined) out.push(`default ${JSON.stringify(s.default)}`)
  return out
}

const TypeCell: FC<{ schema: Schema }> = ({ schema }) =>
  isRef(schema) ? (
    <a href={`#${anchor('schema', refName(schema.$ref))}`}>
      <code>{refName(schema.$ref)}</code>
    </a>
  ) : (
    <code>{typeLabel(schema)}</code>
  )

/** The object schema a property table should expand, if any (objects, arrays of objects). */
function expandable(s: Schema): SchemaObject | null {
  if (isRef(s)) return null
  if (s.properties) return s
  if (s.items && !isRef(s.items) && s.items.properties) return s.items
  return null
}

const SchemaView: FC<{ schema: Schema; depth?: number }> = ({ schema, depth = 0 }) => {
  const obj = expandable(schema)
  if (!obj || depth >= MAX_SCHEMA_DEPTH) {
    const notes = constraints(schema)
    return (
      <p class="type">
        <TypeCell schema={schema} />
        {notes.length > 0 ? <span class="notes"> {notes.join(', ')}</span> : ''}
        {!isRef(schema) && schema.description ? <span class="desc"> — {schema.description}</span> : ''}
      </p>
    )
  }
  const required = new Set(obj.required ?? [])
  return (
    <div>
      {obj !== schema ? <p class="type">array of objects:</p> : ''}
      <table class="props">
        <tbody>
          {Object.entries(obj.properties ?? {}).map(([name, prop]) => (
            <tr>
              <td>
                <code>{name}</code>
                {required.has(name) ? <span class="req">required</span> : ''}
              </td>
              <td>
                <TypeCell schema={prop} />
                {constraints(prop).length > 0 ? (
                  <span class="notes"> {constraints(prop).join(', ')}</span>
                ) : (
                  ''
                )}
                {!isRef(prop) && prop.description ? <div class="desc">{prop.description}</div> : ''}
                {expandable(prop) && depth + 1 < MAX_SCHEMA_DEPTH ? (
                  <SchemaView schema={prop} depth={depth + 1} />
                ) : (
                  ''
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

const Content: FC<{ content?: Record<string, MediaTypeObject> }> = ({ content }) => (
  <>
    {Object.entries(content ?? {}).map(([type, media]) => (
      <div class="media">
        <span class="mime">{type}</span>
        {media.schema ? <SchemaView schema={media.schema} /> : ''}
      </div>
    ))}
  </>
)

const Parameters: FC<{ params: ParameterObject[] }> = ({ params }) =>
  params.length === 0 ? null : (
    <>
      <h4>Parameters</h4>
      <table class="params">
        <thead>
          <tr>
            <th>name</th>
            <th>in</th>
            <th>type</th>
            <th>description</th>
          </tr>
        </thead>
        <tbody>
          {params.map((p) => (
            <tr>
              <td>
                <code>{p.name}</code>
                {p.required ? <span class="req">required</span> : ''}
              </td>
              <td>{p.in}</td>
              <td>{p.schema ? <TypeCell schema={p.schema} /> : ''}</td>
              <td>
                {p.description ?? (p.schema && !isRef(p.schema) ? p.schema.description : '') ?? ''}
                {p.schema && constraints(p.schema).length > 0 ? (
                  <span class="notes"> ({constraints(p.schema).join(', ')})</span>
                ) : (
                  ''
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )

const Operation: FC<{ method: Method; path: string; op: OperationObject }> = ({ method, path, op }) => {
  const params = (op.parameters ?? []).filter((p): p is ParameterObject => !isRef(p))
  const body = op.requestBody && !isRef(op.requestBody) ? op.requestBody : null
  const responses = Object.entries(op.responses ?? {}) as [string, ResponseObject | ReferenceObject][]
  const security = (op.security ?? []).map((req) => Object.keys(req).join(' + ') || 'none')
  return (
    <section
      class="op"
      id={anchor('op', `${method}-${path}`)}
      data-search={`${method} ${path} ${op.summary ?? ''} ${(op.tags ?? []).join(' ')}`.toLowerCase()}
    >
      <h3>
        <span class={`method ${method}`}>{method.toUpperCase()}</span> <code>{path}</code>
        {op.summary ? <span class="summary"> {op.summary}</span> : ''}
      </h3>
      {op.description ? <p class="desc">{op.description}</p> : ''}
      {security.length > 0 ? <p class="auth">Auth: {security.join(' or ')}</p> : ''}
      <Parameters params={params} />
      {body ? (
        <>
          <h4>Request body{body.required ? ' (required)' : ''}</h4>
          {body.description ? <p class="desc">{body.description}</p> : ''}
          <Content content={body.content} />
        </>
      ) : (
        ''
      )}
      <h4>Responses</h4>
      <dl class="responses">
        {responses.map(([status, res]) => (
          <>
            <dt>{status}</dt>
            <dd>
              {isRef(res) ? (
                <code>{refName(res.$ref)}</code>
              ) : (
                <>
                  {res.description}
                  <Content content={res.content} />
                </>
              )}
            </dd>
          </>
        ))}
      </dl>
    </section>
  )
}

interface OperationRef {
  method: Method
  path: string
  op: OperationObject
}

/** Operations grouped by their first tag, in document order. */
function groupOperations(doc: OpenAPIObject): Map<string, OperationRef[]> {
  const groups = new Map<string, OperationRef[]>()
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method]
      if (!op) continue
      const tag = op.tags?.[0] ?? 'other'
      if (!groups.has(tag)) groups.set(tag, [])
      groups.get(tag)!.push({ method, path, op })
    }
  }
  return groups
}

const SecuritySchemes: FC<{ schemes: Record<string, SecuritySchemeObject | ReferenceObject> }> = ({
  schemes,
}) => (
  <dl class="schemes">
    {Object.entries(schemes).map(([name, s]) => (
      <>
        <dt>
          <code>{name}</code>
        </dt>
        <dd>
          {isRef(s)
            ? ''
            : s.type === 'apiKey'
              ? `API key in ${s.in} parameter "${s.name}"`
              : `${s.type} ${s.scheme ?? ''}`}
          {!isRef(s) && s.description ? ` — ${s.description}` : ''}
        </dd>
      </>
    ))}
  </dl>
)

const CSS = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1c1e21;background:#fafafa}
header{background:#16213e;color:#fff;padding:1.2rem 2rem}header h1{margin:0 0 .3rem}header a{color:#9cc3ff}
main{display:flex;gap:2rem;padding:1rem 2rem;align-items:flex-start}
nav{position:sticky;top:1rem;min-width:16rem;max-height:90vh;overflow:auto;font-size:13px}
nav ul{list-style:none;padding-left:.5rem;margin:.2rem 0 .8rem}nav a{color:#333;text-decoration:none}
#q{width:100%;padding:.4rem;margin-bottom:.6rem;box-sizing:border-box}
article{flex:1;min-width:0}
.op{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem;margin:.8rem 0}
.op h3{margin:.2rem 0;font-size:16px}.summary{font-weight:normal;color:#555}
.method{display:inline-block;min-width:4rem;text-align:center;border-radius:4px;color:#fff;font-size:12px;
padding:2px 6px}
.get{background:#2b7bb9}.post{background:#2a9d55}.put,.patch{background:#c77d00}.delete{background:#c0392b}
table{border-collapse:collapse;width:100%;margin:.3rem 0}
td,th{border-top:1px solid #eee;padding:.25rem .5rem;text-align:left;vertical-align:top}
.req{color:#c0392b;font-size:11px;margin-left:.4rem}.notes,.auth,.mime{color:#666;font-size:13px}
.mime{font-family:monospace}.desc{color:#444}dt{font-weight:bold}dd{margin:0 0 .5rem 1rem}
code{background:#f2f2f2;padding:0 3px;border-radius:3px}h4{margin:.6rem 0 .2rem}
.schema{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.4rem 1rem;margin:.6rem 0}
`

// Progressive enhancement only: hides operations that do not match the search box.
const SCRIPT = `
document.getElementById('q').addEventListener('input', function (e) {
  var q = e.target.value.toLowerCase().trim();
  document.querySelectorAll('.op').forEach(function (el) {
    el.style.display = !q || el.dataset.search.indexOf(q) !== -1 ? '' : 'none';
  });
});
`

export const DocsPage: FC<{ doc: OpenAPIObject }> = ({ doc }) => {
  const groups = groupOperations(doc)
  const schemas = Object.entries(doc.components?.schemas ?? {})
  const schemes = doc.components?.securitySchemes ?? {}
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${doc.info.title} ${doc.info.version} — API docs`}</title>
        <style>{raw(CSS)}</style>
      </head>
      <body>
        <header>
          <h1>
            {doc.info.title} <small>{doc.info.version}</small>
          </h1>
          {doc.info.description ? <p>{doc.info.description}</p> : ''}
          <p>
            OpenAPI {doc.openapi} document: <a href="openapi.json">openapi.json</a>
            {(doc.servers ?? []).map((s) => (
              <>
                {' '}
                · server <code>{s.url}</code>
              </>
            ))}
          </p>
        </header>
        <main>
          <nav>
            <input id="q" type="search" placeholder="Filter operations" aria-label="Filter operations" />
            {[...groups].map(([tag, ops]) => (
              <>
                <strong>{tag}</strong>
                <ul>
                  {ops.map((o) => (
                    <li>
                      <a href={`#${anchor('op', `${o.method}-${o.path}`)}`}>
                        {o.method.toUpperCase()} {o.path}
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            ))}
            {schemas.length > 0 ? <strong>schemas</strong> : ''}
            <ul>
              {schemas.map(([name]) => (
                <li>
                  <a href={`#${anchor('schema', name)}`}>{name}</a>
                </li>
              ))}
            </ul>
          </nav>
          <article>
            {Object.keys(schemes).length > 0 ? (
              <>
                <h2>Authentication</h2>
                <SecuritySchemes schemes={schemes} />
              </>
            ) : (
              ''
            )}
            {[...groups].map(([tag, ops]) => (
              <>
                <h2>{tag}</h2>
                {ops.map((o) => (
                  <Operation method={o.method} path={o.path} op={o.op} />
                ))}
              </>
            ))}
            {schemas.length > 0 ? <h2>Schemas</h2> : ''}
            {schemas.map(([name, schema]) => (
              <section class="schema" id={anchor('schema', name)}>
                <h3>{name}</h3>
                {!isRef(schema) && schema.description ? <p class="desc">{schema.description}</p> : ''}
                <SchemaView schema={schema} />
              </section>
            ))}
          </article>
        </main>
        <script>{raw(SCRIPT)}</script>
      </body>
    </html>
  )
}

/** The complete page as a string (doctype included). */
export function renderDocsPage(doc: OpenAPIObject): string {
  return `<!doctype html>${(<DocsPage doc={doc} />).toString()}`
}
