// title-conflict: not yet implemented.
import {defineRule} from '../rule.js'

export default defineRule({
  id: 'title-conflict',
  description: 'One person given conflicting titles',
  severity: 'warn',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {bad: '', good: ''},
  create: () => ({})
})
