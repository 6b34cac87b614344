// The built command line (dist/bin.cjs, scripts/bundle.mjs) as a user runs
// it: the built-in modules its bundle loads on first use (hashing for the
// cache, random names for a report written in place, worker threads) work
// when a run needs them, and so does the packed CC-CEDICT table an article
// with its Chinese source reads (src/source/coverage.ts). Skipped when not
// built.
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {test} from 'node:test'
import {workspace} from './cli-run.js'

const bin = fileURLToPath(new URL('../dist/bin.cjs', import.meta.url))

test('bundle: the built command line caches, writes a report file and lints on a worker thread', {skip: !existsSync(bin) && 'not built (npm run build)'}, () => {
  const dir = workspace({
    'a.md': 'The county opened a new bridge on Monday.\n\nThe bridge crosses the river near the old mill.\n',
    'b.md': 'The school board met on Tuesday.\n\nIt approved the budget for next year.\n',
    'c.md': 'The mayor inspected the factory.\n\nThe government announced it.\n',
    'c.zh.md': '市长视察了工厂。\n\n政府宣布扩建港口。\n'
  })
  const args = [bin, '--jobs', '2', '--cache', '--cache-location', '.cache', '--format', 'json', '--output-file', 'report.json', 'a.md', 'b.md', 'c.md']
  for (const pass of ['cold', 'warm']) {
    const result = spawnSync(process.execPath, args, {cwd: dir, encoding: 'utf8'})
    assert.equal(result.stderr, '', pass)
    assert.equal(result.status, 0, pass)
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Array<{path: string; messages: unknown[]; risk: {words: number; gap?: number}}>
    // c.md kept 市长, 视察, 工厂, 政府 and 宣布 and lost 扩建 and 港口 (tests/coverage.test.ts).
    assert.deepEqual(
      report.map((file) => [file.path, file.messages.length, file.risk.words, file.risk.gap]),
      [
        ['a.md', 0, 17, undefined],
        ['b.md', 0, 13, undefined],
        ['c.md', 0, 9, 0.26]
      ],
      pass
    )
    assert.ok(existsSync(join(dir, '.cache')), pass)
  }
})
