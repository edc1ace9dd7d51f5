/**
 * Rule files (`rules/<id>.yml`): validation with errors that name the file and
 * the field, and severity coercion in the style of unified-lint-rule.
 */
import {CopydeskError} from './errors.js'
import type {OptionSchema, RuleSpec, Severity} from './types.js'

export const severities: readonly Severity[] = ['off', 'info', 'warning', 'error']
export const docsBase = 'https://github.com/copydesk/copydesk/blob/main/docs/rules.md#'

/** `off|0|false`, `info|suggestion`, `on|warn|warning|1|true`, `error|2`. */
export function coerceSeverity(value: unknown): Severity | undefined {
  switch (value) {
    case 'off':
    case 0:
    case false: {
      return 'off'
    }

    case 'info':
    case 'suggestion': {
      return 'info'
    }

    case 'on':
    case 'warn':
    case 'warning':
    case 1:
    case true: {
      return 'warning'
    }

    case 'error':
    case 2: {
      return 'error'
    }

    default: {
      return undefined
    }
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Check a parsed rule file; `file` names it in errors. */
export function validateSpec(value: unknown, file: string): RuleSpec {
  const fail = (field: string, problem: string): never => {
    throw new CopydeskError(`${file}: field \`${field}\` ${problem}`)
  }

  if (!isObject(value)) fail('(root)', 'must be a mapping')
  const data = value as Record<string, unknown>
  const id = data['id']
  if (typeof id !== 'string' || !/^[a-z][a-z\d]*(?:-[a-z\d]+)*$/.test(id)) fail('id', 'must be a kebab-case string')
  const description = data['description']
  if (typeof description !== 'string' || description.length === 0) fail('description', 'must be a non-empty string')
  const severity = coerceSeverity(data['severity'])
  if (!severity) fail('severity', `must be one of ${severities.join(', ')}`)
  if (data['fixable'] !== undefined && typeof data['fixable'] !== 'boolean') fail('fixable', 'must be true or false')
  if (data['category'] !== undefined && typeof data['category'] !== 'string') fail('category', 'must be a string')
  if (data['url'] !== undefined && typeof data['url'] !== 'string') fail('url', 'must be a string')
  if (data['engine'] !== undefined && (typeof data['engine'] !== 'string' || !data['engine'])) fail('engine', 'must be a string')
  if (data['engine'] !== undefined) {
    // A rule written as data carries its entries; the engine checks them.
    if (!isObject(data['data'])) fail('data', 'must be a mapping of the entries the engine reads')
  } else if (data['data'] !== undefined && (typeof data['data'] !== 'string' || !/^[\w.-]+\.(?:ya?ml|json)$/.test(data['data']))) {
    fail('data', 'must name a YAML or JSON file in rules/')
  }

  if (data['options'] !== undefined && !isObject(data['options'])) fail('options', 'must be a mapping')
  const optionsSchema = checkOptionsSchema((data['options'] as Record<string, unknown> | undefined) ?? {}, data['optionsSchema'], fail)
  const examples = data['examples']
  if (examples !== undefined) {
    if (!isObject(examples)) fail('examples', 'must be a mapping with `valid` and `invalid`')
    const {valid, invalid} = examples as Record<string, unknown>
    if (valid !== undefined && (!Array.isArray(valid) || valid.some((item) => typeof item !== 'string'))) {
      fail('examples.valid', 'must be a list of strings')
    }

    if (invalid !== undefined) {
      if (!Array.isArray(invalid)) fail('examples.invalid', 'must be a list')
      for (const [index, item] of (invalid as unknown[]).entries()) {
        if (!isObject(item) || typeof item['text'] !== 'string') fail(`examples.invalid[${index}].text`, 'must be a string')
        const entry = item as Record<string, unknown>
        for (const key of ['output', 'actual'] as const) {
          if (entry[key] !== undefined && typeof entry[key] !== 'string') fail(`examples.invalid[${index}].${key}`, 'must be a string')
        }
      }
    }
  }

  return {
    id: id as string,
    description: description as string,
    severity: severity!,
    fixable: (data['fixable'] as boolean | undefined) ?? false,
    category: (data['category'] as string | undefined) ?? 'style',
    url: (data['url'] as string | undefined) ?? docsBase + (id as string),
    options: (data['options'] as Record<string, unknown> | undefined) ?? {},
    ...(optionsSchema ? {optionsSchema} : {}),
    ...(data['data'] === undefined ? {} : {data: data['data']}),
    ...(data['engine'] === undefined ? {} : {engine: data['engine'] as string}),
    ...(examples === undefined ? {} : {examples: examples as NonNullable<RuleSpec['examples']>})
  }
}

const kinds: readonly OptionSchema['type'][] = ['boolean', 'integer', 'number', 'string', 'list', 'mapping']

/** The kind of an option value, in the schema's terms. */
function kindOf(value: unknown): OptionSchema['type'] | 'null' {
  if (Array.isArray(value)) return 'list'
  if (value === null) return 'null'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  if (typeof value === 'object') return 'mapping'
  return typeof value as 'boolean' | 'string'
}

/** Every option has a schema entry: its type (matching the default), a description, and any limits. */
function checkOptionsSchema(options: Record<string, unknown>, value: unknown, fail: (field: string, problem: string) => never): Record<string, OptionSchema> | undefined {
  if (value === undefined) {
    if (Object.keys(options).length > 0) fail('optionsSchema', 'must describe every option (type and description)')
    return undefined
  }

  if (!isObject(value)) fail('optionsSchema', 'must be a mapping of option names to {type, description}')
  const schema = value as Record<string, Record<string, unknown>>
  for (const key of Object.keys(schema)) if (!(key in options)) fail(`optionsSchema.${key}`, 'describes no option (add its default under `options`)')
  for (const [key, fallback] of Object.entries(options)) {
    const entry = schema[key]
    const at = `optionsSchema.${key}`
    if (!isObject(entry)) fail(at, 'must be a mapping with `type` and `description`')
    if (!kinds.includes(entry!['type'] as OptionSchema['type'])) fail(`${at}.type`, `must be one of ${kinds.join(', ')}`)
    const kind = kindOf(fallback)
    if (kind !== entry!['type'] && !(entry!['type'] === 'number' && kind === 'integer')) fail(`${at}.type`, `is ${String(entry!['type'])}, but the default is a ${kind}`)
    if (typeof entry!['description'] !== 'string' || !entry!['description']) fail(`${at}.description`, 'must be a non-empty string')
    if (entry!['enum'] !== undefined && (!Array.isArray(entry!['enum']) || !(entry!['enum'] as unknown[]).includes(fallback))) fail(`${at}.enum`, 'must be a list that includes the default')
    for (const limit of ['minimum', 'maximum'] as const) if (entry![limit] !== undefined && typeof entry![limit] !== 'number') fail(`${at}.${limit}`, 'must be a number')
    if (entry!['sorted'] !== undefined && typeof entry!['sorted'] !== 'boolean') fail(`${at}.sorted`, 'must be true or false')
  }

  return schema as unknown as Record<string, OptionSchema>
}

/**
 * Check user options against a rule's defaults and schema: unknown keys,
 * values of another type than the default, values outside an enum or a range,
 * and list items of another type are errors naming `where`.
 */
export function validateOptions(
  defaults: Record<string, unknown>,
  options: Record<string, unknown>,
  where: string,
  schema: Record<string, OptionSchema> = {}
): Record<string, unknown> {
  const result = {...defaults}
  for (const [key, value] of Object.entries(options)) {
    if (key === 'severity') continue
    if (!(key in defaults)) {
      const known = Object.keys(defaults)
      throw new CopydeskError(
        `${where}: unknown option \`${key}\`` + (known.length > 0 ? ` (options: ${known.join(', ')})` : ' (this rule takes no options)')
      )
    }

    const expected = defaults[key]
    const kind = (item: unknown) => (Array.isArray(item) ? 'list' : item === null ? 'null' : typeof item)
    if (expected !== undefined && expected !== null && kind(expected) !== kind(value)) {
      throw new CopydeskError(`${where}: option \`${key}\` must be a ${kind(expected)}, not ${kind(value)}`)
    }

    const rules = schema[key]
    if (rules) {
      if (rules.type === 'integer' && !Number.isInteger(value)) throw new CopydeskError(`${where}: option \`${key}\` must be a whole number, not ${String(value)}`)
      if (rules.enum && !rules.enum.includes(value as string)) throw new CopydeskError(`${where}: option \`${key}\` must be one of ${rules.enum.join(', ')}, not \`${String(value)}\``)
      if (rules.minimum !== undefined && (value as number) < rules.minimum) throw new CopydeskError(`${where}: option \`${key}\` must be at least ${rules.minimum}, not ${String(value)}`)
      if (rules.maximum !== undefined && (value as number) > rules.maximum) throw new CopydeskError(`${where}: option \`${key}\` must be at most ${rules.maximum}, not ${String(value)}`)
    }

    // A list of strings by default takes strings ("files: [1]" is a mistake, not a file).
    if (Array.isArray(expected) && expected.length > 0 && expected.every((item) => typeof item === 'string') && (value as unknown[]).some((item) => typeof item !== 'string')) {
      throw new CopydeskError(`${where}: option \`${key}\` must be a list of strings`)
    }

    result[key] = value
  }

  return result
}
