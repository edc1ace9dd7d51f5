/**
 * How a batch runs: inputs read lazily, linted in the main thread (one
 * story: no worker start-up to pay) or in a pool of worker threads (many
 * stories: every core, each file with a time limit), sharded, with progress.
 */
import {availableParallelism} from 'node:os'
import {readFile, stat} from 'node:fs/promises'
import type {Format} from '../types.js'
import {LintPool} from '../pool/pool.js'
import {runTask, type LintOutcome, type LintTask} from '../pool/task.js'
import {decodeFile, type Encoding} from './read.js'

export interface Input {
  name: string
  /** Absolute path, for files (not stdin). */
  absolute?: string
  directory: string
  format: Format | undefined
  read: () => Promise<{text: string; encoding: Encoding}>
}

/** A file left out on purpose (too big): a warning, not an error. */
export class Skipped extends Error {}

export async function readInput(absolute: string, name: string, maxFileSize: number | undefined): Promise<{text: string; encoding: Encoding}> {
  if (maxFileSize !== undefined) {
    const {size} = await stat(absolute)
    if (size > maxFileSize) throw new Skipped(`skipped: ${size.toLocaleString('en-US')} bytes is more than --max-file-size ${maxFileSize.toLocaleString('en-US')}`)
  }

  return decodeFile(await readFile(absolute), name)
}

export interface Runner {
  run(task: LintTask): Promise<LintOutcome>
  close(): Promise<void>
  /** How many tasks may be in flight. */
  concurrency: number
}

/** Per-file time limit in worker runs when none is given. */
export const defaultTimeout = 60_000

export function chooseRunner(inputs: number, options: {jobs?: number | undefined; timeout?: number | undefined}): Runner {
  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), inputs))
  // Workers cost ~150 ms each to start; worth it for a batch, or to enforce a time limit.
  if ((jobs > 1 && inputs >= 4) || options.timeout !== undefined) {
    const pool = new LintPool(jobs, options.timeout ?? defaultTimeout)
    return {run: (task) => pool.run(task), close: () => pool.close(), concurrency: jobs}
  }

  return {run: async (task) => runTask(task), close: async () => undefined, concurrency: 1}
}

/** Run `work` over `items` with at most `limit` at a time. */
export async function eachLimited<T>(items: T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0
  const lanes = Array.from({length: Math.max(1, Math.min(limit, items.length))}, async () => {
    while (next < items.length) {
      const index = next++
      await work(items[index]!, index)
    }
  })
  await Promise.all(lanes)
}

/**
 * `--shard i/n`: whether `name` (relative to the working folder) belongs to
 * shard i of n. A hash of the name, not its position, so every job computes
 * the same split from any listing order and a new file moves no other.
 */
export function inShard(name: string, shard: {index: number; count: number}): boolean {
  let hash = 0x811c9dc5
  for (const character of name.split('\\').join('/')) {
    hash ^= character.codePointAt(0)!
    hash = Math.imul(hash, 0x01000193) >>> 0
  }

  return hash % shard.count === shard.index - 1
}

/** Files done, words per second and findings so far, on one stderr line (terminals only). */
export class Progress {
  private files = 0
  private words = 0
  private findings = 0
  private last = 0
  private readonly started = performance.now()

  constructor(private readonly total: number, private readonly write: (text: string) => void) {}

  done(text: string, findings: number): void {
    this.files++
    this.findings += findings
    this.words += text.split(/\s+/).length
    const now = performance.now()
    if (now - this.last < 200 && this.files < this.total) return
    this.last = now
    const rate = Math.round(this.words / ((now - this.started) / 1000))
    this.write(`\r\x1b[Kcopydesk: ${this.files}/${this.total} files · ${rate.toLocaleString('en-US')} words/s · ${this.findings} findings`)
  }

  end(): void {
    if (this.files > 0) this.write('\r\x1b[K')
  }
}
