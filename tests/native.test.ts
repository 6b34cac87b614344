// Correct native English news draws no warning or error (issue 17). The
// stories in fixtures/native/ were written by the team (see its README);
// a real slip found there later is named here with the finding it earns.
import assert from 'node:assert/strict'
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {test} from 'node:test'
import {VFile} from 'vfile'
import {loadConfig} from '../src/config/load.js'
import {lintVFile} from '../src/pipeline/index.js'
import {describe} from './helpers.js'

const folder = join(import.meta.dirname, 'fixtures', 'native')
const stories = readdirSync(folder).filter((name) => name.endsWith('.md') && name !== 'README.md').sort()
const config = loadConfig(join(import.meta.dirname, '..', 'rules.config.json'))
/** Real slips in the stories, by file: none so far. */
const slips: Record<string, string[]> = {}

test('native English news: the fixtures are there, a few thousand words', () => {
  const words = stories.reduce((sum, name) => sum + readFileSync(join(folder, name), 'utf8').split(/\s+/).filter(Boolean).length, 0)
  assert.ok(stories.length >= 8 && words >= 3000, `${stories.length} stories, ${words} words`)
})

for (const name of stories) {
  test(`native English news: no warning or error on ${name}`, () => {
    const file = new VFile({path: name, value: readFileSync(join(folder, name), 'utf8')})
    lintVFile(file, config)
    const alarms = file.messages.filter((message) => message.fatal !== undefined)
    assert.deepEqual(describe(alarms), slips[name] ?? [])
  })
}
