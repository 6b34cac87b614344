// Numbers in a Chinese source and in its English translation, read into
// comparable values: 1.2万 = 12,000; 3.5亿元 = 350 million; 百分之五 = 5%;
// 三分之一 = a third; 8月8日 = August 8; 2021年 = 2021; 十九大 = 19th; “十四五” =
// 14th (Five-Year Plan); 90年代 = the 1990s. On the English side: digits with
// thousands separators and decimals, scale words ("1.2 million", "$3bn"),
// number words ("twenty-five", "a dozen"), percentages, fractions, ordinals,
// dates and ranges ("3 to 5 million" is two numbers in millions).
//
// Each mention says whether it is `checked`: small counts (ten and below, in
// words or digits) are rendered too freely ("both", "a", "a couple", "first")
// to demand a match, so they only serve as matches for the other side; so do
// identifiers (COVID-19, G20, 5G) and clock times (15时 = 3 p.m.).

export type NumberKind = 'number' | 'percent' | 'fraction' | 'date' | 'month' | 'day'

export interface NumberMention {
  /** Index range in the text it was read from. */
  start: number
  end: number
  kind: NumberKind
  /** The values it stands for (more than one when ambiguous: 90年代 = 90 or 1990). */
  values: number[]
  /** The unit of its last written digit: "1.2 million" → 100,000; "350" → 1. */
  precision: number
  /** Month and day of a date, month or day mention. */
  month?: number
  day?: number
  /** Whether a missing counterpart is worth reporting. */
  checked: boolean
  /** A scale written after a Chinese number (万 = 10,000), which a range's first number shares: 3至5万. */
  scale?: number
}

// ————— Chinese —————

const chineseDigits: Record<string, number> = {零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9}
const chineseUnits: Record<string, number> = {十: 10, 百: 100, 千: 1000}
const bigUnits: Record<string, number> = {万: 1e4, 亿: 1e8}

/** 三千五百 → 3500, 十九 → 19, 一万二千 → 12000; undefined for runs that are not one number (十四五, 一二). */
export function parseChineseNumeral(text: string): number | undefined {
  if (/^[零〇一二三四五六七八九]{4}$/.test(text)) return Number([...text].map((c) => chineseDigits[c]).join('')) // 二〇二一
  let total = 0
  let section = 0
  let digit: number | undefined
  let lastUnit = Infinity
  let lastBig = Infinity
  let previousWasDigit = false
  for (const char of text) {
    if (char in chineseDigits) {
      // Two digits in a row are a list (一二线), except after 零 (一千零五).
      if (previousWasDigit && digit !== 0) return undefined
      digit = chineseDigits[char]
      previousWasDigit = true
    } else if (char in chineseUnits) {
      const unit = chineseUnits[char]!
      if (unit >= lastUnit) return undefined
      section += (digit ?? 1) * unit
      lastUnit = unit
      digit = undefined
      previousWasDigit = false
    } else if (char in bigUnits) {
      const big = bigUnits[char]!
      if (big >= lastBig && !(big === 1e8 && lastBig === 1e4)) return undefined
      const amount = section + (digit ?? 0)
      if (big === 1e8 && lastBig === 1e4) total = (total + amount) * big // 万亿
      else total += (amount === 0 && total === 0 ? 1 : amount) * big
      section = 0
      digit = undefined
      lastUnit = Infinity
      lastBig = big
      previousWasDigit = false
    } else {
      return undefined
    }
  }
  return total + section + (digit ?? 0)
}

