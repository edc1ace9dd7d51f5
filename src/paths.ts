/** Where the package's own data lives (`rules/` beside `dist/`). */
import {fileURLToPath} from 'node:url'

export const rulesDir = fileURLToPath(new URL('../rules/', import.meta.url))
export const distDir = fileURLToPath(new URL('./', import.meta.url))
