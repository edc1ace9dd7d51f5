/**
 * The lint pool's speed path: the language server starts one worker before
 * loading the rest of its code (`prestartWorker`) and its first pool adopts
 * that worker. An adopted worker must answer exactly as a fresh one does.
 */
import {describe, expect, it} from 'vitest'
import {LintPool, prestartWorker} from '../src/pool/pool.js'
import {runTask} from '../src/pool/task.js'
import {seed} from './helpers.js'

describe('lint pool', () => {
  it('adopts a worker started ahead, which answers as a fresh worker and the main thread do', async () => {
    const task = {text: seed, options: {date: '2023-11-07'}, where: 'test'}
    const ahead = prestartWorker()
    const adopting = new LintPool(1, 60_000)
    const fresh = new LintPool(1, 60_000)
    // White-box: the first pool made after it took that worker, and the next one made its own.
    const workers = (pool: LintPool) => (pool as unknown as {slots: Array<{worker: unknown}>}).slots.map((slot) => slot.worker)
    expect(workers(adopting)).toHaveLength(1)
    expect(workers(adopting)[0]).toBe(ahead)
    expect(workers(fresh)).not.toContain(ahead)
    try {
      const [adopted, unstarted] = await Promise.all([adopting.run(task), fresh.run(task)])
      expect(adopted).toEqual(unstarted)
      expect(adopted).toEqual(runTask(task))
      expect(adopted.messages.map((message) => message.ruleId)).toContain('official-title')
    } finally {
      await Promise.all([adopting.close(), fresh.close()])
    }
  })
})
