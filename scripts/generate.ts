// npm run generate: rewrite rules.config.schema.json, the README's rule table,
// docs/rules/<id>.md and src/links.ts (rule URLs) from the registry and package.json.
import {mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {linksFile, linksText, readmeFile, rulePageFiles, rulePagesFolder, schemaFile, schemaText, withRules} from './generated.js'

writeFileSync(schemaFile, schemaText())
writeFileSync(readmeFile, withRules(readFileSync(readmeFile, 'utf8')))
writeFileSync(linksFile, linksText())
const pages = rulePageFiles()
mkdirSync(rulePagesFolder, {recursive: true})
// A page whose rule is gone goes too.
for (const name of readdirSync(rulePagesFolder)) if (!pages.has(join(rulePagesFolder, name))) rmSync(join(rulePagesFolder, name))
for (const [file, text] of pages) writeFileSync(file, text)
console.log(`wrote ${schemaFile}, the rule table in ${readmeFile}, ${linksFile} and ${pages.size} pages in ${rulePagesFolder}/`)
