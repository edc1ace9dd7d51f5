/**
 * Rules written as data: the packs shipped in `rules/packs/<name>/` (compiled
 * into `dist/packs.json`) and a newsroom's own rule folders (`ruleDirs`).
 * Each file names an engine (rules/engines.ts) and holds its entries; it is
 * checked with errors that name the file and the field, and once loaded it is
 * a rule like any other: listed, configured, reported, fixed.
 */
import {closest, CopydeskError} from './errors.js'
import {commonJs, packageFile, ruleFiles} from './platform.js'
import {engineFor, engines} from './rules/engines.js'
import {docsBase, validateSpec} from './spec.js'
import type {Options, RuleSpec} from './types.js'

/** Parse and check one rule file; `label` names it in errors, `origin` is recorded on the spec, `urlFor` gives its docs link unless the file names one. */
export function readDataRule(text: string, label: string, origin: string, urlFor?: (id: string) => string): RuleSpec {
  let raw: unknown
  try {
    raw = (commonJs('yaml') as typeof import('yaml')).parse(text)
  } catch (error) {
    throw new CopydeskError(`${label}: invalid YAML: ${(error as Error).message.split('\n')[0]}`)
  }

  const declared = (raw as {url?: unknown} | null)?.url
  const spec = validateSpec(raw, label)
  const engine = spec.engine ? engineFor(spec.engine) : undefined
  if (!engine) {
    const suggestion = spec.engine ? closest(spec.engine, engines.map((item) => item.id)) : undefined
    throw new CopydeskError(
      `${label}: field \`engine\` must be one of ${engines.map((item) => item.id).join(', ')}` + (spec.engine ? `, not \`${spec.engine}\`` : '') + (suggestion ? `; did you mean \`${suggestion}\`?` : '')
    )
  }

  if (Object.keys(spec.options).length > 0) throw new CopydeskError(`${label}: field \`options\` is not used by data rules (put entries under \`data\`)`)
  spec.data = engine.validate(spec.data, label)
  spec.origin = origin
  if (declared === undefined && urlFor) spec.url = urlFor(spec.id)
  return spec
}

let packs: Record<string, RuleSpec[]> | undefined

/** The shipped packs by name, compiled at build. */
export function packNames(): string[] {
  packs ??= JSON.parse(packageFile('dist/packs.json')) as Record<string, RuleSpec[]>
  return Object.keys(packs)
}

function pack(name: string, where: string): RuleSpec[] {
  const names = packNames()
  if (!names.includes(name)) throw new CopydeskError(`${where}: unknown pack \`${name}\` (packs: ${names.join(', ')})`)
  return packs![name]!
}

/** Every rule file in `directory`, checked. */
export function readRuleDir(directory: string): RuleSpec[] {
  let files: Array<{file: string; text: string}>
  try {
    files = ruleFiles(directory)
  } catch {
    throw new CopydeskError(`${directory}: cannot read rule folder`)
  }

  if (files.length === 0) throw new CopydeskError(`${directory}: no rule files (*.yml) in this folder`)
  return files.map(({file, text}) => readDataRule(text, file, file, () => `file://${file}`))
}

const loaded = new Map<string, RuleSpec>()

/** The data rules `options` turn on, each id unique among all rules; registered for reporters (SARIF, hover, --fix). */
export function dataRules(options: Options, where: string, builtIn: readonly RuleSpec[]): RuleSpec[] {
  const result: RuleSpec[] = []
  const taken = new Map(builtIn.map((spec) => [spec.id, 'a built-in rule']))
  const add = (spec: RuleSpec) => {
    const other = taken.get(spec.id)
    if (other) throw new CopydeskError(`${spec.origin ?? where}: rule \`${spec.id}\` is already ${other}`)
    taken.set(spec.id, spec.origin ?? where)
    result.push(spec)
    loaded.set(spec.id, spec)
  }

  for (const name of list(options.packs, 'packs', where)) for (const spec of pack(name, where)) add(spec)
  for (const directory of list(options.ruleDirs, 'ruleDirs', where)) for (const spec of readRuleDir(directory)) add(spec)
  return result
}

function list(value: unknown, field: string, where: string): string[] {
  if (value === undefined) return []
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) throw new CopydeskError(`${where}: field \`${field}\` must be a list of strings`)
  return value as string[]
}

/** Data rules loaded so far in this process (for reporters that look a rule up by id). */
export function loadedDataRules(): RuleSpec[] {
  return [...loaded.values()]
}

/** A pack rule's documentation anchor. */
export function packUrl(pack: string, id: string): string {
  return docsBase.replace(/rules\.md#$/, `packs/${pack}.md#`) + id
}
