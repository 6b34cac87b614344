// A scraped title keeps the name of the site it came from after a dash or a
// bar: "Navy Day parade held in the port - Example News Network.",
// "Harvest begins early -Examplenews.com", "Rain expected | Xinhua". The
// name is a web address or a few capitalised words that end like an
// outlet's name; the title before it is itself a few words with no sentence
// end. Only short lines are titles.
import {once} from './once.js'

/** The last word of an outlet's name, or a web address. */
const outletEnd = /^(?:[\w-]+(?:\.[\w-]+)*\.(?:com|cn|net|org|gov|edu)(?:\.[a-z]{2})?|.*\b(?:network|net|online|news|newspaper|daily|times|post|herald|gazette|press|web|website|portal|media|tv|television|radio|xinhua|xinhuanet|chinanews|cctv|cgtn|people's daily|china daily|global times|sina|sohu|ifeng|government|gov))$/i
/** The separator before the name, and the name: up to six words. */
const tail = once(() => /\s*(?:\s[-–—|_]{1,2}\s*|\s*[|｜丨]\s*|\s-(?=\p{Lu}))((?:[\p{Lu}\d][\p{L}\d.'’&-]*\s?){1,6})\.?\s*$/u)

export interface SiteSuffix {
  /** Index in the line where the separator starts. */
  start: number
  end: number
  /** The site's name as written. */
  name: string
}

/** The site name at the end of a title-like `line` (several, "… - Daily Network - Online", as one), or undefined. */
export function siteSuffix(line: string): SiteSuffix | undefined {
  // A title is short, and its site name follows a dash or bar.
  if (line.length > 240 || !/[-–—|_｜丨]/.test(line)) return undefined
  const text = line.trimEnd()
  let start = text.length
  for (let found = tail().exec(text); found && outletEnd.test(found[1]!.trim().replace(/\.$/, '')); found = tail().exec(text.slice(0, start))) {
    start = found.index
  }
  if (start === text.length) return undefined
  const title = text.slice(0, start)
  const words = title.match(/[\p{L}\p{N}]+/gu) ?? []
  // A title: some words, not too many, and no sentence ended inside it.
  if (words.length < 3 || words.length > 25 || /[.!?。]["”]?\s/.test(title) || /[.!?:;,]$/.test(title.trim())) return undefined
  const name = text.slice(start).replace(/^[\s\-–—|_｜丨]+/u, '').replace(/\.$/, '')
  return {start, end: text.length, name}
}
