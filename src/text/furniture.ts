// Page furniture: the lines a web page wraps round an article, pasted in
// with it — breadcrumbs ("Home >> News >> Company News"), credits ("Author:
// admin", "Translator: Tu Shi"), counters and stamps ("Hits: 519 Time:
// 2022-07-01"), list and sharing controls ("Back to list", "• facebook"),
// and notices that the text was translated by machine. Such a line is short,
// made of labels and values, separators or counters, and holds no sentence.
// boilerplate reports it for deletion; the spacing rules leave it alone, as
// no space put right there makes it publishable.

import {withoutEdgeMarks} from './scans.js'

export type FurnitureKind = 'breadcrumb' | 'credit' | 'page details' | 'counter or date stamp' | 'page control' | 'machine-translation notice'

export interface Furniture {
  kind: FurnitureKind
  /**
   * Only a credit that names someone ("Author: Lin Ao") is uncertain: a
   * byline may be wanted where the desk keeps one. The rest is deleted.
   */
  certain: boolean
}

/**
 * Full-width ASCII (U+FF01–FF5E: "Source：", "ＡＢ") and Chinese brackets as
 * their ASCII forms, one character for one, so offsets stay the same.
 */
export function halfWidth(line: string): string {
  return line.replace(/[\uFF01-\uFF5E【】]/gu, (char) =>
    char === '【' ? '[' : char === '】' ? ']' : String.fromCharCode(char.charCodeAt(0) - 0xfee0)
  )
}

const wordsIn = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? []

/** Longer lines are prose. */
const longestLine = 320

/** What a line of furniture is, or undefined for a line of the article. */
export function furnitureOf(line: string): Furniture | undefined {
  // Thirty words take fewer characters: a paragraph of prose is out at once.
  if (line.length > longestLine) return undefined
  const text = withoutEdgeMarks(halfWidth(line))
  if (text === '' || !mayBeFurniture(text)) return undefined
  const words = wordsIn(text)
  if (words.length > 30) return undefined
  if (isTranslationNotice(text, words.length)) return {kind: 'machine-translation notice', certain: true}
  if (words.length > 16) return undefined
  if (isBreadcrumb(text)) return {kind: 'breadcrumb', certain: true}
  if (isPageControl(text)) return {kind: 'page control', certain: true}
  if (isStamp(text)) return {kind: 'counter or date stamp', certain: true}
  return labelled(text)
}

/**
 * What every kind of furniture holds: a label's colon or semicolon, a
 * breadcrumb's angle mark or slash, "translat…", a date in figures, or the
 * words of a page control. Most lines of prose hold none, and are turned
 * away before their words are counted.
 */
function mayBeFurniture(text: string): boolean {
  if (/[:;>»›→/]|translat/i.test(text) || numericDate.test(text)) return true
  const lower = text.toLowerCase()
  return controlWords.has(/[^\s|/,:·•]+/.exec(lower)?.[0] ?? '') || anyControlPhrase.test(lower)
}

/** "This article was translated by machine", "(Machine translation)". */
function isTranslationNotice(text: string, words: number): boolean {
  if (!/\b(?:machine[- ]translat|(?:automatic(?:ally)?|auto)[- ]translat|translated (?:automatically|by (?:a )?machine|by google|with google)|google translat)/i.test(text)) return false
  // A short label, or a sentence about this very text; not news about machine translation.
  return words <= 6 || /\b(?:this|the following|below)\b[^.]{0,40}\b(?:article|page|text|content|news|story|website)\b|for reference only|accuracy/i.test(text)
}

/** What a breadcrumb's first step is called. */
const homeStep = /^(?:home ?page|home|index|main page|首页|主页)$/i
/** What a site puts before its breadcrumb. */
const locationLabel = /^(?:current location|current position|your location|your position|location|position|you are here|where you are|当前位置|您的位置)\s*[:：>]\s*/i