const numeralClass = '零〇一二两三四五六七八九十百千万亿'
const arabic = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`
const cjkNumeral = `[${numeralClass}]+`
/**
 * A number in digits or Chinese numerals with what follows it: an
 * approximation (30多, 8000余), a scale (3.5亿, 3千万; not the 千 of 千瓦 or
 * 千米), the digits after a scale (2万4801), then a unit that says what
 * kind of number it is.
 */
const chineseNumber = new RegExp(
  String.raw`(?<percentWord>百分之)?(?:(?<digits>${arabic})|(?<numeral>${cjkNumeral}))(?<approx>[多余几]?)\s?(?<scale>万亿|[十百千]?[万亿]|[十百千](?![瓦克米卡]))?(?<rest>(?<=[万亿])\d{1,4}(?![\d.]))?(?:\s?(?<after>%|个?百分点|分之(?:${arabic}|${cjkNumeral})|成(?![为功立员本果绩不])|世纪|年代|年|后|月(?:\s?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s?[日号])?|日|小时|[时点](?!钟头)|:\d\d|岁|周年|届|大|[亩斤里]))?`,
  'gu'
)

/** Full-width digits and signs as ASCII (one character for one, so indexes are kept). */
export function normalizeWidth(text: string): string {
  return text.replace(/[０-９．，％：]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
}

/**
 * Values of a Chinese numeral; two for a spoken range, two neighbouring
 * digits at its start or after a unit (五六百 = 500 or 600, 三十五六 = 35 or
 * 36, 一万六七千 = 16,000 or 17,000).
 */
function chineseNumeralValues(text: string): number[] {
  const {before = '', low = '', high = '', after = ''} = /^(?<before>(?:.*[十百千万亿])?)(?<low>[一二三四五六七八九])(?<high>[二三四五六七八九])(?<after>.*)$/u.exec(text)?.groups ?? {}
  if (low && chineseDigits[high] === chineseDigits[low]! + 1) {
    const values = [parseChineseNumeral(before + low + after), parseChineseNumeral(before + high + after)]
    return values.every((v) => v !== undefined) ? (values as number[]) : []
  }
  const value = parseChineseNumeral(text)
  return value === undefined ? [] : [value]
}

/** The numbers of a Chinese text. */
export function chineseNumbers(raw: string): NumberMention[] {
  const text = normalizeWidth(raw)
  const mentions: NumberMention[] = []
  // “十四五”, 十三五规划: a plan by its ordinal.
  for (const match of text.matchAll(/十([一二三四五])五(?=规划|时期|期间|[”"」]|末|以来|开局|发展|计划)/gu)) {
    mentions.push(plain(match.index, match.index + match[0].length, 10 + chineseDigits[match[1]!]!, 1, true))
  }
  for (const match of text.matchAll(chineseNumber)) {
    const g = match.groups!
    const start = match.index
    const end = start + match[0].length
    if (mentions.some((m) => m.start <= start && start < m.end)) continue
    const before = text[start - 1] ?? ''
    // Glued to letters or a dot (G20, COVID-19, 5G, www.12377.cn): an identifier, not a quantity.
    const identifier =
      /[A-Za-z./]/.test(before) || (before === '-' && /[A-Za-z]/.test(text[start - 2] ?? '')) || /^(?:[A-Za-z]|[./][A-Za-z\d])/.test(text.slice(end))
    const fromDigits = g['digits'] !== undefined
    let values = fromDigits ? [Number(g['digits']!.replace(/,/g, ''))] : chineseNumeralValues(g['numeral']!)
    if (values.length === 0) continue
    const spokenRange = values.length > 1
    const decimals = fromDigits ? (g['digits']!.split('.')[1]?.length ?? 0) : 0
    let precision = 10 ** -decimals
    const scale = g['scale'] ? [...g['scale']].reduce((product, char) => product * (chineseUnits[char] ?? bigUnits[char]!), 1) : undefined
    if (scale !== undefined) {
      // 2万4801 = 24,801; but 75万7 = 757,000 (the digits after the scale continue it).
      const rest = g['rest'] ? (Number(g['rest']) * scale) / 10 ** g['rest'].length : 0
      values = values.map((v) => v * scale + rest)
      precision = g['rest'] ? scale / 10 ** g['rest'].length : precision * scale
    }
    if (!fromDigits) precision = precisionOf(values[0]!)
    // A spoken range's ends are whole figures, not a finer one rounded: 五六万 read as 56,000 is a misreading.
    if (spokenRange) precision = 1
    const value = values[0]!
    const after = g['after'] ?? ''
    // Only digits make a number worth checking: 千方百计 and 成千上万 are idioms.
    const hasDigitChar = fromDigits || /[零〇一二两三四五六七八九]/.test(g['numeral']!)
    const strong = hasDigitChar && !identifier && !spokenRange
    const push = (mention: Omit<NumberMention, 'start' | 'end'>) => mentions.push({start, end, ...mention})

    if (after.startsWith('分之')) {
      const numerator = parseNumber(after.slice(2))
      if (numerator === undefined || value === 0 || g['percentWord']) continue
      push({kind: 'fraction', values: [numerator / value], precision: 0.01, checked: strong})
    } else if (g['percentWord'] || after === '%' || after.endsWith('百分点')) {
      push({kind: 'percent', values, precision, checked: strong})
    } else if (after === '成') {
      // 七成 = 70%.
      push({kind: 'percent', values: values.map((v) => v * 10), precision: 10, checked: strong})
    } else if (after.startsWith('月') && values.every((v) => Number.isInteger(v) && v >= 1 && v <= 12) && !g['scale'] && !g['approx']) {
      const day = after.length > 1 ? parseNumber(after.slice(1, -1).trim()) : undefined
      // A dateline (北京7月26日电) is often dropped or reworded by translators.
      const checked = strong && text[end] !== '电'
      for (const month of values) {
        if (day !== undefined && day >= 1 && day <= 31) push({kind: 'date', values: [day], precision: 1, month, day, checked})
        else mentions.push({start, end: end - after.length + 1, kind: 'month', values: [month], precision: 1, month, checked})
      }
    } else if (after === '日' && Number.isInteger(value) && value >= 1 && value <= 31 && !g['scale'] && before !== '第') {
      // A day without a month (26日 = on the 26th) is often rendered as a weekday or left out: only a match.
      push({kind: 'day', values: [value], precision: 1, day: value, checked: false})
    } else if (/^[时点]$|^:/.test(after) || /[时点:]/.test(before) || (after === '小时' && value === 24)) {
      // Clock times (15时 is 3 p.m., 19时54分) and 24小时 ("around the clock"): only a match for the other side.
      push({kind: 'number', values, precision, checked: false})
    } else if (after === '年代' || (after === '后' && value >= 0 && value < 100 && value % 10 === 0)) {
      // 90年代 / 90后: the 1990s.
      push({kind: 'number', values: values.flatMap((v) => [v, 1900 + v, 2000 + v]), precision: 1, checked: strong})
    } else if (after === '世纪') {
      // 20世纪80年代 is "the 1980s": the century is not written.
      push({kind: 'number', values, precision, checked: strong && !/^\s?(?:\d\d|[一二三四五六七八九十]+)年代/.test(text.slice(end))})
    } else if (/^[亩斤里]$/.test(after)) {
      // Traditional units are usually converted (6000亩 = 400 hectares).
      push({kind: 'number', values, precision, checked: false})
    } else {
      push({kind: 'number', values, precision, checked: strong && (value > 10 || !Number.isInteger(value)), scale})
    }
  }
  mentions.sort((a, b) => a.start - b.start)
  // 3至5万: the first number is in ten-thousands too.
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [first, second] = [mentions[i]!, mentions[i + 1]!]
    if (first.kind !== 'number' || first.scale || !second.scale || !/^[至到~～\-—－]$/.test(text.slice(first.end, second.start))) continue
    mentions[i] = {...first, values: first.values.map((v) => v * second.scale!), precision: first.precision * second.scale, scale: second.scale, checked: first.checked || second.checked}
  }
  return mentions
}

function parseNumber(text: string): number | undefined {
  return /^\d/.test(text) ? Number(text.replace(/,/g, '')) : parseChineseNumeral(text)
}

// ————— English —————

const ones = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
const ordinalWords = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth']
const wordValue = new Map<string, number>([
  ...ones.map((w, i) => [w, i] as const),
  ...tens.flatMap((w, i) => (w ? [[w, i * 10] as const] : [])),
  ...ordinalWords.flatMap((w, i) => (i > 10 ? [[w, i] as const] : [])),
  ['dozen', 12]
])
const scaleWords: Record<string, number> = {hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6, m: 1e6, k: 1e3, b: 1e9, tn: 1e12}
const fractionWords: Record<string, number> = {third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10}
const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const monthPattern = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)`

