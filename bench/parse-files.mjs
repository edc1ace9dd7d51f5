/**
 * The floor for the CLI comparison: one process that reads every file given
 * (or every Brown file) and parses each with retext-english, single core.
 */
import {readFileSync} from 'node:fs'
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import {brownFiles} from './texts.mjs'

const processor = unified().use(retextEnglish)
const files = process.argv.length > 2 ? process.argv.slice(2) : brownFiles()
let nodes = 0
for (const file of files) nodes += processor.parse(readFileSync(file, 'utf8')).children.length
console.log(JSON.stringify({files: files.length, nodes}))
