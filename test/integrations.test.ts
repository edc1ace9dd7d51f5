/**
 * The GitHub Action's script, run for real in a scratch git repository, and
 * the pre-commit hook's entry checked against the package.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {parse} from 'yaml'
import {describe, expect, it} from 'vitest'
import {root} from './helpers.js'

interface Step {
  name?: string
  run?: string
  env?: Record<string, string>
}

const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as {runs: {using: string; steps: Step[]}; inputs: Record<string, {default: string}>}
const script = action.runs.steps.find((step) => step.name === 'Run copydesk')!.run!

function repository(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-action-'))
  const git = (...args: string[]) => execFileSync('git', args, {cwd: dir, stdio: 'pipe'})
  git('init', '-q', '-b', 'main')
  git('config', 'user.email', 'desk@example.com')
  git('config', 'user.name', 'Desk')
  writeFileSync(path.join(dir, 'old.md'), 'It was the the end.\n')
  git('add', '.')
  git('commit', '-q', '-m', 'first')
  writeFileSync(path.join(dir, 'new.md'), '# Fire\n\nThe fire fire spread.\n')
  writeFileSync(path.join(dir, 'data.csv'), 'the,the\n')
  git('add', '.')
  git('commit', '-q', '-m', 'second')
  return dir
}

function runAction(cwd: string, inputs: Record<string, string> = {}) {
  const env: Record<string, string> = {...(process.env as Record<string, string>), GITHUB_ACTION_PATH: root, NO_COLOR: '1'}
  for (const [name, input] of Object.entries(action.inputs)) env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`] = inputs[name] ?? input.default
  return spawnSync('bash', ['-c', script], {cwd, env, encoding: 'utf8'})
}

describe('action.yml (composite GitHub Action)', () => {
  it('is a composite action that installs from the lockfile', () => {
    expect(action.runs.using).toBe('composite')
    expect(action.runs.steps.some((step) => step.run?.includes('npm ci --prefix "$GITHUB_ACTION_PATH"'))).toBe(true)
  })

  it('checks only the stories the last commit changed and prints annotations', () => {
    const dir = repository()
    const run = runAction(dir)
    expect(run.stdout).toBe('::warning file=new.md,line=3,col=5,endLine=3,endColumn=14,title=repeated-words::Unexpected repeated `fire`, remove one occurrence (fix: “fire”)\n')
    expect(run.stderr).toBe('copydesk: 1 file checked: 1 warning (repeated-words 1)\n')
    expect(run.status).toBe(0)
  })

  it('passes args through (a threshold fails the job) and writes the HTML report', () => {
    const dir = repository()
    const run = runAction(dir, {args: '--max-warnings 0', 'html-report': 'report.html'})
    expect(run.status).toBe(1)
    expect(readFileSync(path.join(dir, 'report.html'), 'utf8')).toContain('<mark class="sev-warning last" data-f="1"')
  })

  it('checks given files instead of the changed ones, and says when there is nothing to check', () => {
    const dir = repository()
    expect(runAction(dir, {files: 'old.md'}).stdout).toMatch(/^::warning file=old\.md,line=1,col=8,/)
    const none = runAction(dir, {extensions: 'html'})
    expect(none.stdout).toBe('copydesk: no changed stories to check\n')
    expect(none.status).toBe(0)
  })
})

describe('.pre-commit-hooks.yaml', () => {
  it('runs the package’s own bin on Markdown, HTML and plain text', () => {
    const hooks = parse(readFileSync(path.join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>
    const bin = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {bin: Record<string, string>}).bin
    expect(hooks).toEqual([expect.objectContaining({id: 'copydesk', language: 'node', types_or: ['markdown', 'html', 'plain-text']})])
    expect(Object.keys(bin)).toContain(hooks[0]!['entry'])
  })
})
