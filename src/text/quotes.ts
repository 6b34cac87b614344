// Quotation marks and brackets in a block of prose, each with the role its
// place suggests. Shared by unbalanced-quotes (pairs them up) and
// mixed-quotes (counts straight against curly double quotes).
// A straight `"` has no direction of its own: it opens when a space (or an
// opening bracket) is before it and a word after it, it closes in the
// reverse case, and otherwise may do either. Curly quotes usually say their
// direction, but MT and careless typing turn them round: a “ last in the
// paragraph closes; one with a space after it ("this trip, “ said",
// "Vietnam“ award"), and a ” stuck to the word after it ("struggle,”driven",
// "said,”The"), may do either — the pairing decides.

export type Family = 'double' | 'paren' | 'bracket'
export type Role = 'open' | 'close' | 'either'

export interface Mark {
  /** Index in the block's prose text. */
  index: number
  char: string
  family: Family
  role: Role
  /** A straight `"` rather than a curly or Chinese one. */
  straight: boolean
}

const partners: Readonly<Record<string, string>> = {
  '“': '”', '”': '“', '"': '"',
  '(': ')', ')': '(', '[': ']', ']': '[',
  '（': '）', '）': '（', '［': '］', '］': '［', '【': '】', '】': '【', '「': '」', '」': '「'
}

const kinds: Readonly<Record<string, [Family, Role]>> = {
  '“': ['double', 'open'], '”': ['double', 'close'], '「': ['double', 'open'], '」': ['double', 'close'],
  '(': ['paren', 'open'], ')': ['paren', 'close'], '（': ['paren', 'open'], '）': ['paren', 'close'],
  '[': ['bracket', 'open'], ']': ['bracket', 'close'], '［': ['bracket', 'open'], '］': ['bracket', 'close'],
  '【': ['bracket', 'open'], '】': ['bracket', 'close']
}

/** The direction a mark's glyph says, if it says one. */
export function glyphRole(mark: Mark): Role {
  return mark.straight ? 'either' : kinds[mark.char]![1]
}

/** The glyph a mark should have in `role`: ” for a “ that closes. */
export function glyphFor(mark: Mark, role: Role): string {
  return glyphRole(mark) === 'either' || glyphRole(mark) === role ? mark.char : partners[mark.char]!
}

/** The mark that pairs with `mark` playing `role`. */
export function partnerFor(mark: Mark, role: Role): string {
  return partners[glyphFor(mark, role)]!
}

const candidates = /["“”「」()（）[\]［］【】]/g
/** What may stand before an opening straight quote. */
const openContext = /[\s([{“‘—–/-]/u
/** What may follow a closing straight quote. */
const closeContext = /[\s.,;:!?)\]}”’…—–/-]/u
const wordChar = /[\p{L}\p{N}]/u

export function scanMarks(value: string): Mark[] {
  const marks: Mark[] = []
  for (const match of value.matchAll(candidates)) {
    const char = match[0]
    const index = match.index
    if (char === '"') {
      marks.push({index, char, family: 'double', role: straightRole(value, index), straight: true})
      continue
    }
    const [family, role] = kinds[char]!
    marks.push({index, char, family, role: char === '“' || char === '”' ? curlyRole(value, index, role) : role, straight: false})
  }
  return marks
}

function straightRole(value: string, index: number): Role {
  const before = value[index - 1]
  const after = value[index + 1]
  const opens = before === undefined || openContext.test(before)
  const closes = after === undefined || closeContext.test(after)
  if (opens && !closes) return 'open'
  if (closes && !opens) return 'close'
  return 'either'
}

function curlyRole(value: string, index: number, role: Role): Role {
  const before = value[index - 1]
  const after = value[index + 1]
  if (role === 'open') {
    if (value.slice(index + 1).trim() === '') return 'close'
    // An opening mark stands against its first word: one with a space after it ("this trip, “ said") may close.
    return after !== undefined && /\s/.test(after) ? 'either' : 'open'
  }
  if (after === undefined || !wordChar.test(after)) return 'close'
  return before === undefined || /[\s([—–]/u.test(before) ? 'open' : 'either'
}

/**
 * Whether places in a block's text stand inside double quotation marks, by
 * a plain toggle: “ opens, ” closes, " flips. Places are asked in text
 * order, so the scan goes on from the last one asked. (dropped-subject and
 * merged-sentence: quoted titles and speech are not the article's sentences.)
 */
export class DoubleQuoteScan {
  private open = false
  private scanned = 0

  constructor(private readonly value: string) {}

  /** Whether a double quotation is open just before `index`. */
  openBefore(index: number): boolean {
    for (; this.scanned < index; this.scanned++) {
      // By char code: indexing the string made a string of each character past Latin-1.
      const code = this.value.charCodeAt(this.scanned)
      if (code === 0x201c /* “ */) this.open = true
      else if (code === 0x201d /* ” */) this.open = false
      else if (code === 0x22 /* " */) this.open = !this.open
    }
    return this.open
  }
}
