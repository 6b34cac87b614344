// repeated-words: not yet implemented.
import {defineRule} from '../rule.js'

export default defineRule({
  id: 'repeated-words',
  description: 'The same word twice in a row ("the the")',
  severity: 'warn',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {bad: '', good: ''},
  create: () => ({})
})
