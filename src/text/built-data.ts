// Where the build put the data it prepares for the built package
// (dist/data: wink bundled with its packed lexicon, the packed spelling
// dictionary; see scripts/bundle.mjs): beside the built modules, one folder
// up from this one. Running from source there is none, and callers build
// what they need from the installed packages instead.
import {existsSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

/** The steps (lemmas, marks, gaps) of the calque rule's built-in phrases (see phraseSteps in lemma-phrases.ts). */
export const calqueStepsFile = 'calque-steps.json'

let folder = new URL('../data/', import.meta.url)

/** The command line's bundle (dist/cli.cjs) lives one folder up from this module's place: it says where its data is. */
export function useBuiltDataFrom(url: URL): void {
  folder = url
}

/** The path of the build's data file `name`, or undefined when there is none (running from source). */
export function builtDataFile(name: string): string | undefined {
  const path = fileURLToPath(new URL(name, folder))
  return existsSync(path) ? path : undefined
}
