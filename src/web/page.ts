/**
 * The desk's page: a story in the editor on the left, the findings in place on
 * the right (the HTML report's rendering), re-linted as the editor types in a
 * worker. Nothing leaves the page: the text travels only in the URL fragment
 * when someone copies a link.
 */
import ruleList from 'copydesk:rules'
import sample from 'copydesk:sample'
import {escapeXml} from '../reporters/checkstyle.js'
import type {PageFinding, Reply, Request, Settings} from './protocol.js'

const $ = <T extends HTMLElement>(selector: string) => document.querySelector(selector) as T
const editor = $<HTMLTextAreaElement>('#text')
const results = $<HTMLElement>('#story')
const status = $<HTMLElement>('#status')
const counts = $<HTMLElement>('#counts')
const fixAll = $<HTMLButtonElement>('#fix-all')
const format = $<HTMLSelectElement>('#format')
const dialect = $<HTMLSelectElement>('#dialect')
const date = $<HTMLInputElement>('#date')
const preset = $<HTMLSelectElement>('#preset')
const ruleBoxes = $<HTMLElement>('#rules')
const newsPack = $<HTMLInputElement>('#pack-news')

/** Presets: which categories of rule run (the house default runs all). */
const presets: Record<string, (category: string) => boolean> = {
  all: () => true,
  facts: (category) => category === 'fact',
  debris: (category) => ['typo', 'spelling', 'typography', 'layout', 'punctuation'].includes(category)
}

let fileName: string | undefined
let findings: PageFinding[] = []
let lintedText: string | undefined
let nextId = 0
/** The text each lint request was sent with, by id: a reply applies to that text. */
const sent = new Map<number, string>()
let sentAt = 0
let inFlight = false
let pending: Request | undefined
let timer: ReturnType<typeof setTimeout> | undefined
let focusFinding: number | undefined

// ---- the worker: from a Blob URL so that the page also works from file://

interface Port {
  postMessage(request: Request): void
  onmessage: ((event: {data: Reply}) => void) | null
}

/** copydesk-worker.js, loaded by its own script tag before this one. */
declare const copydeskWorker: (scope: unknown) => void

function startWorker(): Port {
  try {
    const url = URL.createObjectURL(new Blob([`${copydeskWorker.toString()}\ncopydeskWorker(self)`], {type: 'text/javascript'}))
    return new Worker(url) as unknown as Port
  } catch {
    // No workers (a locked-down browser): the same code on the main thread.
    const port: Port = {postMessage: () => {}, onmessage: null}
    const scope: {onmessage: ((event: {data: Request}) => void) | null; postMessage(reply: Reply): void} = {
      onmessage: null,
      postMessage: (reply) => setTimeout(() => port.onmessage?.({data: reply}))
    }
    copydeskWorker(scope)
    port.postMessage = (request) => setTimeout(() => scope.onmessage?.({data: request}))
    return port
  }
}

const worker = startWorker()
worker.onmessage = ({data}) => {
  inFlight = false
  if (data.kind === 'lint') show(data)
  else if (data.kind === 'fixed') replaceText(data.text, `${data.applied} fix${data.applied === 1 ? '' : 'es'} applied`)
  else if (data.kind === 'error') status.textContent = `Cannot check: ${data.message}`
  if (pending) send(pending)
}

function send(request: Request): void {
  if (inFlight) {
    pending = request
    return
  }

  pending = undefined
  inFlight = true
  sent.set(request.id, request.text)
  sentAt = performance.now()
  worker.postMessage(request)
}

function settings(): Settings {
  const off = [...ruleBoxes.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].filter((box) => !box.checked).map((box) => box.value)
  return {format: format.value as Settings['format'], dialect: dialect.value as Settings['dialect'], date: date.value.trim(), off, packs: newsPack.checked ? ['news'] : []}
}

function lintNow(): void {
  clearTimeout(timer)
  document.body.classList.add('busy')
  send({id: ++nextId, kind: 'lint', text: editor.value, settings: settings(), fileName})
}

