// The plain-text fast path (src/pipeline/plain.ts) must build exactly the
// tree micromark builds, and must refuse every text where it would not.
import assert from 'node:assert/strict'
import {test} from 'node:test'
import fc from 'fast-check'
import {pieceSize, splitMarkdown} from '../src/pipeline/chunks.js'
import {parseInPieces, parseWhole} from '../src/pipeline/parse.js'
import {isPlain, isPlainFrontmatter, plainTree} from '../src/pipeline/plain.js'

const plainTexts = [
  'The plant opened in May.',
  'The plant opened in May.\n',
  'The plant opened in May.\nIts first line of cable followed a week later.\n\nA second paragraph.',
  '# Smelter doubles output\n\nThe smelter said on Monday that output had doubled.',
  '###### A heading six deep\nText right below it.\nAnd a line more.',
  'A paragraph.\n## A heading that interrupts it\nA new paragraph.',
  'Blank lines between:\n\n\n\nthen more.\n\n',
  '“Quoted,” he said — in Chinese, 铝业 — at 3:30 p.m. (local time): 1.2 million tonnes! 2021.',
  'Visit https://example.com or www.example.org, mail info@example.com.',
  'Apostrophes’ and emoji 🚀 and a\u00a0no-break space, and \u3000 an ideographic one.'
]

test('plain: plainTree gives micromark’s tree for plain paragraphs and headings', () => {
  for (const text of plainTexts) {
    assert.equal(isPlain(text), true, JSON.stringify(text))
    assert.deepEqual(plainTree(text), parseWhole(text), JSON.stringify(text))
  }
})

test('plain: plainTree gives micromark’s tree for front matter between bare --- lines', () => {
  for (const text of ['---\ntitle: Plant opens\ndate: 2021-05-04\n---\n', '---\ntitle: x\n---', '---\n---\n']) {
    assert.equal(isPlainFrontmatter(text), true, JSON.stringify(text))
    assert.deepEqual(plainTree(text), parseWhole(text), JSON.stringify(text))
  }
  for (const text of ['--- \ntitle: x\n---\n', '---\ntitle: x\n---  \n', '---\r\ntitle: x\r\n---\r\n', '---\ntitle: x\n']) {
    assert.equal(isPlainFrontmatter(text), false, JSON.stringify(text))
  }
})

test('plain: positions are the file’s, from where the piece starts', () => {
  const tree = plainTree('# Title\n\nOne line\nand another.', {line: 5, offset: 40})
  assert.deepEqual(
    tree.children.map((node) => [node.type, node.position!.start, node.position!.end]),
    [
      ['heading', {line: 5, column: 1, offset: 40}, {line: 5, column: 8, offset: 47}],
      ['paragraph', {line: 7, column: 1, offset: 49}, {line: 8, column: 13, offset: 70}]
    ]
  )
})

test('plain: text with any Markdown syntax, or that micromark reads differently, is not plain', () => {
  const notPlain = [
    'Some *emphasis*.',
    'Some _emphasis_.',
    'A `code` span.',
    'A [link](https://example.com).',
    'An <b>inline tag</b>.',
    'An entity: &amp;.',
    'Struck ~through~.',
    'A | table | row',
    'An escaped \\* star.',
    'A tab\there.',
    'Windows line\r\nendings.',
    'A NUL \0 here.',
    '    Indented code.',
    ' One space of indentation.',
    'A hard break  \nbelow.',
    'A trailing space ',
    '- A list item.',
    '+ A list item.',
    '1. An ordered item.',
    '2) Another.',
    '> A quote.',
    'A setext heading\n===',
    'A setext heading\n---',
    '#hashtag at the start',
    '####### seven',
    '# Closing sequence #',
    '#  Two spaces',
    '# '
  ]
  for (const text of notPlain) assert.equal(isPlain(text), false, JSON.stringify(text))
})

test('plain: a file’s plain blocks become plain pieces, the rest goes to micromark, and the tree is the same', () => {
  const text = '---\ntitle: A story\n---\n\n# Heading\n\nPlain one.\n\nPlain two.\n\n- a list\n- of two\n\nPlain *three*.\n\nPlain four.\n'
  const {pieces} = splitMarkdown(text, pieceSize, Infinity)
  assert.deepEqual(
    pieces.map((piece) => [piece.line, Boolean(piece.plain)]),
    [
      [1, true],
      [4, true],
      [11, false],
      [16, true]
    ]
  )
  assert.deepEqual(parseInPieces(text, pieceSize, Infinity), parseWhole(text))
})

test('properties: wherever isPlain says yes, plainTree gives micromark’s tree', () => {
  // Lines from an alphabet heavy in what Markdown treats specially.
  const line = fc.string({unit: fc.constantFrom('a', 'B', ' ', '#', '-', '=', '1', '.', ')', '>', '*', '_', '中', '\u00a0', ':', '!'), maxLength: 12})
  const text = fc.array(line, {maxLength: 8}).map((lines) => lines.join('\n'))
  let plain = 0
  fc.assert(
    fc.property(text, (value) => {
      if (!isPlain(value)) return
      plain++
      assert.deepEqual(plainTree(value), parseWhole(value))
    }),
    {seed: 20261124, numRuns: 3000}
  )
  // The property must have met plain text often enough to mean something.
  assert.ok(plain > 300, `only ${plain} plain texts`)
})
