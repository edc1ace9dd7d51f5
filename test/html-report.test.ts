/**
 * The HTML report, rendered by a real browser (Debian's chromium, headless):
 * every finding must be highlighted exactly at its text, checked through the
 * DOM, and the page must render (a screenshot is taken).
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, statSync, writeFileSync, copyFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {html} from '../src/reporters/html.js'
import {cli, root, seed, seedPath} from './helpers.js'

const browser = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((candidate) => existsSync(candidate))

function chromium(args: string[]): string {
  if (!browser) throw new Error('chromium is not installed: run `apt-get install -y chromium` (.ci/run does)')
  const profile = mkdtempSync(path.join(tmpdir(), 'copydesk-chromium-'))
  const result = spawnSync(browser, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', `--user-data-dir=${profile}`, ...args], {encoding: 'utf8', timeout: 60_000})
  if (result.status !== 0) throw new Error(`chromium exited ${result.status}: ${result.stderr}`)
  return result.stdout
}

// Runs in the page: for each numbered finding, the text its marks cover and
// where the first one starts in the story (block offset + characters before it).
const probe = `
<script>
const out = {}
for (const block of document.querySelectorAll('p.block')) {
  const base = Number(block.dataset.start)
  let offset = base
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE && node.tagName === 'MARK') {
      for (const n of node.dataset.f.split(' ')) {
        const entry = out[n] ??= {start: offset, text: '', point: node.classList.contains('point'), color: getComputedStyle(node).backgroundColor}
        entry.text += node.textContent
      }
    }
    // A note stands in the paragraph (floated into the margin); its words are not the story's.
    if (node.nodeType === Node.TEXT_NODE && !node.parentElement.closest('.note')) offset += node.data.length
  }
}
const notes = [...document.querySelectorAll('.note')].map((note) => note.dataset.f)
// Where each note sits against the first line of its highlight, and the note above it.
const place = [...document.querySelectorAll('.note')].map((note) => {
  const mark = [...document.querySelectorAll('mark')].find((mark) => mark.dataset.f.split(' ').includes(note.dataset.f))
  const line = mark.getClientRects()[0]
  const box = note.getBoundingClientRect()
  const previous = note.previousElementSibling?.classList.contains('note') ? note.previousElementSibling : [...document.querySelectorAll('.note')][notes.indexOf(note.dataset.f) - 1]
  return {n: note.dataset.f, first: note.closest('p.block').querySelector('.note') === note, top: box.top, bottom: box.bottom, left: box.left, lineTop: line.top, lineBottom: line.bottom, textRight: note.closest('p.block').getBoundingClientRect().right, previousBottom: previous ? previous.getBoundingClientRect().bottom + parseFloat(getComputedStyle(previous).marginBottom) : -Infinity}
})
const counts = [...document.querySelectorAll('table.counts tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent))
const pre = document.createElement('pre')
pre.id = 'probe'
pre.textContent = JSON.stringify({marks: out, notes, place, counts, external: document.querySelectorAll('[src], link[href], script[src]').length})
document.body.append(pre)
</script>`

/** The page with the probe, rendered at `width`: what the probe found. */
function probePage(page: string, width: number) {
  const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-html-'))
  const file = path.join(dir, 'report.html')
  writeFileSync(file, page.replace('</body>', probe + '</body>'))
  const dom = chromium(['--dump-dom', `--window-size=${width},1000`, pathToFileURL(file).href])
  const json = /<pre id="probe">(.*?)<\/pre>/s.exec(dom)?.[1]
  if (json === undefined) throw new Error('the probe did not run')
  return JSON.parse(json.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&nbsp;/g, '\u00a0').replace(/&amp;/g, '&'))
}

