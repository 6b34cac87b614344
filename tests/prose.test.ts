// The prose tree: which blocks become prose, and that every position points
// into the original file, whatever Markdown containers surround the text.
import assert from 'node:assert/strict'
import {test} from 'node:test'
import fc from 'fast-check'
import type {Nodes as MdastNodes} from 'mdast'
import type {Nodes, Paragraph, Root} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import remarkRetext from 'remark-retext'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {parseMarkdown, parseWhole} from '../src/pipeline/parse.js'
import {buildProse} from '../src/pipeline/prose.js'
import {FastParseEnglish} from '../src/pipeline/tokenize.js'
import {ProseText} from '../src/text/prose-text.js'
import {findings} from './helpers.js'

/** Positions aside: the prose step sets them all after the conversion (placeLeaves). */
const withoutPositions = (tree: unknown) => JSON.parse(JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value)))

/** Random paragraphs from pieces the English parser's plugins act on. */
const paragraphText = fc
  .array(
    fc.constantFrom(
      ...['word', 'Word', 'w', 'n', 'a', 'I', '42', '3.5', '1st', ' ', ' ', '  ', '\n', '\r\n', ' \n \n ', '\n\n', '.', '.', '!', '?', '?!', '…', '‽', ',', ';', ':', '\r', '\t\n '],
      ...['“', '”', '"', "'", '’', '(', ')', '-', '--', '&', '/', '%', '$', 'Mr.', 'U.S.', 'e.g.', 'i.e.', 'etc.', 'al.', 'Jan.', 'No.', 'p.m.', 'A.B.C', '1.2.3.'],
      ...["'tis", "'n'", 'rock', 'https://example.com/a.b?c=d', 'self-made', 'and/or', 'w/o', '白云。', '😀'],
      // The marks that join the words on either side (parse-latin's wordSymbolInner).
      ...['=', '@', '\u00ad', '·', '‐', '‑', '‧', '_', '__', 'x=y', 'a@b', 'co‐op']
    ),
    {maxLength: 30}
  )
  .map((pieces) => pieces.join(''))

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
  // The fast tokens hold an empty position slot, for the prose step to fill.
  const same = (text: string) => assert.deepEqual(withoutPositions(fast.tokenize(text)), withoutPositions(original.tokenize(text)), JSON.stringify(text))
  for (const text of ['', ' ', 'It ended.Then it began...', 'Guizhou\u2019s 3.5% — “yes”!!?', 'a\r\nb\rc\n\n', '😀😀!😀 👍🏽', 'e\u0301 café ﻿ 白云，贵州。', '$$ ## -- a--b', '\uD800x\uDC00\uDC00'])
    same(text)
  fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 60}), (text) => same(text)), {seed: 7, numRuns: 500})
  fc.assert(fc.property(fc.string({unit: fc.constantFrom('a', 'B', '1', ' ', '\n', '.', '.', '!', '’', '-', '😀', '\u0301', '白', '，', '$', '\t'), maxLength: 40}), (text) => same(text)), {seed: 7, numRuns: 500})
})

test('prose: the fast parser builds the trees parse-english builds', () => {
  const original = new ParseEnglish()
  const fast = new FastParseEnglish()
  const same = (text: string) => assert.deepEqual(withoutPositions(fast.parse(text)), withoutPositions(original.parse(text)), JSON.stringify(text))
  for (const text of ['Mr. Smith went to the U.S. Then he left.', 'One.\n\nTwo', 'a\n \nb. c', 'It costs 3. 5 more.', 'Yes, sir. ; no', 'Rock \'n\' roll & more w/o a-b', 'Wait?! What‽ Yes…\r\nNo.\r\r\tok.. ...'])
    same(text)
  fc.assert(fc.property(paragraphText, same), {seed: 7, numRuns: 1000})
})

