// name-variants: not yet implemented.
import {defineRule} from '../rule.js'

export default defineRule({
  id: 'name-variants',
  description: 'One person under several spellings or name orders',
  severity: 'error',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {bad: '', good: ''},
  create: () => ({})
})
