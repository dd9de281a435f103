/**
 * Reads a body stream up to `limit` bytes and cancels it beyond: the limit is enforced while
 * streaming, so an oversized or endless body is never buffered whole. `onTooLarge` (which must
 * throw) is called as soon as the limit is passed. With a `signal`, a read that stalls past the
 * abort (a trickling body) rejects instead of hanging the invocation.
 */
export async function readStreamCapped(
  stream: ReadableStream<Uint8Array> | null,
  limit: number,
  onTooLarge: () => never,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  if (!stream) return new Uint8Array(0)
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  try {
    for (;;) {
      const { done, value } = await (signal ? abortable(reader.read(), signal) : reader.read())
      if (done) break
      total += value.byteLength
      if (total > limit) onTooLarge()
      chunks.push(value)
    }
  } catch (err) {
    reader.cancel().catch(() => undefined)
    throw err
  }
  const out = new Uint8Array(total)
  let offset = 0
  for (const c of chunks) {
    out.set(c, offset)
    offset += c.byteLength
  }
  return out
}

/** Rejects when `signal` aborts, even if `promise` never settles. */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new Error('aborted'))
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Error('aborted'))
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort)
        resolve(v)
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort)
        reject(e)
      },
    )
  })
}
