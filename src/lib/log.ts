/**
 * The one logger of the Worker: each call writes one JSON line `{"level", "event", ...fields}`,
 * which Workers Logs (observability in wrangler.toml) indexes field by field, so "every
 * feed_fetch_failed of feed 12" is a query, not a grep. `event` is a snake_case name of what
 * happened; fields carry the ids and figures.
 *
 * Nothing secret is written: a field whose key names a credential (token, secret, password,
 * authorization, cookie, api key, signature, SECRETS_KEY...) is replaced by "[redacted]" at any
 * depth, whatever its value; inside every string (error messages and stacks included), webhook
 * secrets, bearer tokens, URL passwords, credential-like query parameters and chat webhook paths
 * are replaced too (scrubSecrets). Errors are written as {name, message, stack}.
 */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error'
export type LogFields = Record<string, unknown>

/** Key names whose values are never written (matched anywhere in the key, any case). */
const SECRET_KEY = /token|secret|passw(or)?d|authori[sz]ation|cookie|api[-_]?key|signature|credential/i
export const REDACTED = '[redacted]'

/**
 * Secrets that show up inside values, whatever the field is called: a webhook URL echoed in an
 * error message, a redirect target with an API key in its query, a header copied into a string.
 */
const SECRET_VALUES: [RegExp, string][] = [
  [/whsec_[A-Za-z0-9+/=]{8,}/g, 'whsec_[redacted]'],
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{6,}/gi, '$1 [redacted]'],
  // user:password@ in a URL
  [/(\b[a-z][a-z0-9+.-]*:\/\/)[^/\s:@]+:[^/\s@]+@/gi, '$1[redacted]@'],
  // query parameters named like credentials (?token=, &api_key=, ?sig=...)
  [
    /([?&][a-z0-9_.-]*(?:token|secret|key|passw|sig|auth|credential|session)[a-z0-9_.-]*)=[^&#\s"'<>]*/gi,
    '$1=[redacted]',
  ],
  // chat webhook URLs, whose path is the credential
  [/(hooks\.slack\.com\/(?:services|workflows|triggers)\/)[^\s"'<>]+/gi, '$1[redacted]'],
  [/(discord(?:app)?\.com\/api\/webhooks\/\d+\/)[^\s"'<>?#]+/gi, '$1[redacted]'],
]

/** A string with the secrets it carries replaced (exported for tests). */
export function scrubSecrets(text: string): string {
  let out = text
  for (const [pattern, replacement] of SECRET_VALUES) out = out.replace(pattern, replacement)
  return out
}

/** Depth below which nested values are summarised: a log line is not a heap dump. */
const MAX_DEPTH = 6

function errorFields(err: Error): LogFields {
  return { name: err.name, message: err.message, stack: err.stack }
}

function clean(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (value instanceof Error) return clean(errorFields(value), depth, seen)
  if (typeof value === 'bigint') return value.toString()
  if (typeof value === 'string') return scrubSecrets(value)
  if (value === null || typeof value !== 'object') return value
  if (seen.has(value)) return '[circular]'
  if (depth >= MAX_DEPTH) return Array.isArray(value) ? '[array]' : '[object]'
  seen.add(value)
  if (Array.isArray(value)) return value.map((v) => clean(v, depth + 1, seen))
  const out: LogFields = {}
  for (const [k, v] of Object.entries(value))
    out[k] = SECRET_KEY.test(k) ? REDACTED : clean(v, depth + 1, seen)
  return out
}

/** The JSON line of one event (exported for tests). */
export function logLine(level: LogLevel, event: string, fields: LogFields = {}): string {
  const line = { level, event, ...(clean(fields, 0, new WeakSet()) as LogFields) }
  // A field named level or event does not overwrite the line's own.
  line.level = level
  line.event = event
  return JSON.stringify(line)
}

const SINK: Record<LogLevel, (line: string) => void> = {
  debug: (line) => console.debug(line),
  info: (line) => console.log(line),
  warn: (line) => console.warn(line),
  error: (line) => console.error(line),
}

const write = (level: LogLevel) => (event: string, fields?: LogFields) =>
  SINK[level](logLine(level, event, fields))

export const log = {
  debug: write('debug'),
  info: write('info'),
  warn: write('warn'),
  error: write('error'),
}
