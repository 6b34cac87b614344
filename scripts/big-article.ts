// Peak memory and time of the built CLI on hostile sizes: an article of
// megabytes where every sentence is a finding (50 MB gives about two million),
// in each report format, with the default --max-findings and without a cap;
// and lists indented 2,000 levels deep. Prints a Markdown table (the one in
// docs/robustness.md). Needs `npm run build` first; nothing from ../shared.
//
//   npx tsx scripts/big-article.ts [--mb 4,16,50] [--formats stylish,json] [--caps default,0] [--no-lists]
import {spawnSync} from 'node:child_process'
import {closeSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {loadavg, tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

/** Reports the child's peak memory and CPU time on stderr as it exits: `maxRSS <KB> cpu <s>`. */
const measure = `data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('maxRSS '+u.maxRSS+' cpu '+((u.userCPUTime+u.systemCPUTime)/1e6).toFixed(1)+'\\n')})`

/**
 * An article of about `bytes`: headings, paragraphs, lists and quotes, each
 * sentence missing the space after its full stop (one finding each, about
 * every 40 characters), numbered so that no two are the same.
 */
export function findingsArticle(bytes: number): string {
  const parts: string[] = []
  let length = 0
  for (let i = 0; length < bytes; i++) {
    const sentence = `Report ${i} ended.Then it began.`
    const k = i % 40
    const part = k === 0 ? `## Section ${i}\n\n` : k === 10 ? `- ${sentence}\n- ${sentence}\n\n` : k === 20 ? `> ${sentence}\n> ${sentence}\n\n` : k % 3 === 0 ? `${sentence}\n\n` : `${sentence} `
    parts.push(part)
    length += part.length
  }
  return parts.join('') + '\n'
}

/** A bullet list indented `levels` deep, a line per level. */
export function deepList(levels: number): string {
  return Array.from({length: levels}, (_, level) => '  '.repeat(level) + '- It ended.Then it began.').join('\n') + '\n'
}

export interface Measured {
  code: number
  seconds: number
  /** Peak resident memory of the process, in KB. */
  maxRss: number
  /** CPU time of the process (user and system), in seconds: on a shared machine, steadier than the time. */
  cpu: number
  /** The machine's load average over the last minute as the run ended. */
  load: number
  /** Lines of report written. */
  lines: number
  bytes: number
  stderr: string
}

/** The built CLI. */
const built = [fileURLToPath(new URL('../dist/bin.js', import.meta.url))]

/**
 * Run the CLI (`cli`: node's arguments before the CLI's, the built one by
 * default) on `args` in `cwd`, its report to a file there; peak memory as
 * the child itself saw it.
 */
export function runCli(args: string[], cwd: string, cli = built): Measured {
  const out = join(cwd, 'report.out')
  const fd = openSync(out, 'w')
  const started = performance.now()
  const child = spawnSync(process.execPath, ['--import', measure, ...cli, ...args], {cwd, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26})
  const seconds = (performance.now() - started) / 1000
  closeSync(fd)
  const maxRss = Number(/maxRSS (\d+)/.exec(child.stderr)?.[1] ?? NaN)
  const cpu = Number(/ cpu ([\d.]+)/.exec(child.stderr)?.[1] ?? NaN)
  const {size} = statSync(out)
  const lines = countLines(out)
  rmSync(out)
  return {code: child.status ?? -1, seconds, maxRss, cpu, load: loadavg()[0]!, lines, bytes: size, stderr: child.stderr.replace(/maxRSS \d+ cpu [\d.]+\n/, '')}
}

function countLines(path: string): number {
  const result = spawnSync('wc', ['-l', path], {encoding: 'utf8'})
  return Number(result.stdout.trim().split(/\s+/)[0])
}

const formats = ['stylish', 'compact', 'json', 'jsonl', 'sarif', 'github', 'html']

function main(): void {
  const {values} = parseArgs({
    options: {
      mb: {type: 'string', default: '50'},
      formats: {type: 'string', default: formats.join(',')},
      caps: {type: 'string', default: 'default,0'},
      'no-lists': {type: 'boolean', default: false}
    }
  })
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-big-'))
  try {
    console.log('| input | format | --max-findings | exit | time (CPU) | peak memory | report | load |')
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- |')
    const row = (input: string, format: string, cap: string, m: Measured) => {
      const report = format === 'json' || format === 'jsonl' || format === 'sarif' || format === 'html' ? `${(m.bytes / 2 ** 20).toFixed(0)} MB` : `${m.lines.toLocaleString('en-US')} lines`
      console.log(`| ${input} | ${format} | ${cap} | ${m.code} | ${m.seconds.toFixed(0)} s (${m.cpu.toFixed(0)} s) | ${(m.maxRss / 1024).toFixed(0)} MB | ${report} | ${m.load.toFixed(1)} |`)
      if (m.code !== 0 && m.code !== 1) console.log(`<!-- stderr: ${m.stderr.trim().slice(0, 300)} -->`)
    }
    // Each size in turn, its article written once: several sizes in one run are measured alike.
    for (const mb of values.mb.split(',').map(Number)) {
      writeFileSync(join(dir, 'big.md'), findingsArticle(mb * 2 ** 20))
      for (const cap of values.caps.split(',')) {
        for (const format of values.formats.split(',')) {
          const args = ['--no-color', '--format', format, ...(cap === 'default' ? [] : ['--max-findings', cap]), 'big.md']
          row(`${mb} MB article`, format, cap === 'default' ? '10,000 (default)' : cap === '0' ? '0 (all)' : cap, runCli(args, dir))
        }
      }
      rmSync(join(dir, 'big.md'))
    }
    if (!values['no-lists']) {
      writeFileSync(join(dir, 'deep.md'), deepList(2000))
      row('list 2,000 levels deep', 'stylish', '10,000 (default)', runCli(['--no-color', 'deep.md'], dir))
    }
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main()
