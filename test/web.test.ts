/**
 * The desk's web page (dist/web), driven in Debian's chromium by playwright-core
 * (no browser download): opened from file:// with the seed story in the URL
 * fragment it must show what `copydesk --reporter json` reports, each finding
 * marked over exactly the CLI's range; a click applies a fix; `--serve` serves
 * the same page.
 */
import {spawn, spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdtempSync, readFileSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type Browser, type Page} from 'playwright-core'
import {location} from 'vfile-location'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const root = path.resolve(import.meta.dirname, '..')
const cli = path.join(root, 'dist/cli.cjs')
const pageUrl = pathToFileURL(path.join(root, 'dist/web/index.html')).href
const seedPath = path.join(root, '../shared/seed/article.txt')
const seed = readFileSync(seedPath, 'utf8')
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((candidate) => existsSync(candidate))

interface JsonMessage {
  ruleId: string
  reason: string
  line: number | null
  column: number | null
  place?: {start: {line: number; column: number}; end: {line: number; column: number}}
  expected?: string[]
}

/** The CLI's JSON report on `file`, each message with its offsets in the text. */
function cliFindings(file: string): Array<{ruleId: string; start: number; end: number; expected: string[]}> {
  const result = spawnSync(process.execPath, [cli, '--reporter', 'json', file], {encoding: 'utf8'})
  const [report] = JSON.parse(result.stdout) as Array<{messages: JsonMessage[]}>
  const where = location(readFileSync(file, 'utf8'))
  return report!.messages.map((message) => ({
    ruleId: message.ruleId,
    start: where.toOffset(message.place!.start)!,
    end: where.toOffset(message.place!.end)!,
    expected: message.expected ?? []
  }))
}

/** What the page shows: each note's rule and range, and the range its marks cover. */
async function pageFindings(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('#story .note[data-rule-id]')].map((note) => {
      const n = note.dataset['f']!
      const marks = [...document.querySelectorAll<HTMLElement>('#story mark')].filter((mark) => mark.dataset['f']!.split(' ').includes(n))
      const starts = marks.map((mark) => Number(mark.dataset['at']))
      const ends = marks.map((mark) => Number(mark.dataset['at']) + (mark.textContent ?? '').length)
      return {
        ruleId: note.dataset['ruleId']!,
        start: Number(note.dataset['start']),
        end: Number(note.dataset['end']),
        marked: [Math.min(...starts), Math.max(...ends)],
        marksNameRule: marks.every((mark) => mark.dataset['ruleId']!.split(' ').includes(note.dataset['ruleId']!))
      }
    })
  )
}

/** How many lint replies the page has drawn. */
async function lints(page: Page): Promise<number> {
  return Number((await page.getAttribute('body', 'data-lints')) ?? 0)
}

/** Wait until the page has drawn a reply after the `before`-th for the editor's current text. */
async function settled(page: Page, before = 0): Promise<void> {
  await page.waitForFunction((count) => {
    const body = document.body
    return Number(body.dataset['lints'] ?? 0) > count && !body.classList.contains('busy') && !body.classList.contains('stale')
  }, before)
}

