// name-mismatch: not yet implemented.
import {defineRule} from '../rule.js'

export default defineRule({
  id: 'name-mismatch',
  description: 'name-mismatch',
  severity: 'warn',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {bad: '', good: ''},
  create: () => ({})
})
