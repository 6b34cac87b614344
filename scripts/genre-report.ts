// copydesk on the seed's genre (issue 25): the pages in ../shared/corpus/genre-dev
// and what a copy editor noted on them, per family of artifact.
// usage: tsx scripts/genre-report.ts [--set DIR] [--show misses|unjudged|all]
//
// It judges nothing itself. It matches as ../shared/tools/genre.mjs does, so
// its totals are that script's: a lintable note is caught when a finding of
// any severity not judged false overlaps its quote; a warning or error is
// true or false when an editor judged that rule there (or it lies on a
// note: true), and unjudged otherwise, listed for a human to read.
// A note's family is the one its wording names first (see `families`); a
// finding off the notes is counted under its rule's family.
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {argValue, lintArticle, offsetsOf, repoConfig} from './corpus.js'

const set = argValue('--set', join(import.meta.dirname, '../../shared/corpus/genre-dev'))!
const show = argValue('--show')
if (!existsSync(join(set, 'judged.jsonl'))) {
  console.log(`genre-report: no genre set at ${set}, skipped`)
  process.exit(0)
}

interface Page {
  file: string
  control: boolean
}
interface Judged {
  page: string
  kind: 'noted' | 'finding'
  rule: string | null
  text: string
  lintable?: 'yes' | 'no'
  verdict: string
  note: string
}