describe('web page (headless chromium)', () => {
  let browser: Browser

  beforeAll(async () => {
    if (!executablePath) throw new Error('chromium is not installed: run `apt-get install -y chromium` (.ci/run does)')
    browser = await chromium.launch({executablePath, args: ['--no-sandbox', '--disable-gpu']})
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
  })

  it('from file:// with #text=: the CLI JSON report, each finding marked over its range', async () => {
    const page = await browser.newPage({viewport: {width: 1280, height: 900}})
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(`${pageUrl}#text=${encodeURIComponent(seed)}`)
    await settled(page)
    const expected = cliFindings(seedPath)
    expect(expected.length).toBe(27)
    expect(await page.getAttribute('body', 'data-findings')).toBe(String(expected.length))
    const shown = await pageFindings(page)
    expect(shown.map(({ruleId, start, end}) => ({ruleId, start, end}))).toEqual(expected.map(({ruleId, start, end}) => ({ruleId, start, end})))
    for (const finding of shown) {
      expect(finding.marked, `${finding.ruleId} at ${finding.start}`).toEqual([finding.start, finding.end])
      expect(finding.marksNameRule).toBe(true)
    }

    expect(await page.textContent('#status')).toMatch(/^1 error, 25 warnings, 1 info · text · date 2023-11-01 \(byline\) · \d+ ms$/)
    expect(errors).toEqual([])
    await page.close()
  }, 60_000)

  it('a click on the fix for "and to and to" fixes the editor text, and the page re-lints', async () => {
    const page = await browser.newPage({viewport: {width: 1280, height: 900}})
    await page.goto(`${pageUrl}#text=${encodeURIComponent(seed)}`)
    await settled(page)
    const doubled = seed.indexOf('and to and to')
    const note = page.locator('#story .note[data-rule-id="repeated-words"]')
    expect(await note.count()).toBe(1)
    expect(Number(await note.getAttribute('data-start'))).toBeGreaterThanOrEqual(doubled)
    const before = await lints(page)
    await note.locator('button.apply').first().click()
    await settled(page, before)
    const text = await page.inputValue('#text')
    expect(text.length).toBe(seed.length - 'and to '.length)
    expect(text).not.toContain('and to and to')
    expect(text.slice(doubled - 40, doubled + 20)).toBe(seed.slice(doubled - 40, doubled) + seed.slice(doubled + 7, doubled + 27))
    expect(await page.locator('#story .note[data-rule-id="repeated-words"]').count()).toBe(0)
    expect(await page.getAttribute('body', 'data-findings')).toBe('26')
    await page.close()
  }, 60_000)

  it('typing re-lints (debounced), the settings change the run, and a link carries text and settings', async () => {
    const page = await browser.newPage()
    await page.goto(pageUrl)
    expect(await page.textContent('#status')).toBe('Paste a story, drop a file, or load the sample.')
    await page.locator('#text').fill('He crossed the the road on Tuesday.')
    await settled(page)
    expect(await page.locator('#story .note').evaluateAll((notes) => notes.map((note) => note.getAttribute('data-rule-id')))).toEqual(['repeated-words'])
    const typed = await lints(page)
    await page.locator('#text').press('End')
    await page.keyboard.type(' He colour the fence.')
    await settled(page, typed)
    // Debounced: one lint (two at most, if a pause between keys outlasted the delay) for 21 keystrokes.
    expect((await lints(page)) - typed).toBeLessThanOrEqual(2)
    expect(await page.inputValue('#text')).toBe('He crossed the the road on Tuesday. He colour the fence.')
    // Repeated words off: a custom preset, in the link.
    await page.locator('.settings summary').click()
    const toggled = await lints(page)
    await page.locator('#rules input[value="repeated-words"]').uncheck()
    await settled(page, toggled)
    expect(await page.locator('#story .note[data-rule-id="repeated-words"]').count()).toBe(0)
    expect(await page.inputValue('#preset')).toBe('custom')
    await page.locator('#dialect').selectOption('uk')
    await page.locator('#copy-link').click()
    const hash = new URLSearchParams(new URL(page.url()).hash.slice(1))
    expect(hash.get('text')).toBe('He crossed the the road on Tuesday. He colour the fence.')
    expect(hash.get('dialect')).toBe('uk')
    expect(hash.get('off')).toBe('repeated-words')
    await page.close()
  }, 60_000)

  it('the news pack travels in the link and runs in the page (packs=news)', async () => {
    const page = await browser.newPage()
    await page.goto(`${pageUrl}#packs=news&text=${encodeURIComponent('The end result was a draw, and the the crowd left.')}`)
    await settled(page)
    expect(await page.isChecked('#pack-news')).toBe(true)
    expect(await page.locator('#story .note').evaluateAll((notes) => notes.map((note) => note.getAttribute('data-rule-id')))).toEqual(['news-redundancy', 'repeated-words'])
    await page.close()
  }, 60_000)

  it('the sample button loads the fixtures sample; "Fix all safe" applies what --fix applies', async () => {
    const sample = path.join(root, 'fixtures/drafts/harbour-fire.txt')
    const page = await browser.newPage()
    await page.goto(pageUrl)
    await page.locator('#sample').click()
    await settled(page)
    expect(await page.inputValue('#text')).toBe(readFileSync(sample, 'utf8'))
    expect(await page.getAttribute('body', 'data-findings')).toBe(String(cliFindings(sample).length))
    const dryRun = spawnSync(process.execPath, [cli, '--fix-dry-run', sample], {encoding: 'utf8'}).stdout
    const before = await lints(page)
    await page.locator('#fix-all').click()
    await settled(page, before)
    const fixed = await page.inputValue('#text')
    // Each line the dry run adds is in the page's fixed text.
    const added = dryRun.split('\n').filter((line) => line.startsWith('+') && !line.startsWith('+++')).map((line) => line.slice(1))
    expect(added.length).toBeGreaterThan(0)
    for (const line of added) expect(fixed).toContain(line)
    await page.close()
  }, 60_000)

  it('copydesk --serve serves the same page over loopback', async () => {
    const server = spawn(process.execPath, [cli, '--serve', '0'], {stdio: ['ignore', 'ignore', 'pipe']})
    try {
      const url = await new Promise<string>((resolve, reject) => {
        server.stderr.on('data', (chunk: Buffer) => {
          const match = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(String(chunk))
          if (match) resolve(match[1]!)
        })
        server.once('exit', (code) => reject(new Error(`--serve exited ${code}`)))
      })
      const page = await browser.newPage()
      await page.goto(`${url}#text=${encodeURIComponent('She said it it was late.')}`)
      await settled(page)
      expect(await page.locator('#story .note').evaluateAll((notes) => notes.map((note) => note.getAttribute('data-rule-id')))).toEqual(['repeated-words'])
      const missing = await page.request.get(`${url}package.json`)
      expect(missing.status()).toBe(404)
      await page.close()
    } finally {
      server.kill()
    }
  }, 60_000)

  it('renders: a screenshot of the page (docs/web.png is this one, committed)', async () => {
    const page = await browser.newPage({viewport: {width: 1280, height: 800}})
    await page.goto(`${pageUrl}#text=${encodeURIComponent(seed)}&f=6`)
    await settled(page)
    const shot = path.join(mkdtempSync(path.join(tmpdir(), 'copydesk-web-')), 'web.png')
    await page.screenshot({path: shot})
    const png = readFileSync(shot)
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    expect(png.readUInt32BE(16)).toBe(1280)
    expect(statSync(shot).size).toBeGreaterThan(50_000)
    if (process.env['UPDATE']) copyFileSync(shot, path.join(root, 'docs/web.png'))
    await page.close()
  }, 60_000)
})
