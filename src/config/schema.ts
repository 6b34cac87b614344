// The JSON Schema of rules.config.json, generated from the rule registry so
// editors complete rule ids and options and the schema can never go stale
// (tests compare it with the committed rules.config.schema.json).
import type {JSONSchema7} from 'json-schema'
import type {Rule} from '../rule.js'

const severity: JSONSchema7 = {enum: ['off', 'info', 'warn', 'error']}

export const glossaryEntrySchema: JSONSchema7 = {
  type: 'object',
  additionalProperties: false,
  required: ['term', 'wrong'],
  properties: {
    term: {type: 'string', minLength: 1, description: 'The house term to write.'},
    wrong: {
      type: 'array',
      minItems: 1,
      items: {type: 'string', minLength: 1},
      description: 'Renderings to flag; literal phrases, matched case-insensitively as whole words.'
    },
    when: {type: 'string', minLength: 1, description: 'Flag only if the article also mentions this text.'},
    note: {type: 'string', description: 'Why; shown with the finding.'},
    source: {type: 'string', minLength: 1, description: 'The Chinese original, for checks against a source text.'}
  }
}

export function buildConfigSchema(rules: readonly Rule[]): JSONSchema7 {
  const ruleProperties: Record<string, JSONSchema7> = {}
  for (const rule of rules) {
    ruleProperties[rule.id] = {
      description: `${rule.description} (default: ${rule.severity})`,
      anyOf: [
        {$ref: '#/definitions/severity'},
        {
          type: 'array',
          items: [{$ref: '#/definitions/severity'}, rule.schema as JSONSchema7],
          minItems: 1,
          maxItems: 2,
          additionalItems: false
        }
      ]
    }
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'copydesk configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: {type: 'string'},
      extends: {
        anyOf: [{type: 'string', minLength: 1}, {type: 'array', items: {type: 'string', minLength: 1}}],
        description: 'Configurations to build on: a path (./newsroom.json) or a package (copydesk, @desk/copydesk-config). Rule settings here win; glossaries, ignores and overrides add up.'
      },
      rules: {$ref: '#/definitions/rules'},
      glossary: {type: 'array', items: glossaryEntrySchema},
      preset: {enum: ['ap'], description: 'A house style to check on top of the defaults: "ap" turns on the rules of AP-style news copy (curly quotes, punctuation inside quotes, U.S., one to nine in words, percent).'},
      overrides: {
        type: 'array',
        description: 'Settings for some files, applied in order after the rest.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['files'],
          properties: {
            files: {type: 'array', minItems: 1, items: {type: 'string', minLength: 1}, description: 'Globs, relative to the configuration file copydesk loaded (wire/**).'},
            rules: {$ref: '#/definitions/rules'},
            glossary: {type: 'array', items: glossaryEntrySchema, description: 'Added to the glossary for these files.'}
          }
        }
      },
      ignore: {type: 'array', items: {type: 'string'}, description: 'Globs of paths not to lint, relative to this file.'},
      reportUnusedDirectives: {type: 'boolean', description: 'Warn about copydesk-disable comments that switch nothing off (as --report-unused-directives).'}
    },
    definitions: {severity, rules: {type: 'object', additionalProperties: false, properties: ruleProperties}}
  }
}
