// Hostile sizes and shapes: Markdown nested 20,000 levels deep, a 20 MB
// article, a 5 MB paragraph on one line. Nothing here is timed: the tests
// check that each finishes, the structure that keeps the work linear (the
// pieces a big file is parsed in), and one ratio of work. The full 20 MB and
// 5 MB runs, timed, are `npm run fuzz -- --big`. The tests of megabytes
// and the generated ones are slow (tests/slow.ts); CI runs them.
import assert from 'node:assert/strict'
import {test} from 'node:test'
import fc from 'fast-check'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {gfmFootnoteFromMarkdown} from 'mdast-util-gfm-footnote'
import {gfmStrikethroughFromMarkdown} from 'mdast-util-gfm-strikethrough'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {gfmTaskListItemFromMarkdown} from 'mdast-util-gfm-task-list-item'
import {gfmFootnote} from 'micromark-extension-gfm-footnote'
import {gfmStrikethrough} from 'micromark-extension-gfm-strikethrough'
import {gfmTable} from 'micromark-extension-gfm-table'
import {gfmTaskListItem} from 'micromark-extension-gfm-task-list-item'
import type {Root as MdastRoot, RootContent} from 'mdast'
import {VFile} from 'vfile'
import {resolveConfig} from '../src/config/load.js'
import {lint} from '../src/index.js'
import {paragraphSize, partSize, pieceSize, splitMarkdown} from '../src/pipeline/chunks.js'
import {collectGarbage} from '../src/pipeline/garbage.js'
import {lintArticleParts, lintFileParts, lintMessages, lintParts, lintVFile} from '../src/pipeline/index.js'
import type {FileReader} from '../src/pipeline/stream.js'
import {decodeArticle} from '../src/io/read.js'
import {omittedCounts} from '../src/pipeline/omitted.js'
import {startOf, type Message} from '../src/message.js'
import {countText, riskOf} from '../src/report/risk.js'
import {parseInPieces, parseMarkdown, parseSections, parseWhole} from '../src/pipeline/parse.js'
import {buildProse} from '../src/pipeline/prose.js'
import {closeSync, openSync, readFileSync, readSync} from 'node:fs'
import {getHeapStatistics} from 'node:v8'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {findingsArticle, runCli} from '../scripts/big-article.js'
import {formatNames} from '../src/report/index.js'
import {run, workspace} from './cli-run.js'
import {slow} from './slow.js'

const config = resolveConfig({}, undefined)

function lintText(text: string): VFile {
  const file = new VFile({path: 'a.md', value: text})
  lintVFile(file, config)
  return file
}

const deep = 20000
const bombs: Array<[string, string]> = [
  ['block quotes', '> '.repeat(deep) + 'Hello.\n'],
  ['block quotes without spaces', '>'.repeat(deep) + 'Hello.\n'],
  ['bullet lists', '- '.repeat(deep) + 'item\n'],
  ['ordered lists', '1. '.repeat(deep) + 'item\n'],
  ['quotes in lists', '> - '.repeat(deep / 2) + 'item\n'],
  ['emphasis', '*'.repeat(deep) + 'x' + '*'.repeat(deep) + '\n'],
  ['spaced emphasis', '*a '.repeat(deep) + 'x' + ' a*'.repeat(deep) + '\n'],
  ['images', '![a'.repeat(deep) + ']()'.repeat(deep) + '\n'],
  ['brackets', '['.repeat(deep) + 'x' + ']'.repeat(deep) + '\n']
]

test('hostile size: Markdown nested 20,000 levels deep is one clear fatal message on that file, never a stack overflow', () => {
  for (const [name, text] of bombs) {
    const file = lintText(text)
    assert.equal(file.messages.length, 1, name)
    const [message] = file.messages
    assert.equal(message!.ruleId, 'parse-error', name)
    assert.equal(message!.fatal, true, name)
    assert.match(message!.reason, /^Cannot check this file: its Markdown is nested too deeply to check \(line 1 opens \d+ (quotes or lists|links or emphases)\)$/, name)
  }
  assert.equal(lintText(bombs[0]![1]).messages[0]!.reason, 'Cannot check this file: its Markdown is nested too deeply to check (line 1 opens 20000 quotes or lists)')
})

test('hostile size: through the command line, a nested bomb exits 2 and the other files are still checked', async () => {
  const dir = workspace({'bomb.md': bombs[0]![1], 'a.md': 'It ended.Then it began.\n'})
  const result = await run(['--format', 'json', 'bomb.md', 'a.md'], dir)
  assert.equal(result.code, 2)
  const report = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{ruleId: string}>}>
  assert.deepEqual(report.map((file) => [file.path, file.messages.map((m) => m.ruleId)]), [
    ['bomb.md', ['parse-error']],
    ['a.md', ['missing-space']]
  ])
})

