// The pipeline, end to end: parse → prose tree → rules → messages.
// `lintMessages` is the one place a finding comes from; `lintArticle` adds
// the source lookup and the fix loop, and is what the command line, the
// language server and the Node API call. `lintVFile` is the Node API's edge:
// the same messages as vfile messages on the file.
import {VFile} from 'vfile'
import {resolve} from 'node:path'
import {configForFile} from '../config/resolve.js'
import type {ResolvedConfig} from '../config/types.js'
import {fixVFile, proseRanges, type FixOutcome, type FixEdit, type ProseRanges} from '../fix/index.js'
import {encodingId, type DecodedFacts, type InvalidUtf8} from '../io/read.js'
import {sectionsOnDisk, type FileReader, type SectionedText, type SectionText} from './stream.js'
import {messageSource, type Message, type Point, type Span} from '../message.js'
import {rulesById} from '../rules/index.js'
import {engineMessage, runRules, type EnabledRule, type LintTimings} from './lint.js'
import {partSize} from './chunks.js'
import {omittedMessage, type SeverityCounts} from './omitted.js'
import {directiveId, directiveProblems} from './directives.js'
import {collectGarbage} from './garbage.js'
import {parseErrorId, parseMarkdown, parseSectionText, sectionsOf, UncheckableError, type ParsedMarkdown, type Section} from './parse.js'
import {buildProse, pointsIn} from './prose.js'
import type {Directive, ProseDocument} from '../document.js'
import {createSourceDocument, type SourceDocument} from '../source/document.js'
import {bilingualPairs} from '../source/pairs.js'
import {findSource, type SourceLookup, type SourceText} from '../source/resolve.js'

export interface LintOptions {
  /** Run only these rule ids (still with their configured settings). */
  only?: readonly string[]
  timings?: LintTimings
  /**
   * Called with the prose document after the rules ran (--fix keeps its
   * edits inside prose); once for each section of a file of megabytes,
   * whose document is of the section's own text, which starts at `offset`.
   */
  onDocument?: (document: ProseDocument, offset: number) => void
  /**
   * The Chinese source, for the rules that compare with it: its text, or a
   * function that finds it from the file and its front matter (see
   * `findSource` in source/resolve.ts). Without it those rules do nothing.
   */
  source?: string | SourceText | ((file: VFile, frontmatter: Record<string, unknown> | undefined) => SourceLookup)
  /**
   * Keep only the first this many messages of the file, and close them with
   * one saying how many more there were (see omittedMessage). Undefined: all.
   */
  maxFindings?: number | undefined
}

declare module 'vfile' {
  interface DataMap {
    /** The source file the article was compared with (or failed to be): the cache depends on it. */
    sourcePath: string
  }
}

/** A vfile message as the Node API leaves it: vfile's fields plus a fix edit. */
declare module 'vfile-message' {
  interface VFileMessage {
    fix?: FixEdit
  }
}

let threadTimings: LintTimings | undefined
/** Time every lint on this thread from now on (the CLI's --timing); undefined stops. */
export function collectTimings(timings: LintTimings | undefined): void {
  threadTimings = timings
}

/** Engine stages in the timing table, beside the rule ids. */
export const parseTimingId = '(markdown parse)'
export const proseTimingId = '(prose tree)'

/** The rules a configuration enables, in registry order. */
export function enabledRules(config: ResolvedConfig, only?: readonly string[]): EnabledRule[] {
  const enabled: EnabledRule[] = []
  for (const [id, setting] of config.rules) {
    if (only && !only.includes(id)) continue
    enabled.push({rule: rulesById.get(id)!, setting})
  }
  return enabled
}

/** Lint one article held in `file`: its messages, in file order. */
export function lintMessages(file: VFile, fileConfig: ResolvedConfig, options: LintOptions = {}): Message[] {
  const messages: Message[] = []
  // One by one: a file of megabytes has more messages than a spread allows.
  for (const part of lintParts(file, fileConfig, options)) for (const message of part) messages.push(message)
  return messages
}

/**
 * Lint one article held in `file`, its messages part by part in file order:
 * one part for an article, one for each section of a file of megabytes
 * (see sectionsOf in parse.ts), so that a caller can report each part and
 * let it go before the next section is parsed. With `maxFindings`, the
 * messages past it are only counted, and the last part ends with one saying
 * how many; the generator returns those counts (undefined without a cap).
 * Warnings about inline directives come with the last part (they need the
 * whole file's findings), sorted into it by place.
 */
