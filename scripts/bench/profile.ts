// Summarize a V8 .cpuprofile (from `node --cpu-prof`) by self time: the
// functions where the time is spent, and the files (packages) they live in.
// usage: npx tsx scripts/bench/profile.ts FILE.cpuprofile… [--top N]
import {readFileSync} from 'node:fs'
import {argValue} from '../corpus.js'

interface ProfileNode {
  id: number
  callFrame: {functionName: string; url: string; lineNumber: number}
  children?: number[]
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

// Several profiles (say, of repeated one-file runs) are summed.
const paths = process.argv.slice(2).filter((arg, index, args) => !arg.startsWith('--') && args[index - 1] !== '--top')
if (paths.length === 0) throw new Error('usage: profile.ts FILE.cpuprofile… [--top N]')
const top = Number(argValue('--top', '30'))
/** Self time by call frame, microseconds: each frame once per function and place, across profiles. */
const self = new Map<string, {callFrame: ProfileNode['callFrame']; time: number}>()
for (const path of paths) {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as Profile
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  profile.samples.forEach((id, index) => {
    const {callFrame} = byId.get(id)!
    const key = `${callFrame.functionName}\0${callFrame.url}\0${callFrame.lineNumber}`
    const entry = self.get(key) ?? self.set(key, {callFrame, time: 0}).get(key)!
    entry.time += profile.timeDeltas[index] ?? 0
  })
}
const total = [...self.values()].reduce((sum, entry) => sum + entry.time, 0)

/** A short place name: the package, or the path under the repository. */
function where(url: string): string {
  if (url === '') return '(native)'
  const modules = url.lastIndexOf('node_modules/')
  if (modules >= 0) {
    const parts = url.slice(modules + 13).split('/')
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!
  }
  return url.replace(/^file:\/\/.*?\/(src|dist|scripts)\//, '$1/').replace(/^node:/, 'node:')
}

const functions = new Map<string, number>()
const places = new Map<string, number>()
for (const {callFrame, time} of self.values()) {
  const place = where(callFrame.url)
  const name = `${callFrame.functionName || '(anonymous)'} ${place}${callFrame.url ? ':' + (callFrame.lineNumber + 1) : ''}`
  functions.set(name, (functions.get(name) ?? 0) + time)
  places.set(place, (places.get(place) ?? 0) + time)
}
const show = (title: string, table: Map<string, number>) => {
  console.log(`\n${title}`)
  for (const [name, time] of [...table].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${((100 * time) / total).toFixed(1).padStart(6)}%  ${(time / 1000).toFixed(0).padStart(7)} ms  ${name}`)
  }
}
console.log(`${(total / 1e6).toFixed(2)} s sampled in ${paths.length} profile${paths.length === 1 ? '' : 's'}`)
show('self time by function', functions)
show('self time by file or package', places)
