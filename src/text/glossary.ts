// The house glossary compiled for matching: every `wrong` rendering of every
// entry in one phrase trie, built once per glossary (the configuration's
// array is the key), so thousands of entries cost one walk per paragraph.
// The terms themselves go in too: the longest match wins, so a wrong
// rendering that is the start of a right name ("Ministry of Industry and
// Information" in "… Information Technology") is not taken for it.
// Shared by the rules that check terms against the glossary.
import {normalizePhrase, PhraseMatcher} from './phrases.js'

/** One house term: write `term`, never any of `wrong`. */
export interface GlossaryEntry {
  term: string
  wrong: string[]
  /** Flag only when the article also mentions this text. */
  when?: string
  /** Why: shown to the editor with the finding. */
  note?: string
  /** The Chinese original; with a source text at hand it must become `term`. */
  source?: string
}

export interface GlossaryHit {
  entry: GlossaryEntry
  /** The entry's own term matched, not a wrong rendering. */
  right: boolean
}

const compiled = new WeakMap<readonly GlossaryEntry[], PhraseMatcher<GlossaryHit>>()

/** A matcher from each wrong rendering (and each term) to its entries. */
export function glossaryMatcher(glossary: readonly GlossaryEntry[]): PhraseMatcher<GlossaryHit> {
  let matcher = compiled.get(glossary)
  if (!matcher) {
    matcher = new PhraseMatcher<GlossaryHit>()
    for (const entry of glossary) {
      matcher.add(entry.term, {entry, right: true})
      for (const wrong of entry.wrong) matcher.add(wrong, {entry, right: false})
    }
    compiled.set(glossary, matcher)
  }
  return matcher
}

const byWrong = new WeakMap<readonly GlossaryEntry[], Map<string, GlossaryEntry[]>>()

/** The entries by each wrong rendering in normalized form (see `normalizePhrase`), built once per glossary. */
export function entriesByWrong(glossary: readonly GlossaryEntry[]): ReadonlyMap<string, readonly GlossaryEntry[]> {
  let entries = byWrong.get(glossary)
  if (!entries) {
    entries = new Map()
    for (const entry of glossary) {
      for (const wrong of entry.wrong) {
        const key = normalizePhrase(wrong)
        const list = entries.get(key)
        if (list) list.push(entry)
        else entries.set(key, [entry])
      }
    }
    byWrong.set(glossary, entries)
  }
  return entries
}
