// Front matter as most articles have it — `key: plain text` lines — read
// without the YAML parser, which costs more than the rest of a short
// article's parse. Anything else (quotes, lists, nesting, comments,
// numbers, booleans, null) returns undefined and goes to the yaml package.

const line = /^([A-Za-z_][\w-]*):(?:[ \t]+(.*))?$/
/** A plain scalar that the YAML 1.2 core schema reads as a string, and nothing more. */
const plain = /^[^\s\-?:,[\]{}#&*!|>'"%@`](?:[^#:]|:(?! )| (?!#))*$/
/** Core-schema scalars that are not strings. */
const special = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:\d+|0o[0-7]+|0x[\da-fA-F]+)|[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/

export function simpleFrontmatter(text: string): Record<string, unknown> | undefined {
  const data: Record<string, unknown> = {}
  for (const row of text.split(/\r?\n/)) {
    if (row.trim() === '') continue
    const match = line.exec(row)
    if (!match) return undefined
    const [, key, raw] = match
    const value = raw?.trimEnd()
    if (!value || !plain.test(value) || special.test(value) || Object.hasOwn(data, key!)) return undefined
    data[key!] = value
  }
  return data
}
