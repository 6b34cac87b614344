// dropped-content: not yet implemented.
import {defineRule} from '../rule.js'

export default defineRule({
  id: 'dropped-content',
  description: 'dropped-content',
  severity: 'warn',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {bad: '', good: ''},
  create: () => ({})
})
