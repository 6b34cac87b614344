// spelling-variants: not yet implemented.
import {defineRule} from '../rule.js'

export default defineRule({
  id: 'spelling-variants',
  description: 'US and UK spellings of one word mixed in one article',
  severity: 'warn',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {bad: '', good: ''},
  create: () => ({})
})