/** Issue 25's families, each with the words an editor's note uses for it. */
const families: Array<{name: string; words: RegExp; rules: string[]}> = [
  {name: '1 furniture', words: /scraped|furniture|widget|breadcrumb|byline|slogan/i, rules: ['boilerplate']},
  {name: '2 calques', words: /calque|literal|rendered '|rendered as|rendered both|transliterated/i, rules: ['calque', 'glossary']},
  {name: '3 case', words: /lower.case|capital|all.caps|camel/i, rules: ['merged-sentence', 'capitalization-variants']},
  {name: '4 spacing', words: /space|glued|run together|full-width|doubled (?:comma|full stop|closing)|double full stop|date glued/i, rules: ['missing-space', 'extra-space', 'fullwidth-punctuation']},
  {name: '5 repetition', words: /doubled word|said twice|repeat|'city city'|visit to visit/i, rules: ['repeated-words', 'duplicated-phrase', 'duplicate-sentence']},
  {name: '6 grammar/numbers', words: /number|misspel|typo|non-word|'an' with|'in |'its'|agreement|apostrophe|'forth'|'pointed'|'totally'|'yuan'/i, rules: []},
  {name: '7 subjectless', words: /subject|fragment|verbless/i, rules: ['dropped-subject']},
  {name: '8 one person, two forms', words: /same (?:person|man)|variant|one person|never (?:given|introduced)/i, rules: ['name-variants', 'name-format', 'unintroduced-person', 'title-conflict']}
]
const other = 'other'

function familyOfNote(note: string): string {
  let best = other
  let at = Infinity
  for (const family of families) {
    const found = family.words.exec(note)
    if (found && found.index < at) [best, at] = [family.name, found.index]
  }
  return best
}
const familyOfRule = (rule: string) => families.find((family) => family.rules.includes(rule))?.name ?? other

const pages = JSON.parse(readFileSync(join(set, 'pages.json'), 'utf8')) as Page[]
const judged = readFileSync(join(set, 'judged.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Judged)
const config = repoConfig()

type Verdict = 'true' | 'false' | 'unjudged'
interface Row {
  lintable: number
  caught: number
  true: number
  false: number
  unjudged: number
}
const rows = new Map<string, Row>([...families.map((family) => family.name), other].map((name) => [name, {lintable: 0, caught: 0, true: 0, false: 0, unjudged: 0}]))
const listed: Record<'misses' | 'false' | 'controls' | 'unjudged', string[]> = {misses: [], false: [], controls: [], unjudged: []}

/** Every place `quote` occurs in `text`, as [start, end). */
function spans(text: string, quote: string): Array<[number, number]> {
  const found: Array<[number, number]> = []
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) found.push([at, at + quote.length])
  return found
}
const near = ([a, b]: [number, number], [c, d]: [number, number], margin: number) => a <= d + margin && b >= c - margin

for (const page of pages) {
  const path = join(set, 'pages', page.file)
  const text = readFileSync(path, 'utf8')
  const notes = judged.filter((entry) => entry.page === page.file && entry.kind === 'noted')
  const verdicts = judged.filter((entry) => entry.page === page.file && entry.kind === 'finding')
  const messages = lintArticle(text, config, path).map((message) => {
    const [start, end] = offsetsOf(message)
    const span: [number, number] = [start, Math.max(end, start + 1)]
    const rule = message.ruleId ?? '?'
    const same = verdicts.filter((entry) => entry.rule === rule && spans(text, entry.text).some((where) => near(span, where, 40)))
    const on = notes.find((note) => spans(text, note.text).some((where) => near(span, where, 1)))
    const verdict: Verdict = same.length > 0 ? (same.some((entry) => entry.verdict.startsWith('TRUE')) ? 'true' : 'false') : on ? 'true' : 'unjudged'
    return {message, span, rule, verdict, family: on ? familyOfNote(on.note) : familyOfRule(rule)}
  })
  for (const note of notes) {
    if (note.lintable !== 'yes') continue
    const row = rows.get(familyOfNote(note.note))!
    row.lintable++
    const where = spans(text, note.text)
    if (messages.some((m) => m.verdict !== 'false' && where.some((w) => near(m.span, w, 1)))) row.caught++
    else listed.misses.push(`${page.file} [${familyOfNote(note.note)}]: «${note.text}» ${note.note}`)
  }
  for (const {message, rule, verdict, family} of messages) {
    if (message.fatal === undefined) continue // info is not an alarm
    rows.get(family)![verdict]++
    const line = `${page.file}:${message.line}:${message.column} ${rule}: ${message.reason}`
    if (page.control) listed.controls.push(`${line} (${verdict})`)
    if (verdict === 'false') listed.false.push(line)
    if (verdict === 'unjudged') listed.unjudged.push(`${line}\n      «${text.slice(Math.max(0, offsetsOf(message)[0] - 30), offsetsOf(message)[1] + 30).replace(/\s+/g, ' ')}»`)
  }
}

const percent = (part: number, whole: number) => (whole ? `${Math.round((100 * part) / whole)}%` : '–')
if (show === 'misses' || show === 'all') print(`missed lintable notes (${listed.misses.length})`, listed.misses)
if (show === 'all') print(`warnings and errors where an editor judged that rule false (${listed.false.length})`, listed.false)
if (show === 'all') print(`warnings and errors on the clean controls (${listed.controls.length})`, listed.controls)
if (show === 'unjudged' || show === 'all') print(`warnings and errors no editor judged (${listed.unjudged.length}): read them`, listed.unjudged)

const total: Row = {lintable: 0, caught: 0, true: 0, false: 0, unjudged: 0}
console.log('family'.padEnd(26) + 'lintable caught'.padStart(18) + '   warnings+errors: true false unjudged')
for (const [name, row] of rows) {
  for (const key of Object.keys(total) as Array<keyof Row>) total[key] += row[key]
  console.log(format(name, row))
}
console.log(format('all', total))
console.log(`on the ${pages.filter((page) => page.control).length} clean controls: ${listed.controls.length} warnings and errors`)

function format(name: string, row: Row): string {
  const caught = `${row.caught}/${row.lintable} (${percent(row.caught, row.lintable)})`
  return name.padEnd(26) + caught.padStart(18) + `   ${String(row.true).padStart(20)} ${String(row.false).padStart(5)} ${String(row.unjudged).padStart(8)}`
}

function print(title: string, lines: string[]): void {
  console.log(title + ':')
  for (const line of lines) console.log('  ' + line)
  console.log()
}
