// npm run generate: rewrite rules.config.schema.json and the README's rule reference.
import {readFileSync, writeFileSync} from 'node:fs'
import {readmeFile, schemaFile, schemaText, withRules} from './generated.js'

writeFileSync(schemaFile, schemaText())
writeFileSync(readmeFile, withRules(readFileSync(readmeFile, 'utf8')))
console.log(`wrote ${schemaFile} and the rule reference in ${readmeFile}`)
