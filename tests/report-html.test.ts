/// <reference lib="dom" />
// The html report: self-contained, every text escaped, findings marked in
// place; and in a real browser (Debian's chromium through puppeteer-core):
// the index, the filters, next/previous with the keyboard, the tooltip, the
// bilingual view. Screenshots go to $COPYDESK_SCREENSHOTS or a folder in the
// system's temporary directory. Without Chromium the browser tests skip and
// say so.
import assert from 'node:assert/strict'
import {existsSync, mkdirSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {after, before, test} from 'node:test'
import type {Browser, Page} from 'puppeteer-core'
import {VFile} from 'vfile'
import {escapeHtml, formatHtml} from '../src/report/html.js'
import {reportFile} from './report-file.js'
import {run, workspace} from './cli-run.js'

/** A mark's icon. */
const icons = /<span class="icon" aria-hidden="true">.<\/span>/g

const hostileName = '<script>window.pwned=1</script>.md'

const articles = {
  // Bilingual: the figure and the name disagree with the source beside it.
  'plant.md': 'The mayor Wang Jianguo visited the plant on Monday.The plant made 12,000 tonnes of aluminum in the first half.\n\nWang said the plant will hire more workers next year.\n',
  'plant.zh.md': '市长王建国周一视察了工厂。该厂上半年生产铝1.3万吨。\n\n王建国表示，该厂明年将招聘更多工人。\n',
  [hostileName]: 'The council met on Friday.It voted <img src=x onerror="window.pwned=2"> to build a bridge.\n\nReprint Statement: all rights reserved.\n',
  'clean.md': 'The council met again on Tuesday and adjourned.\n'
}

/** $CHROMIUM_PATH when set (to run the tests without a browser: set it to a path that does not exist), else Debian's and others' usual places. */
function findChromium(): string | undefined {
  const given = process.env['CHROMIUM_PATH']
  const candidates = given ? [given] : ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
  return candidates.find((path) => existsSync(path))
}

test('html: escapes every text from files and messages, and fetches nothing', () => {
  assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;')
  const file = new VFile({path: '<b>odd</b>.md', value: 'A <i>tag</i>.Then more.\n'})
  const message = file.message('Odd `<script>` here', {place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 2, offset: 1}}, ruleId: 'x<y'})
  message.fatal = true
  message.expected = ['"quoted" & <b>']
  const page = formatHtml([reportFile(file)])
  assert.equal(page.match(/<script/g)?.length, 1, 'only the report’s own script')
  assert.doesNotMatch(page, /<i>|<b>|<link|\ssrc=|@import|url\(/)
  assert.match(page, /&#60;b&#62;odd&#60;\/b&#62;\.md/)
  assert.match(page, /Odd `&#60;script&#62;` here/)
  assert.match(page, /<q>&#34;quoted&#34; &#38; &#60;b&#62;<\/q>/)
  assert.match(page, /data-rule="x&#60;y"/)
  // The marked text reads as the file does once the marks are taken out.
  const text = page.match(/<pre class="text" lang="en">([\s\S]*?)<\/pre>/)![1]!
  assert.equal(text.replace(icons, '').replace(/<\/?mark[^>]*>/g, ''), escapeHtml(String(file.value)))
})

test('html: overlapping findings split the text; each keeps an anchor; a point is an empty mark', () => {
  const file = new VFile({path: 'a.md', value: 'abcdefghij\n'})
  const add = (start: number, end: number, fatal: boolean | undefined, ruleId: string) => {
    const m = file.message(ruleId, {place: {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: end + 1, offset: end}}, ruleId})
    m.fatal = fatal
  }
  add(2, 6, false, 'w')
  add(4, 8, true, 'e')
  add(9, 9, undefined, 'p')
  const page = formatHtml([reportFile(file)])
  const text = page.match(/<pre class="text" lang="en">([\s\S]*?)<\/pre>/)![1]!.replace(icons, '')
  assert.equal(
    text.replace(/ (?:tabindex|data-finding|data-rule|data-severity|data-rules|data-severities|aria-describedby)="[^"]*"/g, ''),
    'ab<mark class="sev-warning anchor" id="a1-f1" data-findings="a1-f1">cd</mark>' +
      '<mark class="sev-error anchor" id="a1-f2" data-findings="a1-f1 a1-f2">ef</mark>' +
      '<mark class="sev-error" data-findings="a1-f2">gh</mark>i' +
      '<mark class="sev-info anchor point" id="a1-f3" data-findings="a1-f3"></mark>j\n'
  )
})

test('html: bilingual rows pair the English with its Chinese; what a source check quotes is marked there, a dropped paragraph on its own row', () => {
  const value = 'It made 12,000 tonnes.\n\nThe mayor left.\n'
  const file = new VFile({path: 'b.md', value})
  const at = (start: number, end: number) => ({start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: end + 1, offset: end}})
  const figure = file.message("`12,000` does not match the source's `1.3万`, expected `13,000`", {place: at(8, 14), ruleId: 'number-mismatch'})
  figure.fatal = true
  const dropped = file.message('The source has a paragraph here with no translation: “市长说明年再来…”', {place: at(24, 39), ruleId: 'dropped-content'})
  dropped.fatal = false
  file.data.bilingual = [
    {source: ['该厂生产了1.3万吨。'], target: [0, 22]},
    {source: ['市长说明年再来看看<b>。'], target: null},
    {source: ['市长离开了。'], target: [24, 39]}
  ]
  const page = formatHtml([reportFile(file)])
  const rows = [...page.matchAll(/<div class="pair([^"]*)" role="row">([\s\S]*?)<\/div><\/div>/g)].map(([, missing, row]) => [
    missing,
    row!.replace(icons, '').replace(/<mark class="sev-(\w+)[^"]*"[^>]*>/g, '[$1:').replace(/<\/mark>/g, ']').replace(/<[^>]+>/g, '|').replace(/\|+/g, '|')
  ])
  assert.deepEqual(rows, [
    ['', '|It made [error:12,000] tonnes.|该厂生产了[error:1.3万]吨。|'],
    [' missing', '|No English for this paragraph.|[warning:市长说明年再来]看看&#60;b&#62;。|'],
    ['', '|[warning:The mayor left.]\n|市长离开了。|']
  ])
})

