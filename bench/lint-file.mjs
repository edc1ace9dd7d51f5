/** Lint one file in this process: {ms, rssMb, messages} (for the size-scaling rows). */
import {readFileSync} from 'node:fs'
import {createLinter} from '../dist/index.js'

const text = readFileSync(process.argv[2], 'utf8')
const linter = createLinter({})
const start = performance.now()
const file = linter(text)
console.log(JSON.stringify({ms: performance.now() - start, rssMb: process.resourceUsage().maxRSS / 1024, messages: file.messages.length}))
