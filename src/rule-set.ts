/**
 * Resolve configuration into the rules to run: defaults from `rules/*.yml`,
 * severities and options from config, with errors that name the setting.
 */
import {closest, CopydeskError} from './errors.js'
import {packageFile} from './platform.js'
import {loadedDataRules} from './data-rules.js'
import {engineFor} from './rules/engines.js'
import {modules} from './rules/index.js'
import {termsInForce, type Term} from './rules/terminology.js'
import {coerceSeverity, severities, validateOptions} from './spec.js'
import type {Check, RuleSetting, RuleSpec, Severity} from './types.js'

export interface ActiveRule {
  spec: RuleSpec
  severity: Severity
  options: Record<string, unknown>
  check: Check
}

let specsCache: RuleSpec[] | undefined

/** Every rule's spec: `dist/rules.json` when built, else the YAML in `rules/` (development). */
export function specs(): RuleSpec[] {
  if (Array.isArray(specsCache)) return specsCache
  let compiled: string
  try {
    compiled = packageFile('dist/rules.json')
  } catch {
    throw new CopydeskError('rules are not compiled: run `npm run build` (or call `loadSpecsFromYaml()` first)')
  }

  specsCache = JSON.parse(compiled) as RuleSpec[]
  return specsCache
}

/** Development and tests: read the YAML rule files directly. */
export async function loadSpecsFromYaml(): Promise<RuleSpec[]> {
  const {readSpecs} = await import('./build-rules.js')
  specsCache = readSpecs()
  return specsCache
}

/** Built-in rules and the data rules loaded in this process. */
export function allSpecs(): RuleSpec[] {
  return [...specs(), ...loadedDataRules()]
}

export function specFor(id: string | undefined): RuleSpec | undefined {
  return id === undefined ? undefined : allSpecs().find((spec) => spec.id === id)
}

export function ruleIds(): string[] {
  return specs().map((spec) => spec.id)
}

/** Split a rule setting into severity and options. */
function parseSetting(id: string, setting: RuleSetting, where: string): {severity?: Severity; options: Record<string, unknown>} {
  const bad = () =>
    new CopydeskError(`${where}: rule \`${id}\` must be a severity (${severities.join(', ')}), [severity, options] or {severity, ...options}`)
  if (Array.isArray(setting)) {
    const severity = coerceSeverity(setting[0])
    if (!severity || setting.length > 2) throw bad()
    const options = setting[1] ?? {}
    if (typeof options !== 'object' || options === null || Array.isArray(options)) throw bad()
    return {severity, options}
  }

  if (typeof setting === 'object' && setting !== null) {
    const {severity: raw, ...options} = setting
    if (raw === undefined) return {options}
    const severity = coerceSeverity(raw)
    if (!severity) throw bad()
    return {severity, options}
  }

  const severity = coerceSeverity(setting)
  if (!severity) throw bad()
  return {severity, options: {}}
}

/**
 * The rules to run for `settings`; `where` names the config in errors.
 */
export function activeRules(settings: Record<string, RuleSetting> | undefined, where = 'config', dataRules: readonly RuleSpec[] = []): ActiveRule[] {
  const all = [...specs(), ...dataRules]
  const byId = new Map(all.map((spec) => [spec.id, spec]))
  for (const id of Object.keys(settings ?? {})) {
    if (!byId.has(id)) {
      const suggestion = closest(id, byId.keys())
      throw new CopydeskError(`${where}: unknown rule \`${id}\`` + (suggestion ? `; did you mean \`${suggestion}\`?` : ''))
    }
  }

  const on: Array<Omit<ActiveRule, 'check'>> = []
  for (const spec of all) {
    const setting = settings?.[spec.id]
    const parsed = setting === undefined ? {options: {}} : parseSetting(spec.id, setting, where)
    const severity = parsed.severity ?? spec.severity
    if (severity === 'off') continue
    on.push({spec, severity, options: validateOptions(spec.options, parsed.options, `${where}: rule \`${spec.id}\``, spec.optionsSchema)})
  }

  // The house terms this run enforces, for the rules that leave a ruled term to them.
  const terms = on.flatMap(({spec, options}) => (spec.id === 'terminology' ? termsInForce(spec, options) : spec.engine === 'substitution' ? (spec.data as Term[]) : []))
  return on.map(({spec, severity, options}) => {
    const engine = spec.engine ? engineFor(spec.engine) : undefined
    const check = engine ? engine.create(spec) : modules.find((item) => item.id === spec.id)!.create({spec, options, terms})
    return {spec, severity, options, check}
  })
}
