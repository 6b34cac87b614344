// Property checks on generated articles: Markdown of every kind, mixed
// scripts, astral characters, combining marks, odd whitespace and line
// endings, with the artifacts the rules look for sown in. For the whole
// pipeline and for every rule in the registry (rules are found there, so new
// ones are covered as they land):
// - nothing throws and no rule reports an internal error;
// - every position lies inside the file, start ≤ end, and its line and
//   column agree with its offset;
// - a rule's fix edits lie inside their finding's range and never overlap;
// - applying the fixes twice equals applying them once;
// - fixing never changes text outside the edits.
// Also: parsing a file in pieces (plain text built without micromark, see
// src/pipeline/plain.ts) gives the tree of parsing it whole, and
// decoding arbitrary bytes never throws.
//
// `npm test` runs these with a fixed seed (tests/properties.test.ts);
// `npm run fuzz -- --runs 100000 [--seed N]` runs longer with a random seed
// and prints the seed of a failure. `npm run fuzz -- --big` times a 20 MB
// article and a 5 MB one-line paragraph instead (too slow for `npm test`).
import assert from 'node:assert/strict'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import fc from 'fast-check'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {VFileMessage} from 'vfile-message'
import {decodeArticle} from '../src/io/read.js'
import {loadConfig, resolveConfig} from '../src/config/load.js'
import type {ResolvedConfig, RuleSetting} from '../src/config/types.js'
import {applyEdits, fixEdits, proseRanges} from '../src/fix/index.js'
import {lint} from '../src/index.js'
import {lintVFile} from '../src/pipeline/index.js'
import {parseInPieces, parseWhole} from '../src/pipeline/parse.js'
import type {ProseDocument} from '../src/document.js'
import {rules} from '../src/rules/index.js'

// ---------------------------------------------------------------------------
// Generated articles

const words = [
  'the', 'The', 'company', 'said', 'on', 'Monday', 'Guizhou', 'Aluminum', 'precious', 'aluminum', 'white', 'cloud',
  'new', 'crown', 'my', 'country', 'Mr.', 'Dr.', 'U.S.', 'p.m.', 'e.g.', 'Co.,Ltd.', '3.5', '1,200', '8:30', '2025',
  '14th', 'Five-Year', 'Plan', 'Zhang', 'Wei', 'ZHANG', 'Li', 'Xiaoming', 'Xi', 'Jinping', 'President', 'minister',
  'www.example.com.cn', 'https://example.com/a?b=c', 'news@example.com', 'report.pdf', 'Node.js', 'colour', 'color',
  'organise', 'organize', 'it', 'was', 'meeting', 'clusters.The', 'ecosystem,said', 'article:Bu', 'Wiki,thanks',
  'in', 'order', 'to', 'vigorously', 'promote', 'high-quality', 'development', 'and', 'and', 'of', 'of', 'a', 'an'
]
const unicodeWords = [
  'café', 'naïve', 'Zürich', 'São', 'Ελλάδα', 'Москва', 'مرحبا', 'שלום', '美元', '贵州铝厂', '白云区', 'ひらがな', 'カタカナ',
  '한국어', '😀', '👩‍👩‍👧', '🇨🇳', '𝒳𝒴', '𠀀𠀁', 'é', 'ê̄', 'a\u0301\u0302\u0303', '\u0301', 'ﬁ', 'Ａｌｕｍｉｎｕｍ', '１２３',
  '，', '。', '：', '；', '！', '？', '（', '）', '【', '】', '《Notice》', '、', '「引用」', '…', '—', '–', '‘', '’',
  '“', '”', '"', "'", '(', ')', '[', ']', '«', '»', '\u200b', '\u200d', '\ufeff', '\u2028', '\u00ad'
]
const spaces = [' ', ' ', ' ', ' ', '  ', '\t', '\u00a0', '\u2009', '\u3000', '\u202f', '   ']
const sentences = [
  'The heads attended the meeting.The company agreed.',
  'He said that that the plan was good .',
  'Reprint Statement: all articles on this site are original.',
  'Responsible Editor: Wang Fang',
  'Source: Xinhua Editor: Li Ming',
  'It cost more than 美元 11 billion，said the official。',
  'He said “it is fine.',
  'She said "yes" and “no” in one story.',
  'The plant will open in 2025, the 13th Five-Year Plan says.',
  'Zhang Wei met ZHANG Wei and Wei Zhang in Baiyun (白云).',
  'The precious aluminum plant in white cloud district grew.',
  'In order to vigorously promote high-quality development, it held talks.',
  'Was held in Beijing on Monday.',
  'The new crown epidemic hit my country hard.',
  'The meeting was held in Beijing. The meeting was held in Beijing.',
  'Font: Large Medium Small'
]