test('hostile size: ordinary nesting is checked, decorative runs of marks included', slow, () => {
  const checked = [
    '> '.repeat(30) + 'It ended.Then it began.\n',
    Array.from({length: 3000}, () => '> > > It ended.Then it began.').join('\n') + '\n',
    '>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>> It ended.Then it began.\n',
    '*'.repeat(60) + '\n\nIt ended.Then it began.\n',
    'He said **this** and *that*, and 2 * 3 = 6 in snake_case_name. '.repeat(400) + 'It ended.Then it began.\n',
    Array.from({length: 200}, (_, level) => '  '.repeat(level) + '- It ended.Then it began.').join('\n') + '\n'
  ]
  for (const text of checked) {
    const ids = lintText(text).messages.map((m) => m.ruleId)
    assert.ok(!ids.includes('parse-error'), text.slice(0, 40))
    assert.ok(ids.includes('missing-space'), text.slice(0, 40))
  }
})

test('hostile size: lists indented 1,000 and 2,000 levels deep, a line per level, are refused as nested too deeply, not parsed for minutes', () => {
  for (const levels of [1000, 2000]) {
    const lists: Array<[string, string]> = [
      ['bullets', Array.from({length: levels}, (_, level) => '  '.repeat(level) + '- It ended.Then it began.').join('\n')],
      ['numbers', Array.from({length: levels}, (_, level) => '   '.repeat(level) + '1. It ended.Then it began.').join('\n')],
      ['tabs', Array.from({length: levels}, (_, level) => '\t'.repeat(level) + '* It ended.Then it began.').join('\n')]
    ]
    for (const [name, text] of lists) {
      const file = lintText(text + '\n')
      assert.deepEqual(
        file.messages.map((message) => [message.ruleId, message.fatal, message.reason]),
        [['parse-error', true, `Cannot check this file: its Markdown is nested too deeply to check (line ${levels} opens ${levels} quotes or lists)`]],
        `${name}, ${levels} levels`
      )
    }
  }
})

test('hostile size: the prose walk over a Markdown tree 20,000 levels deep is iterative', () => {
  // Built by hand: the parser never gives such a tree, but our walk must not care.
  let node: RootContent = {type: 'paragraph', children: [{type: 'text', value: 'Deep inside.', position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 13, offset: 12}}}], position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 13, offset: 12}}}
  for (let i = 0; i < deep; i++) node = {type: 'blockquote', children: [node as never]}
  const tree: MdastRoot = {type: 'root', children: [node]}
  const file = new VFile('Deep inside.')
  const document = buildProse(tree, file, undefined)
  assert.equal(document.blocks.length, 1)
  assert.equal(document.blocks[0]!.quoted, true)
  assert.equal(document.blocks[0]!.text.value, 'Deep inside.')
})

/** An article of `bytes` with headings, lists, quotes, emphasis and links, ending with a planted finding. */
function article(bytes: number, oneParagraph: boolean): string {
  const sentences = [
    'The provincial government said on Monday that the new plant would open in 2025.',
    'Officials from the city of Guiyang attended the ceremony, according to *Xinhua*.',
    'He said the **project** would create 1,200 jobs and cost $3.5 billion.',
    'See [the report](https://example.com/report) for details.',
    'Mr. Zhang met Dr. Li at 5 p.m. in the U.S. embassy.'
  ]
  const parts: string[] = []
  let length = 0
  for (let i = 0; length < bytes; i++) {
    const sentence = sentences[i % sentences.length]!
    const k = i % 40
    const part = oneParagraph ? `${sentence} ` : k === 0 ? `## Section ${i}\n\n` : k === 10 ? `- ${sentence}\n- ${sentence}\n\n` : k === 20 ? `> ${sentence}\n> ${sentence}\n\n` : k % 3 === 0 ? `${sentence}\n\n` : `${sentence} `
    parts.push(part)
    length += part.length
  }
  return parts.join('') + 'It ended.Then it began.\n'
}

test('hostile size: a 20 MB article and a 5 MB one-line paragraph are parsed in pieces of bounded size', slow, () => {
  const big = article(20 * 2 ** 20, false)
  const {pieces} = splitMarkdown(big)
  assert.ok(pieces.length > 300)
  // A piece is a few blocks past the piece size, never the whole file.
  for (const piece of pieces) assert.ok(piece.text.length <= pieceSize + 1024, `piece of ${piece.text.length}`)
  assert.equal(pieces.map((piece) => piece.text).join(''), big)

  const paragraph = article(5 * 2 ** 20, true)
  const cut = splitMarkdown(paragraph).pieces
  assert.ok(cut.length > 250)
  for (const piece of cut) assert.ok(piece.text.length <= 4 * paragraphSize + 256, `piece of ${piece.text.length}`)
  assert.equal(cut.map((piece) => piece.text).join(''), paragraph)
  // Cut between sentences: each piece but the last ends with a sentence and a space.
  for (const piece of cut.slice(0, -1)) assert.match(piece.text, /[.!?] $/)
  assert.deepEqual([cut[1]!.line, cut[1]!.column, cut[1]!.offset], [1, cut[1]!.offset + 1, cut[0]!.text.length])
})

