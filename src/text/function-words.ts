// English function words: articles, pronouns, prepositions, conjunctions,
// auxiliaries and a few grammatical adverbs. They carry no topic, so a
// repeated "of the" is not an echo, and capitalized in mid-sentence ("the
// park The company") they show where two sentences ran together.
import {isAsciiCapital} from './chars.js'

const functionWords = new Set(
  (
    'a an the this that these those some any each every either neither no all both half ' +
    'i me my mine we us our ours you your yours he him his she her hers it its they them their theirs ' +
    'who whom whose which what whatever whoever whichever there here ' +
    'myself ourselves yourself yourselves himself herself itself themselves ' +
    'of in on at to for from by with without within about above across after against along amid among ' +
    'around as before behind below beneath beside besides between beyond despite down during except ' +
    'inside into like near off onto out outside over past per since than through throughout till toward ' +
    'towards under underneath unlike until up upon via ' +
    'and or but nor so yet if then else because although though while whereas whether unless once ' +
    'when whenever where wherever why how however therefore thus hence ' +
    'be am is are was were been being have has had having do does did doing done ' +
    'will would shall should can could may might must ought ' +
    'not never also too very just only even again still already more most less least much many ' +
    'few other another such same own'
  ).split(' ')
)

/** Whether `word` (any case) is a function word. */
export function isFunctionWord(word: string): boolean {
  if (functionWords.has(word)) return true
  // Most callers pass lowercase words: lowercase only a word that may change (ASCII capitals, or non-ASCII).
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i)
    if (isAsciiCapital(code) || code >= 0x80) return functionWords.has(word.toLowerCase())
  }
  return false
}
