// capitalization-variants: not yet implemented.
import {defineRule} from '../rule.js'

export default defineRule({
  id: 'capitalization-variants',
  description: 'One multi-word name written with different capitalization',
  severity: 'warn',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {bad: '', good: ''},
  create: () => ({})
})