test('hostile size: big files are checked end to end, positions right after thousands of pieces', slow, () => {
  for (const oneParagraph of [false, true]) {
    const text = article(300 * 1024, oneParagraph)
    const file = lintText(text)
    const last = file.messages.filter((m) => m.ruleId === 'missing-space').at(-1)!
    const offset = text.length - 'ended.Then it began.\n'.length
    const line = text.slice(0, offset).split('\n').length
    const column = offset - text.lastIndexOf('\n', offset - 1)
    assert.deepEqual([last.line, last.column, last.place && 'start' in last.place ? last.place.start.offset : -1], [line, column, offset])
    assert.ok(!file.messages.some((m) => /^Internal error|^Cannot check/.test(m.reason)))
  }
})

test('hostile size: parsing grows linearly (8 times the text, well under 24 times the work)', slow, () => {
  const cpu = (text: string) => {
    const started = process.cpuUsage().user
    parseMarkdown(new VFile(text))
    return process.cpuUsage().user - started
  }
  const small = article(32 * 1024, false)
  const large = article(256 * 1024, false)
  cpu(small) // warm up
  const ratio = Math.min(cpu(large), cpu(large)) / Math.max(1, Math.min(cpu(small), cpu(small)))
  assert.ok(ratio < 24, `ratio ${ratio.toFixed(1)}`)
})

test('hostile size: list items below a long plain paragraph cost no more each (8 times the text, well under 24 times the work)', slow, () => {
  // Each list item asks whether all since the last cut is plain text; the
  // code line keeps the answer no, and the paragraph must not be read again
  // for every item.
  const text = (times: number) => 'The plant opened in May and grew. '.repeat(2000 * times) + '\n\n    code\n\n' + '- item\n\n'.repeat(400 * times)
  const cpu = (value: string) => {
    const started = process.cpuUsage().user
    parseMarkdown(new VFile(value))
    return process.cpuUsage().user - started
  }
  cpu(text(1)) // warm up
  const ratio = Math.min(cpu(text(8)), cpu(text(8))) / Math.max(1, Math.min(cpu(text(1)), cpu(text(1))))
  assert.ok(ratio < 24, `ratio ${ratio.toFixed(1)}`)
})

test('hostile size: a file parsed in pieces gives the tree parsed whole (every kind of block, tiny pieces)', () => {
  const text = [
    '---\ntitle: A story\n\nsummary: two lines\n---',
    '# Heading [ref]',
    'Para with [ref] and [^1] and a <https://example.com>.',
    '- one\n- two\n\n- loose\n\n  continued',
    '1. first\n\n2. second',
    '> quote\n> more\nlazy',
    '```js\ncode\n\nstill code\n```',
    '<!-- a comment\n\nspanning a blank line -->',
    '<div>\n\nhtml\n\n</div>',
    '    indented code\n\n    more',
    '| a | b |\n| - | - |\n| 1 | 2 |',
    'Setext\n===',
    '***',
    '[ref]: https://example.com "Title"',
    '[^1]: A footnote.\n\n    Its second paragraph.',
    'The end.'
  ].join('\n\n')
  for (const eol of ['\n', '\r\n', '\r']) {
    const source = text.replace(/\n/g, eol)
    for (const size of [1, 10, 50, 200]) assert.deepEqual(parseInPieces(source, size, Infinity), parseWhole(source), `size ${size}`)
  }
})

test('hostile size: pieces agree with the whole on what the fuzzer found (byte-order marks, definitions inside paragraphs, HTML blocks, a lone ---)', () => {
  const cases = [
    '\uFEFF café\n*',
    'Intro.\n\n\uFEFF café\n*',
    'The meeting ended.\n[ref]: https://example.com "Title"\n\nSee [ref].',
    'Text.\n[^1]: A note.\n\n| [^1] a | b |\n| --- | :-: |\n| c | 2 |',
    '<div>\n\ntext\n\n</div>\n```js\nnot code\n\nA paragraph.\n```\n\n```js\n\n\n\n```',
    '<custom-tag>\n```\nstill html\n\n- a list',
    '---\n\nthe\n\n- the\n\n> quote',
    '- ``` café\n\n> the',
    // An autolink starts paragraph text, not an HTML block: the definition below is text.
    '<https://example.com> *café*\n[ref]: https://example.com "Title"',
    // Definitions from other pieces: a footnote's before a link's; after
    // indented code (where a definition is one); beside front matter; and
    // a piece starting with --- after front matter.
    '[^1]: A note.\n\n[ref]: https://example.com\n\nHe said that the plan was good, and that it would go ahead.\n\n# [ref] [^1]',
    '    indented code\n[ref]: https://example.com "Title"\n\nHe said that the plan was good, and that it would go ahead.\n\n| [ref][] a | b |\n| --- | :-: |\n| c | 2 |',
    '---\ntitle: A story\n---\n\n[the](https://example.com) **café**\n*\n\n[ref]: https://example.com "Title"',
    '---\nsource: story.zh.md\n---\n---\n\n- ',
    // Fenced code in a list item, open at a piece's end.
    '- ``` ![the](i.png)\n\nthe',
    // A fence whose info string holds a line separator.
    '```\u2028[the](https://example.com)\nThe heads attended the meeting.\n\n.',
    // A lone _ is paragraph text: the tag below goes on with it, and the fence below that is a fence.
    '_\n</b>\n```js\n[café](https://example.com)\n\n[café](https://example.com)\n```'
  ]
  for (const source of cases) {
    for (const size of [1, 10]) assert.deepEqual(parseInPieces(source, size, Infinity), parseWhole(source), JSON.stringify(source))
  }
})

