// The command line's heap tuning (src/cli/heap.ts): once tuned, the young
// generation stops growing at 16 MB (two semi-spaces of 8), where V8 would
// take it to 32. Run in a child process, as it sets V8's flags for good.
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {test} from 'node:test'

/** The largest the young generation grew (MB) over a run that keeps each round's objects for eight rounds. */
function largestYoungGeneration(tuned: boolean): number {
  const script = `
    import {getHeapSpaceStatistics} from 'node:v8'
    import {holdYoungGeneration, tuneHeap} from ${JSON.stringify(new URL('../src/cli/heap.ts', import.meta.url).href)}
    if (${tuned}) tuneHeap()
    let largest = 0
    let kept = []
    for (let round = 0; round < 200; round++) {
      kept = [...kept.slice(-7), Array.from({length: 20000}, (_, index) => ({round, index}))]
      holdYoungGeneration()
      for (const space of getHeapSpaceStatistics()) if (space.space_name === 'new_space') largest = Math.max(largest, space.space_size)
    }
    console.log(largest / 1048576)
  `
  const result = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), '--input-type=module', '-e', script], {encoding: 'utf8'})
  assert.equal(result.status, 0, result.stderr)
  return Number(result.stdout)
}

test('heap: untuned, the young generation grows to 32 MB; tuned, it is held at 16 MB', () => {
  assert.equal(largestYoungGeneration(false), 32)
  assert.equal(largestYoungGeneration(true), 16)
})
