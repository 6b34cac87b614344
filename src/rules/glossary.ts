// glossary: not yet implemented.
import {defineRule} from '../rule.js'

export default defineRule({
  id: 'glossary',
  description: 'A house term rendered wrongly ("precious aluminum" for Guizhou Aluminum)',
  severity: 'error',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {bad: '', good: ''},
  create: () => ({})
})
