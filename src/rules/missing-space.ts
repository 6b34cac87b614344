// missing-space: "clusters.The", "ecosystem,said", "article:Bu" — the space
// after a punctuation mark lost when sentences were joined. Machine
// translation and copy-paste from Chinese pages (where `。` needs no space)
// leave these behind.
// Bad: "The heads attended the meeting.The company agreed."
// Good: "The heads attended the meeting. The company agreed."
import {defineRule} from '../rule.js'
import {isAbbreviation} from '../text/abbreviations.js'
import {hasCjkLetter} from '../text/cjk.js'
import {onFurnitureLine} from '../text/furniture.js'

/** A mark, then a letter right after it: the candidates. */
const candidate = /[.,:;!?](?=\p{L})/gu
/** A token of one- or two-letter parts each ending in a dot: "Ph.D.", "LL.M.". */
const dottedAbbreviation = /^[\p{P}]*(?:\p{L}{1,2}\.){2,}$/u
/** A whitespace-free run that is a URL, e-mail address, domain or path. */
const webLike = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)|@|\/|\\/i

export default defineRule({
  id: 'missing-space',
  description: 'No space after a punctuation mark before the next word ("meeting.The")',
  severity: 'error',
  fixable: true,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {
    bad: 'The heads attended the meeting.The company agreed,and said so.',
    good: 'The heads attended the meeting. The company agreed, and said so.'
  },
  create(context) {
    return {
      ParagraphNode(_node, block) {
        const {value} = block.text
        for (const match of value.matchAll(candidate)) {
          const at = match.index
          const mark = match[0]
          const left = wordBefore(value, at)
          const right = wordAfter(value, at + 1)
          if (!isMissingSpace(mark, left, right, tokenAround(value, at))) continue
          // "Source:cnu Hits:519" is deleted whole (boilerplate), not spaced.
          if (onFurnitureLine(value, at)) continue
          const [start, end] = block.text.range(at - left.length, at + 1 + right.length)
          const insertAt = block.text.offsetAt(at) + 1
          context.report({
            reason: `Missing space after \`${mark}\`, expected \`${left}${mark} ${right}\``,
            start,
            end,
            expected: [`${left}${mark} ${right}`],
            fix: {range: [insertAt, insertAt], text: ' '}
          })
        }
      }
    }
  }
})

function isMissingSpace(mark: string, left: string, right: string, token: string): boolean {
  if (left === '') return false
  if (webLike.test(token)) return false
  // Chinese left with ASCII marks ("时间:2021") needs no space; untranslated-text reports it.
  if (hasCjkLetter(left) || hasCjkLetter(right)) return false
  if (mark === '.') {
    // Dotted abbreviations and initials: U.S., e.g., a.m., J.R.R. Tolkien.
    if (/^(\p{L}\.)*\p{L}$/u.test(left)) return false
    // Ph.D., M.Sc., Ed.D.: short parts, each with its dot.
    if (dottedAbbreviation.test(token.replace(/[^\p{L}.]+$/u, ''))) return false
    if (isAbbreviation(left)) return false
    // A lowercase word after a dot is a domain, a file name or code
    // (example.com, report.pdf, Node.js), not a new sentence.
    if (!/^\p{Lu}/u.test(right)) return false
    // ASP.NET, CCTV.COM: all-caps on both sides is a name.
    if (/^[\p{Lu}\d]+$/u.test(left) && /^[\p{Lu}\d]+$/u.test(right)) return false
    // A domain with capitals (Example.Com.Cn): more dots follow in the token.
    if (/^[^\s.]+(\.[^\s.]+){2,}$/.test(token) && !/\p{Ll}{2,}\.\p{Lu}\p{Ll}+$/u.test(token)) return false
  }
  if (mark === ',' && isAbbreviation(left.replace(/\.$/, ''))) return false // Co.,Ltd.
  return true
}

/** The letters, digits and closing marks right before `index`. */
function wordBefore(value: string, index: number): string {
  let start = index
  while (start > 0 && /[\p{L}\p{N}\p{M}’'”")\].]/u.test(value[start - 1]!)) start--
  return value.slice(start, index).replace(/^[’'”")\].]+/u, '')
}

function wordAfter(value: string, index: number): string {
  let end = index
  while (end < value.length && /[\p{L}\p{N}\p{M}’'-]/u.test(value[end]!)) end++
  return value.slice(index, end)
}

/** The whitespace-free run containing `index`. */
function tokenAround(value: string, index: number): string {
  let start = index
  let end = index
  while (start > 0 && !/\s/.test(value[start - 1]!)) start--
  while (end < value.length && !/\s/.test(value[end]!)) end++
  return value.slice(start, end)
}
