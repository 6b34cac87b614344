// mixed-quotes: not yet implemented.
import {defineRule} from '../rule.js'

export default defineRule({
  id: 'mixed-quotes',
  description: 'Straight and curly double quotes mixed in one article',
  severity: 'info',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {bad: '', good: ''},
  create: () => ({})
})
