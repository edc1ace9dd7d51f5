import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'

// `npm run stress` only: the full-size runs, kept out of `npm test`.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/stress/**/*.stress.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 900_000
  }
})