const pick = <T>(list: readonly T[]) => fc.constantFrom(...list)
const token = fc.oneof(
  {weight: 6, arbitrary: pick(words)},
  {weight: 3, arbitrary: pick(unicodeWords)},
  {weight: 1, arbitrary: fc.string({unit: 'grapheme', maxLength: 6})},
  {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 3})},
  {weight: 1, arbitrary: pick(['*', '**', '_', '`', '~~', '\\', '<', '>', '&amp;', '&#x1F600;', '|', '#', '!', '[^1]'])}
)
/** One line of prose with inline Markdown. */
const inline = fc
  .array(
    fc.oneof(
      {weight: 8, arbitrary: token},
      {weight: 2, arbitrary: pick(sentences)},
      {weight: 1, arbitrary: token.map((t) => `*${t}*`)},
      {weight: 1, arbitrary: token.map((t) => `**${t}**`)},
      {weight: 1, arbitrary: token.map((t) => `\`${t}\``)},
      {weight: 1, arbitrary: fc.tuple(token, pick(['https://example.com', 'x', '#a', ''])).map(([t, url]) => `[${t}](${url})`)},
      {weight: 1, arbitrary: token.map((t) => `![${t}](i.png)`)},
      {weight: 1, arbitrary: pick(['<https://example.com>', '<b>', '</b>', '<!-- copydesk-disable-next-line -->', '[ref]', '[ref][]'])}
    ),
    {minLength: 1, maxLength: 12}
  )
  .chain((parts) => fc.array(pick(spaces), {minLength: parts.length, maxLength: parts.length}).map((gaps) => parts.map((part, i) => part + gaps[i]).join('').trimEnd()))

const block = fc.oneof(
  {weight: 6, arbitrary: fc.array(inline, {minLength: 1, maxLength: 3}).map((lines) => lines.join('\n'))},
  {weight: 1, arbitrary: fc.tuple(fc.integer({min: 1, max: 6}), inline).map(([level, text]) => `${'#'.repeat(level)} ${text}`)},
  {weight: 1, arbitrary: fc.array(fc.tuple(pick(['- ', '* ', '1. ', '2) ', '  - ', '    - ', '- [ ] ']), inline), {minLength: 1, maxLength: 4}).map((items) => items.map(([marker, text]) => marker + text).join('\n'))},
  {weight: 1, arbitrary: fc.array(fc.tuple(pick(['> ', '>', '> > ', '> - ', '']), inline), {minLength: 1, maxLength: 3}).map((lines) => lines.map(([marker, text]) => marker + text).join('\n'))},
  {weight: 1, arbitrary: fc.tuple(pick(['```', '~~~', '````']), inline).map(([fence, text]) => `${fence}js\n${text}\n\n${text}\n${fence}`)},
  {weight: 1, arbitrary: fc.tuple(inline, inline).map(([a, b]) => `| ${a.replace(/\|/g, '')} | b |\n| --- | :-: |\n| ${b.replace(/\|/g, '')} | 2 |`)},
  {weight: 1, arbitrary: pick(['---', '***', '<div>\n\ntext\n\n</div>', '<!--\ncomment\n\nmore -->', '<!-- copydesk-disable -->', '<!-- copydesk-enable missing-space -->', '[ref]: https://example.com "Title"', '[^1]: A note.', '    indented code', '$$\nx\n$$'])},
  {weight: 1, arbitrary: inline.map((text) => `${text}\n${'='.repeat(3)}`)}
)

