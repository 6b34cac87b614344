// extra-space: not yet implemented.
import {defineRule} from '../rule.js'

export default defineRule({
  id: 'extra-space',
  description: 'Two or more spaces inside a sentence, or a space before punctuation',
  severity: 'warn',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {bad: '', good: ''},
  create: () => ({})
})