const numberWord = `(?:${[...wordValue.keys()].sort((a, b) => b.length - a.length).join('|')})`
const englishNumber = new RegExp(
  [
    // a date: "July 26", "July 26th", "26 July"
    String.raw`(?<dateMonth>${monthPattern})\s+(?<dateDay>\d{1,2})(?!\d)(?:st|nd|rd|th)?(?!\.\d|:\d)`,
    String.raw`(?<![\d:.,])(?<dayFirst>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<dayMonth>${monthPattern})`,
    // fractions: "a third of", "one-third of", "two thirds of" (not "a third party")
    String.raw`\b(?<fracCount>a|one|two|three|four|five|seven|nine)[\s-](?<fracWord>thirds?|quarters?|fifths?|tenths?)(?=\s+(?:of|to|or)\b)`,
    // digits with optional scale and percent
    String.raw`(?<digits>\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?<decimals>\.\d+)?(?<suffix>st|nd|rd|th|s)?(?:(?<rangeSep>\s*(?:-|–|to|(?<=\bbetween\s+\S+)\s+and)\s*)(?<currency2>(?:[A-Z]{0,3}\$|[¥€£])\s?)?(?<digits2>\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?<decimals2>\.\d+)?)?(?:\s*(?<scale>hundred|thousand|million|billion|trillion)\b|(?<short>bn|mn|tn|m|b|k)\b)?(?<percent>\s*%|\s+per\s?cent\b|\s+percentage\s+points?\b)?`,
    // number words: "twenty-five", "three hundred thousand", "a dozen", "fifteen percent"
    String.raw`\b(?<words>(?:(?:a|one)\s+)?${numberWord}(?:(?:[\s-]+|\s+and\s+)(?:${numberWord}|hundred|thousand|million|billion|trillion|decades))*|(?:a|one)\s+(?:hundred|thousand|million|billion))\b(?<wordPercent>\s+per\s?cent\b|\s+percentage\s+points?\b)?`
  ].join('|'),
  'giu'
)