test('prose: each block’s tree is the one remark-retext’s conversion builds with parse-english, and its words those of its leaves, also where a block is parsed directly', () => {
  // remark-retext in mutate mode: the transformer that converts one mdast tree.
  const convert = (remarkRetext as unknown as (parser: typeof ParseEnglish) => (tree: MdastNodes, file: VFile) => Root)(ParseEnglish)
  const stock = (text: string) =>
    parseWhole(text).children.flatMap((node) => convert(node, new VFile(text)).children.filter((child): child is Paragraph => child.type === 'ParagraphNode'))
  const same = (text: string) => {
    const document = prose(text)
    assert.deepEqual(withoutPositions(document.root.children), withoutPositions(stock(text)), JSON.stringify(text))
    // A block parsed directly takes its words as a slice of the file: the same as joining its leaves.
    for (const block of document.blocks) assert.deepEqual(block.text, new ProseText(block.node), JSON.stringify(text))
  }
  // A plain paragraph is one run of the file's text: its positions agree too.
  const plain = 'The plant opened in May. Mr. Wang said output, at 3.5 tonnes, was up.\n\n# Rock ’n’ roll & more'
  assert.deepEqual(prose(plain).root.children, stock(plain))
  for (const text of [plain, '*Emphasis.* then text.And more', '> Quoted. Then\n> more.\n\n- An item.\n  Continued.']) same(text)
  // Bare URLs and e-mail addresses are masked as links, which the stock conversion keeps as text.
  const paragraphs = fc.array(paragraphText.filter((text) => !text.includes('https:') && !text.includes('@')), {minLength: 1, maxLength: 3}).map((texts) => texts.join('\n\n'))
  fc.assert(fc.property(paragraphs, same), {seed: 7, numRuns: 300})
})

test('prose: every point has the line and column vfile-location gives its offset, whatever the line endings', () => {
  // The first paragraph is parsed directly (one run of text), the others through the conversion.
  const text = 'Plain one.\r\nPlain two 😀.\rPlain three.\r\n\r\nOne line.\r\nTwo *lines*.\rThree.\n\n- Four\r\n  five.\r\rSix `x`\n> seven.\r\n> eight\n'
  const place = location(text)
  const stack: Nodes[] = prose(text).blocks.map((block) => block.node)
  assert.ok(stack.length > 3)
  while (stack.length > 0) {
    const node = stack.pop()!
    if ('children' in node) stack.push(...node.children)
    for (const point of [node.position!.start, node.position!.end]) assert.deepEqual(point, place.toPoint(point.offset!))
  }
})

test('prose: each block’s model (tokens, words, sentences, name spans) is built once and describes its own text', () => {
  const document = prose('# Baiyun District Plan\n\nThe Baiyun District Government met. It took the state-owned *plant* over.\n')
  const [heading, body] = document.blocks
  assert.equal(body!.tokens, body!.tokens)
  assert.equal(body!.words, body!.words)
  assert.deepEqual(
    body!.words.map((word) => word.text),
    ['The', 'Baiyun', 'District', 'Government', 'met', 'It', 'took', 'the', 'state-owned', 'plant', 'over']
  )
  assert.deepEqual(
    body!.sentences.map((span) => body!.text.value.slice(span.start, span.end)),
    ['The Baiyun District Government met.', 'It took the state-owned plant over.']
  )
  const name = body!.nameSpans.map((span) => body!.text.value.slice(body!.tokens[span.first]!.start, body!.tokens[span.last]!.end))
  assert.deepEqual(name, ['Baiyun District Government'])
  assert.equal(body!.titleCase, false)
  assert.equal(heading!.titleCase, true)
  assert.deepEqual(heading!.tokens.map((token) => token.norm), ['baiyun', 'district', 'plan'])
  // Blocks of one article share a form's lexeme: equal words, equal form numbers.
  const the = (block: typeof body) => block!.words.find((word) => word.lower === 'the')!
  assert.equal(the(body).form, body!.words[0]!.form)
  assert.equal(prose('The end.\n\nTHE END.\n').blocks.map((block) => block.words[0]!.lexeme).every((lexeme, _, all) => lexeme === all[0]), true)
})

test('prose: a block’s sentences are the same whether it was one run of the file or built from inline nodes', () => {
  // One run of text: its sentences come from the nodes' positions; with
  // emphasis inside, from the lengths of its leaves. A line break cuts a
  // sentence, and each line is trimmed (a no-break space too).
  const lines = 'Plant Opens Today\u00a0\nThe\u00a0plant opened.  It rose 3.5 percent.\nOutput grew'
  const sentences = (markdown: string) =>
    prose(markdown).blocks.flatMap((block) => block.sentences.map((span) => block.text.value.slice(span.start, span.end)))
  const expected = ['Plant Opens Today', 'The\u00a0plant opened.', 'It rose 3.5 percent.', 'Output grew']
  assert.deepEqual(sentences(`${lines}\n`), expected)
  assert.deepEqual(sentences(`${lines.replace('plant opened', '*plant* opened')}\n`), expected)
})
