// Preloaded into CLI runs by the benchmark (`node --require`): at exit, write
// the process's peak resident memory and CPU time (all threads) to
// $COPYDESK_BENCH_RSS as JSON. CommonJS, so that measuring does not start
// Node's ES module loader, which the CLI itself does not (some 10 ms).
const {writeFileSync} = require('node:fs')

const target = process.env.COPYDESK_BENCH_RSS
if (target) {
  process.on('exit', () => {
    const {user, system} = process.cpuUsage()
    writeFileSync(target, JSON.stringify({rss: process.resourceUsage().maxRSS * 1024, cpu: (user + system) / 1e6}))
  })
}
