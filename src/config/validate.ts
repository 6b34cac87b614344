// The validator of rules.config.json, compiled by Ajv from the schema the
// rule registry generates. The bundled command line gets it precompiled at
// build time instead (scripts/bundle.mjs, Ajv's standalone code): compiling
// costs more than the rest of a one-file run's start-up.
import {Ajv, type ValidateFunction} from 'ajv'
import type {JSONSchema7} from 'json-schema'

export const ajvOptions = {allErrors: true, strict: false, verbose: true}

export function compileValidator(schema: JSONSchema7): ValidateFunction {
  return new Ajv(ajvOptions).compile(schema)
}
