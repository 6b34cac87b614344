// A rule that throws (or reports nonsense) on one file: an internal error for
// that file and rule, with a hint to report it; every other rule and file
// still runs. The broken rules here go straight to the dispatcher, never
// into the registry.
import assert from 'node:assert/strict'
import {test} from 'node:test'
import {VFile} from 'vfile'
import {resolveConfig} from '../src/config/load.js'
import {enabledRules} from '../src/pipeline/index.js'
import {runRules, type EnabledRule} from '../src/pipeline/lint.js'
import {parseMarkdown} from '../src/pipeline/parse.js'
import {buildProse} from '../src/pipeline/prose.js'
import {defineRule, type Rule, type RuleHandlers} from '../src/rule.js'

function brokenRule(id: string, create: () => RuleHandlers): Rule {
  return defineRule({
    id,
    description: 'A rule that fails, for tests',
    severity: 'error',
    fixable: false,
    schema: {type: 'object', additionalProperties: false, properties: {}},
    defaults: {},
    docs: {bad: '', good: ''},
    create
  }) as Rule
}

/** Lint `text` with missing-space plus `extra`, through the real dispatcher. */
function lintWith(text: string, extra: Rule[]): Array<[string, string, number, number, boolean | null | undefined]> {
  const file = new VFile({path: 'a.md', value: text})
  const {tree, frontmatter} = parseMarkdown(file)
  const document = buildProse(tree, file, frontmatter)
  const enabled: EnabledRule[] = [
    // One real rule stands for the others (more would make this test depend on their findings).
    ...enabledRules(resolveConfig({}, undefined), ['missing-space']),
    ...extra.map((rule) => ({rule, setting: {severity: 'error' as const, options: {}}}))
  ]
  return runRules(document, enabled, []).map((m) => {
    const start = m.place && 'start' in m.place ? m.place.start : m.place
    return [m.ruleId, m.reason, start?.line ?? 0, start?.column ?? 0, m.severity === 'error' ? true : m.severity === 'warning' ? false : undefined]
  })
}

const explodes = brokenRule('explodes', () => ({
  ParagraphNode(_node, block) {
    if (block.text.value.includes('kaboom')) throw new TypeError('cannot read properties of undefined')
  }
}))

test('hostile rules: a rule that throws on one file is one internal error there, with a hint; other rules and files go on', () => {
  const hit = lintWith('It ended.Then it began.\n\nThen kaboom.\n\nIt rose.It fell.\n', [explodes])
  assert.deepEqual(hit, [
    ['explodes', 'Internal error in rule `explodes`: cannot read properties of undefined; please report it with this file', 1, 1, true],
    ['missing-space', 'Missing space after `.`, expected `ended. Then`', 1, 4, true],
    ['missing-space', 'Missing space after `.`, expected `rose. It`', 5, 4, true]
  ])
  // The next file is fine for the same rule.
  assert.deepEqual(
    lintWith('It ended.Then it began.\n', [explodes]).map(([id]) => id),
    ['missing-space']
  )
})

test('hostile rules: throwing in create, in the exit handler, or throwing a non-Error is caught the same way', () => {
  const inCreate = brokenRule('in-create', () => {
    throw new Error('bad options')
  })
  const atExit = brokenRule('at-exit', () => ({
    'RootNode:exit'() {
      throw 'a string, not an Error'
    }
  }))
  const undefinedThrow = brokenRule('throws-undefined', () => ({
    SentenceNode() {
      throw undefined
    }
  }))
  const messages = lintWith('It ended.Then it began.\n', [inCreate, atExit, undefinedThrow])
  assert.deepEqual(messages.map(([id, reason]) => [id, reason]), [
    ['in-create', 'Internal error in rule `in-create`: bad options; please report it with this file'],
    ['throws-undefined', 'Internal error in rule `throws-undefined`: undefined; please report it with this file'],
    ['at-exit', 'Internal error in rule `at-exit`: a string, not an Error; please report it with this file'],
    ['missing-space', 'Missing space after `.`, expected `ended. Then`']
  ])
})

test('hostile rules: a rule that reports a range outside the file is an internal error, and its findings are dropped', () => {
  const bad = defineRule({
    id: 'bad-range',
    description: 'Reports ranges outside the file, for tests',
    severity: 'warn',
    fixable: true,
    schema: {type: 'object', additionalProperties: false, properties: {}},
    defaults: {},
    docs: {bad: '', good: ''},
    create(context) {
      return {
        ParagraphNode() {
          context.report({reason: 'fine', start: 0, end: 2})
          context.report({reason: 'past the end', start: 5, end: 10_000})
        }
      }
    }
  }) as Rule
  const backwards = defineRule({
    id: 'backwards',
    description: 'Reports a fix ending before it starts, for tests',
    severity: 'warn',
    fixable: true,
    schema: {type: 'object', additionalProperties: false, properties: {}},
    defaults: {},
    docs: {bad: '', good: ''},
    create(context) {
      return {ParagraphNode: () => context.report({reason: 'odd fix', start: 0, end: 4, fix: {range: [3, 1], text: ''}})}
    }
  }) as Rule
  const messages = lintWith('It ended.Then it began.\n', [bad, backwards])
  assert.deepEqual(messages.map(([id, reason]) => [id, reason]), [
    ['bad-range', 'Internal error in rule `bad-range`: it reported the invalid range [5, 10000) or fix undefined; please report it with this file'],
    ['backwards', 'Internal error in rule `backwards`: it reported the invalid range [0, 4) or fix [3,1]; please report it with this file'],
    ['missing-space', 'Missing space after `.`, expected `ended. Then`']
  ])
})

test('hostile rules: a fix from a rule not declared fixable is an internal error, and its findings are dropped', () => {
  const undeclared = defineRule({
    id: 'undeclared-fix',
    description: 'Offers a fix without declaring itself fixable, for tests',
    severity: 'warn',
    fixable: false,
    schema: {type: 'object', additionalProperties: false, properties: {}},
    defaults: {},
    docs: {bad: '', good: ''},
    create(context) {
      return {ParagraphNode: () => context.report({reason: 'sneaky fix', start: 0, end: 2, fix: {range: [0, 2], text: 'At'}})}
    }
  }) as Rule
  const messages = lintWith('It ended.Then it began.\n', [undeclared])
  assert.deepEqual(messages.map(([id, reason]) => [id, reason]), [
    ['undeclared-fix', 'Internal error in rule `undeclared-fix`: it offered a fix but is not declared fixable; please report it with this file'],
    ['missing-space', 'Missing space after `.`, expected `ended. Then`']
  ])
})
