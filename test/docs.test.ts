import {spawnSync} from 'node:child_process'
import {readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {expect, it} from 'vitest'
import {ruleSpecs} from '../src/index.js'
import {readmeWithRules, rulesMarkdown} from '../src/scripts/docs.js'
import {root} from './helpers.js'

it('docs/rules.md is generated from the current rule files (run `npm run docs`)', () => {
  expect(readFileSync(path.join(root, 'docs/rules.md'), 'utf8')).toBe(rulesMarkdown(ruleSpecs()))
})

it('the README opens with the install-and-run and the test commands', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1]!.trim())
  expect(blocks.slice(0, 2)).toEqual(['npm ci && npx copydesk fixtures/drafts/harbour-fire.txt', 'npm test'])
})

it('the README’s run command works as written after the build (bins are executable)', () => {
  // The bins, and tsc's modules of the same code, which an npx cache from before the bins were .cjs still names.
  for (const bin of ['dist/cli.cjs', 'dist/language-server.cjs', 'dist/cli.js', 'dist/language-server.js']) expect(statSync(path.join(root, bin)).mode & 0o111).toBe(0o111)
  const run = spawnSync('npx', ['--no-install', 'copydesk', 'fixtures/drafts/harbour-fire.txt'], {cwd: root, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
  expect(run.stderr).not.toMatch(/Permission denied|not found/)
  expect(run.stdout).toMatch(/^fixtures\/drafts\/harbour-fire\.txt\n/)
  // The sample draft has two errors of fact (an officeholder out of office, a wrong title): exit 1, as in CI.
  expect(run.stdout).toContain('Suella Braverman left office as Home Secretary on 2023-11-13')
  expect(run.status).toBe(1)
})

it('the README rules table lists every rule (run `npm run docs`)', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
  expect(readme).toBe(readmeWithRules(readme, ruleSpecs()))
  for (const spec of ruleSpecs()) expect(readme).toContain(`[\`${spec.id}\`](docs/rules.md#${spec.id})`)
})