test('hostile size: a --- first line that is never closed is a thematic break, and lists and quotes below it are still found', () => {
  const types = parseMarkdown(new VFile('---\n\nText.\n\n- a list\n\n> a quote')).tree.children.map((node) => node.type)
  assert.deepEqual(types, ['thematicBreak', 'paragraph', 'list', 'blockquote'])
})

test('hostile size: a file of megabytes is checked in parts; directives reach across them, and --fix fixes every part', slow, () => {
  // Code blocks are cheap to check: 2 MB of them make a second part quickly.
  const code = '```\n' + 'let total = 1 // code, not prose\n'.repeat(2000) + '```\n\n'
  const parts = ['<!-- copydesk-disable missing-space -->\n\nIt ended.Then it began.\n\n<!-- copydesk-enable missing-space -->\n\nFirst.Second.\n\n']
  while (parts.join('').length < 2.2 * 2 ** 20) parts.push(code)
  parts.push('<!-- copydesk-disable-next-line -->\nIt ended.Then it began.\n\nIt rose.Then it fell.\n')
  const text = parts.join('')
  assert.ok([...parseSections(new VFile(text))].length >= 2)
  const fixed = lint(text, {config, fix: true, source: false})
  assert.deepEqual(fixed.messages, [])
  const lines = String(fixed).split('\n')
  assert.equal(lines[6], 'First. Second.')
  assert.deepEqual(lines.slice(-4), ['It ended.Then it began.', '', 'It rose. Then it fell.', ''])
})

test('hostile size: code fences are not counted as nesting', () => {
  const code = '```c\n' + Array.from({length: 1500}, () => '> > > > > > > > > > > > > > > > > > > > **argv [[[').join('\n') + '\n```\n\nIt ended.Then it began.\n'
  assert.deepEqual(lintText(code).messages.map((m) => m.ruleId), ['missing-space'])
})

test('hostile size: a line that only looks like a fence does not hide a bomb', () => {
  const file = lintText('```not a fence`\n' + '> '.repeat(deep) + 'Hello.\n')
  assert.deepEqual(file.messages.map((m) => m.ruleId), ['parse-error'])
})

test('hostile size: a long heading, quoted or listed paragraph is checked in parts, positions right', slow, () => {
  // Half a megabyte overflowed the stack of the sentence-tree builder; 100 KB is enough to be cut.
  const words = 'The words go on and on. '.repeat(4000)
  for (const [prefix, lines] of [['# ', 1], ['> ', 1], ['- ', 1], ['> ', 1000], ['   ', 1000]] as const) {
    const body = lines === 1 ? prefix + words : Array.from({length: lines}, () => prefix + 'The words go on and on. '.repeat(4)).join('\n')
    const text = body + 'It ended.Then it began.\n'
    const file = lintText(text)
    assert.ok(!file.messages.some((m) => /^Internal error|^Cannot check/.test(m.reason)), prefix)
    const last = file.messages.filter((m) => m.ruleId === 'missing-space').at(-1)!
    const offset = text.length - 'ended.Then it began.\n'.length
    assert.equal(last.place && 'start' in last.place ? last.place.start.offset : -1, offset, `${prefix} × ${lines}`)
  }
})

test('parse: a file is parsed with only the GFM syntax its characters allow, and the tree is the one full GFM gives', slow, () => {
  const full = unified()
    .use(remarkParse)
    .data({
      micromarkExtensions: [gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem()],
      fromMarkdownExtensions: [gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown()]
    })
    .freeze()
  const fragments = ['a', 'The plant', ':-', '-:', ': -', '- :', '|', '| a |', '---', '-', ':', '~', '~~', '[^1]', '[^1]: x', '[ ]', '[x]', '- [ ] ', '* ', '1. ', '> ', '#', '\n', '\n\n', ' ', '   ', '\t', '[', ']', '^']
  const fragment = fc.constantFrom(...fragments)
  fc.assert(
    fc.property(fc.array(fragment, {maxLength: 30}), (parts) => {
      const text = parts.join('')
      // No front matter here: that choice has its own test.
      if (text.startsWith('---')) return
      assert.deepEqual(parseWhole(text), full.parse(text))
    }),
    {seed: 11, numRuns: 3000}
  )
})

test('hostile size: a plain article of 150,000 short paragraphs is checked, not refused for a stack overflow', () => {
  const text = Array.from({length: 150_000}, (_, index) => `Report ${index} ended.Then it began.`).join('\n\n') + '\n'
  const tree = parseMarkdown(new VFile({path: 'a.md', value: text})).tree
  assert.equal(tree.children.length, 150_000)
  assert.deepEqual(tree.children.at(-1)!.position!.start, {line: 299_999, column: 1, offset: text.lastIndexOf('Report')})
})