export function* lintParts(file: VFile, fileConfig: ResolvedConfig, options: LintOptions = {}): Generator<Message[], SeverityCounts | undefined> {
  const value = String(file)
  if (value.length <= partSize) return yield* lintSections(file, fileConfig, options, undefined)
  let sections: Section[]
  try {
    sections = sectionsOf(file)
  } catch (error) {
    yield [uncheckable(error)]
    return undefined
  }
  // Sections count without a U+FEFF that starts the text (see sectionsOf).
  const text = value.startsWith('\uFEFF') ? value.slice(1) : value
  return yield* lintSections(file, fileConfig, options, {
    sections: (function* () {
      for (const section of sections) yield {text: text.slice(section.start.offset, section.end), start: section.start}
    })(),
    ...wholePlaces(text, file.data.invalidUtf8)
  })
}

/** Where a text held whole ends, and where its first bad byte's U+FFFD stands: its index of lines let go after. */
function wholePlaces(text: string, invalid: InvalidUtf8 | undefined): Pick<SectionedText, 'end' | 'encodingPlace'> {
  const toPoint = pointsIn(text)
  const at = encodingOffset(invalid, text)
  return {end: toPoint(text.length), encodingPlace: at === undefined ? undefined : {start: toPoint(at), end: toPoint(at + 1)}}
}

/** Lint an article whole (`sectioned` undefined) or section by section. */
function* lintSections(file: VFile, fileConfig: ResolvedConfig, options: LintOptions, sectioned: SectionedText | undefined): Generator<Message[], SeverityCounts | undefined> {
  // A configuration's overrides for this file's folder.
  const config = file.path ? configForFile(fileConfig, resolve(file.cwd, file.path)) : fileConfig
  const article: ArticleState = {
    file,
    config,
    options,
    enabled: enabledRules(config, options.only),
    timings: options.timings ?? threadTimings,
    sectioned: sectioned !== undefined,
    directives: [],
    directivePlaces: new Map(),
    encodingPlace: sectioned?.encodingPlace,
    frontmatter: undefined,
    sourceText: undefined
  }
  const cap = options.maxFindings
  const omitted: SeverityCounts = {error: 0, warning: 0, info: 0}
  let shown = 0
  /** The part within the cap; the rest counted. */
  const capped = (messages: Message[]): Message[] => {
    if (cap === undefined) return messages
    const room = Math.max(0, cap - shown)
    for (let index = room; index < messages.length; index++) omitted[messages[index]!.severity]++
    const kept = messages.length <= room ? messages : messages.slice(0, room)
    shown += kept.length
    return kept
  }
  const whole: SectionText = {text: '', start: {offset: 0, line: 1, column: 1}}
  let section: SectionText | undefined
  try {
    section = sectioned ? sectioned.sections.next().value ?? undefined : whole
  } catch (error) {
    yield [uncheckable(error)]
    return undefined
  }
  let checked = false
  for (let index = 0; section; index++) {
    // Parsed, built and checked in a call of its own: nothing of a section's
    // trees stays reachable from here while the next one is parsed.
    const {text, start} = section
    const outcome = section === whole ? checkSection(article, index, () => parseMarkdown(file), file, whole.start) : checkSection(article, index, () => parseSectionText(text, file.path), new VFile({path: file.path, cwd: file.cwd, value: text}), start)
    section = undefined
    if (sectioned) collectGarbage()
    checked ||= outcome.checked
    let next: SectionText | undefined
    try {
      next = sectioned && !outcome.stopped ? sectioned.sections.next().value ?? undefined : undefined
    } catch (error) {
      outcome.messages.push(uncheckable(error))
    }
    const last = next === undefined
    if (last && checked && article.directives.length > 0) reportDirectives(outcome.messages, article, config.reportUnusedDirectives ?? false)
    const part = capped(outcome.messages)
    if (last) {
      // Positions of their own: a section's document, even its toPoint,
      // would hold that section's trees while the next is parsed.
      const closing = checked && cap !== undefined ? omittedMessage(sectioned ? sectioned.end : pointsIn(String(file))(String(file).length), cap, omitted) : undefined
      if (closing) part.push(closing)
    }
    yield part
    section = next
  }
  return cap === undefined ? undefined : omitted
}

