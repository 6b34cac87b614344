// A rule's page: what it catches and why, its examples, its options, how to
// switch it off. `npm run generate` writes one per rule to docs/rules/<id>.md
// (shipped in the package); `copydesk --explain <id>` prints it, offline.
import {readFileSync} from 'node:fs'
import {closest, distance} from 'fastest-levenshtein'
import type {JsonSchema, Rule} from '../rule.js'
import {rules, rulesById} from '../rules/index.js'

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

/**
 * The page of `rule` in Markdown. `about` is what it catches and why; the
 * rule's `docs.why` wins over it, and without either the description stands.
 */
export function rulePage(rule: Rule, about?: string): string {
  const lines = [
    `# ${rule.id}`,
    '',
    `${rule.description}.`,
    '',
    `Default severity: \`${rule.severity}\`. ${rule.fixable ? '`--fix` repairs it.' : 'Not fixed automatically.'}${rule.needsSource ? ' Runs only when the Chinese source is given (`--source`, front matter `source:`, or `story.zh.md` beside `story.md`).' : ''}`,
    ''
  ]
  const why = rule.docs.why ?? about
  if (why) lines.push('## What it catches, and why', '', why, '')
  lines.push('## Examples', '', 'Flagged:', '', '```text', rule.docs.bad, '```', '', 'Written well:', '', '```text', rule.docs.good, '```', '')
  if (rule.docs.source) lines.push('Chinese source of both:', '', '```text', rule.docs.source, '```', '')
  lines.push('## Options', '')
  const options = Object.entries(rule.schema.properties ?? {})
  if (options.length === 0) lines.push('None.', '')
  else {
    lines.push('| option | type | default | meaning |', '| --- | --- | --- | --- |')
    for (const [name, schema] of options) {
      const property = typeof schema === 'object' ? schema : {}
      const fallback = (rule.defaults as Record<string, unknown>)[name]
      lines.push(`| \`${name}\` | ${cell(typeLabel(property))} | \`${cell(JSON.stringify(fallback) ?? 'none')}\` | ${cell(property.description ?? '')} |`)
    }
    lines.push('', `Set them in \`rules.config.json\`: \`"${rule.id}": ["${rule.severity}", {"${options[0]![0]}": …}]\`.`, '')
  }
  lines.push(
    '## Switching it off',
    '',
    `For every article, in \`rules.config.json\`: \`"rules": {"${rule.id}": "off"}\`. For one line of an article:`,
    '',
    '```markdown',
    `<!-- copydesk-disable-next-line ${rule.id} -->`,
    '```',
    ''
  )
  return lines.join('\n')
}

function typeLabel(schema: JsonSchema): string {
  if (schema.type === 'array') {
    const items = typeof schema.items === 'object' && !Array.isArray(schema.items) ? (schema.items as JsonSchema) : undefined
    return `${String(items?.type ?? 'value')}[]`
  }
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(' | ')
  return String(schema.type ?? 'value')
}

/** The problem with an id that names no rule, with the nearest one. */
export function unknownRule(id: string): string {
  const guess = closest(id, rules.map((rule) => rule.id))
  const near = distance(id, guess) <= Math.max(2, id.length / 3)
  return `unknown rule \`${id}\`${near ? `; did you mean \`${guess}\`?` : ''} (the rules: ${rules.map((rule) => rule.id).join(', ')})`
}

/**
 * The page of rule `id`: the one shipped in the package (docs/rules/ under
 * `packageRoot`), or made from the rule's metadata when it is not there
 * (running from a checkout before `npm run generate`). Undefined for an
 * unknown id.
 */
export function explain(id: string, packageRoot: URL): string | undefined {
  const rule = rulesById.get(id)
  if (!rule) return undefined
  try {
    return readFileSync(new URL(`docs/rules/${id}.md`, packageRoot), 'utf8')
  } catch {
    return rulePage(rule)
  }
}
