// duplicated-phrase: not yet implemented.
import {defineRule} from '../rule.js'

export default defineRule({
  id: 'duplicated-phrase',
  description: 'A phrase said twice back to back ("took the initiative to take the initiative to")',
  severity: 'warn',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {bad: '', good: ''},
  create: () => ({})
})