let browser: Browser | undefined
let report: string | undefined
const chromium = findChromium()
const screenshots = process.env['COPYDESK_SCREENSHOTS'] ?? join(tmpdir(), 'copydesk-screenshots')

before(async () => {
  if (!chromium) return
  const dir = workspace(articles)
  const result = await run(['--format', 'html', '--output-file', 'report.html', '.'], dir)
  assert.equal(result.code, 1)
  assert.equal(result.stderr, '')
  report = join(dir, 'report.html')
  const puppeteer = await import('puppeteer-core')
  browser = await puppeteer.launch({executablePath: chromium, headless: true, args: ['--no-sandbox', '--disable-gpu']})
  mkdirSync(screenshots, {recursive: true})
})

after(async () => {
  await browser?.close()
})

async function open(t: {skip(message: string): void; diagnostic(message: string): void}): Promise<Page | undefined> {
  if (!browser || !report) {
    t.skip(`no Chromium at ${process.env['CHROMIUM_PATH'] || '/usr/bin/chromium'} (apt-get install chromium, or set CHROMIUM_PATH): browser test skipped`)
    return undefined
  }
  const page = await browser.newPage()
  await page.setViewport({width: 1280, height: 900})
  // Nothing may leave the machine: any request but the file itself fails the test.
  const requests: string[] = []
  page.on('request', (request) => {
    if (request.url() !== `file://${report}`) requests.push(request.url())
  })
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.goto(`file://${report}`, {waitUntil: 'load'})
  assert.deepEqual(requests, [])
  assert.deepEqual(dialogs, [])
  return page
}

