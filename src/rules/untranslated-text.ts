// untranslated-text: not yet implemented.
import {defineRule} from '../rule.js'

export default defineRule({
  id: 'untranslated-text',
  description: 'Chinese, Japanese or Korean characters left untranslated in English prose',
  severity: 'error',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {bad: '', good: ''},
  create: () => ({})
})
