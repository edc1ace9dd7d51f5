/**
 * Build step: validate every rule file in `rules/*.yml` and compile them into
 * `dist/rules.json`, so start-up reads one JSON file instead of parsing YAML.
 */
import {chmodSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {parse} from 'yaml'
import {compileDictionary} from './data/dictionary.js'
import {CopydeskError} from './errors.js'
import {distDir, rulesDir} from './paths.js'
import {modules} from './rules/index.js'
import {safePatterns} from './rules/terminology.js'
import {packUrl, readDataRule} from './data-rules.js'
import {validateSpec} from './spec.js'
import type {RuleSpec} from './types.js'

export function readSpecs(directory = rulesDir): RuleSpec[] {
  const specs: RuleSpec[] = []
  for (const name of readdirSync(directory).sort()) {
    // Rule files are `.yml`; data files they name (`.yaml`, `.json`) are read with them.
    if (!name.endsWith('.yml')) continue
    const file = path.join('rules', name)
    let data: unknown
    try {
      data = parse(readFileSync(path.join(directory, name), 'utf8'))
    } catch (error) {
      throw new CopydeskError(`${file}: invalid YAML: ${(error as Error).message.split('\n')[0]}`)
    }

    const spec = validateSpec(data, file)
    if (spec.id !== path.basename(name, path.extname(name))) {
      throw new CopydeskError(`${file}: field \`id\` must match the file name`)
    }

    if (typeof spec.data === 'string') {
      const dataFile = path.join('rules', spec.data)
      let raw: unknown
      try {
        const source = readFileSync(path.join(directory, spec.data), 'utf8')
        raw = spec.data.endsWith('.json') ? JSON.parse(source) : parse(source)
      } catch (error) {
        throw new CopydeskError(`${dataFile}: cannot read: ${(error as Error).message.split('\n')[0]}`)
      }

      const module = modules.find((item) => item.id === spec.id)
      spec.data = module?.validateData ? module.validateData(raw, dataFile) : raw
    }

    specs.push(spec)
  }

  const ids = new Set(specs.map((spec) => spec.id))
  for (const module of modules) {
    if (!ids.has(module.id)) throw new CopydeskError(`rules/${module.id}.yml: missing for rule module \`${module.id}\``)
  }

  for (const id of ids) {
    if (!modules.some((module) => module.id === id)) throw new CopydeskError(`rules/${id}.yml: no rule module \`${id}\` in src/rules/`)
  }

  return specs
}

/** The packs in `rules/packs/<name>/`: rules written as data, each file checked as a user's would be. */
export function readPacks(directory = path.join(rulesDir, 'packs')): Record<string, RuleSpec[]> {
  const packs: Record<string, RuleSpec[]> = {}
  for (const name of readdirSync(directory).sort()) {
    packs[name] = readdirSync(path.join(directory, name))
      .filter((file) => file.endsWith('.yml'))
      .sort()
      .map((file) => {
        const label = path.join('rules/packs', name, file)
        const spec = readDataRule(readFileSync(path.join(directory, name, file), 'utf8'), label, `pack ${name}`, (id) => packUrl(name, id))
        if (spec.id !== path.basename(file, '.yml')) throw new CopydeskError(`${label}: field \`id\` must match the file name`)
        return spec
      })
  }

  return packs
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const specs = readSpecs()
    writeFileSync(path.join(distDir, 'rules.json'), JSON.stringify(specs))
    const packs = readPacks()
    writeFileSync(path.join(distDir, 'packs.json'), JSON.stringify(packs))
    // The default rules' patterns that pass the exponential-backtracking check, so start-up need not
    // judge them again (see checkedAtBuild in rules/terminology.ts).
    const patterns = new Set<string>()
    JSON.stringify(specs, (key, value: unknown) => {
      if ((key === 'pattern' || key === 'when' || key === 'unless') && typeof value === 'string') patterns.add(value)
      return value
    })
    writeFileSync(path.join(distDir, 'safe-patterns.json'), JSON.stringify(safePatterns([...patterns])))
    // The spelling dictionary's tables as bytes searched in place (see data/dictionary.ts).
    writeFileSync(path.join(distDir, 'spelling-words.bin'), compileDictionary(readFileSync(path.join(rulesDir, 'data/spelling-words.json'), 'latin1')))
    // titles.yaml as JSON too: start-up then needs no YAML parser.
    writeFileSync(path.join(distDir, 'titles.json'), JSON.stringify(parse(readFileSync(path.join(rulesDir, 'titles.yaml'), 'utf8'))))
    // tsc writes files without the execute bit; the bins need it (npx copydesk on a fresh clone).
    // tsc's unbundled modules of the bins too: an npx cache made before the bins were .cjs files
    // still links `copydesk` to dist/cli.js, which then runs the same code, unbundled.
    for (const bin of ['cli.cjs', 'language-server.cjs', 'cli.js', 'language-server.js']) chmodSync(path.join(distDir, bin), 0o755)
    // stderr: `npm pack` (run by pre-commit) takes its stdout for the tarball's name.
    const packRules = Object.values(packs).flat().length
    console.error(`compiled ${specs.length} rules into dist/rules.json, ${packRules} pack rules into dist/packs.json, titles into dist/titles.json, the spelling dictionary into dist/spelling-words.bin`)
  } catch (error) {
    console.error(error instanceof CopydeskError ? error.message : error)
    process.exitCode = 1
  }
}
