/** Epoch ms → ISO 8601 UTC without milliseconds ("2023-10-08T14:27:00Z"), null-safe. */
export function iso(ms: number | null | undefined): string | null {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return null
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/**
 * Parse a user-supplied ISO 8601 date or date-time (filters: since/until).
 * A bare date means midnight UTC. Returns null when it is not a valid ISO 8601 value.
 */
export function parseIsoParam(value: string): number | null {
  const v = value.trim()
  const m = v.match(
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/,
  )
  if (!m) return null
  const [, y, mo, d, h, mi, s, tz] = m
  if (
    +mo < 1 ||
    +mo > 12 ||
    +d < 1 ||
    +d > 31 ||
    (h !== undefined && +h > 23) ||
    (mi !== undefined && +mi > 59) ||
    (s !== undefined && +s > 60)
  )
    return null
  let t = Date.UTC(+y, +mo - 1, +d, h ? +h : 0, mi ? +mi : 0, s ? +s : 0)
  if (new Date(Date.UTC(+y, +mo - 1, +d)).getUTCDate() !== +d) return null
  if (tz && tz !== 'Z') {
    const sign = tz[0] === '-' ? -1 : 1
    const digits = tz.slice(1).replace(':', '')
    t -= sign * (+digits.slice(0, 2) * 60 + +digits.slice(2, 4)) * 60_000
  }
  return t
}
