/**
 * A worker thread of the lint pool: warms up (loads rule data and the
 * tagger, so a task's time limit measures linting, not start-up), says it
 * is ready, then answers tasks.
 */
import {parentPort} from 'node:worker_threads'
import {tag} from '../model/tagger.js'
import {runTask, type LintTask} from './task.js'

try {
  runTask({text: 'The council met on Monday, the mayor said.', options: {}, where: 'warm-up'})
  tag('The council met.', 0, () => false)
} catch {
  // A broken install shows up on the first real task, with its file name.
}

parentPort!.postMessage({ready: true})
parentPort!.on('message', ({id, task}: {id: number; task: LintTask}) => {
  try {
    parentPort!.postMessage({id, outcome: runTask(task)})
  } catch (error) {
    parentPort!.postMessage({id, failure: (error as Error).message ?? String(error)})
  }
})
