/**
 * Run lint tasks off the main thread: a fixed set of worker threads, each
 * task with a time limit. A task past its limit has its worker terminated
 * (a synchronous lint cannot be interrupted any other way) and replaced, so
 * one pathological file cannot hang a batch or an editor session.
 */
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {Worker} from 'node:worker_threads'
import {distDir} from '../paths.js'
import type {LintOutcome, LintTask} from './task.js'

export class TaskTimeout extends Error {
  constructor(readonly milliseconds: number) {
    super(`took longer than ${milliseconds} ms; skipped (raise the limit with --timeout)`)
  }
}

interface Pending {
  id: number
  task: LintTask
  resolve: (outcome: LintOutcome) => void
  reject: (error: Error) => void
}

interface Slot {
  worker: Worker
  /** Warmed up; tasks (and their time limits) start only then. */
  ready: boolean
  current: Pending | undefined
  timer: NodeJS.Timeout | undefined
}

// The bundled worker, also when this module runs as tsc's output (the library, the tests).
const workerUrl = pathToFileURL(path.join(distDir, 'pool/worker.cjs'))

interface Prestarted {
  worker: Worker
  /** What stopped it before a pool adopted it. */
  failure?: Error
}

let prestarted: Prestarted | undefined

/**
 * Start one worker now, for the next pool to adopt (the language server calls this before loading the
 * rest of its code, so the worker's start overlaps the server's).
 */
export function prestartWorker(): Worker {
  const entry: Prestarted = {worker: new Worker(workerUrl)}
  // Until a pool listens: an 'error' with no listener would throw in the server.
  entry.worker.on('error', (error) => (entry.failure ??= error))
  entry.worker.on('exit', () => (entry.failure ??= new Error('the lint worker stopped while starting')))
  entry.worker.unref()
  prestarted = entry
  return entry.worker
}

export class LintPool {
  private readonly slots: Slot[] = []
  private readonly queue: Pending[] = []
  private nextId = 0
  private closed = false
  private broken: Error | undefined

  constructor(private readonly size: number, private readonly timeoutMs = 0) {
    for (let index = 0; index < Math.max(1, size); index++) this.slots.push(this.spawn())
  }

  run(task: LintTask): Promise<LintOutcome> {
    return new Promise((resolve, reject) => {
      if (this.broken) {
        reject(this.broken)
        return
      }

      this.queue.push({id: this.nextId++, task, resolve, reject})
      this.pump()
    })
  }

  /** Close once the tasks already given have finished. */
  async closeWhenIdle(): Promise<void> {
    while (this.queue.length > 0 || this.slots.some((slot) => slot.current)) await new Promise((resolve) => setTimeout(resolve, 50))
    await this.close()
  }

  async close(): Promise<void> {
    this.closed = true
    for (const pending of this.queue.splice(0)) pending.reject(new Error('the lint pool was closed'))
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()))
  }

  private spawn(): Slot {
    // The worker started ahead, if any: its ready message waits on its port until the listener below.
    const adopted = prestarted
    prestarted = undefined
    const slot: Slot = {worker: adopted?.worker ?? new Worker(workerUrl), ready: false, current: undefined, timer: undefined}
    slot.worker.unref()
    slot.worker.on('message', (answer: {id: number; ready?: boolean; outcome?: LintOutcome; failure?: string}) => {
      if (answer.ready) {
        slot.ready = true
        this.pump()
        return
      }

      const pending = slot.current
      if (!pending || pending.id !== answer.id) return
      this.finish(slot)
      if (answer.outcome) pending.resolve(answer.outcome)
      else pending.reject(new Error(answer.failure))
      this.pump()
    })
    slot.worker.on('error', (error) => (slot.ready ? this.replace(slot, error) : this.failStart(error)))
    slot.worker.on('exit', () => {
      if (this.closed) return
      if (!slot.ready) this.failStart(new Error('the lint worker stopped while starting'))
      else if (slot.current) this.replace(slot, new Error('the lint worker stopped'))
    })
    if (adopted?.failure) queueMicrotask(() => this.failStart(adopted.failure!))
    return slot
  }

  /** A worker that cannot even start will not do better on a retry: fail what is waiting. */
  private failStart(error: Error): void {
    this.broken = error
    for (const pending of this.queue.splice(0)) pending.reject(error)
  }

  private finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer)
    slot.timer = undefined
    slot.current = undefined
  }

  /** Fail the slot's task and put a fresh worker in its place. */
  private replace(slot: Slot, error: Error): void {
    const pending = slot.current
    this.finish(slot)
    const index = this.slots.indexOf(slot)
    if (index === -1 || this.closed) return
    slot.worker.removeAllListeners()
    void slot.worker.terminate()
    this.slots[index] = this.spawn()
    pending?.reject(error)
    this.pump()
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.current || this.queue.length === 0) continue
      const pending = this.queue.shift()!
      slot.current = pending
      // Keep the process alive while work is in flight.
      slot.worker.ref()
      if (this.timeoutMs > 0) slot.timer = setTimeout(() => this.replace(slot, new TaskTimeout(this.timeoutMs)), this.timeoutMs)
      slot.worker.postMessage({id: pending.id, task: pending.task})
    }

    // Idle workers must not keep the process alive; warming ones with work waiting must.
    for (const slot of this.slots) {
      if (slot.current || (!slot.ready && this.queue.length > 0)) slot.worker.ref()
      else slot.worker.unref()
    }
  }
}
