// dropped-subject: not yet implemented.
import {defineRule} from '../rule.js'

export default defineRule({
  id: 'dropped-subject',
  description: 'A sentence that opens with a bare verb because the Chinese had no subject',
  severity: 'warn',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {bad: '', good: ''},
  create: () => ({})
})