/** What the sections of one article share. */
interface ArticleState {
  file: VFile
  config: ResolvedConfig
  options: LintOptions
  enabled: EnabledRule[]
  timings: LintTimings | undefined
  sectioned: boolean
  /** Inline directives of the sections so far, in file positions: they reach into later sections. */
  directives: Directive[]
  /** Where each directive stands in the file, for the warnings about it. */
  directivePlaces: Map<Directive, Span>
  /** In a file of megabytes, where the first bad byte's U+FFFD stands. */
  encodingPlace: Span | undefined
  frontmatter: ProseDocument['frontmatter']
  sourceText: SourceText | SourceLookup | undefined
}

/**
 * Parse, build and check one section (the article's `index`th; the whole
 * article when it is one), held in `file` as a text of its own that starts
 * at `start` in the article: its messages in file order and file positions,
 * whether it could be checked, and whether the article stops here (it could
 * not be parsed).
 */
function checkSection(article: ArticleState, index: number, parse: () => ParsedMarkdown, file: VFile, start: Section['start']): {messages: Message[]; checked: boolean; stopped: boolean} {
  const {timings, options} = article
  const messages: Message[] = []
  const started = timings ? performance.now() : 0
  let parsed: ParsedMarkdown
  try {
    parsed = parse()
  } catch (error) {
    messages.push(uncheckable(error))
    return {messages, checked: false, stopped: true}
  }
  const {tree, frontmatterError} = parsed
  if (timings) timings.add(parseTimingId, performance.now() - started)
  // Front matter only ever opens the first section.
  if (index === 0) article.frontmatter = parsed.frontmatter
  if (frontmatterError) messages.push(engineMessage('front-matter', 'warning', `Front matter is not valid YAML: ${frontmatterError.reason}`))
  const building = timings ? performance.now() : 0
  let document: ProseDocument
  try {
    document = buildProse(tree, file, article.frontmatter)
  } catch (error) {
    messages.push(uncheckable(error))
    return {messages, checked: false, stopped: true}
  }
  if (timings) timings.add(proseTimingId, performance.now() - building)
  const moved = start.offset !== 0 || start.line !== 1 || start.column !== 1
  const move = (point: Point): Point => (moved ? movePoint(point, start) : point)
  // Inline directives reach into later sections: kept in file positions,
  // and given to this section's rules in its own.
  for (const directive of document.directives) {
    article.directivePlaces.set(directive, {start: move(document.toPoint(directive.offset)), end: move(document.toPoint(directive.end))})
    if (moved) shiftDirective(directive, start.offset, start.line - 1)
    article.directives.push(directive)
  }
  document.directives = moved ? article.directives.map((directive) => shiftDirective({...directive}, -start.offset, 1 - start.line)) : article.directives
  if (index === 0) {
    const encoding = encodingMessage(article.file, article.sectioned ? article.encodingPlace : document.toPoint)
    if (encoding) messages.push(encoding)
    const found = typeof options.source === 'function' ? options.source(article.file, article.frontmatter) : options.source
    if (found && typeof found === 'object' && found.path !== undefined) article.file.data.sourcePath = found.path
    article.sourceText = typeof found === 'string' ? {value: found} : found
    if (article.sourceText && 'problem' in article.sourceText) {
      messages.push(engineMessage('source', 'error', `Cannot read the source \`${article.sourceText.path}\`: ${article.sourceText.problem}`, move(document.toPoint(0))))
    } else if (article.sourceText && article.sectioned) {
      messages.push(engineMessage('source', 'warning', 'Not compared with the Chinese source: the file is too big to align with it', move(document.toPoint(0))))
    }
  }
  const {sourceText} = article
  const source = sourceText && 'value' in sourceText && !article.sectioned ? sourceDocument(sourceText.value, document, sourceText.path) : undefined
  for (const message of runRules(document, article.enabled, article.config.glossary, timings, source)) messages.push(moved ? moveMessage(message, start) : message)
  if (source) article.file.data.bilingual = bilingualPairs(source, document.blocks)
  options.onDocument?.(document, start.offset)
  return {messages, checked: true, stopped: false}
}

/** A point of a section's own text, moved to where the section starts in the file. */
function movePoint(point: Point, start: Section['start']): Point {
  const moved: Point = {line: point.line + start.line - 1, column: point.line === 1 ? point.column + start.column - 1 : point.column}
  if (point.offset !== undefined) moved.offset = point.offset + start.offset
  return moved
}

/** A message of a section's own text, its place and fix moved into the file. */
function moveMessage(message: Message, start: Section['start']): Message {
  const {place, fix} = message
  if (place) message.place = 'start' in place ? {start: movePoint(place.start, start), end: movePoint(place.end, start)} : movePoint(place, start)
  if (fix) message.fix = {...fix, range: [fix.range[0] + start.offset, fix.range[1] + start.offset]}
  return message
}