/** Debounced: typing does not lint every keystroke. */
function lintSoon(): void {
  if (editor.value !== lintedText) document.body.classList.add('stale')
  clearTimeout(timer)
  timer = setTimeout(lintNow, 200)
}

// ---- results

function show(reply: Extract<Reply, {kind: 'lint'}>): void {
  lintedText = sent.get(reply.id)
  sent.clear()
  // A reply for an older text is drawn but stays marked stale until the latest arrives.
  const current = !pending && lintedText === editor.value
  findings = reply.findings
  results.innerHTML = reply.story
  counts.innerHTML = reply.counts
  status.textContent = `${reply.summary} · ${reply.format} · date ${reply.date} · ${Math.round(reply.ms)} ms`
  fixAll.disabled = reply.safe === 0
  fixAll.textContent = reply.safe === 0 ? 'Fix all safe' : `Fix all safe (${reply.safe})`
  document.body.classList.toggle('stale', !current)
  document.body.classList.remove('busy')
  // For scripts and tests: how many replies have been drawn, and how many findings the last had.
  document.body.dataset['lints'] = String(Number(document.body.dataset['lints'] ?? 0) + 1)
  document.body.dataset['roundTrip'] = String(Math.round(performance.now() - sentAt))
  document.body.dataset['findings'] = String(reply.findings.length + results.querySelectorAll('.file-notes li').length)
  if (focusFinding !== undefined) {
    reveal(focusFinding, 'instant')
    focusFinding = undefined
  }
}

function reveal(n: number, behavior: ScrollBehavior = 'smooth'): void {
  const note = document.getElementById(`n-${n}`)
  if (!note) return
  for (const old of document.querySelectorAll('.focus')) old.classList.remove('focus')
  note.classList.add('focus')
  for (const mark of results.querySelectorAll<HTMLElement>('mark')) if (mark.dataset['f']?.split(' ').includes(String(n))) mark.classList.add('focus')
  note.scrollIntoView({block: 'center', behavior})
}

/** Replace a range of the editor's text, kept on the editor's undo stack where the browser allows. */
function edit(start: number, end: number, value: string): void {
  editor.focus()
  editor.setSelectionRange(start, end)
  const done = value === '' ? document.execCommand('delete') : document.execCommand('insertText', false, value)
  if (!done) editor.setRangeText(value, start, end, 'end')
  lintNow()
}

function replaceText(text: string, message: string): void {
  edit(0, editor.value.length, text)
  status.textContent = message
}

results.addEventListener('click', (event) => {
  const target = event.target as HTMLElement
  const button = target.closest<HTMLButtonElement>('button.apply')
  if (button) {
    if (editor.value !== lintedText) return
    const finding = findings.find((candidate) => candidate.n === Number(button.dataset['f']))
    const value = finding?.expected[Number(button.dataset['i'])]
    if (finding && value !== undefined) edit(finding.start, finding.end, value)
    return
  }

  // A mark or a note's number: select the words in the editor.
  const holder = target.closest<HTMLElement>('mark, .note')
  const n = Number(holder?.dataset['f']?.split(' ')[0])
  const finding = findings.find((candidate) => candidate.n === n)
  if (!finding || editor.value !== lintedText) return
  reveal(n)
  editor.focus()
  editor.setSelectionRange(finding.start, finding.end)
})

// ---- loading text: typing, pasting, a dropped or chosen file, the sample, the URL fragment

// A paste or a drop is one change: checked at once. Typing waits for a pause.
editor.addEventListener('input', (event) => {
  const kind = (event as InputEvent).inputType
  if (kind === 'insertFromPaste' || kind === 'insertFromDrop') lintNow()
  else lintSoon()
})

async function load(file: File): Promise<void> {
  fileName = file.name
  editor.value = await file.text()
  lintNow()
}

editor.addEventListener('dragover', (event) => event.preventDefault())
editor.addEventListener('drop', (event) => {
  const file = event.dataTransfer?.files[0]
  if (!file) return
  event.preventDefault()
  void load(file)
})
$<HTMLInputElement>('#open').addEventListener('change', (event) => {
  const file = (event.target as HTMLInputElement).files?.[0]
  if (file) void load(file)
})
$<HTMLButtonElement>('#sample').addEventListener('click', () => {
  fileName = 'harbour-fire.txt'
  editor.value = sample
  lintNow()
})
fixAll.addEventListener('click', () => send({id: ++nextId, kind: 'fix-all', text: editor.value, settings: settings(), fileName}))