test('hostile size: a file parsed in sections gives the tree parsed whole, section after section (no definition across sections)', () => {
  const text = [
    '---\ntitle: A story\n---',
    '# Heading with *emphasis*',
    'Para with a <https://example.com> and www.example.com.',
    '- one\n- two\n\n- loose\n\n  continued',
    '> quote\n> more\nlazy',
    '```js\ncode\n\nstill code\n```',
    '<div>\n\nhtml\n\n</div>',
    '| a | b |\n| - | - |\n| 1 | 2 |',
    'The plant opened. '.repeat(500),
    'The end.'
  ].join('\n\n')
  for (const eol of ['\n', '\r\n']) {
    const file = new VFile({path: 'a.md', value: '\uFEFF' + text.replace(/\n/g, eol)})
    const whole = parseMarkdown(file)
    for (const size of [1, 100, 20_000]) {
      const sections = [...parseSections(file, size, size)]
      if (size === 1) assert.ok(sections.length > 10)
      assert.deepEqual(sections.flatMap((section) => section.tree.children), whole.tree.children, `size ${size}`)
      assert.deepEqual(sections[0]!.frontmatter, {title: 'A story'})
      assert.deepEqual(sections.at(-1)!.tree.position!.end, whole.tree.position!.end)
    }
  }
})

test('hostile size: maxFindings keeps the first findings of a file and closes them with how many more, of each severity', () => {
  // An error, a warning (the repeated sentence), an error.
  const repeated = 'The provincial government said on Monday that the new plant would open next year.'
  const text = `It ended.Then it began.\n\n${repeated}\n\n${repeated}\n\nIt rose.Then it fell.\n`
  const messages = (maxFindings?: number) =>
    lint(text, {config, source: false, ...(maxFindings === undefined ? {} : {maxFindings})}).messages.map((m) => [String(m), m.ruleId, m.fatal])
  const all = messages()
  assert.deepEqual(all.map(([, ruleId, fatal]) => [ruleId, fatal]), [['missing-space', true], ['duplicate-sentence', false], ['missing-space', true]])
  assert.deepEqual(messages(3), all)
  assert.deepEqual(messages(1), [all[0], ['8:1: 2 more findings not shown (1 error, 1 warning): only the first 1 of a file are reported (--max-findings)', 'max-findings', true]])
  assert.deepEqual(messages(2), [all[0], all[1], ['8:1: 1 more finding not shown (1 error): only the first 2 of a file are reported (--max-findings)', 'max-findings', true]])
  // Only a warning left out: the closing message is a warning.
  const warned = lint(text.slice(0, text.lastIndexOf('It rose')), {config, source: false, maxFindings: 1}).messages
  assert.deepEqual(warned.map((m) => [String(m), m.fatal]), [[all[0]![0], true], ['7:1: 1 more finding not shown (1 warning): only the first 1 of a file are reported (--max-findings)', false]])
})

test('hostile size: --max-findings caps every format, says how many were left out, and keeps the exit code; 10,000 by default, 0 for all', async () => {
  const repeated = 'The provincial government said on Monday that the new plant would open next year.'
  const text = `${repeated}\n\n${repeated}\n\n` + 'It ended.Then it began.\n\n'.repeat(3)
  const dir = workspace({'a.md': text, 'b.md': 'It rose.Then it fell.\n'})
  const closing = '2 more findings not shown (2 errors): only the first 2 of a file are reported (--max-findings)'
  const compact = await run(['--format', 'compact', '--max-findings', '2', 'a.md', 'b.md'], dir)
  assert.equal(compact.code, 1)
  assert.deepEqual(compact.stdout.split('\n').slice(2, 4), [`a.md:11:1:11:1: error ${closing} [max-findings]`, 'b.md:1:4:1:13: error Missing space after `.`, expected `rose. Then` [missing-space]'])
  const stylish = await run(['--no-color', '--max-findings', '2', 'a.md'], dir)
  assert.match(stylish.stdout, new RegExp(`11:1 +error +${closing.replace(/[().-]/g, '\\$&')} +max-findings`))
  const json = JSON.parse((await run(['--format', 'json', '--max-findings', '2', 'a.md'], dir)).stdout) as Array<{messages: Array<{ruleId: string; reason: string; fatal: boolean}>}>
  assert.deepEqual(json[0]!.messages.map((m) => m.ruleId), ['duplicate-sentence', 'missing-space', 'max-findings'])
  assert.deepEqual([json[0]!.messages[2]!.reason, json[0]!.messages[2]!.fatal], [closing, true])
  const sarif = JSON.parse((await run(['--format', 'sarif', '--max-findings', '2', 'a.md'], dir)).stdout) as {runs: Array<{results: Array<{ruleId: string; level: string; message: {text: string}}>}>}
  assert.deepEqual(sarif.runs[0]!.results.at(-1), {...sarif.runs[0]!.results.at(-1)!, ruleId: 'max-findings', level: 'error', message: {text: closing}})
  for (const format of ['github', 'jsonl', 'html']) assert.ok((await run(['--format', format, '--max-findings', '2', 'a.md'], dir)).stdout.includes('2 more findings not shown'), format)
  // 0: all of them; a count that is not a whole number is a usage error.
  assert.equal(JSON.parse((await run(['--format', 'json', '--max-findings', '0', 'a.md'], dir)).stdout)[0].messages.length, 4)
  const bad = await run(['--max-findings', '1.5', 'a.md'], dir)
  assert.deepEqual([bad.code, bad.stderr.split('\n')[0]], [2, 'copydesk: --max-findings expects a whole number (0 for all), got `1.5`'])

  const many = workspace({'many.md': 'It ended.Then it began.\n\n'.repeat(10_003)})
  const capped = JSON.parse((await run(['--format', 'json', 'many.md'], many)).stdout)[0].messages as Array<{reason: string}>
  assert.equal(capped.length, 10_001)
  assert.equal(capped.at(-1)!.reason, '3 more findings not shown (3 errors): only the first 10,000 of a file are reported (--max-findings)')
})

