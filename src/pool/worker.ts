/**
 * A worker thread of the lint pool: receives tasks, answers outcomes.
 */
import {parentPort} from 'node:worker_threads'
import {runTask, type LintTask} from './task.js'

parentPort!.on('message', ({id, task}: {id: number; task: LintTask}) => {
  try {
    parentPort!.postMessage({id, outcome: runTask(task)})
  } catch (error) {
    parentPort!.postMessage({id, failure: (error as Error).message ?? String(error)})
  }
})
