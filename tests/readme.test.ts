// The README is for users: what copydesk is, install and the quick start come first; the rest lives in docs/.
import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {test} from 'node:test'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

test('readme: the first screen says what copydesk is, how to install it and how to start', () => {
  const firstScreen = readme.split('\n').slice(0, 30).join('\n')
  assert.match(firstScreen, /^# copydesk\n\nA linter for English news articles machine-translated/)
  assert.match(firstScreen, /\n## Install\n\n```sh\nnpm install --save-dev copydesk/)
  // The quick start is what CI runs (.ci/run): install and check the examples, then the tests.
  assert.match(firstScreen, /\n## Quick start\n\n[^#]*```sh\nnpm ci && npx copydesk examples\/\nnpm test\n```/)
})

test('readme: performance, robustness and contributors\' material are in docs/, linked from the README', () => {
  for (const heading of ['## Speed', '### Benchmark', '## What copydesk does with bad input', '### How a finding is made']) {
    assert.ok(!readme.includes(`\n${heading}\n`), `${heading} belongs in docs/`)
  }
  for (const link of ['docs/performance.md', 'docs/robustness.md', 'docs/architecture.md', 'CONTRIBUTING.md', 'docs/ci.md']) assert.ok(readme.includes(`](${link})`), link)
})