/**
 * An article over 2 MB that is quick to check: fenced code, and before each
 * 100 KB of it a paragraph with one missing space, so that every section of
 * it has findings.
 */
function codeHeavyArticle(): string {
  const code = '```\n' + 'let total = 1 // code, not prose\n'.repeat(3000) + '```\n\n'
  const parts: string[] = []
  for (let i = 0, length = 0; length < 2.2 * 2 ** 20; i++) {
    parts.push(`Report ${i} ended.Then it began.\n\n`, code)
    length += parts.at(-2)!.length + code.length
  }
  return parts.join('')
}

const startOffset = (message: Message) => (message.place && 'start' in message.place ? message.place.start.offset! : -1)

test('hostile size: a file of megabytes comes part by part, in file order, and --max-findings counts across its parts', () => {
  const text = codeHeavyArticle()
  const only = ['missing-space']
  const parts = [...lintParts(new VFile({path: 'big.md', value: text}), config, {only})]
  assert.ok(parts.length >= 4, `${parts.length} parts`)
  assert.ok(parts.every((part) => part.length > 0))
  const all = parts.flat()
  const offsets = all.map(startOffset)
  assert.deepEqual(offsets, [...offsets].sort((a, b) => a - b))
  // Every paragraph's finding, once, where it stands.
  const expected = [...text.matchAll(/ended\.Then/g)].map((match) => match.index)
  assert.deepEqual(offsets, expected)
  assert.deepEqual(all, lintMessages(new VFile({path: 'big.md', value: text}), config, {only}))

  // Capped: the first five, then parts without any, the closing message last; the generator returns the counts.
  const capped = lintParts(new VFile({path: 'big.md', value: text}), config, {only, maxFindings: 5})
  const cappedParts: Message[][] = []
  let step = capped.next()
  for (; !step.done; step = capped.next()) cappedParts.push(step.value)
  assert.equal(cappedParts.length, parts.length)
  const left = all.length - 5
  assert.deepEqual(cappedParts.flat().slice(0, 5), all.slice(0, 5))
  assert.deepEqual(cappedParts.slice(1, -1).map((part) => part.length), parts.slice(1, -1).map(() => 0))
  const closing = cappedParts.at(-1)!.at(-1)!
  assert.deepEqual([closing.ruleId, closing.severity, closing.reason], ['max-findings', 'error', `${left} more findings not shown (${left} errors): only the first 5 of a file are reported (--max-findings)`])
  assert.deepEqual(step.value, {error: left, warning: 0, info: 0})
  assert.deepEqual(omittedCounts(closing), {error: left, warning: 0, info: 0})
})

test('hostile size: a file of megabytes is streamed from a worker thread in its parts, in order, every finding and its whole risk in json and SARIF', async () => {
  const text = codeHeavyArticle()
  const dir = workspace({'big.md': text})
  const args = ['--rule', 'missing-space', '--max-findings', '0', 'big.md']
  const expected = lintMessages(new VFile({path: 'big.md', value: text}), config, {only: ['missing-space']})
  // With --output-file, an article this big is linted on a worker thread (see longArticle in run.ts).
  const worker = await run(['--format', 'jsonl', '--output-file', 'out.jsonl', ...args], dir)
  const inProcess = await run(['--format', 'jsonl', ...args], dir)
  assert.deepEqual([worker.code, inProcess.code], [1, 1], worker.stderr + inProcess.stderr)
  const written = readFileSync(join(dir, 'out.jsonl'), 'utf8')
  assert.equal(written, inProcess.stdout)
  const [file] = written.split('\n').filter(Boolean).map((line) => JSON.parse(line) as {messages: Array<{place: Message['place']; reason: string}>; risk: unknown; omitted?: unknown})
  assert.deepEqual(file!.messages.map((message) => [startOffset(message as Message), message.reason]), expected.map((message) => [startOffset(message), message.reason]))
  // The risk is the whole file's, added up across its parts; nothing was left out.
  assert.deepEqual(file!.risk, riskOf(expected, countText(text)))
  assert.equal(file!.omitted, undefined)
  const sarif = JSON.parse((await run(['--format', 'sarif', ...args], dir)).stdout) as {runs: Array<{results: Array<{locations: Array<{physicalLocation: {region: {startLine: number}}}>}>; properties?: unknown}>}
  assert.deepEqual(sarif.runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.region.startLine), expected.map((message) => startOf(message)!.line))
  assert.equal(sarif.runs[0]!.properties, undefined)
})

