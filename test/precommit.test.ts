// pre-commit (Debian's, 3.0) installs the hook from a clone of this repository, as `pre-commit try-repo`
// does for a newsroom trying it, and runs it on a story. `.ci/run` installs pre-commit when it is missing.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root} from './helpers.js'

const run = (command: string, args: string[], cwd: string) => spawnSync(command, args, {cwd, encoding: 'utf8', env: {...process.env, PRE_COMMIT_HOME: path.join(cwd, '.cache')}})

describe('pre-commit hook', () => {
  it('installs with `pre-commit try-repo` from a clone and fails a story with an error, naming the finding', () => {
    const version = spawnSync('pre-commit', ['--version'], {encoding: 'utf8'})
    if (version.status !== 0) throw new Error('pre-commit is not installed: run `apt-get install -y pre-commit` (.ci/run does)')
    const work = mkdtempSync(path.join(tmpdir(), 'copydesk-precommit-'))
    const clone = path.join(work, 'copydesk')
    expect(run('git', ['clone', '-q', root, clone], work).status).toBe(0)
    const stories = path.join(work, 'stories')
    expect(run('git', ['init', '-q', stories], work).status).toBe(0)
    writeFileSync(path.join(stories, 'story.txt'), 'U.S. State Secretary Antony Blinken arrived in Israel on Friday.\n')
    expect(run('git', ['add', 'story.txt'], stories).status).toBe(0)
    const result = run('pre-commit', ['try-repo', clone, 'copydesk', '--files', 'story.txt', '--verbose'], stories)
    const output = result.stdout + result.stderr
    expect(output).not.toMatch(/npm error/)
    expect(output).toContain('1:6-1:21 error The U.S. office is `Secretary of State`, not `State Secretary`')
    expect(result.status).toBe(1)
  }, 300_000)
})
