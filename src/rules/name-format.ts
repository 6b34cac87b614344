// name-format: not yet implemented.
import {defineRule} from '../rule.js'

export default defineRule({
  id: 'name-format',
  description: 'A Chinese name split into separate syllables or written against house style',
  severity: 'warn',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {bad: '', good: ''},
  create: () => ({})
})
