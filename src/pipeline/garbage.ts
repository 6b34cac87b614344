// A full collection between the sections of a file of megabytes. V8 lets
// garbage pile up to several times the live heap before it collects the old
// generation; a file of many sections leaves a section's worth of dead trees
// each time, so without this, peak memory grows with the file's size, not
// with its largest section. A collection costs some tens of milliseconds a
// section of 512 KB, which takes seconds to check.
import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'

let collect: (() => void) | undefined

/** Collect garbage now (V8's `gc`, exposed once for this process). */
export function collectGarbage(): void {
  if (!collect) {
    setFlagsFromString('--expose-gc')
    collect = runInNewContext('gc') as () => void
  }
  collect()
}