const frontmatter = fc.oneof(
  {weight: 4, arbitrary: fc.constant('')},
  {weight: 1, arbitrary: pick(['---\ntitle: A story\ndate: 2021-05-01\n---\n\n', '---\nsource: story.zh.md\n---\n', '---\n: bad: yaml: [\n---\n\n', '---\n---\n'])}
)

/** A whole article: front matter, blocks, blank lines, and one kind of line ending (or a mix). */
export const articleArbitrary = fc
  .tuple(
    frontmatter,
    fc.array(fc.tuple(block, pick(['\n\n', '\n', '\n\n\n', '\n \n'])), {maxLength: 8}),
    pick(['\n', '\r\n', '\r', 'mixed']),
    fc.boolean()
  )
  .map(([front, blocks, eol, finalNewline]) => {
    const text = front + blocks.map(([b, gap]) => b + gap).join('')
    const body = finalNewline ? text : text.replace(/\n+$/, '')
    if (eol === '\n') return body
    if (eol !== 'mixed') return body.replace(/\n/g, eol)
    let index = 0
    return body.replace(/\n/g, () => ['\n', '\r\n', '\r'][index++ % 3]!)
  })

/** A Chinese source text for the rules that compare with one, or none. */
export const sourceArbitrary = fc.option(
  fc.array(pick(['贵州铝厂昨天开会。', '张伟说，项目投资110亿美元。', '新冠肺炎疫情', '我国', '白云区', '“十四五”规划', '中铝', '。', '\n\n', '123', 'ABC']), {maxLength: 8}).map((parts) => parts.join('')),
  {nil: undefined, freq: 3}
)

// ---------------------------------------------------------------------------
// The checks

const root = join(import.meta.dirname, '..')
let house: ResolvedConfig | undefined

/** The house configuration with every rule of the registry on (at its default severity if the house turns it off), or only `only`. */
export function configWith(only?: string): ResolvedConfig {
  house ??= loadConfig(join(root, 'rules.config.json'))
  const settings: Record<string, RuleSetting> = {}
  for (const rule of rules) {
    const active = house.rules.get(rule.id)
    settings[rule.id] = only !== undefined && only !== rule.id ? 'off' : active ? [active.severity, active.options] : rule.severity
  }
  return resolveConfig({glossary: house.glossary, rules: settings}, undefined)
}

const configs = new Map<string, ResolvedConfig>()
const configFor = (only?: string) => {
  const key = only ?? '*'
  let config = configs.get(key)
  if (!config) configs.set(key, (config = configWith(only)))
  return config
}

interface Linted {
  file: VFile
  document: ProseDocument | undefined
}

function lintOnce(text: string, source: string | undefined, only?: string): Linted {
  const file = new VFile({path: 'article.md', value: text})
  let document: ProseDocument | undefined
  lintVFile(file, configFor(only), {...(source === undefined ? {} : {source}), onDocument: (d) => (document = d)})
  return {file, document}
}

function describe(message: VFileMessage): string {
  return `${message.ruleId}: ${message.reason} at ${JSON.stringify(message.place)} fix ${JSON.stringify(message.fix)}`
}

