/**
 * The one logger of the Worker: each call writes one JSON line `{"level", "event", ...fields}`,
 * which Workers Logs (observability in wrangler.toml) indexes field by field, so "every
 * feed_fetch_failed of feed 12" is a query, not a grep. `event` is a snake_case name of what
 * happened; fields carry the ids and figures.
 *
 * Nothing secret is written: a field whose key names a credential (token, secret, password,
 * authorization, cookie, api key, signature, SECRETS_KEY...) is replaced by "[redacted]" at any
 * depth, whatever its value. Errors are written as {name, message, stack}.
 */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error'
export type LogFields = Record<string, unknown>

/** Key names whose values are never written (matched anywhere in the key, any case). */
const SECRET_KEY = /token|secret|passw(or)?d|authori[sz]ation|cookie|api[-_]?key|signature|credential/i
export const REDACTED = '[redacted]'

/** Depth below which nested values are summarised: a log line is not a heap dump. */
const MAX_DEPTH = 6

function errorFields(err: Error): LogFields {
  return { name: err.name, message: err.message, stack: err.stack }
}

function clean(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (value instanceof Error) return clean(errorFields(value), depth, seen)
  if (typeof value === 'bigint') return value.toString()
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
