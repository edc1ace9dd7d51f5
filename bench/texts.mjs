/**
 * Texts for the benchmark: the Brown corpus beside this checkout, and a
 * story of n words made from its press sections (whole paragraphs).
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const shared = path.resolve(root, '../shared')

export function brownFiles() {
  const directory = path.join(shared, 'corpus/brown')
  return readdirSync(directory)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => path.join(directory, name))
}

export const countWords = (text) => text.split(/\s+/).filter(Boolean).length

/** Whole paragraphs of Brown press text, about `words` words. */
export function story(words) {
  const paragraphs = readFileSync(brownFiles().find((file) => file.endsWith('ca01.txt')), 'utf8').split(/\n\s*\n/)
  const out = []
  let count = 0
  for (let index = 0; count < words; index++) {
    const paragraph = paragraphs[index % paragraphs.length].trim()
    if (!paragraph) continue
    out.push(paragraph)
    count += countWords(paragraph)
  }

  return out.join('\n\n') + '\n'
}
