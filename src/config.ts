/**
 * Find and load configuration: `.copydeskrc` (JSON or YAML, also with a
 * `.json`, `.yml` or `.yaml` extension) or a `copydesk` field in package.json,
 * the nearest one walking up from each file's folder. One layer for the CLI
 * and the language server, with one place that resolves the paths a config
 * names (relative to that config file).
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {parseYaml} from './data/user-file.js'
import {closest, CopydeskError} from './errors.js'
import type {Options} from './types.js'

export const configNames = ['.copydeskrc', '.copydeskrc.json', '.copydeskrc.yml', '.copydeskrc.yaml']
const knownKeys = ['dialect', 'date', 'format', 'rules', 'packs', 'ruleDirs']

export interface LoadedConfig {
  /** The file it came from, or undefined for none. */
  path: string | undefined
  options: Options
}

export class ConfigFinder {
  private readonly byDirectory = new Map<string, LoadedConfig>()

  /** `explicit`: a `--config` file that replaces discovery. */
  constructor(private readonly explicit?: string, private readonly disabled = false) {}

  /** The config for a file in `directory`. Throws `CopydeskError` on a broken config. */
  forDirectory(directory: string): LoadedConfig {
    if (this.disabled) return {path: undefined, options: {}}
    if (this.explicit) return this.load(path.resolve(this.explicit), true)
    const cached = this.byDirectory.get(directory)
    if (cached) return cached
    let result: LoadedConfig | undefined
    for (const name of configNames) {
      const candidate = path.join(directory, name)
      if (existsSync(candidate)) {
        result = this.load(candidate, false)
        break
      }
    }

    if (!result) {
      const pkg = path.join(directory, 'package.json')
      if (existsSync(pkg)) {
        let data: unknown
        try {
          data = JSON.parse(readFileSync(pkg, 'utf8'))
        } catch {
          data = undefined
        }

        if (data && typeof data === 'object' && 'copydesk' in data) {
          result = {path: pkg, options: relativeTo(validateConfig((data as {copydesk: unknown}).copydesk, `${pkg}: field \`copydesk\``), directory)}
        }
      }
    }

    if (!result) {
      const parent = path.dirname(directory)
      result = parent === directory ? {path: undefined, options: {}} : this.forDirectory(parent)
    }

    this.byDirectory.set(directory, result)
    return result
  }

  private load(file: string, explicit: boolean): LoadedConfig {
    const cached = this.byDirectory.get('file:' + file)
    if (cached) return cached
    let raw: string
    try {
      raw = readFileSync(file, 'utf8')
    } catch {
      throw new CopydeskError(`${file}: cannot read config file` + (explicit ? '' : ''))
    }

    let data: unknown
    try {
      data = file.endsWith('.json') ? JSON.parse(raw) : parseYaml(raw)
    } catch (error) {
      throw new CopydeskError(`${file}: invalid ${file.endsWith('.json') ? 'JSON' : 'YAML/JSON'}: ${(error as Error).message.split('\n')[0]}`)
    }

    const result = {path: file, options: relativeTo(validateConfig(data ?? {}, file), path.dirname(file))}
    this.byDirectory.set('file:' + file, result)
    return result
  }
}

/**
 * Rule folders (`ruleDirs`) and rule options that name files (`files` of terminology, officeholder, spelling) are relative to the
 * config file that names them, not to the folder copydesk runs in (nor the language server's own).
 */
function relativeTo(options: Options, directory: string): Options {
  if (Array.isArray(options.ruleDirs)) options = {...options, ruleDirs: options.ruleDirs.map((folder) => (typeof folder === 'string' ? path.resolve(directory, folder) : folder))}
  if (!options.rules) return options
  const rules: NonNullable<Options['rules']> = {}
  for (const [id, setting] of Object.entries(options.rules)) {
    const resolve = (value: Record<string, unknown>) =>
      Array.isArray(value['files']) ? {...value, files: value['files'].map((file) => (typeof file === 'string' ? path.resolve(directory, file) : file))} : value
    if (Array.isArray(setting) && setting[1] && typeof setting[1] === 'object') rules[id] = [setting[0], resolve(setting[1] as Record<string, unknown>)]
    else if (setting && typeof setting === 'object' && !Array.isArray(setting)) rules[id] = resolve(setting as Record<string, unknown>) as typeof setting
    else rules[id] = setting
  }

  return {...options, rules}
}

/** Shape-check a config object; rule ids and options are checked when rules are built. */
export function validateConfig(data: unknown, where: string): Options {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new CopydeskError(`${where}: config must be a mapping (e.g. {"rules": {"repeated-words": "error"}})`)
  }

  for (const key of Object.keys(data)) {
    if (!knownKeys.includes(key)) {
      const suggestion = closest(key, knownKeys)
      throw new CopydeskError(`${where}: unknown field \`${key}\`` + (suggestion ? `; did you mean \`${suggestion}\`?` : ''))
    }
  }

  const options = data as Record<string, unknown>
  if (options['rules'] !== undefined && (typeof options['rules'] !== 'object' || options['rules'] === null || Array.isArray(options['rules']))) {
    throw new CopydeskError(`${where}: field \`rules\` must be a mapping of rule ids to settings`)
  }

  if (options['date'] instanceof Date) options['date'] = (options['date'] as Date).toISOString().slice(0, 10)
  return options as Options
}