async function copy(value: string, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(value)
  } catch {
    // file:// or an old browser: the selection route.
    const scratch = document.createElement('textarea')
    scratch.value = value
    document.body.append(scratch)
    scratch.select()
    document.execCommand('copy')
    scratch.remove()
  }

  status.textContent = `${what} copied`
}

$<HTMLButtonElement>('#copy-text').addEventListener('click', () => void copy(editor.value, 'Text'))
$<HTMLButtonElement>('#copy-link').addEventListener('click', () => {
  const focused = document.querySelector<HTMLElement>('.note.focus')?.dataset['f']
  history.replaceState(null, '', `#${fragment(focused)}`)
  void copy(location.href, 'Link')
})

/** The text and settings as a URL fragment: `#text=…&dialect=uk&date=2024-03-14&off=spelling&f=3`. */
function fragment(finding?: string): string {
  const current = settings()
  const parameters = new URLSearchParams({text: editor.value})
  if (current.format !== 'auto') parameters.set('format', current.format)
  if (current.dialect !== 'auto') parameters.set('dialect', current.dialect)
  if (current.date) parameters.set('date', current.date)
  if (current.off.length > 0) parameters.set('off', current.off.join(','))
  if (current.packs.length > 0) parameters.set('packs', current.packs.join(','))
  if (finding) parameters.set('f', finding)
  return parameters.toString()
}

function fromFragment(): boolean {
  const parameters = new URLSearchParams(location.hash.slice(1))
  const text = parameters.get('text')
  if (text === null) return false
  editor.value = text
  format.value = parameters.get('format') ?? 'auto'
  dialect.value = parameters.get('dialect') ?? 'auto'
  date.value = parameters.get('date') ?? ''
  newsPack.checked = (parameters.get('packs') ?? '').split(',').includes('news')
  const off = new Set((parameters.get('off') ?? '').split(',').filter(Boolean))
  for (const box of ruleBoxes.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = !off.has(box.value)
  preset.value = off.size === 0 ? 'all' : 'custom'
  const finding = Number(parameters.get('f'))
  focusFinding = Number.isInteger(finding) && finding > 0 ? finding : undefined
  fileName = undefined
  return true
}

// ---- settings

function buildRuleBoxes(): void {
  const categories = new Map<string, typeof ruleList>()
  for (const rule of ruleList) categories.set(rule.category, [...(categories.get(rule.category) ?? []), rule])
  ruleBoxes.innerHTML = [...categories]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([category, rules]) => {
      const boxes = rules.map(
        (rule) => `<label title="${escapeXml(rule.description)}"><input type="checkbox" value="${rule.id}" data-category="${category}" checked> ${rule.id}</label>`
      )
      return `<fieldset><legend>${category}</legend>${boxes.join('')}</fieldset>`
    })
    .join('')
}

buildRuleBoxes()
preset.addEventListener('change', () => {
  const keep = presets[preset.value]
  if (!keep) return
  for (const box of ruleBoxes.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = keep(box.dataset['category'] ?? '')
  lintNow()
})
ruleBoxes.addEventListener('change', () => {
  preset.value = 'custom'
  lintNow()
})
for (const control of [format, dialect, newsPack]) control.addEventListener('change', lintNow)
date.addEventListener('change', () => {
  date.setCustomValidity(/^(?:\d{4}-\d{2}-\d{2}|none|)$/.test(date.value.trim()) ? '' : 'YYYY-MM-DD or none')
  if (date.reportValidity()) lintNow()
})

window.addEventListener('hashchange', () => {
  if (fromFragment()) lintNow()
})

if (fromFragment() || editor.value) lintNow()
else {
  status.textContent = 'Paste a story, drop a file, or load the sample.'
  // Load the tagger and data now, so that the first paste is answered at a story's own speed.
  send({id: ++nextId, kind: 'warm', text: '', settings: settings()})
}
