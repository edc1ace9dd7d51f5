/**
 * The desk page in headless chromium (Debian's, by playwright-core): its size
 * gzipped, the time from pasting the seed story to its findings drawn, and the
 * round trip of a re-lint after one typed character on a 1,500-word story
 * (worker lint + drawing; the 200 ms typing pause is not counted).
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {gzipSync} from 'node:zlib'
import {chromium} from 'playwright-core'
import {root, shared, story} from './texts.mjs'

const web = path.join(root, 'dist/web')
const files = ['index.html', 'copydesk.js', 'copydesk-worker.js', 'copydesk.css']

export function webSize() {
  const bytes = files.map((name) => readFileSync(path.join(web, name)))
  return {raw: bytes.reduce((sum, b) => sum + b.length, 0), gzip: bytes.reduce((sum, b) => sum + gzipSync(b, {level: 9}).length, 0)}
}

/** Paste `text` as a user would (one insertFromPaste input) and wait for the page to draw its findings. */
async function paste(page, text) {
  return page.evaluate(async (value) => {
    const editor = document.querySelector('#text')
    const before = Number(document.body.dataset.lints ?? 0)
    const started = performance.now()
    editor.value = value
    editor.dispatchEvent(new InputEvent('input', {inputType: 'insertFromPaste', bubbles: true}))
    while (Number(document.body.dataset.lints ?? 0) === before) await new Promise((resolve) => setTimeout(resolve, 1))
    return performance.now() - started
  }, text)
}

export async function webTimes({edits = 30} = {}) {
  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((candidate) => existsSync(candidate))
  const browser = await chromium.launch({executablePath, args: ['--no-sandbox', '--disable-gpu']})
  try {
    const page = await browser.newPage()
    await page.goto(pathToFileURL(path.join(web, 'index.html')).href)
    // The page warms its worker on load; a desk pastes a few seconds later at the earliest.
    await page.waitForTimeout(1500)
    const seed = readFileSync(path.join(shared, 'seed/article.txt'), 'utf8')
    const firstPaste = await paste(page, seed)
    await paste(page, story(1500))
    const trips = []
    for (let index = 0; index < edits; index++) {
      const before = Number(await page.getAttribute('body', 'data-lints'))
      await page.evaluate((at) => {
        const editor = document.querySelector('#text')
        editor.setRangeText(at % 2 ? '' : 'x', at * 97, at % 2 ? at * 97 + 1 : at * 97)
        editor.dispatchEvent(new InputEvent('input', {inputType: 'insertText', bubbles: true}))
      }, index - (index % 2))
      await page.waitForFunction((count) => Number(document.body.dataset.lints) > count && !document.body.classList.contains('stale'), before)
      trips.push(Number(await page.getAttribute('body', 'data-round-trip')))
    }

    trips.sort((a, b) => a - b)
    return {firstPaste, median: trips[Math.floor(trips.length / 2)], p95: trips[Math.floor(trips.length * 0.95)], edits}
  } finally {
    await browser.close()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify({...webSize(), ...(await webTimes())}))
}
