// The build's bundle of wink's tagger (scripts/bundle.mjs) makes the context
// rules that test for one word exactly (`/^as$/`) into plain comparisons:
// it tags as wink-pos-tagger as installed does, over the examples and over
// sentences made of every word such a rule names. Skipped when not built.
import assert from 'node:assert/strict'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {test} from 'node:test'

const require = createRequire(import.meta.url)
interface Tagger {
  tagRawTokens(tokens: string[]): unknown[]
}
const built = new URL('../dist/data/wink.cjs', import.meta.url)

/** Each sentence of the examples' English, as tokens. */
function exampleSentences(): string[][] {
  const folder = fileURLToPath(new URL('../examples/', import.meta.url))
  const files = readdirSync(folder, {recursive: true, encoding: 'utf8'}).filter((name) => name.endsWith('.md') && !name.endsWith('.zh.md'))
  return files.flatMap((name) =>
    readFileSync(join(folder, name), 'utf8')
      .split(/(?<=[.!?])\s+|\n+/)
      .map((sentence) => sentence.match(/[\p{L}\p{N}'’]+|[^\s\p{L}\p{N}]/gu) ?? [])
      .filter((tokens) => tokens.length > 0)
  )
}

/** The words the tagger's rules test for exactly, twelve to a sentence, in the order the rule files give them. */
function ruleWordSentences(): string[][] {
  const folder = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'node_modules', 'wink-pos-tagger', 'src', 'rules')
  const words = readdirSync(folder)
    .filter((name) => /-rules-/.test(name))
    .flatMap((name) => [...readFileSync(join(folder, name), 'utf8').matchAll(/matches: \/\^([\w',-]+)\$\//g)].map((match) => match[1]!))
  assert.ok(words.length > 400, `${words.length} words`)
  const sentences: string[][] = []
  for (let start = 0; start < words.length; start += 12) sentences.push([...words.slice(start, start + 12), '.'])
  return sentences
}

test('wink bundle: the tagger with its one-word rules as comparisons tags as wink-pos-tagger does', {skip: !existsSync(built) && 'not built (npm run build)'}, () => {
  const bundled = (require(fileURLToPath(built)) as {'wink-pos-tagger': () => Tagger})['wink-pos-tagger']()
  const installed = (require('wink-pos-tagger') as () => Tagger)()
  const sentences = [...exampleSentences(), ...ruleWordSentences()]
  assert.ok(sentences.length > 60, `${sentences.length} sentences`)
  for (const tokens of sentences) assert.deepEqual(bundled.tagRawTokens(tokens), installed.tagRawTokens(tokens), tokens.join(' '))
})
