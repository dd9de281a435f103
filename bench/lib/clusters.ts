/** Near-duplicate quality against planted truth (bench/scale-corpus.ts), shared by the scale benches. */
import type { PlantedItem } from '../scale-corpus'

export interface ClusterQuality {
  articles: number
  recarries: number
  recall: number
  /** Articles whose cluster representative reports another story (siblings included), share of articles. */
  false_merge_rate: number
  /** ...of which: a sibling joined to its template story (related, different). */
  sibling_merges: number
  /** Articles merged with a story they have nothing to do with. */
  unrelated_merges: number
  /** Clusters holding two stories with no planted relation. */
  clusters_with_unrelated_stories: number
  largest_cluster: number
}

/** `rows`: every stored article's url, id and cluster id. */
export function clusterQuality(
  planted: Map<string, PlantedItem>,
  rows: { url: string; id: number; cluster_id: number }[],
): ClusterQuality {
  const byId = new Map(rows.map((r) => [r.id, r]))
  const firstOfStory = new Map<number, { url: string; cluster: number }>()
  for (const r of rows) {
    const p = planted.get(r.url)
    if (p && p.kind !== 'recarry' && !firstOfStory.has(p.story))
      firstOfStory.set(p.story, { url: r.url, cluster: r.cluster_id })
  }
  let recarries = 0
  let found = 0
  let sibling = 0
  let unrelated = 0
  const storiesByCluster = new Map<number, Set<number>>()
  const sizes = new Map<number, number>()
  for (const r of rows) {
    const p = planted.get(r.url)
    if (!p) continue
    sizes.set(r.cluster_id, (sizes.get(r.cluster_id) ?? 0) + 1)
    const set = storiesByCluster.get(r.cluster_id) ?? new Set()
    set.add(p.story)
    storiesByCluster.set(r.cluster_id, set)
    if (p.kind === 'recarry') {
      const origin = firstOfStory.get(p.story)
      if (origin) {
        recarries++
        if (origin.cluster === r.cluster_id) found++
      }
    }
    const rep = byId.get(r.cluster_id)
    const repStory = rep ? planted.get(rep.url) : undefined
    if (repStory && repStory.story !== p.story) {
      if (related(p, repStory)) sibling++
      else unrelated++
    }
  }
  let unrelatedClusters = 0
  const storyInfo = new Map<number, PlantedItem>()
  for (const p of planted.values()) if (p.kind !== 'recarry') storyInfo.set(p.story, p)
  for (const stories of storiesByCluster.values()) {
    const list = [...stories].map((s) => storyInfo.get(s)).filter((x): x is PlantedItem => !!x)
    if (list.some((a, i) => list.some((b, j) => j > i && !related(a, b)))) unrelatedClusters++
  }
  return {
    articles: rows.length,
    recarries,
    recall: recarries ? found / recarries : 1,
    false_merge_rate: rows.length ? (sibling + unrelated) / rows.length : 0,
    sibling_merges: sibling,
    unrelated_merges: unrelated,
    clusters_with_unrelated_stories: unrelatedClusters,
    // A loop, not Math.max(...): a million cluster sizes overflow the call stack as arguments.
    largest_cluster: [...sizes.values()].reduce((a, b) => Math.max(a, b), 0),
  }
}

const related = (a: PlantedItem, b: PlantedItem) =>
  a.story === b.story ||
  a.template === b.story ||
  b.template === a.story ||
  (!!a.template && a.template === b.template)
