// unintroduced-person: not yet implemented.
import {defineRule} from '../rule.js'

export default defineRule({
  id: 'unintroduced-person',
  description: 'A person who acts or speaks in the story but is never given a title or role',
  severity: 'warn',
  fixable: false,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {bad: '', good: ''},
  create: () => ({})
})
