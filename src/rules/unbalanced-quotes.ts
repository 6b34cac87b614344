// unbalanced-quotes: not yet implemented.
import {defineRule} from '../rule.js'

export default defineRule({
  id: 'unbalanced-quotes',
  description: 'An opening quote or bracket without its partner in the same paragraph, or the reverse',
  severity: 'warn',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {bad: '', good: ''},
  create: () => ({})
})
