/**
 * A character trie over normalised keys, frozen into typed arrays. The matcher walks it from
 * each token start (and, for Korean, each syllable that begins a mid-word key): a walk stops at
 * the first character no key continues with, so the cost per position depends on the text and
 * the depth of real prefixes, not on how many keys there are. The root is a direct 64K table.
 */

/** Children above which a node gets a direct ASCII table. */
const DENSE_MIN_CHILDREN = 6

export class TrieBuilder {
  /** Edges keyed node * 65536 + char (one Map for the whole trie: no per-node allocation). */
  private edges = new Map<number, number>()
  private parent: number[] = [-1]
  private parentChar: number[] = [0]
  private entries = new Map<number, number[]>()

  /** Adds `entry` at the node of `key`; returns the node. */
  add(key: string, entry: number): number {
    let node = 0
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i)
      const edge = node * 65536 + c
      let next = this.edges.get(edge)
      if (next === undefined) {
        next = this.parent.length
        this.parent.push(node)
        this.parentChar.push(c)
        this.edges.set(edge, next)
      }
      node = next
    }
    const list = this.entries.get(node)
    if (!list) this.entries.set(node, [entry])
    else if (!list.includes(entry)) list.push(entry)
    return node
  }

  freeze(midStartEntry: (entry: number) => boolean): Trie {
    const n = this.parent.length
    // Children of a node are contiguous and sorted by character: order edges by (parent, char).
    const order = Array.from({ length: n - 1 }, (_, i) => i + 1)
    order.sort((a, b) => this.parent[a] - this.parent[b] || this.parentChar[a] - this.parentChar[b])
    const edgeStart = new Int32Array(n + 1)
    const edgeChar = new Uint16Array(n - 1)
    const edgeNode = new Int32Array(n - 1)
    let e = 0
    for (let node = 0, k = 0; node < n; node++) {
      edgeStart[node] = e
      while (k < order.length && this.parent[order[k]] === node) {
        edgeChar[e] = this.parentChar[order[k]]
        edgeNode[e] = order[k]
        e++
        k++
      }
    }
    edgeStart[n] = e
    const root = new Int32Array(65536)
    for (let i = edgeStart[0]; i < edgeStart[1]; i++) root[edgeChar[i]] = edgeNode[i]
    const entryStart = new Int32Array(n + 1)
    let total = 0
    for (const list of this.entries.values()) total += list.length
    const entryIds = new Int32Array(total)
    let k = 0
    for (let node = 0; node < n; node++) {
      entryStart[node] = k
      for (const id of this.entries.get(node) ?? []) entryIds[k++] = id
    }
    entryStart[n] = k
    // Root characters below which some key may start mid-word (Korean triggers and cues).
    // Children are created after their parents, so one backwards pass propagates the flag up.
    const hasMid = new Uint8Array(n)
    for (let node = n - 1; node > 0; node--) {
      if (!hasMid[node])
        for (let j = entryStart[node]; j < entryStart[node + 1]; j++)
          if (midStartEntry(entryIds[j])) hasMid[node] = 1
      if (hasMid[node]) hasMid[this.parent[node]] = 1
    }
    const rootMid = new Uint8Array(65536)
    for (let i = edgeStart[0]; i < edgeStart[1]; i++) rootMid[edgeChar[i]] = hasMid[edgeNode[i]]
    // Nodes with many children get a direct table for ASCII characters (English text walks
    // through them constantly: "the ", "n", "s"...); the rest search their sorted edges.
    const denseSlot = new Int32Array(n).fill(-1)
    let slots = 0
    for (let node = 1; node < n; node++)
      if (edgeStart[node + 1] - edgeStart[node] > DENSE_MIN_CHILDREN) denseSlot[node] = slots++
    const dense = new Int32Array(slots * 128)
    for (let node = 1; node < n; node++) {
      const slot = denseSlot[node]
      if (slot < 0) continue
      for (let i = edgeStart[node]; i < edgeStart[node + 1]; i++)
        if (edgeChar[i] < 128) dense[slot * 128 + edgeChar[i]] = edgeNode[i]
    }
    return new Trie(root, rootMid, edgeStart, edgeChar, edgeNode, entryStart, entryIds, n, denseSlot, dense)
  }
}

export class Trie {
  constructor(
    readonly root: Int32Array,
    /** 1 when a key starting with this character may start mid-word. */
    readonly rootMid: Uint8Array,
    readonly edgeStart: Int32Array,
    readonly edgeChar: Uint16Array,
    readonly edgeNode: Int32Array,
    readonly entryStart: Int32Array,
    readonly entryIds: Int32Array,
    readonly nodeCount: number,
    /** Slot of a node's direct ASCII table in `dense`, or -1. */
    readonly denseSlot: Int32Array,
    readonly dense: Int32Array,
  ) {}

  /** The child of `node` on character `c`, or 0 when none (0 is the root, never a child). */
  child(node: number, c: number): number {
    const slot = this.denseSlot[node]
    if (slot >= 0 && c < 128) return this.dense[slot * 128 + c]
    let lo = this.edgeStart[node]
    let hi = this.edgeStart[node + 1]
    const chars = this.edgeChar
    if (hi - lo <= 8) {
      for (; lo < hi; lo++) if (chars[lo] === c) return this.edgeNode[lo]
      return 0
    }
    hi--
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const m = chars[mid]
      if (m === c) return this.edgeNode[mid]
      if (m < c) lo = mid + 1
      else hi = mid - 1
    }
    return 0
  }
}