describe('HTML report in headless Chromium', () => {
  const run = cli([seedPath, '--reporter', 'html'])
  const page = run.stdout
  const messages = (JSON.parse(cli([seedPath, '--reporter', 'json']).stdout)[0].messages as Array<{ruleId: string; fatal?: boolean; place: {start: {offset: number}; end: {offset: number}}}>)

  it('is one self-contained page', () => {
    expect(page.startsWith('<!doctype html>')).toBe(true)
    expect(page).not.toMatch(/<script|<link|\bsrc=|@import|url\(/)
  })

  it('highlights every finding at exactly its text, with a margin note and counts by rule', () => {
    const result = probePage(page, 1280)
    expect(Object.keys(result.marks)).toHaveLength(messages.length)
    messages.forEach((message, index) => {
      const mark = result.marks[String(index + 1)]
      const {start, end} = {start: message.place.start.offset, end: message.place.end.offset}
      expect(mark, `finding ${index + 1} (${message.ruleId})`).toMatchObject({start, text: seed.slice(start, end), point: start === end})
    })
    // Colour by severity: the title error is red, a warning amber, the info blue.
    const colour = (ruleId: string) => result.marks[String(messages.findIndex((message) => message.ruleId === ruleId) + 1)].color
    expect(colour('official-title')).toBe('rgb(253, 224, 224)')
    expect(colour('repeated-words')).toBe('rgb(255, 241, 194)')
    expect(colour('relative-clause-comma')).toBe('rgb(225, 236, 251)')
    expect(result.notes).toEqual(messages.map((_, index) => String(index + 1)))
    expect(result.counts).toContainEqual(['abbreviation-consistency', '', '4', ''])
    expect(result.counts).toContainEqual(['official-title', '1', '', ''])
    expect(result.external).toBe(0)
  })

  it('sets each note beside its highlight: level with its first line, or just below the note above when they would collide', () => {
    const result = probePage(page, 1280)
    expect(result.place).toHaveLength(messages.length)
    for (const note of result.place as Array<Record<string, number>>) {
      const where = `note ${note['n']}`
      expect(note['left'], `${where} is in the margin`).toBeGreaterThan(note['textRight']!)
      // Never above its line (the complaint: notes one or two paragraphs above their text).
      expect(note['top'], `${where} not above its line`).toBeGreaterThanOrEqual(note['lineTop']! - 8)
      // A paragraph holds its notes, so its first note has nothing above it to collide with.
      if (note['first']) expect(note['top'], `${where} level with its line`).toBeLessThanOrEqual(note['lineBottom']!)
      if (note['top']! > note['lineBottom']!) expect(Math.abs(note['top']! - note['previousBottom']!), `${where} pushed down only by the note above`).toBeLessThan(1.5)
    }

  })

  it('renders: a screenshot of the report (docs/report.png is this one, committed)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-shot-'))
    const file = path.join(dir, 'report.html')
    writeFileSync(file, page)
    const shot = path.join(dir, 'report.png')
    chromium([`--screenshot=${shot}`, '--window-size=1280,1400', pathToFileURL(file).href])
    const png = readFileSync(shot)
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    expect(png.readUInt32BE(16)).toBe(1280)
    expect(statSync(shot).size).toBeGreaterThan(50_000)
    if (process.env['UPDATE']) copyFileSync(shot, path.join(root, 'docs/report.png'))
  })
})

describe('HTML report markup', () => {
  const story = 'Soldiers of the Israel Defence Force\'s unit.\n\u00a0\nA second paragraph.'
  const file = new VFile({path: 'story.txt', value: story})
  const at = (words: string) => ({start: story.indexOf(words), end: story.indexOf(words) + words.length})
  const flag = (words: string, ruleId: string) => {
    const {start, end} = at(words)
    const message = file.message(`Unexpected ${words}`, {place: {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: end + 1, offset: end}}, ruleId, source: 'copydesk'})
    message.expected = ['x']
  }
  flag("Israel Defence Force's", 'terminology')
  flag('Defence', 'spelling-consistency')
  flag('second', 'repeated-words')
  const page = html([file])

  it('merges overlapping findings: one label at the end of the words, both notes where they start', () => {
    const labels = [...page.matchAll(/data-n="([^"]*)"[^>]*>([^<]*)<\/mark>/g)].map((match) => [match[1], match[2]])
    expect(labels).toEqual([['1,2', " Force's"], ['3', 'second']])
    const firstMark = page.indexOf('<mark')
    expect(page.indexOf('id="n-1"')).toBeLessThan(firstMark)
    expect(page.indexOf('id="n-2"')).toBeLessThan(firstMark)
  })

  it('counts paragraphs across lines of only no-break spaces, and says where as a copy editor would', () => {
    expect(page.match(/<p class="block"/g)).toHaveLength(2)
    expect(page).toContain('¶ 2, “second” · warning')
    expect(page).toContain("¶ 1, “Israel Defence Force's”")
  })
})
