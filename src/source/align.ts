// Aligning the Chinese source with the translation by length, the way Gale
// and Church (1993) aligned parallel text: a translation's length is roughly
// proportional to its source's, so dynamic programming over the two lists of
// lengths finds the cheapest sequence of 1–1, merged (2–1, 3–1…), split
// (1–2…) and unmatched (1–0, 0–1) pairs. The ratio is the document's own
// (total English / total Chinese), not a constant, so any style of
// translation fits. The search is limited to a band around the expected path,
// which keeps it linear in the number of paragraphs.

/** Source items `[source[0], source[1])` are translated by target items `[target[0], target[1])`. */
export interface Bead {
  source: [number, number]
  target: [number, number]
  /**
   * How far the pair's length is from the document's norm, in standard
   * deviations (signed: negative when the translation is shorter).
   */
  delta: number
}

export interface AlignOptions {
  /** Variance of the length difference per source character (measured on the WMT zh→en references: about 20). */
  variance?: number
  /** Half-width of the search band, in items. */
  band?: number
  /** English length per source length; by default the two lists' own (total over total). */
  ratio?: number
}

/** Bead shapes and their prior probabilities (translators merge short Chinese paragraphs more often than they split). */
const shapes: ReadonlyArray<readonly [number, number, number]> = [
  [1, 1, 0.85],
  [2, 1, 0.05],
  [1, 2, 0.04],
  [1, 0, 0.01],
  [0, 1, 0.01],
  [2, 2, 0.01],
  [3, 1, 0.01],
  [1, 3, 0.01]
]
const shapeCost = shapes.map(([, , prior]) => -Math.log(prior))

/** Align two lists of lengths (characters without spaces); returns beads in order, covering both lists. */
export function alignLengths(source: readonly number[], target: readonly number[], options: AlignOptions = {}): Bead[] {
  const n = source.length
  const m = target.length
  if (n === 0 && m === 0) return []
  const variance = options.variance ?? 20
  const band = options.band ?? 25
  const sourceSum = prefixSums(source)
  const targetSum = prefixSums(target)
  const ratio = options.ratio ?? (sourceSum[n]! > 0 && targetSum[m]! > 0 ? targetSum[m]! / sourceSum[n]! : 1)

  const delta = (ls: number, lt: number) => (lt - ratio * ls) / Math.sqrt(variance * Math.max(ls, (lt / ratio + ls) / 2, 1))
  const beadCost = (shape: number, ls: number, lt: number) => {
    // A paragraph with no counterpart: its length says nothing about a
    // translation, so it costs in proportion to what is lost (Gale and
    // Church's length term would make merging it into a neighbour always cheaper).
    if (ls === 0 || lt === 0) return shapeCost[shape]! + 0.1 * (ls + lt / ratio)
    const d = delta(ls, lt)
    return shapeCost[shape]! + (d * d) / 2
  }

  // The band follows the expected path: for source position i, the target
  // position whose cumulative length matches i's cumulative length.
  const centre: number[] = []
  for (let i = 0, j = 0; i <= n; i++) {
    const wanted = sourceSum[i]! * ratio
    while (j < m && targetSum[j + 1]! <= wanted) j++
    centre.push(j)
  }
  const low = (i: number) => Math.max(0, Math.min(centre[i]!, Math.round((i * m) / Math.max(n, 1))) - band)
  const high = (i: number) => Math.min(m, Math.max(centre[i]!, Math.round((i * m) / Math.max(n, 1))) + band)

  const rows: Array<{low: number; cost: Float64Array; back: Int8Array}> = []
  for (let i = 0; i <= n; i++) {
    const lo = i === 0 ? 0 : low(i)
    const hi = i === n ? m : high(i)
    const row = {low: lo, cost: new Float64Array(hi - lo + 1).fill(Infinity), back: new Int8Array(hi - lo + 1).fill(-1)}
    rows.push(row)
    for (let j = lo; j <= hi; j++) {
      if (i === 0 && j === 0) {
        row.cost[0] = 0
        continue
      }
      let best = Infinity
      let bestShape = -1
      for (let s = 0; s < shapes.length; s++) {
        const [di, dj] = shapes[s]!
        if (di > i || dj > j) continue
        const previous = rows[i - di]!
        const k = j - dj - previous.low
        if (k < 0 || k >= previous.cost.length) continue
        const before = previous.cost[k]!
        if (before === Infinity) continue
        const total = before + beadCost(s, sourceSum[i]! - sourceSum[i - di]!, targetSum[j]! - targetSum[j - dj]!)
        if (total < best) {
          best = total
          bestShape = s
        }
      }
      row.cost[j - lo] = best
      row.back[j - lo] = bestShape
    }
  }

  const beads: Bead[] = []
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const row = rows[i]!
    const shape = row.back[j - row.low]
    if (shape === undefined || shape < 0) {
      // Outside the band (cannot happen with both ends inside it): give up gracefully.
      beads.push({source: [0, i], target: [0, j], delta: delta(sourceSum[i]!, targetSum[j]!)})
      break
    }
    const [di, dj] = shapes[shape]!
    beads.push({
      source: [i - di, i],
      target: [j - dj, j],
      delta: delta(sourceSum[i]! - sourceSum[i - di]!, targetSum[j]! - targetSum[j - dj]!)
    })
    i -= di
    j -= dj
  }
  return beads.reverse()
}

function prefixSums(values: readonly number[]): number[] {
  const sums = [0]
  for (const value of values) sums.push(sums.at(-1)! + value)
  return sums
}
