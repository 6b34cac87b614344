// Preloaded into CLI runs by the benchmark (`node --import`): at exit, write
// the process's peak resident memory (all threads) to $COPYDESK_BENCH_RSS.
import {writeFileSync} from 'node:fs'

const target = process.env.COPYDESK_BENCH_RSS
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS * 1024)))
