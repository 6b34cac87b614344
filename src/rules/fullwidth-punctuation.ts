// fullwidth-punctuation: not yet implemented.
import {defineRule} from '../rule.js'

export default defineRule({
  id: 'fullwidth-punctuation',
  description: 'Chinese full-width punctuation, spaces, letters or digits in English prose',
  severity: 'error',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {bad: '', good: ''},
  create: () => ({})
})