/** "Home >> News >> Company News", "Location:HomePage>Sidelights", ">> old >> Investment". */
function isBreadcrumb(text: string): boolean {
  const labelled = locationLabel.exec(text)
  const rest = labelled ? text.slice(labelled[0].length) : text
  const angled = /[>»›→]/.test(rest)
  if (!angled && !/\//.test(rest)) return false
  const steps = rest.split(angled ? /\s*(?:>>?|»|›|→)\s*/ : /\s*\/\s*/)
  const named = steps.filter((step) => step !== '')
  if (named.length === 0) return labelled !== null
  // Each step a short name, none a sentence or a figure ("revenue > 5 million");
  // the last may be the article's own title.
  const short = (step: string, index: number) => wordsIn(step).length <= (index === named.length - 1 ? 16 : 5)
  if (!named.every((step, index) => short(step, index) && !/[.!?;,]$/.test(step) && !/^[\d\s.,%]+$/.test(step))) return false
  if (labelled || homeStep.test(named[0]!) || (angled && /^\s*(?:>>?|»)/.test(rest))) return true
  // ">>" and "»" between three steps: prose has no use for them.
  if (named.length >= 3 && /\s*(?:>>|»)\s*/.test(rest)) return true
  // Without a label or a home step: three or more steps, each capitalised, joined by angle marks.
  return angled && named.length >= 3 && named.every((step) => /^[\p{Lu}\d]/u.test(step))
}

/** Words of sharing buttons, list navigation, language and font-size switches. */
const controlPhrases = [
  'back to list', 'return to list', 'back to top', 'return to top', 'back to home', 'return home', 'previous article',
  'next article', 'previous page', 'next page', 'previous post', 'next post', 'previous news', 'next news',
  'recently viewed', 'related products', 'related news', 'related articles', 'share to', 'share this', 'share on',
  'print this page', 'close window', 'read more', 'more news', 'font size', 'text size', 'simplified chinese',
  'traditional chinese'
]
const anyControlPhrase = new RegExp(controlPhrases.join('|'))
const controlWords = new Set([
  'facebook', 'twitter', 'linkedin', 'weibo', 'wechat', 'qq', 'qzone', 'whatsapp', 'telegram', 'reddit', 'pinterest',
  'youtube', 'instagram', 'email', 'e-mail', 'print', 'share', 'close', 'previous', 'prev', 'next', 'more', 'back',
  'top', 'english', 'chinese', 'en', 'cn', 'zh', '中文', '简体', '繁体', '繁體', '简体中文', '繁體中文', 'l', 'm', 's',
  'small', 'middle', 'medium', 'large', 'big', 'a', 'a+', 'a-', 'x', 'size', 'font', 'fonts'
])

/** "Back to list", "• facebook", "中文 | English", "L M S", "Previous: <a title>". */
function isPageControl(text: string): boolean {
  const lower = text.toLowerCase()
  // "Previous: …", "Next article: …": a link to another article.
  if (/^(?:previous|prev|next|上一篇|下一篇)(?: (?:article|page|post|news|one))?\s*[:：]/.test(lower)) return true
  let rest = lower
  // Without a phrase in the line, none appears as they are taken out.
  if (anyControlPhrase.test(lower)) for (const phrase of controlPhrases) rest = rest.split(phrase).join(' ')
  const tokens = rest.split(/[\s|/,:·•]+/).filter(Boolean)
  if (tokens.length === 0) return rest !== lower
  return tokens.every((token) => controlWords.has(token)) && (rest !== lower || tokens.some((token) => token.length > 2))
}

/** A date written in figures: 2022-07-01, 2006 - 08 - 11, 2020/8/28, 2019.11.21. */
const numericDate = /\b\d{4}\s*([-/.])\s*\d{1,2}\s*\1\s*\d{1,2}\b/
/** A time of day in figures. */
const clock = /\b\d{1,2}\s*:\s*\d{2}(?:\s*:\s*\d{2})?\b/g
/** Words that go with a stamp. */
const stampWords = new Set(['today', 'is', 'by', 'on', 'at', 'date', 'time', 'posted', 'published', 'updated', 'am', 'pm'])
/** A view counter's label, with its count. */
const counter = /\b(?:hits|views|page ?views|clicks?|reads|visits|browses?|browse times|browser times|times read|read count|浏览次数|点击数|阅读)\s*[:：]/i

/** "Hits: 519 Time: 2022-07-01", "2022-05-28 0 By", "Today is 2020-8-28", "2022-10-11 00:00:00". */
function isStamp(text: string): boolean {
  if (counter.test(text) && wordsIn(text).length <= 14) return true
  if (!numericDate.test(text)) return false
  const rest = text.replace(new RegExp(numericDate.source, 'g'), ' ').replace(clock, ' ')
  const words = wordsIn(rest).filter((word) => !/^\d+$/.test(word))
  return words.length <= 3 && words.every((word) => stampWords.has(word.toLowerCase()))
}

/** Labels of the lines a page puts round an article, by what they say. */
const metaLabels = [
  'source of information get from', 'source of information', 'sources', 'source', 'from', 'release time', 'release date',
  'publish time', 'publish date', 'publication date', 'published on', 'published', 'publictime', 'posted on', 'post time',
  'issue time', 'update time', 'updated', 'last updated', 'date', 'time', 'column', 'category', 'section', 'tags', 'keywords',
  'font', 'fonts', 'font size', 'size', '来源', '发布时间', '时间', '作者', '编辑'
]
const creditLabels = [
  'posted by', 'post by', 'published by', 'author', 'authors', 'writer', 'writers', 'write', 'written by', 'editor', 'editors',
  'edited by', 'chief editor', 'responsible editor', 'executive editor', 'translator', 'translated by', 'reviewed by',
  'reviewer', 'supervised by', 'proofread by', 'proofreader', 'checked by', 'reporter', 'reporters', 'reported by',
  'correspondent', 'journalist', 'contributor', 'contributed by', 'photographer', 'photo by', 'photos by', 'chinese source'
]
const labelPattern = (labels: string[]) => `(?:${[...labels].sort((a, b) => b.length - a.length).join('|')})`
/** Every `Label:` (or `Label;`) of a line, at its start or after a space or bracket. */
const fields = new RegExp(`(?:^|(?<=[\\s[(]))(${labelPattern([...metaLabels, ...creditLabels])})\\s*[:：;]\\s*`, 'gi')
const credit = new RegExp(`^${labelPattern(creditLabels)}$`, 'i')
/** A site's address before a bar: "en.example.gov.cn| Updated: …". */
const siteFirst = /^[\w-]+(?:\.[\w-]+)*\.(?:com|cn|net|org|gov|edu)\S*\s*[|丨]\s*/i

/**
 * "Source: cnu Clicks: Size: small middle big", "Author: admin",
 * "Translator: Tu Shi", "From; Author:Stand originally". A line that
 * starts with a label and whose values hold no sentence.
 */
function labelled(line: string): Furniture | undefined {
  const text = line.replace(siteFirst, '')
  const found = [...text.matchAll(fields)]
  if (found.length === 0 || found[0]!.index !== 0) return undefined
  const labels = found.map((match) => match[1]!.toLowerCase())
  const values = found.map((match, index) => text.slice(match.index + match[0].length, found[index + 1]?.index ?? text.length))
  // A value that is a sentence makes the line prose: "Source: the ministry said on Monday that …".
  const sentence = (value: string) => {
    const words = (value.match(/\p{L}+/gu) ?? []).length
    return words > 6 || (words > 3 && /[.!?]["”]?$/.test(value.trim()))
  }
  if (values.some(sentence)) return undefined
  // "Source: "2023 Returnee Employment Survey Report"": a cited document, not the page's source line.
  if (labels.length === 1 && /^["“]/.test(values[0]!.trim())) return undefined
  const credits = labels.filter((label) => credit.test(label))
  // A credit naming someone, and nothing else on the line, may be a byline the desk keeps.
  const named = credits.length === labels.length && values.every((value) => isPersonName(value))
  if (credits.length > 0) return {kind: 'credit', certain: !named}
  return {kind: 'page details', certain: true}
}

/** "Lin Ao", "Zeng Linji": two to four capitalised words, no figures, not a site account. */
function isPersonName(value: string): boolean {
  const words = value.trim().split(/[\s,、]+/).filter(Boolean)
  return words.length >= 1 && words.length <= 4 && words.every((word) => /^\p{Lu}[\p{Ll}'’-]*$/u.test(word)) && !/^(?:admin|administrator|webmaster)$/i.test(value.trim())
}

/** Whether the line of `text` that holds `index` is furniture: the spacing rules leave such a line alone. */
export function onFurnitureLine(text: string, index: number): boolean {
  const start = text.lastIndexOf('\n', index - 1) + 1
  const end = text.indexOf('\n', index)
  return furnitureOf(text.slice(start, end === -1 ? text.length : end)) !== undefined
}
