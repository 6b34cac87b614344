// term-variants: not yet implemented.
import {defineRule} from '../rule.js'

export default defineRule({
  id: 'term-variants',
  description: 'One entity or term written in differing forms',
  severity: 'info',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {bad: '', good: ''},
  create: () => ({})
})
