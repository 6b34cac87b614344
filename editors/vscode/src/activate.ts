// The extension's decisions, apart from VS Code so that they can be tested
// without it: which copydesk runs the server (the workspace's own
// installation, as the ESLint extension uses the project's eslint, else the
// copy bundled in the extension), what the settings are, and what the
// language client is told. extension.ts hands these to VS Code.
import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join, resolve} from 'node:path'

export interface Settings {
  enable: boolean
  /** A configuration file instead of the nearest rules.config.json, relative to the workspace folder. */
  configPath: string | undefined
  run: 'onType' | 'onSave'
}

export interface ServerChoice {
  /** The server's entry module, started with --node-ipc. */
  module: string
  from: 'workspace' | 'bundled'
  /** The workspace folder whose installation it is. */
  folder?: string
}

/** The settings under `copydesk.*`, each read through `get`; anything mistyped falls back to its default. */
export function readSettings(get: (key: string) => unknown): Settings {
  const enable = get('enable')
  const configPath = get('configPath')
  const run = get('run')
  return {
    enable: typeof enable === 'boolean' ? enable : true,
    configPath: typeof configPath === 'string' && configPath.trim() !== '' ? configPath.trim() : undefined,
    run: run === 'onSave' ? 'onSave' : 'onType'
  }
}

/** Where `copydesk/package.json` resolves from `folder`, as Node would resolve it there; undefined when not installed. */
function resolvePackage(folder: string): string | undefined {
  try {
    return createRequire(join(folder, 'package.json')).resolve('copydesk/package.json')
  } catch {
    return undefined
  }
}

export interface ChooseOptions {
  /** Workspace folder paths. */
  folders: readonly string[]
  /** Whether the user trusts the workspace: only then is its code run. */
  trusted: boolean
  /** The bundled server's entry. */
  bundled: string
  resolvePackage?: (folder: string) => string | undefined
  readFile?: (path: string) => string
  exists?: (path: string) => boolean
}

/**
 * The workspace's own copydesk when a trusted workspace folder has one with
 * a language server (older versions have none), else the bundled copy.
 */
export function chooseServer(options: ChooseOptions): ServerChoice {
  const find = options.resolvePackage ?? resolvePackage
  const read = options.readFile ?? ((path: string) => readFileSync(path, 'utf8'))
  const exists = options.exists ?? existsSync
  if (options.trusted) {
    for (const folder of options.folders) {
      const manifestPath = find(folder)
      if (manifestPath === undefined) continue
      let bin: unknown
      try {
        bin = (JSON.parse(read(manifestPath)) as {bin?: Record<string, unknown>}).bin?.['copydesk-language-server']
      } catch {
        continue
      }
      if (typeof bin !== 'string') continue
      const module = resolve(dirname(manifestPath), bin)
      if (exists(module)) return {module, from: 'workspace', folder}
    }
  }
  return {module: options.bundled, from: 'bundled'}
}

/** The documents the client sends to the server: Markdown and plain text, saved or not. */
export const documentSelector = ['markdown', 'plaintext'].flatMap((language) => [
  {scheme: 'file', language},
  {scheme: 'untitled', language}
])

/** What the server is started with: its settings as initialization options (see src/lsp/server.ts). */
export function initializationOptions(settings: Settings): Record<string, unknown> {
  return {enable: settings.enable, configPath: settings.configPath ?? null, run: settings.run}
}

/** Whether a settings change needs the server restarted (switched on or off); the rest it takes as it runs. */
export function needsRestart(before: Settings, after: Settings): boolean {
  return before.enable !== after.enable
}
