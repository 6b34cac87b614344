// The layers of src/ (docs/architecture.md): a module imports only from its
// own layer or the layers below, and no modules import each other in a
// circle. A new folder must be given its place here before it can land.
import assert from 'node:assert/strict'
import {readdirSync, readFileSync} from 'node:fs'
import {dirname, join, normalize, relative} from 'node:path'
import {test} from 'node:test'

const src = join(import.meta.dirname, '..', 'src')

/** Bottom first. Each entry is a folder or a file directly under src/. */
const layers: string[][] = [
  ['data', 'io', 'links.ts'],
  ['text', 'document.ts'],
  ['source'],
  ['rule.ts', 'message.ts'],
  ['rules'],
  ['config'],
  ['fix'],
  ['pipeline'],
  ['report'],
  ['index.ts'],
  ['cli'],
  ['lsp'],
  ['cli.ts', 'bin.ts']
]

/** Known upward imports, each a debt to pay rather than a pattern to copy. */
const debts = new Set<string>([])

function modules(folder: string): string[] {
  return readdirSync(folder, {withFileTypes: true}).flatMap((entry) => {
    const path = join(folder, entry.name)
    return entry.isDirectory() ? modules(path) : entry.name.endsWith('.ts') ? [relative(src, path)] : []
  })
}

/** Relative imports of a module, as paths under src/ (type-only imports count: they are dependencies too). */
function imports(module: string): string[] {
  const text = readFileSync(join(src, module), 'utf8')
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?['"](\.{1,2}\/[^'"]+)['"]/g), ...text.matchAll(/import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g)]
  return specifiers.map((match) => normalize(join(dirname(module), match[1]!)).replace(/\.js$/, '.ts')).filter((path) => path.endsWith('.ts'))
}

const layerOf = (module: string) => layers.findIndex((layer) => layer.includes(module.split('/')[0]!))
const all = modules(src)

test('layers: every folder and top-level module of src/ has a layer', () => {
  assert.deepEqual(all.filter((module) => layerOf(module) === -1), [])
})

test('layers: no module imports from a layer above its own, except the named debts', () => {
  const upward = all.flatMap((module) => imports(module).filter((target) => layerOf(target) > layerOf(module)).map((target) => `${module} -> ${target}`))
  assert.deepEqual(upward.filter((edge) => !debts.has(edge)), [])
  assert.deepEqual([...debts].filter((edge) => !upward.includes(edge)), [], 'a debt is paid: remove it from the list')
})

test('layers: no import circles', () => {
  // Tarjan's strongly connected components over the module graph.
  const graph = new Map(all.map((module) => [module, imports(module)]))
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const circles: string[][] = []
  const visit = (module: string) => {
    index.set(module, index.size)
    low.set(module, index.get(module)!)
    stack.push(module)
    for (const target of graph.get(module) ?? []) {
      if (!index.has(target)) {
        visit(target)
        low.set(module, Math.min(low.get(module)!, low.get(target)!))
      } else if (stack.includes(target)) low.set(module, Math.min(low.get(module)!, index.get(target)!))
    }
    if (low.get(module) === index.get(module)) {
      const component: string[] = []
      let member
      do {
        member = stack.pop()!
        component.push(member)
      } while (member !== module)
      if (component.length > 1) circles.push(component.sort())
    }
  }
  for (const module of all) if (!index.has(module)) visit(module)
  assert.deepEqual(circles, [])
})
