// npm run golden: rewrite the golden file and the README's sample output from
// what the CLI prints now. Run it only when a change of output is intended.
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {examplesOutput, goldenCode, goldenFile, root, withSample} from './golden.js'

const {code, stdout} = await examplesOutput()
if (code !== goldenCode) {
  console.error(`golden: copydesk examples/ exited ${code}, expected ${goldenCode}; nothing written`)
  process.exit(1)
}
writeFileSync(join(root, goldenFile), stdout)
const readme = join(root, 'README.md')
writeFileSync(readme, withSample(readFileSync(readme, 'utf8'), stdout))
console.log(`wrote ${goldenFile} and the README's sample output`)