/** The numbers of an English text. */
export function englishNumbers(text: string): NumberMention[] {
  const mentions: NumberMention[] = []
  for (const match of text.matchAll(englishNumber)) {
    const g = match.groups!
    const start = match.index
    let end = start + match[0].length
    if (g['dateMonth'] || g['dayMonth']) {
      const month = monthIndex(g['dateMonth'] ?? g['dayMonth']!)
      const day = Number(g['dateDay'] ?? g['dayFirst'])
      if (day >= 1 && day <= 31) {
        mentions.push({start, end, kind: 'date', values: [day], precision: 1, month, day, checked: true})
        continue
      }
    }
    if (g['fracWord']) {
      const count = g['fracCount']!.toLowerCase()
      const numerator = count === 'a' ? 1 : ones.indexOf(count)
      const value = numerator / fractionWords[g['fracWord'].toLowerCase()]!
      mentions.push({start, end, kind: 'fraction', values: [value, value * 100], precision: 0.01, checked: true})
      continue
    }
    if (g['digits']) {
      const before = text.slice(Math.max(0, start - 6), start)
      // "$5m" is five million; "100m" a distance.
      const short = g['short'] && (g['short'].length > 1 || /(?:[$¥€£]|RMB)\s?$/i.test(before)) ? g['short'] : undefined
      if (g['short'] && !short) end -= g['short'].length
      const after = text.slice(end)
      // Glued to letters (COVID-19, G20, A380, 5G, 3D), a clock time, a score or a version: not compared as quantities.
      const identifier =
        (/\p{L}$/u.test(before) && !/RMB$/.test(before)) ||
        (/\p{L}-$/u.test(before) && !/(?:^|\P{L})(?:mid|pre|post|early|late)-$/iu.test(before)) ||
        /^\/\d/.test(after) ||
        (!g['scale'] && !short && !g['suffix'] && !g['percent'] && /^(?!(?:km|kg|mm|cm|mw|gw|kw|kwh|twh|mu|ha|sq|yuan)\b)\p{L}/iu.test(after)) ||
        /^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock)/i.test(after) ||
        /^:\d/.test(after) ||
        /\d[.:/]$/.test(before)
      // "the '92 consensus", "the class of ’08": a year with its century left off, either century.
      if (/(?:^|[\s(“"])['’]$/.test(before) && g['digits'].length === 2 && !g['decimals'] && !g['suffix'] && !g['digits2'] && !g['scale'] && !short && !g['percent']) {
        const year = Number(g['digits'])
        mentions.push({start: start - 1, end, kind: 'number', values: [1900 + year, 2000 + year], precision: 1, checked: true})
        continue
      }
      const scaleWord = g['scale'] ?? short
      const scale = scaleWord ? scaleWords[scaleWord.toLowerCase()]! : 1
      // "3 to 5 million": the first shares the scale; "757,000 to 2 million" does not.
      const firstShares = !g['digits2'] || Number(g['digits'].replace(/,/g, '') + (g['decimals'] ?? '')) <= Number(g['digits2'].replace(/,/g, '') + (g['decimals2'] ?? ''))
      const first = readDigits(g['digits'], g['decimals'], firstShares ? scale : 1, g['suffix'])
      const percent = Boolean(g['percent'])
      const kind: NumberKind = percent ? 'percent' : 'number'
      // Converted from Chinese units (亩, 斤, 里), so not in the source as such.
      const converted = /^\s*(?:hectares?|acres?|kilo(?:gram)?s?|kg|pounds?|lbs?|miles?|feet|foot|square)\b/i.test(text.slice(end))
      if (g['digits2']) {
        // A range: "3 to 5 million" is 3 million to 5 million, so is "$3 to $5 million"; "2019-2020" two years.
        const second = readDigits(g['digits2'], g['decimals2'], scale, undefined)
        const secondStart = start + match[0].indexOf(g['digits2'], g['digits'].length + (g['decimals']?.length ?? 0))
        mentions.push(mention(start, secondStart - (g['currency2']?.length ?? 0) - g['rangeSep']!.length, kind, first, identifier || converted))
        mentions.push(mention(secondStart, end, kind, second, identifier || converted))
      } else {
        mentions.push(mention(start, end, kind, first, identifier || converted))
      }
      continue
    }
    if (g['words']) {
      const value = readWords(g['words'])
      if (value === undefined) continue
      const percent = Boolean(g['wordPercent'])
      mentions.push({start, end, kind: percent ? 'percent' : 'number', values: [value], precision: precisionOf(value), checked: percent || value > 10})
    }
  }
  // A month on its own needs a word of time before it or a year after it: "in March", "May 2020", not "the Long March".
  for (const match of text.matchAll(/(?<=\b(?:[Ii]n|[Oo]n|[Ss]ince|of|by|[Uu]ntil|till|[Ff]rom|to|through|[Ll]ast|[Nn]ext|[Ee]arly|[Ll]ate|mid-|[Tt]his|and|or|[Bb]etween|[Bb]efore|[Aa]fter)\s*|,\s*)(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)(?=,?\s+\d{4}\b)/g)) {
    if (mentions.some((m) => m.start <= match.index && match.index < m.end)) continue
    const month = monthIndex(match[0])
    mentions.push({start: match.index, end: match.index + match[0].length, kind: 'month', values: [month], precision: 1, month, checked: true})
  }
  return mentions.sort((a, b) => a.start - b.start)
}

interface ReadValue {
  values: number[]
  precision: number
}

function readDigits(digits: string, decimals: string | undefined, scale: number, suffix: string | undefined): ReadValue {
  const integer = Number(digits.replace(/,/g, ''))
  const value = (integer + (decimals ? Number(decimals) : 0)) * scale
  // "120 million" is rounded to tens of millions; "1.20 million" to ten-thousands.
  const precision = (decimals ? 10 ** -(decimals.length - 1) : precisionOf(integer)) * scale
  // The 1990s: also 90 (九十年代).
  if (suffix === 's' && !decimals && integer >= 1900 && integer % 10 === 0) return {values: [value, integer % 100], precision}
  return {values: [value], precision}
}

function mention(start: number, end: number, kind: NumberKind, read: ReadValue, identifier: boolean): NumberMention {
  const value = read.values[0]!
  const checked = !identifier && (kind === 'percent' || value > 10 || !Number.isInteger(value))
  return {start, end, kind, values: kind === 'percent' ? [...read.values, value / 100] : read.values, precision: read.precision, checked}
}

/** "twenty-five" → 25, "three hundred thousand" → 300000, "a million" → 1e6. */
function readWords(words: string): number | undefined {
  let total = 0
  let current = 0
  let any = false
  let previous = ''
  for (const word of words.toLowerCase().split(/[\s-]+/)) {
    // "three nine", "twenty thirty": not one number.
    const small = (w: string) => (wordValue.get(w) ?? 100) < 100
    if (small(word) && small(previous) && !(tens.includes(previous) && ones.indexOf(word) > 0 && ones.indexOf(word) < 10)) return undefined
    previous = word
    if (word === 'and') continue
    if (word === 'a' || word === 'one') {
      current += 1
      any = true
      continue
    }
    if (word === 'dozen') {
      current = (current || 1) * 12
      any = true
    } else if (wordValue.has(word)) {
      current += wordValue.get(word)!
      any = true
    } else if (word === 'hundred') {
      current = (current || 1) * 100
    } else if (word === 'decades') {
      current *= 10
    } else if (word in scaleWords) {
      total += (current || 1) * scaleWords[word]!
      current = 0
      any = true
    } else {
      return undefined
    }
  }
  return any ? total + current : undefined
}

function monthIndex(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '')
  return months.findIndex((month) => month.startsWith(key.slice(0, 3))) + 1
}

function plain(start: number, end: number, value: number, precision: number, checked: boolean): NumberMention {
  return {start, end, kind: 'number', values: [value], precision, checked}
}

/** The unit of the last significant digit of a whole number: 300000 → 100000, 12 → 1. */
function precisionOf(value: number): number {
  if (!Number.isInteger(value) || value === 0) return 1
  let precision = 1
  while (value % (precision * 10) === 0) precision *= 10
  return precision
}

// ————— Comparing —————

/** Whether two mentions can be the same number: equal, or one a rounding of the other. */
export function sameNumber(a: NumberMention, b: NumberMention): boolean {
  if (a.kind === 'date' || b.kind === 'date' || a.kind === 'month' || b.kind === 'month' || a.kind === 'day' || b.kind === 'day') {
    return sameDate(a, b)
  }
  const precision = Math.max(a.precision, b.precision)
  const ratio = a.kind === 'fraction' || b.kind === 'fraction'
  for (const x of a.values) {
    for (const y of b.values) {
      if (Math.abs(x - y) <= (ratio ? 0.02 : 1e-9) * Math.max(1, Math.abs(x))) return true
      if (ratio) continue
      // The rounder one (the larger precision) is the other rounded: 1.23亿 → "123 million" / "about 120 million".
      const rounder = a.precision >= b.precision ? x : y
      const exact = a.precision >= b.precision ? y : x
      if (precision > 1e-9 && Math.abs(Math.round(exact / precision) * precision - rounder) <= 1e-9 * Math.max(1, Math.abs(rounder))) return true
    }
  }
  return false
}

function sameDate(a: NumberMention, b: NumberMention): boolean {
  if (a.month !== undefined && b.month !== undefined && a.month !== b.month) return false
  if (a.day !== undefined && b.day !== undefined) return a.day === b.day
  if (a.kind === 'month' || b.kind === 'month') return a.month !== undefined && a.month === b.month
  // A day against a plain number: "the 26th".
  const day = a.day ?? b.day
  const other = a.day === undefined ? a : b
  return other.kind === 'number' && other.values.includes(day!)
}

/** How an English copy editor would write the number: 12,000; 350 million; 5%; August 8. */
export function formatNumber(mention: NumberMention): string {
  if (mention.kind === 'date') return `${capitalize(months[mention.month! - 1]!)} ${mention.day}`
  if (mention.kind === 'month') return capitalize(months[mention.month! - 1]!)
  if (mention.kind === 'day') return `the ${mention.day}${ordinalSuffix(mention.day!)}`
  const value = mention.values[0]!
  if (mention.kind === 'fraction') {
    for (let denominator = 2; denominator <= 10; denominator++) {
      const numerator = Math.round(value * denominator)
      if (Math.abs(numerator / denominator - value) < 1e-6) return `${numerator}/${denominator}`
    }
    return `${+value.toFixed(3)}`
  }
  const written = formatValue(value)
  return mention.kind === 'percent' ? `${written}%` : written
}

function formatValue(value: number): string {
  for (const [scale, name] of [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million']
  ] as const) {
    if (Math.abs(value) >= scale) return `${+(value / scale).toFixed(3)} ${name}`
  }
  // Years keep their digits together.
  if (Number.isInteger(value) && value >= 1900 && value <= 2100) return String(value)
  return value.toLocaleString('en-US', {maximumFractionDigits: 6})
}

function capitalize(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1)
}

function ordinalSuffix(day: number): string {
  if (day % 100 >= 11 && day % 100 <= 13) return 'th'
  return ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th'
}
