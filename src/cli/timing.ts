// --timing: where a run's time went, per rule, like ESLint's TIMING=1. Rows
// in parentheses are the engine's own stages (Markdown parsing, building the
// prose tree); with worker threads the times of all threads add up.

export class TimingTable {
  private readonly totals = new Map<string, number>()

  add(id: string, ms: number): void {
    this.totals.set(id, (this.totals.get(id) ?? 0) + ms)
  }

  merge(entries: Iterable<[string, number]>): void {
    for (const [id, ms] of entries) this.add(id, ms)
  }

  format(): string {
    const rows = [...this.totals].sort((a, b) => b[1] - a[1])
    const total = rows.reduce((sum, [, ms]) => sum + ms, 0)
    const width = Math.max('Rule'.length, ...rows.map(([id]) => id.length))
    const lines = [`${'Rule'.padEnd(width)} | Time (ms) | Relative`, `:${'-'.repeat(width)}|----------:|--------:`]
    for (const [id, ms] of rows) {
      const share = total > 0 ? (100 * ms) / total : 0
      lines.push(`${id.padEnd(width)} | ${ms.toFixed(3).padStart(9)} | ${`${share.toFixed(1)}%`.padStart(8)}`)
    }
    return lines.join('\n') + '\n'
  }
}