test('html in a browser: the index comes first, riskiest first, and sorts by any column', async (t) => {
  const page = await open(t)
  if (!page) return
  assert.equal(await page.$eval('main', (main) => main.firstElementChild?.id), 'index')
  const names = () => page.$$eval('table.index tbody th a', (links) => links.map((link) => link.textContent))
  const risks = await page.$$eval('table.index tbody tr td:nth-child(2)', (cells) => cells.map((cell) => Number(cell.textContent)))
  assert.deepEqual([...risks].sort((a, b) => b - a), risks)
  assert.equal(risks.at(-1), 0)
  assert.deepEqual((await names()).at(-1), 'clean.md')
  await page.click('button[data-sort="name"]')
  assert.deepEqual(await names(), ['clean.md', 'plant.md', hostileName].sort((a, b) => a.localeCompare(b)))
  assert.equal(await page.$eval('button[data-sort="name"]', (button) => button.parentElement!.getAttribute('aria-sort')), 'ascending')
  await page.click('button[data-sort="errors"]')
  assert.equal(await page.$eval('button[data-sort="errors"]', (button) => button.parentElement!.getAttribute('aria-sort')), 'descending')
  // Landmarks: the banner, the main content, the index as navigation, an aside per article.
  assert.deepEqual(await page.$$eval('header, main, nav, aside', (nodes) => [...new Set(nodes.map((node) => node.tagName.toLowerCase()))]), ['header', 'main', 'nav', 'aside'])
  // Printed: no toolbar or filters, the index and the articles stay.
  await page.emulateMediaType('print')
  const display = (selector: string) => page.$eval(selector, (node) => getComputedStyle(node).display)
  assert.equal(await display('header.banner'), 'none')
  assert.equal(await display('form.filters'), 'none')
  assert.notEqual(await display('table.index'), 'none')
  assert.notEqual(await display('aside.side'), 'none')
  await page.close()
})

test('html in a browser: a hostile file name and text stay text', async (t) => {
  const page = await open(t)
  if (!page) return
  assert.equal(await page.evaluate(() => (window as unknown as {pwned?: number}).pwned), undefined)
  assert.equal(await page.$$eval('script', (scripts) => scripts.length), 1)
  assert.equal(await page.$$eval('img', (images) => images.length), 0)
  const headings = await page.$$eval('article h2 .path', (paths) => paths.map((path) => path.textContent))
  assert.ok(headings.includes(hostileName))
  const texts = await page.$$eval('article', (list) => list.map((article) => [article.querySelector('.path')!.textContent, article.querySelector('pre.text')!.textContent]))
  assert.match(texts.find(([path]) => path === hostileName)![1]!, /It voted <img src=x onerror="window\.pwned=2"> to build/)
  await page.close()
})

test('html in a browser: marks match the side lists; filters hide by severity and rule', async (t) => {
  const page = await open(t)
  if (!page) return
  const anchors = await page.$$eval('mark.anchor', (marks) => marks.length)
  const items = await page.$$eval('li.finding', (list) => list.length)
  assert.equal(anchors, items)
  const total = items
  // Each mark is described by its side-list entry, which says the severity in words.
  const described = await page.$$eval('mark.anchor', (marks) => marks.map((mark) => document.getElementById(mark.getAttribute('aria-describedby')!)?.textContent?.trim().split(' ')[1]))
  assert.deepEqual([...new Set(described)].sort(), ['Error', 'Warning'])
  assert.equal(await page.$eval('#shown', (node) => node.textContent), `${total} of ${total} findings shown`)
  const errors = await page.$$eval('li.finding[data-severity="error"]', (list) => list.length)
  assert.ok(errors >= 2)
  await page.click('input[name="severity"][value="error"]')
  assert.equal(await page.$eval('#shown', (node) => node.textContent), `${total - errors} of ${total} findings shown`)
  assert.equal(await page.$$eval('li.finding[data-severity="error"]:not([hidden])', (list) => list.length), 0)
  assert.deepEqual(await page.$$eval('mark.anchor[data-severity="error"]', (marks) => [...new Set(marks.map((mark) => `${mark.className}|${mark.tabIndex}`))]), ['anchor off skipped|-1'])
  await page.click('input[name="severity"][value="error"]')
  await page.click('input[name="rule"][value="boilerplate"]')
  assert.equal(await page.$$eval('li.finding[data-rule="boilerplate"]:not([hidden])', (list) => list.length), 0)
  assert.equal(await page.$$eval('li.finding[data-rule="missing-space"]:not([hidden])', (list) => list.length), 2)
  await page.close()
})

