// calque: not yet implemented.
import {defineRule} from '../rule.js'

export default defineRule({
  id: 'calque',
  description: 'Literal renderings of Chinese officialese, with plainer English',
  severity: 'info',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {bad: '', good: ''},
  create: () => ({})
})
