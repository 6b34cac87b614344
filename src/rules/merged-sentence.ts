// merged-sentence: not yet implemented.
import {defineRule} from '../rule.js'

export default defineRule({
  id: 'merged-sentence',
  description: 'A capitalized ordinary word inside a sentence: two sentences ran together',
  severity: 'warn',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {bad: '', good: ''},
  create: () => ({})
})
