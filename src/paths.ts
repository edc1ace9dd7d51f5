/**
 * Where the package's own files live: `rules/`, `dist/` and package.json at
 * its root. Found by walking up from this module, so the same code works as
 * tsc's `dist/*.js` files and inside the bundled bins (`dist/cli.cjs`).
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

function packageRoot(): string {
  let directory = path.dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const manifest = path.join(directory, 'package.json')
    if (existsSync(manifest) && existsSync(path.join(directory, 'rules')) && (JSON.parse(readFileSync(manifest, 'utf8')) as {name?: string}).name === 'copydesk') {
      return directory
    }

    const parent = path.dirname(directory)
    if (parent === directory) throw new Error('copydesk: cannot find its own package folder (package.json and rules/)')
    directory = parent
  }
}

export const packageDir = packageRoot()
export const rulesDir = path.join(packageDir, 'rules') + path.sep
export const distDir = path.join(packageDir, 'dist') + path.sep

export const version = (JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {version: string}).version
