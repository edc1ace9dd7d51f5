/**
 * A terminal editor under tmux for the client tests (Vim + ALE, Emacs +
 * eglot): start it with a PATH that has `copydesk-language-server`, type keys,
 * read the screen, and poll a file the editor writes.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {root} from './helpers.js'

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export class Terminal {
  readonly dir: string
  readonly session: string

  constructor(name: string) {
    this.dir = mkdtempSync(path.join(tmpdir(), `copydesk-${name}-`))
    this.session = `copydesk-${name}-${process.pid}`
    mkdirSync(path.join(this.dir, 'bin'))
    symlinkSync(path.join(root, 'dist/language-server.cjs'), path.join(this.dir, 'bin/copydesk-language-server'))
  }

  tmux(...args: string[]): string {
    const result = spawnSync('tmux', args, {encoding: 'utf8', env: {...process.env, PATH: `${path.join(this.dir, 'bin')}:${process.env['PATH']}`}})
    if (result.status !== 0) throw new Error(`tmux ${args[0]}: ${result.stderr}`)
    return result.stdout
  }

  start(command: string): void {
    this.tmux('new-session', '-d', '-s', this.session, '-x', '200', '-y', '50', command)
  }

  keys(...keys: string[]): void {
    this.tmux('send-keys', '-t', this.session, ...keys)
  }

  screen(): string {
    return this.tmux('capture-pane', '-t', this.session, '-p')
  }

  /** Poll the screen until it shows `text` (or 10 s). */
  async waitFor(text: string): Promise<string> {
    let screen = ''
    for (let attempt = 0; attempt < 40 && !screen.includes(text); attempt++) {
      await sleep(250)
      screen = this.screen()
    }

    return screen
  }

  /** Ask the editor (`ask(file)` sends the keys) to write JSON to a file, until `done` holds (or 30 s). */
  async poll<T>(ask: (file: string) => void, done: (value: T) => boolean): Promise<T | undefined> {
    const file = path.join(this.dir, 'poll.json')
    let value: T | undefined
    for (let attempt = 0; attempt < 60; attempt++) {
      ask(file)
      await sleep(500)
      if (!existsSync(file)) continue
      try {
        value = JSON.parse(readFileSync(file, 'utf8')) as T
      } catch {
        continue
      }

      if (done(value)) return value
    }

    return value
  }

  stop(): void {
    spawnSync('tmux', ['kill-session', '-t', this.session])
  }
}
