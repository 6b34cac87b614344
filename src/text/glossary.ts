// The house glossary compiled for matching: every `wrong` rendering of every
// entry in one phrase trie, built once per glossary (the configuration's
// array is the key), so thousands of entries cost one walk per paragraph.
// The terms themselves go in too: the longest match wins, so a wrong
// rendering that is the start of a right name ("Ministry of Industry and
// Information" in "… Information Technology") is not taken for it.
// Shared by the rules that check terms against the glossary.
import {PhraseMatcher} from './phrases.js'

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
