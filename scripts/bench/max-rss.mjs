// Preloaded into CLI runs by the benchmark (`node --import`): at exit, write
// the process's peak resident memory and CPU time (all threads) to
// $COPYDESK_BENCH_RSS as JSON.
import {writeFileSync} from 'node:fs'

const target = process.env.COPYDESK_BENCH_RSS
if (target) {
  process.on('exit', () => {
    const {user, system} = process.cpuUsage()
    writeFileSync(target, JSON.stringify({rss: process.resourceUsage().maxRSS * 1024, cpu: (user + system) / 1e6}))
  })
}