/** `directive` moved by `offset` characters and `lines` lines (its `used` shared with the original). */
function shiftDirective(directive: Directive, offset: number, lines: number): Directive {
  directive.offset += offset
  directive.end += offset
  directive.line += lines
  directive.endLine += lines
  return directive
}

/** The Chinese source of `document`, its paragraphs read with the article's Markdown parser; `path` only names it. */
export function sourceDocument(value: string, document: ProseDocument, path?: string): SourceDocument {
  return createSourceDocument(value, parseMarkdown(new VFile({value})).tree, document, path)
}

/** Warnings on directives naming unknown rules or, when asked, switching nothing off; messages then go back in file order. */
function reportDirectives(messages: Message[], article: ArticleState, reportUnused: boolean): void {
  const problems = directiveProblems(article.directives, [...rulesById.keys()], new Set(article.enabled.map(({rule}) => rule.id)), reportUnused)
  if (problems.length === 0) return
  for (const {directive, reason} of problems) messages.push(engineMessage(directiveId, 'warning', reason, article.directivePlaces.get(directive)!))
  const offset = (message: Message) => (message.place && 'start' in message.place ? message.place.start.offset ?? 0 : -1)
  messages.sort((a, b) => offset(a) - offset(b))
}

/** Too deeply nested or too big to parse: one fatal message on the file, never a crash of the run. */
function uncheckable(error: unknown): Message {
  if (!(error instanceof UncheckableError || error instanceof RangeError)) throw error
  const reason = error instanceof UncheckableError ? error.message : `a block in it is too long or nested too deeply to check (${error.message})`
  return engineMessage(parseErrorId, 'error', `Cannot check this file: ${reason}`, {line: 1, column: 1})
}

/** Where the first bad byte's U+FFFD stands in `text` (see InvalidUtf8), if the file has one. */
function encodingOffset(invalid: InvalidUtf8 | undefined, text: string): number | undefined {
  if (!invalid) return undefined
  let at = -1
  for (let index = 0; index <= invalid.replacement; index++) {
    at = text.indexOf('\uFFFD', at + 1)
    if (at === -1) return undefined
  }
  return at
}

/**
 * The warning for a file decoded with replacement characters (see
 * io/read.ts), placed on the first one: found with `place`, a point of the
 * text, or given (a file of megabytes).
 */
function encodingMessage(file: VFile, place: ((offset: number) => Point) | Span | undefined): Message | undefined {
  const invalid = file.data.invalidUtf8
  if (!invalid || !place) return undefined
  let span: Span
  if (typeof place === 'function') {
    const at = encodingOffset(invalid, String(file))
    if (at === undefined) return undefined
    span = {start: place(at), end: place(at + 1)}
  } else span = place
  const byte = `0x${invalid.byte.toString(16).toUpperCase().padStart(2, '0')}`
  const message = engineMessage(encodingId, 'warning', `Not valid UTF-8: byte \`${byte}\` and any other bad bytes were read as \`\uFFFD\`; save the file as UTF-8`, span)
  message.actual = '\uFFFD'
  message.note = `The first bad byte is at byte ${invalid.byteOffset} of the file. The rest of the article was checked; --fix leaves the file as it is.`
  return message
}

export interface ArticleOptions {
  /** Run only these rule ids. */
  only?: readonly string[] | undefined
  /**
   * The Chinese source text; `false` never looks for one; undefined looks
   * for it as the command line does (front matter `source:`, or
   * story.zh.md beside story.md) when the file has a path.
   */
  source?: string | false | undefined
  /** Apply the fixes of fixable findings to `file.value` (up to 10 passes) first. */
  fix?: boolean | undefined
  /** Keep a file's first this many findings (see LintOptions); undefined: all. */
  maxFindings?: number | undefined
  /** Without `fix`, each prose document of the check in file order, as LintOptions.onDocument (a fix's passes build many). */
  onDocument?: LintOptions['onDocument'] | undefined
}

/**
 * lintArticle's messages without fixing, part by part (see lintParts): what
 * the command line reports as it comes.
 */
export function lintArticleParts(file: VFile, config: ResolvedConfig, options: Omit<ArticleOptions, 'fix'> = {}): Generator<Message[], SeverityCounts | undefined> {
  return lintParts(file, config, articleLintOptions(file, options))
}

