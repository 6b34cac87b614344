// What defineRule and the engine give every rule: defaults for rules without
// options, `prepare` run once per configuration, `needsSource` rules skipped
// without a source.
import assert from 'node:assert/strict'
import {test} from 'node:test'
import {VFile} from 'vfile'
import {sourceDocument as createSourceDocument} from '../src/pipeline/index.js'
import {runRules} from '../src/pipeline/lint.js'
import {parseMarkdown} from '../src/pipeline/parse.js'
import {buildProse} from '../src/pipeline/prose.js'
import {defineRule, type Rule} from '../src/rule.js'

/** Run `rule` alone on each text, with one options object as one configuration does. */
function reasons(rule: Rule, texts: string[], options: object = {}, source?: string): string[] {
  const setting = {severity: 'warn' as const, options: options as Record<string, unknown>}
  return texts.flatMap((text) => {
    const file = new VFile({path: 'a.md', value: text})
    const {tree, frontmatter} = parseMarkdown(file)
    const document = buildProse(tree, file, frontmatter)
    const sourceDocument = source === undefined ? undefined : createSourceDocument(source, document)
    return runRules(document, [{rule, setting}], [], undefined, sourceDocument).map((message) => message.reason)
  })
}

test('rule contract: a rule without options gets a closed empty schema and empty defaults', () => {
  const rule = defineRule({id: 'plain', description: 'For tests', severity: 'warn', fixable: false, docs: {bad: '', good: ''}, create: () => ({})})
  assert.deepEqual(rule.schema, {type: 'object', properties: {}, additionalProperties: false})
  assert.deepEqual(rule.defaults, {})
  assert.equal(rule.needsSource, false)
})

test('rule contract: prepare runs once per configuration and its result reaches every article', () => {
  let calls = 0
  const rule = defineRule<{word: string}, RegExp>({
    id: 'prepared',
    description: 'For tests',
    severity: 'warn',
    fixable: false,
    docs: {bad: '', good: ''},
    prepare(options) {
      calls++
      return new RegExp(`\\b${options.word}\\b`)
    },
    create: (context) => ({
      ParagraphNode(_node, block) {
        if (context.prepared.test(block.text.value)) context.report({reason: `found ${context.options.word}`, start: 0, end: 1})
      }
    })
  }) as unknown as Rule
  const options = {word: 'smelter'}
  assert.deepEqual(reasons(rule, ['The smelter grew.', 'The mill grew.', 'A smelter again.'], options), ['found smelter', 'found smelter'])
  assert.equal(calls, 1)
  reasons(rule, ['The smelter grew.'], {word: 'mill'})
  assert.equal(calls, 2, 'another configuration prepares again')
})

test('rule contract: a needsSource rule is not created without a source, and is with one', () => {
  let created = 0
  const rule = defineRule({
    id: 'bilingual',
    description: 'For tests',
    severity: 'warn',
    fixable: false,
    needsSource: true,
    docs: {bad: '', good: ''},
    create(context) {
      created++
      return {'RootNode:exit': () => context.report({reason: `source has ${context.source!.value.length} characters`, start: 0, end: 1})}
    }
  }) as Rule
  assert.deepEqual(reasons(rule, ['The plant grew.']), [])
  assert.equal(created, 0)
  assert.deepEqual(reasons(rule, ['The plant grew.'], {}, '工厂扩大了。'), ['source has 6 characters'])
})