test('html in a browser: j and k walk the findings in order; the tooltip tells what is wrong', async (t) => {
  const page = await open(t)
  if (!page) return
  const order = await page.$$eval('mark.anchor', (marks) => marks.map((mark) => mark.id))
  assert.ok(order.length >= 4)
  await page.keyboard.press('j')
  assert.equal(await page.evaluate(() => document.activeElement?.id), order[0])
  await page.keyboard.press('j')
  await page.keyboard.press('j')
  assert.equal(await page.evaluate(() => document.activeElement?.id), order[2])
  await page.keyboard.press('k')
  assert.equal(await page.evaluate(() => document.activeElement?.id), order[1])
  const tip = await page.$eval('#tip', (node) => ({hidden: (node as HTMLElement).hidden, text: node.textContent}))
  const reason = await page.$eval(`#${order[1]}-d .reason`, (node) => node.textContent!)
  assert.equal(tip.hidden, false)
  assert.ok(tip.text!.includes(reason), `${tip.text} ∌ ${reason}`)
  // The error filter off: navigation skips its findings.
  await page.click('input[name="severity"][value="error"]')
  const left = await page.$$eval('mark.anchor:not(.skipped)', (marks) => marks.map((mark) => mark.id))
  await page.focus('body')
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await page.click('#next')
  assert.ok(left.includes((await page.evaluate(() => document.activeElement?.id))!))
  await page.close()
})

test('html in a browser: the bilingual view marks the mismatch on both sides; screenshots', async (t) => {
  const page = await open(t)
  if (!page) return
  const plant = await page.$$eval('article .path', (paths) => paths.findIndex((path) => path.textContent === 'plant.md'))
  const article = `article:nth-of-type(${plant + 1})`
  const rows = await page.$$eval(`${article} .pair`, (pairs) => pairs.map((pair) => [pair.querySelector('.en')!.textContent!.trim().slice(0, 12), pair.querySelector('.zh')!.textContent!.trim().slice(0, 6)]))
  assert.deepEqual(rows, [
    ['The mayor Wa', '市长王建国周'],
    ['Wang said th', '王建国表示，']
  ])
  // A mark's own text, without its icon.
  const bare = (mark: Element) => {
    const copy = mark.cloneNode(true) as Element
    for (const extra of copy.querySelectorAll('.icon')) extra.remove()
    return copy.textContent
  }
  await page.evaluate(`window.bare = ${bare.toString()}`)
  const sourceMarks = await page.$$eval(`${article} .zh mark.source-mark`, (marks) => marks.map((mark) => [(window as unknown as {bare: typeof bare}).bare(mark), mark.getAttribute('data-rules')]))
  assert.deepEqual(sourceMarks, [['1.3万', 'number-mismatch']])
  const english = await page.$$eval(`${article} .en mark.anchor[data-rule="number-mismatch"]`, (marks) => marks.map((mark) => (window as unknown as {bare: typeof bare}).bare(mark)))
  assert.deepEqual(english, ['12,000'])
  // The first finding focused: its tooltip open, for the screenshot.
  await page.focus(`${article} mark.anchor[data-rule="number-mismatch"]`)
  const bilingual = join(screenshots, 'html-bilingual.png')
  await (await page.$(article))!.screenshot({path: bilingual})
  const hostile = await page.$$eval('article .path', (paths, name) => paths.findIndex((path) => path.textContent === name), hostileName)
  await page.focus(`article:nth-of-type(${hostile + 1}) mark.anchor`)
  const findings = join(screenshots, 'html-article.png')
  await (await page.$(`article:nth-of-type(${hostile + 1})`))!.screenshot({path: findings})
  // The top of the page: the banner, the index and the filters.
  await page.evaluate(() => window.scrollTo(0, 0))
  const index = join(screenshots, 'html-index.png')
  await page.screenshot({path: index})
  for (const path of [bilingual, findings, index]) assert.ok(readFileSync(path).length > 1000, path)
  t.diagnostic(`screenshots: ${bilingual}, ${findings}, ${index}`)
  await page.close()
})
