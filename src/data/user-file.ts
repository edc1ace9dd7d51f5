/**
 * Read a user's data file (YAML, or JSON by extension) named in config; errors
 * are one line naming the file.
 */
import {CopydeskError} from '../errors.js'
import {commonJs, userFile} from '../platform.js'

/** The YAML parser, loaded only when a file needs it (kept off the start-up path). */
export function parseYaml(value: string): unknown {
  return (commonJs('yaml') as typeof import('yaml')).parse(value)
}

export function readUserFile(file: string, what: string): unknown {
  let raw: string
  try {
    raw = userFile(file)
  } catch {
    throw new CopydeskError(`${file}: cannot read ${what} file`)
  }

  try {
    return file.endsWith('.json') ? JSON.parse(raw) : parseYaml(raw)
  } catch (error) {
    throw new CopydeskError(`${file}: invalid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${(error as Error).message.split('\n')[0]}`)
  }
}
