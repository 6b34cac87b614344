// duplicate-sentence: not yet implemented.
import {defineRule} from '../rule.js'

export default defineRule({
  id: 'duplicate-sentence',
  description: 'The same sentence twice in one article',
  severity: 'warn',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {bad: '', good: ''},
  create: () => ({})
})