/** How a file of megabytes on disk is linted (see lintFileParts). */
export type FileParts = {problem: string} | {whole: true} | {facts: DecodedFacts; parts: Generator<Message[], SeverityCounts | undefined>}

/**
 * lintArticleParts for a file on disk read a piece at a time, never held
 * whole: for a file of megabytes (over `partSize` characters), the messages
 * lintArticleParts gives for its text held whole, part by part. `file`
 * names it (its value is not read) and is given its decoding (see
 * io/read.ts). `whole` when the file is no longer than a part, to be read
 * and linted whole; a problem when its bytes are not an article.
 */
export function lintFileParts(file: VFile, reader: FileReader, config: ResolvedConfig, options: Omit<ArticleOptions, 'fix'> = {}): FileParts {
  const disk = sectionsOnDisk(reader)
  if ('problem' in disk) return disk
  const {facts} = disk
  if (facts.length <= partSize) return {whole: true}
  file.data.bom = facts.bom
  file.data.encoding = facts.encoding
  if (facts.invalidUtf8) file.data.invalidUtf8 = {byte: facts.invalidUtf8.byte, byteOffset: facts.invalidUtf8.byteOffset, replacement: facts.invalidUtf8.replacement}
  if (disk.nesting !== undefined) {
    const refused = disk.nesting
    return {facts, parts: (function* () {
      yield [uncheckable(new UncheckableError(refused))]
      return undefined
    })()}
  }
  return {facts, parts: lintSections(file, config, articleLintOptions(file, options), disk.sectioned)}
}

/** The lint options of an article: the source given, or looked up once from the file's place and front matter. */
function articleLintOptions(file: VFile, options: Omit<ArticleOptions, 'fix'>): LintOptions {
  const article = file.path ? resolve(file.cwd, file.path) : undefined
  // Looked up once: fixes never touch the front matter that may name it.
  let found: SourceLookup | undefined
  let looked = false
  const source =
    options.source === false
      ? undefined
      : options.source ??
        (article
          ? (_: VFile, frontmatter: Record<string, unknown> | undefined) => {
              if (!looked) found = findSource(article, frontmatter)
              looked = true
              return found
            }
          : undefined)
  return {...(options.only ? {only: options.only} : {}), ...(source ? {source} : {}), ...(options.onDocument ? {onDocument: options.onDocument} : {}), maxFindings: options.maxFindings}
}

export interface ArticleResult {
  /** What is left after fixing, if asked. */
  messages: Message[]
  /** With `fix`: how many passes changed the text. */
  fix?: FixOutcome
}

/** Lint the article in `file`, fixing it in place first when asked: what every way in calls. */
export function lintArticle(file: VFile, config: ResolvedConfig, options: ArticleOptions = {}): ArticleResult {
  const lintOptions = articleLintOptions(file, options)
  if (!options.fix) return {messages: lintMessages(file, config, lintOptions)}
  const pass = (target: VFile): {messages: Message[]; ranges: ProseRanges} => {
    let ranges: ProseRanges = []
    // One document, or one for each section of a file of megabytes, in file order (a section's ranges in its own text).
    const messages = lintMessages(target, config, {...lintOptions, onDocument: (document, offset) => (ranges = [...ranges, ...proseRanges(document).map(([from, to]) => [from + offset, to + offset] as const)])})
    return {messages, ranges}
  }
  const {messages, ...fix} = fixVFile(file, pass)
  return {messages, fix}
}

/** Lint `file` and add its messages to `file.messages` as vfile messages: the Node API's shape. */
export function lintVFile(file: VFile, config: ResolvedConfig, options: LintOptions = {}): VFile {
  return addVFileMessages(file, lintMessages(file, config, options))
}

/** Add `messages` to `file.messages` as vfile messages, once, at the Node API's edge. */
export function addVFileMessages(file: VFile, messages: readonly Message[]): VFile {
  // A vfile message is an Error, and each one would capture a stack trace that no one reads.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    for (const data of messages) {
      const message = file.message(data.reason, {place: data.place, ruleId: data.ruleId, source: messageSource})
      message.fatal = data.severity === 'error' ? true : data.severity === 'warning' ? false : undefined
      if (data.url) message.url = data.url
      if (data.actual !== undefined) message.actual = data.actual
      if (data.expected) message.expected = data.expected
      if (data.note) message.note = data.note
      if (data.fix) message.fix = data.fix
    }
  } finally {
    Error.stackTraceLimit = limit
  }
  return file
}
