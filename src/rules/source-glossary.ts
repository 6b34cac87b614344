// source-glossary: not yet implemented.
import {defineRule} from '../rule.js'

export default defineRule({
  id: 'source-glossary',
  description: 'source-glossary',
  severity: 'warn',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {bad: '', good: ''},
  create: () => ({})
})