test('hostile size: json and SARIF say how many findings --max-findings left out, of each severity, also from the cache and once merged', async () => {
  const repeated = 'The provincial government said on Monday that the new plant would open next year.'
  const dir = workspace({'a.md': `${repeated}\n\n${repeated}\n\n` + 'It ended.Then it began.\n\n'.repeat(3), 'b.md': 'It rose.Then it fell.\n'})
  const omitted = {total: 2, error: 2, warning: 0, info: 0}
  for (const cache of [[], ['--cache', '--cache-location', 'cache'], ['--cache', '--cache-location', 'cache']]) {
    const json = JSON.parse((await run(['--format', 'json', '--max-findings', '2', ...cache, 'a.md', 'b.md'], dir)).stdout) as Array<{omitted?: unknown}>
    assert.deepEqual(json.map((file) => file.omitted), [omitted, undefined], cache.join(' '))
  }
  const report = await run(['--format', 'json', '--max-findings', '2', '--output-file', 'report.json', 'a.md', 'b.md'], dir)
  assert.equal(report.code, 1)
  // Not a field at all without a cap reached.
  assert.ok(!(await run(['--format', 'json', 'a.md', 'b.md'], dir)).stdout.includes('"omitted"'))
  const reason = '2 more findings not shown (2 errors): only the first 2 of a file are reported (--max-findings)'
  for (const sarifRun of [await run(['--format', 'sarif', '--max-findings', '2', 'a.md', 'b.md'], dir), await run(['merge', '--format', 'sarif', 'report.json'], dir)]) {
    const log = JSON.parse(sarifRun.stdout) as {runs: Array<{properties?: Record<string, unknown>; invocations?: unknown}>}
    assert.deepEqual(log.runs[0]!.properties, {'copydesk/omittedFindings': omitted})
    assert.deepEqual(log.runs[0]!.invocations, [
      {
        executionSuccessful: true,
        toolExecutionNotifications: [{level: 'warning', message: {text: reason}, locations: [{physicalLocation: {artifactLocation: {uri: 'a.md'}}}], properties: {omitted}}]
      }
    ])
  }
  const plain = JSON.parse((await run(['--format', 'sarif', 'a.md'], dir)).stdout) as {runs: Array<Record<string, unknown>>}
  assert.deepEqual([plain.runs[0]!['properties'], plain.runs[0]!['invocations']], [undefined, undefined])
})

/**
 * Peak memory a run of the CLI on an article of megabytes stays under, in
 * KB: one section's trees and findings, the text, and the garbage V8 lets
 * pile up before it collects (measured: 540–620 MB in every format with 2 MB
 * sections; 370–440 MB with 512 KB sections, capped or not, at 4 and 16 MB;
 * 277–302 MB with a full collection between sections). The bound leaves room
 * for a slower, busier CI machine.
 */
const sectionBound = 700 * 1024

test('hostile size: an article of 8 MB with 200,000 findings is written in every format, its peak memory bounded by a section; uncapped too, every finding written', slow, () => {
  const dir = workspace({'big.md': findingsArticle(8 * 2 ** 20)})
  // From source: the child's own process.resourceUsage() gives its peak.
  const cli = ['--import', import.meta.resolve('tsx'), fileURLToPath(new URL('../src/cli.ts', import.meta.url))]
  // One rule, so the run is quick: the trees, not the rules, fill memory.
  const args = ['--no-color', '--rule', 'missing-space']
  for (const format of formatNames) {
    const measured = runCli([...args, '--format', format, 'big.md'], dir, cli)
    assert.equal(measured.code, 1, `${format}: ${measured.stderr}`)
    assert.ok(measured.maxRss < sectionBound, `${format}: peak ${(measured.maxRss / 1024).toFixed(0)} MB`)
    if (format === 'compact') assert.equal(measured.lines, 10_001)
  }
  // Uncapped, every finding is written, streamed section by section: memory stays a section's.
  for (const format of ['jsonl', 'sarif']) {
    const all = runCli([...args, '--format', format, '--max-findings', '0', 'big.md'], dir, cli)
    assert.equal(all.code, 1, all.stderr)
    assert.ok(all.bytes > 200_000 * 300, `${format}: ${all.bytes} bytes`)
    assert.ok(all.maxRss < sectionBound, `${format} uncapped: peak ${(all.maxRss / 1024).toFixed(0)} MB`)
  }
})

/** A reader of `bytes` as a file on disk, `size` bytes at a time, that records the length of each read. */
function readerOf(bytes: Uint8Array, size: number, reads: number[] = []): FileReader {
  return {
    read: (buffer, position) => {
      const part = bytes.subarray(position, position + buffer.length)
      buffer.set(part)
      reads.push(part.length)
      return part.length
    },
    pieceSize: size
  }
}

