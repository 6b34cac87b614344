// The starter termbase (src/data/termbase.json): the English names of the
// Chinese news organisations, state bodies and places the genre keeps
// naming, with the renderings MT gives them ("China News Network" for 中新网,
// "North Exchange" for 北交所). glossary and source-glossary use it out of
// the box. The house glossary extends it: a house entry for the same Chinese
// (`source`) replaces the starter's, so a house that writes a name otherwise
// says so once.
import data from '../data/termbase.json' with {type: 'json'}
import type {GlossaryEntry} from './glossary.js'

/** The starter entries as glossary entries; where each English name comes from is part of the note. */
export const starterTermbase: readonly GlossaryEntry[] = data.entries.map(({ref, note, ...entry}) => ({...entry, note: `${note}; English name as in ${ref}`}))

const starter = new WeakSet<GlossaryEntry>(starterTermbase)

/**
 * Whether `entry` comes from the starter termbase. Its names have short
 * forms it does not list ("Xinhua" for 新华社, "China News" for 中新网), so a
 * source term without the full name in the translation is no finding; only
 * its known wrong renderings are.
 */
export function isStarterEntry(entry: GlossaryEntry): boolean {
  return starter.has(entry)
}

/** The house glossary followed by the starter entries it does not replace: a house entry for the same Chinese or the same English term replaces the starter's. */
export function withStarterTermbase(house: readonly GlossaryEntry[]): GlossaryEntry[] {
  const sources = new Set(house.flatMap((entry) => (entry.source ? [entry.source] : [])))
  const terms = new Set(house.map((entry) => entry.term.toLowerCase()))
  return [...house, ...starterTermbase.filter((entry) => !sources.has(entry.source!) && !terms.has(entry.term.toLowerCase()))]
}
