// SIGKILL against --fix: run `copydesk --fix --cache --output-file` over a
// folder of articles and kill it outright at random moments of the whole
// run, then again the instant a temporary file of a fix appears beside an
// article (inside the write window). After each kill every article must be
// either as it was or wholly fixed, and the next run must leave no
// temporary file behind (it removes those of dead processes).
//
//   npm run build && tsx scripts/sigkill.ts [--kills 50] [--window 15]
//
// Prints the kills tried, the kills that landed inside the write window, the
// files that were neither the original nor the fixed text (must be 0) and the
// temporary files left after the next run (must be 0); exits 1 when either
// is not 0.
import {spawn, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

const root = join(import.meta.dirname, '..')
const cli = join(root, 'dist', 'bin.js')

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name)
  return index === -1 ? fallback : Number(process.argv[index + 1])
}

/** Articles with fixable findings: many small ones and one of a quarter megabyte, whose write takes a while. */
function articles(): Map<string, string> {
  const texts = new Map<string, string>()
  for (let index = 0; index < 40; index++) {
    texts.set(`news/${String(index).padStart(2, '0')}.md`, `# Report ${index}\n\nThe council met on Monday.It agreed on the budget.\n\nWorkers cheered as the line started.They went home early.\n`)
  }
  texts.set('news/long.md', 'The mayor opened the plant.Workers cheered as the line started.\n\n'.repeat(4000))
  return texts
}

const temporary = /\.copydesk-\d+-[0-9a-f]{8}\.tmp$/
const temporaries = (folder: string) => (existsSync(folder) ? readdirSync(folder).filter((name) => temporary.test(name)) : [])

function reset(dir: string, texts: Map<string, string>): void {
  rmSync(dir, {recursive: true, force: true})
  mkdirSync(join(dir, 'news'), {recursive: true})
  for (const [name, text] of texts) writeFileSync(join(dir, name), text)
}

const args = ['--fix', '--cache', '--format', 'json', '--output-file', 'report.json', 'news']

/** Run copydesk and SIGKILL it after `delay` ms, or once `inWindow` sees a temporary file beside an article. */
async function killed(dir: string, delay: number | 'window'): Promise<boolean> {
  const child = spawn(process.execPath, [cli, ...args], {cwd: dir, stdio: 'ignore'})
  const ended = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  let hit = false
  if (delay === 'window') {
    // Polled as fast as the event loop turns: a fix's temporary file lives for milliseconds.
    while (child.exitCode === null) {
      if (temporaries(join(dir, 'news')).length > 0) {
        child.kill('SIGKILL')
        hit = true
        break
      }
      await new Promise((resolve) => setImmediate(resolve))
    }
  } else {
    await new Promise((resolve) => setTimeout(resolve, delay))
    child.kill('SIGKILL')
  }
  await ended
  return hit
}

async function main(): Promise<void> {
  if (!existsSync(cli)) {
    console.log('sigkill: dist/bin.js is missing; run `npm run build` first')
    return
  }
  const kills = option('--kills', 50)
  const windowKills = option('--window', 15)
  const texts = articles()
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-sigkill-'))

  // The fixed text of each article, and how long a whole run takes.
  reset(dir, texts)
  const started = performance.now()
  spawnSync(process.execPath, [cli, ...args], {cwd: dir, stdio: 'ignore'})
  const runMs = performance.now() - started
  const fixed = new Map([...texts.keys()].map((name) => [name, readFileSync(join(dir, name), 'utf8')]))
  const changed = [...texts.keys()].filter((name) => fixed.get(name) !== texts.get(name)).length
  console.log(`${texts.size} articles (${changed} with fixes), a whole run ${(runMs / 1000).toFixed(1)} s`)

  let tried = 0
  let inWindow = 0
  let torn = 0
  let left = 0
  for (let round = 0; round < kills + windowKills; round++) {
    reset(dir, texts)
    const window = round >= kills
    if (await killed(dir, window ? 'window' : Math.random() * runMs)) inWindow++
    tried++
    for (const [name, text] of texts) {
      const now = readFileSync(join(dir, name), 'utf8')
      if (now !== text && now !== fixed.get(name)) {
        torn++
        console.log(`  kill ${tried}: ${name} is neither the original nor the fixed text`)
      }
    }
    // The next run removes what the killed one left, as any later run does.
    spawnSync(process.execPath, [cli, '--cache', '--format', 'json', '--output-file', 'report.json', 'news'], {cwd: dir, stdio: 'ignore'})
    left += temporaries(dir).length + temporaries(join(dir, 'news')).length
  }
  rmSync(dir, {recursive: true, force: true})
  console.log(`kills tried: ${tried} (${kills} at random moments of the run, ${windowKills} aimed at the write window)`)
  console.log(`kills inside the write window: ${inWindow}`)
  console.log(`files neither original nor fixed: ${torn}`)
  console.log(`temporary files left after the next run: ${left}`)
  if (torn > 0 || left > 0) process.exitCode = 1
}

await main()
