/** Small pieces shared by the hot loops that keep their state in typed arrays and Maps. */

/** A copy of `a` with twice its length: growable typed arrays double when full. */
export function doubled(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2)
  b.set(a)
  return b
}

/** The number of `key` in `ids`, numbered 0, 1, 2... on first sight. */
export function numberOf(ids: Map<string, number>, key: string): number {
  let id = ids.get(key)
  if (id === undefined) {
    id = ids.size
    ids.set(key, id)
  }
  return id
}