test('hostile size: a file of megabytes read from disk in pieces gives, part by part, the messages of its text held whole', () => {
  // A byte-order mark, front matter, CRLF in places, directives in the first and last sections, a bad byte near the end.
  const text = '---\r\ntitle: A story\r\n---\r\n\r\n<!-- copydesk-disable-next-line -->\r\nIt ended.Then it began.\r\n\r\n' + codeHeavyArticle() + '<!-- copydesk-disable missing-spaces -->\n\nIt rose.Then it fell. Caf\u00e9.\n'
  const bytes = new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))
  bytes[bytes.length - 5] = 0xe9
  const only = ['missing-space']
  const cwd = process.cwd()
  for (const maxFindings of [undefined, 4]) {
    const held = decodeArticle(bytes, 'big.md', cwd).file!
    const whole = [...lintArticleParts(held, config, {only, source: false, maxFindings})]
    assert.ok(whole.length >= 4, `${whole.length} parts`)
    const reads: number[] = []
    const file = new VFile({path: 'big.md', cwd})
    // Pieces of an odd size: characters and line endings are cut between them.
    const outcome = lintFileParts(file, readerOf(bytes, 65_537, reads), config, {only, source: false, maxFindings})
    assert.ok('parts' in outcome)
    assert.deepEqual([...outcome.parts], whole)
    assert.deepEqual(file.data, held.data)
    assert.equal(outcome.facts.length, String(held).length)
    // Read a piece at a time, never more, twice over (once to check the bytes, once to cut the sections).
    assert.ok(Math.max(...reads) <= 65_537)
    assert.ok(reads.reduce((sum, read) => sum + read, 0) >= 2 * bytes.length)
    const lineOf = (offset: number) => text.slice(0, offset).split(/\r\n|\n/).length
    const closing = maxFindings === undefined ? ['directive', lineOf(text.indexOf('<!-- copydesk-disable missing-spaces'))] : ['max-findings', lineOf(text.length)]
    const engine = whole.flat().filter((message) => message.ruleId !== 'missing-space')
    assert.deepEqual(engine.map((message) => [message.ruleId, startOf(message)!.line]), [['encoding', lineOf(text.indexOf('Caf'))], closing])
  }
})

test('hostile size: a file of more than a part of bytes but not of characters is checked whole; bytes that are not text are refused as when read whole', () => {
  const chinese = new Uint8Array(Buffer.from('中文。'.repeat(250_000)))
  assert.ok(chinese.length > partSize)
  assert.deepEqual(lintFileParts(new VFile({path: 'a.md'}), readerOf(chinese, 1 << 20), config), {whole: true})
  const nul = new Uint8Array(Buffer.from('It ended. '.repeat(300_000) + '\0'))
  const problem = decodeArticle(nul, 'b.md', '/').problem
  assert.match(problem!, /NUL bytes/)
  assert.deepEqual(lintFileParts(new VFile({path: 'b.md'}), readerOf(nul, 1 << 20), config), {problem})
})

test('hostile size: a file of megabytes read from disk is never held whole: the live heap between its sections does not grow with its size', slow, () => {
  // The same paragraphs again and again: what the rules remember of words stays the same.
  const article = (bytes: number) => '## A heading\n\n' + 'It ended.Then it began. It rose.Then it fell.\n\n'.repeat(Math.ceil(bytes / 48))
  const dir = workspace({'small.md': article(3 * 2 ** 20), 'big.md': article(12 * 2 ** 20)})
  const only = ['missing-space']
  /** The most live heap, past what was live before, after a full collection at each part of the file. */
  const peakOf = (name: string) => {
    const fd = openSync(join(dir, name), 'r')
    try {
      collectGarbage()
      const before = getHeapStatistics().used_heap_size
      const outcome = lintFileParts(new VFile({path: name, cwd: dir}), {read: (buffer, position) => readSync(fd, buffer, 0, buffer.length, position)}, config, {only, maxFindings: 10})
      assert.ok('parts' in outcome)
      let peak = 0
      for (const part of outcome.parts) {
        assert.ok(part.length <= 11)
        collectGarbage()
        peak = Math.max(peak, getHeapStatistics().used_heap_size - before)
      }
      return peak
    } finally {
      closeSync(fd)
    }
  }
  peakOf('small.md')
  const small = peakOf('small.md')
  const big = peakOf('big.md')
  // Held whole, the 9 MB more of text would be 9 MB more of string at least.
  assert.ok(big - small < 4 * 2 ** 20, `${(small / 2 ** 20).toFixed(1)} MB at 3 MB, ${(big / 2 ** 20).toFixed(1)} MB at 12 MB`)
})

test('hostile size: a file of megabytes checked from disk a piece at a time is reported as the same text from standard input, in json and SARIF', slow, async () => {
  const text = codeHeavyArticle()
  const dir = workspace({'big.md': text})
  for (const format of ['json', 'sarif']) {
    const args = ['--rule', 'missing-space', '--format', format]
    const [disk, held] = [await run([...args, 'big.md'], dir), await run([...args, '--stdin-filename', 'big.md', '-'], dir, text)]
    assert.deepEqual([disk.code, held.code], [1, 1], disk.stderr + held.stderr)
    assert.equal(disk.stdout, held.stdout, format)
  }
})
