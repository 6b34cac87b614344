// The prose tree: which blocks become prose, and that every position points
// into the original file, whatever Markdown containers surround the text.
import assert from 'node:assert/strict'
import {test} from 'node:test'
import fc from 'fast-check'
import type {Nodes} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import {VFile} from 'vfile'
import {parseMarkdown} from '../src/pipeline/parse.js'
import {buildProse} from '../src/pipeline/prose.js'
import {FastParseEnglish} from '../src/pipeline/tokenize.js'
import {findings} from './helpers.js'

function prose(text: string) {
  const file = new VFile(text)
  const {tree, frontmatter} = parseMarkdown(file)
  return buildProse(tree, file, frontmatter)
}

test('prose: paragraphs, headings and table cells are prose; code, html and front matter are not', () => {
  const document = prose('---\ntitle: A.B\n---\n\n# Head line\n\nBody text.\n\n```\ncode.Here\n```\n\n<div>x.Y</div>\n\n| a | b |\n| - | - |\n| c | d |\n')
  assert.deepEqual(
    document.blocks.map((block) => [block.kind, block.text.value]),
    [
      ['heading', 'Head line'],
      ['paragraph', 'Body text.'],
      ['tableCell', 'a'],
      ['tableCell', 'b'],
      ['tableCell', 'c'],
      ['tableCell', 'd']
    ]
  )
  assert.deepEqual(document.frontmatter, {title: 'A.B'})
})

test('prose: blockquotes are marked as quoted material', () => {
  assert.deepEqual(prose('Said here.\n\n> Quoted there.\n').blocks.map((block) => block.quoted), [false, true])
})

test('prose: positions stay right on continuation lines of list items and block quotes', () => {
  assert.deepEqual(findings('- item one\n  continued here.The end', 'missing-space'), ['2:13-2:21: Missing space after `.`, expected `here. The`'])
  assert.deepEqual(findings('> quoted line\n> next line.The end', 'missing-space'), ['2:8-2:16: Missing space after `.`, expected `line. The`'])
  assert.deepEqual(findings('1. one\n   two.Three', 'missing-space'), ['2:4-2:13: Missing space after `.`, expected `two. Three`'])
})

test('prose: every leaf offset is where its text stands in the file', () => {
  const text = '- a list\n  > with a quote.And\n  > more **bold.Text** and `code.x` here\n'
  const document = prose(text)
  for (const block of document.blocks) {
    const stack: Nodes[] = [...block.node.children]
    while (stack.length > 0) {
      const node = stack.pop()!
      if ('children' in node) stack.push(...node.children)
      else if (node.type !== 'WhiteSpaceNode') {
        const {start, end} = node.position!
        assert.equal(text.slice(start.offset, end.offset), node.value)
      }
    }
  }
})

test('prose: a bare URL is masked, but Chinese text run on after it stays prose', () => {
  const [block] = prose('See www.example.gov.cn）查询结果 today.').blocks
  assert.equal(block?.text.value, `See ${'\uFFFC'.repeat(18)}）查询结果 today.`)
  assert.deepEqual(findings('Check www.example.gov.cn）查询 for details.', 'untranslated-text').length, 1)
})

test('prose: the fast tokenizer cuts text exactly as parse-latin does', () => {
  const original = new ParseEnglish()
  const fast = new FastParseEnglish()
  // Positions aside: the conversion sets them after tokenizing.
  const withoutPositions = (tokens: unknown) => JSON.parse(JSON.stringify(tokens, (key, value: unknown) => (key === 'position' ? undefined : value)))
  const same = (text: string) => assert.deepEqual(fast.tokenize(text), withoutPositions(original.tokenize(text)), JSON.stringify(text))
  for (const text of ['', ' ', 'It ended.Then it began...', 'Guizhou\u2019s 3.5% — “yes”!!?', 'a\r\nb\rc\n\n', '😀😀!😀 👍🏽', 'e\u0301 café ﻿ 白云，贵州。', '$$ ## -- a--b', '\uD800x\uDC00\uDC00'])
    same(text)
  fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 60}), (text) => same(text)), {seed: 7, numRuns: 500})
  fc.assert(fc.property(fc.string({unit: fc.constantFrom('a', 'B', '1', ' ', '\n', '.', '.', '!', '’', '-', '😀', '\u0301', '白', '，', '$', '\t'), maxLength: 40}), (text) => same(text)), {seed: 7, numRuns: 500})
})