/** Positions inside the file, ordered, agreeing with their offsets; fixes inside their findings, disjoint per rule. */
function checkMessages(text: string, messages: readonly VFileMessage[]): void {
  const place = location(text)
  const lastPoint = place.toPoint(text.length) ?? {line: 1, column: 1}
  const agrees = (point: {line: number; column: number; offset?: number | undefined}) => {
    assert.ok(point.offset !== undefined && Number.isInteger(point.offset), 'offset')
    assert.ok(point.offset >= 0 && point.offset <= text.length, `offset ${point.offset} outside 0..${text.length}`)
    const expected = place.toPoint(point.offset) ?? lastPoint
    assert.deepEqual([point.line, point.column], [expected.line, expected.column], `line and column of offset ${point.offset}`)
  }
  const fixesByRule = new Map<string, Array<[number, number]>>()
  for (const message of messages) {
    try {
      assert.doesNotMatch(message.reason, /^Internal error/)
      assert.ok(!message.reason.startsWith('Cannot check this file'), 'the file was refused')
      const where = message.place
      if (!where || !('start' in where)) continue
      agrees(where.start)
      agrees(where.end)
      assert.ok(where.start.offset! <= where.end.offset!, 'start after end')
      if (message.fix) {
        const [from, to] = message.fix.range
        assert.ok(from >= where.start.offset! && to <= where.end.offset! && from <= to, 'fix outside its finding')
        const list = fixesByRule.get(message.ruleId ?? '') ?? []
        list.push([from, to])
        fixesByRule.set(message.ruleId ?? '', list)
      }
    } catch (error) {
      throw new Error(`${(error as Error).message}\n  in ${describe(message)}`)
    }
  }
  for (const [ruleId, ranges] of fixesByRule) {
    ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1])
    for (let i = 1; i < ranges.length; i++) {
      const [previous, current] = [ranges[i - 1]!, ranges[i]!]
      const touching = current[0] === previous[1] && (current[0] === current[1] || previous[0] === previous[1])
      assert.ok(current[0] >= previous[1] && !touching, `${ruleId}: fix edits ${JSON.stringify(previous)} and ${JSON.stringify(current)} overlap`)
    }
  }
}

/**
 * One pass of the fix engine: the fixed text, checked to differ from `text`
 * only inside the applied edits, and how many edits waited for the next pass
 * (touching or overlapping another, as in ESLint).
 */
function fixOnce(text: string, linted: Linted): {fixed: string; skipped: number} {
  if (!linted.document) return {fixed: text, skipped: 0}
  const edits = fixEdits(linted.file.messages, proseRanges(linted.document), text)
  const {text: fixed, applied, skipped} = applyEdits(text, edits)
  let at = 0
  let rebuilt = ''
  for (const edit of applied) {
    rebuilt += text.slice(at, edit.range[0]) + edit.text
    at = edit.range[1]
  }
  assert.equal(fixed, rebuilt + text.slice(at), 'text outside the edits changed')
  return {fixed, skipped: skipped.length}
}

/** The whole pipeline, every rule on: the properties above, and fixing (to a fixed point, as --fix does) twice equals once. */
export function checkPipeline(text: string, source?: string): void {
  const linted = lintOnce(text, source)
  checkMessages(text, linted.file.messages)
  fixOnce(text, linted)
  const config = configFor()
  const fixed = String(lint(text, {config, fix: true, source: source ?? false}))
  if (fixed === text) return
  const again = String(lint(fixed, {config, fix: true, source: source ?? false}))
  assert.equal(again, fixed, 'fixing the fixed text changed it again')
}

/**
 * One rule alone: the properties above on every pass, and its fixes applied
 * twice equal once: when a pass applies them all, the next changes nothing;
 * when some wait (touching another), a few passes reach a fixed point.
 */
export function checkRule(ruleId: string, text: string, source?: string): void {
  let current = text
  for (let pass = 1; ; pass++) {
    const linted = lintOnce(current, source, ruleId)
    checkMessages(current, linted.file.messages)
    const {fixed, skipped} = fixOnce(current, linted)
    if (fixed === current) return
    if (skipped === 0) {
      const again = fixOnce(fixed, lintOnce(fixed, source, ruleId)).fixed
      assert.equal(again, fixed, `${ruleId}: applying its fixes twice differs from once`)
      return
    }
    assert.ok(pass < 10, `${ruleId}: its fixes never settle`)
    current = fixed
  }
}

/** Parsing in pieces (tiny ones here) gives the tree of parsing whole. */
export function checkPieces(text: string, size: number): void {
  assert.deepEqual(parseInPieces(text, size, Infinity), parseWhole(text))
}

