// five-year-plan: not yet implemented.
import {defineRule} from '../rule.js'

export default defineRule({
  id: 'five-year-plan',
  description: 'A Five-Year Plan that contradicts the article\'s own dates',
  severity: 'error',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {bad: '', good: ''},
  create: () => ({})
})
