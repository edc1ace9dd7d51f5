/**
 * Expand CLI arguments (files, folders, globs) into files to lint, honouring
 * `.copydeskignore` (gitignore syntax) in the working folder and its parents.
 */
import {existsSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import ignore, {type Ignore} from 'ignore'

export const lintedExtensions = ['txt', 'text', 'md', 'markdown', 'mdown', 'mkd', 'html', 'htm', 'xhtml']
const alwaysIgnored = ['**/node_modules/**', '**/.git/**']

/** An ignore filter and the folder its patterns are relative to. */
export type IgnoreFilter = Ignore & {base: string}

export interface Expanded {
  files: string[]
  /** Arguments that matched nothing: one-line errors. */
  problems: Array<{path: string; reason: string}>
}

export async function expand(args: string[], cwd: string, ignorePath: string | undefined, useIgnore: boolean): Promise<Expanded> {
  const filter = useIgnore ? loadIgnore(cwd, ignorePath) : undefined
  const files: string[] = []
  const problems: Expanded['problems'] = []
  const seen = new Set<string>()

  // tinyglobby is loaded only when a folder or pattern needs it.
  let globber: typeof import('tinyglobby') | undefined
  const tinyglobby = async () => (globber ??= await import('tinyglobby'))
  for (const arg of args) {
    let found: string[]
    if (/[*?[\]{}()!]/.test(arg) && (await tinyglobby()).isDynamicPattern(arg)) {
      found = await (await tinyglobby()).glob(arg, {cwd, ignore: alwaysIgnored, absolute: true, dot: false})
      if (found.length === 0) problems.push({path: arg, reason: 'no files match this pattern'})
    } else {
      const absolute = path.resolve(cwd, arg)
      let stats
      try {
        stats = statSync(absolute)
      } catch {
        problems.push({path: arg, reason: 'no such file or folder'})
        continue
      }

      if (stats.isDirectory()) {
        found = await (await tinyglobby()).glob(`**/*.{${lintedExtensions.join(',')}}`, {cwd: absolute, ignore: alwaysIgnored, absolute: true})
        found = found.filter((file) => !filter?.ignores(relative(file)))
        if (found.length === 0) problems.push({path: arg, reason: 'no files to lint in this folder'})
      } else {
        // A file named explicitly is linted unless ignored.
        found = [absolute]
      }
    }

    for (const file of found.sort()) {
      if (filter?.ignores(relative(file))) continue
      if (!seen.has(file)) {
        seen.add(file)
        files.push(file)
      }
    }
  }

  return {files, problems}

  function relative(file: string): string {
    const base = filter ? filter.base : cwd
    const value = path.relative(base, file)
    return value.startsWith('..') ? path.basename(file) : value
  }
}

/** The nearest `.copydeskignore` from `cwd` upward (or `ignorePath`). */
export function loadIgnore(cwd: string, ignorePath: string | undefined): IgnoreFilter | undefined {
  let file = ignorePath ? path.resolve(cwd, ignorePath) : undefined
  if (!file) {
    let directory = cwd
    for (;;) {
      const candidate = path.join(directory, '.copydeskignore')
      if (existsSync(candidate)) {
        file = candidate
        break
      }

      const parent = path.dirname(directory)
      if (parent === directory) break
      directory = parent
    }
  }

  if (!file || !existsSync(file)) return undefined
  const result = ignore().add(readFileSync(file, 'utf8')) as IgnoreFilter
  result.base = path.dirname(file)
  return result
}


/**
 * Whether `.copydeskignore` (nearest from the file's folder up) excludes
 * `file`. `cache` keeps each folder's filter, for callers that ask often.
 */
export function isIgnored(file: string, cache?: Map<string, IgnoreFilter | undefined>): boolean {
  const directory = path.dirname(file)
  const filter = cache?.has(directory) ? cache.get(directory) : loadIgnore(directory, undefined)
  cache?.set(directory, filter)
  if (!filter) return false
  const relative = path.relative(filter.base, file)
  return !relative.startsWith('..') && filter.ignores(relative)
}
