// Golden output: each draft in fixtures/drafts has the report it should produce
// beside it (`<name>.out`). UPDATE=1 rewrites them.
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {cli, root} from './helpers.js'

const directory = path.join(root, 'fixtures/drafts')
const drafts = readdirSync(directory).filter((name) => !name.endsWith('.out') && !name.startsWith('.'))

describe('fixtures', () => {
  it('has a draft of each kind', () => {
    expect(drafts.map((name) => path.extname(name)).sort()).toEqual(['.html', '.md', '.txt'])
  })

  it.each(drafts)('%s produces its recorded report', (name) => {
    const run = cli([path.join('fixtures/drafts', name), '--no-config'])
    const expectedPath = path.join(directory, name + '.out')
    if (process.env['UPDATE'] || !existsSync(expectedPath)) writeFileSync(expectedPath, run.stdout)
    expect(run.stdout).toBe(readFileSync(expectedPath, 'utf8'))
    // Errors (facts) exit 1, warnings alone 0.
    expect(run.code).toBe(/ error /.test(run.stdout) ? 1 : 0)
  })
})
