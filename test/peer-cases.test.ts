// Other linters' own test cases (../shared/peer-cases), run from there with their runner, never copied here.
import {execFileSync} from 'node:child_process'
import path from 'node:path'
import {expect, it} from 'vitest'
import {root, shared} from './helpers.js'

it('catches at least 85% of the peers’ flag cases and flags at most 3% of their clean ones, in the families copydesk has a rule for', () => {
  const out = execFileSync(process.execPath, [path.join(shared, 'peer-cases/run.mjs'), '--json'], {cwd: root, encoding: 'utf8', env: {...process.env, PROJECT: root}})
  const families = new Set(['repeated', 'article', 'acronym', 'spacing', 'spelling-mix', 'date'])
  const rows = (JSON.parse(out) as {byFamily: Array<{name: string; flag: number; caught: number; clean: number; falseAlarms: number}>}).byFamily.filter((row) => families.has(row.name))
  const sum = (key: 'flag' | 'caught' | 'clean' | 'falseAlarms') => rows.reduce((total, row) => total + row[key], 0)
  expect(rows).toHaveLength(families.size)
  expect(sum('caught') / sum('flag')).toBeGreaterThanOrEqual(0.85)
  expect(sum('falseAlarms') / sum('clean')).toBeLessThanOrEqual(0.03)
})