/** Decoding any bytes gives a file or a reason, never an exception. */
export function checkDecode(bytes: Uint8Array): void {
  const read = decodeArticle(bytes, 'a.md', '/')
  assert.ok(read.file !== undefined || (typeof read.problem === 'string' && read.problem.length > 0))
  if (read.file) assert.ok(!String(read.file).includes('\0'))
}

export const ruleIds = rules.map((rule) => rule.id)

// ---------------------------------------------------------------------------
// The command

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name)
  return index === -1 ? undefined : process.argv[index + 1]
}

function run(): void {
  if (process.argv.includes('--big')) return runBig()
  const runs = Number(argument('--runs') ?? 1000)
  const seed = Number(argument('--seed') ?? Math.floor(Math.random() * 2 ** 31))
  console.log(`copydesk fuzz: ${runs} articles through the pipeline with all ${ruleIds.length} rules, seed ${seed}`)
  const started = performance.now()
  const parameters = {seed, numRuns: runs}
  try {
    fc.assert(fc.property(articleArbitrary, sourceArbitrary, (text, source) => checkPipeline(text, source)), parameters)
    fc.assert(fc.property(articleArbitrary, fc.integer({min: 1, max: 200}), (text, size) => checkPieces(text, size)), {...parameters, numRuns: Math.ceil(runs / 4)})
    fc.assert(fc.property(fc.uint8Array({maxLength: 300}), (bytes) => checkDecode(bytes)), {...parameters, numRuns: Math.ceil(runs / 4)})
  } catch (error) {
    console.error((error as Error).message)
    const cause = (error as Error).cause
    if (cause) console.error(`\nCause: ${cause instanceof Error ? cause.message : String(cause)}`)
    console.error(`\nFAILED with seed ${seed}; rerun with: npm run fuzz -- --runs ${runs} --seed ${seed}`)
    process.exitCode = 1
    return
  }
  console.log(`passed: ${runs} articles (and ${Math.ceil(runs / 4)} piece-parse and decode cases) in ${((performance.now() - started) / 1000).toFixed(1)} s, seed ${seed}`)
}

/** The 20 MB article and the 5 MB one-line paragraph, timed, with peak memory. */
function runBig(): void {
  const lines = [
    'The provincial government said on Monday that the new plant would open in 2025.',
    'Officials from the city of Guiyang attended the ceremony, according to *Xinhua*.',
    'He said the **project** would create 1,200 jobs and cost $3.5 billion.',
    'See [the report](https://example.com/report) for details.',
    'The company, which was founded in 1998, exports aluminium to 40 countries.',
    'Mr. Zhang met Dr. Li at 5 p.m. in the U.S. embassy.'
  ]
  const build = (megabytes: number, paragraph: boolean) => {
    const parts: string[] = []
    let length = 0
    for (let i = 0; length < megabytes * 2 ** 20; i++) {
      const line = lines[i % lines.length]!
      const k = i % 40
      const part = paragraph ? `${line} ` : k === 0 ? `## Section ${i}\n\n` : k === 10 ? `- ${line}\n- ${line}\n\n` : k === 20 ? `> ${line}\n> ${line}\n\n` : k % 3 === 0 ? `${line}\n\n` : `${line} `
      parts.push(part)
      length += part.length
    }
    // A finding planted at the very end: its position proves the pieces were put back right.
    return parts.join('') + '\n\nIt ended.Then it began.\n'
  }
  for (const [name, megabytes, paragraph] of [['article', 20, false], ['one-line paragraph', 5, true]] as const) {
    const text = build(megabytes, paragraph)
    const file = new VFile({path: `${name}.md`, value: text})
    const cpu = process.cpuUsage().user
    const started = performance.now()
    lintVFile(file, configFor())
    const last = file.messages.filter((m) => m.ruleId === 'missing-space').at(-1)
    console.log(
      `${name}: ${(text.length / 2 ** 20).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s ` +
        `(${((process.cpuUsage().user - cpu) / 1e6).toFixed(1)} s CPU), ${file.messages.length} findings, ` +
        `last at ${last?.line}:${last?.column}, peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`
    )
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) run()
