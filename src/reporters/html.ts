/**
 * A self-contained HTML report for the desk: the story as written, every
 * finding highlighted in place with a numbered margin note (message with its
 * code words set as code, fix, the source of a fact or the evidence of a
 * finding, and where it is as a copy editor says it: the paragraph and the
 * words), colour by severity, counts by rule at the top. No scripts, fonts or links
 * to fetch: one file that opens anywhere, also from a CI artefact.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {escapeXml as escape} from './checkstyle.js'
import {levelOf, rangeOf, type Level} from './severity.js'
import {summary} from './summary.js'

export interface Finding {
  n: number
  message: VFileMessage
  level: Level
  start: number
  end: number
}

const rank: Record<Level, number> = {error: 3, warning: 2, info: 1}

/** How the page differs from the report: fixes are buttons, and the file has no heading. */
export interface RenderOptions {
  buttons?: boolean
}

/** A file's messages numbered from `first`: those with a range, and the rest (file-level). */
export function findingsOf(file: VFile, first = 1): {findings: Finding[]; fileLevel: VFileMessage[]} {
  let counter = first - 1
  const findings: Finding[] = []
  const fileLevel: VFileMessage[] = []
  for (const message of file.messages) {
    const range = rangeOf(message)
    if (range) findings.push({n: ++counter, message, level: levelOf(message), start: range.start, end: range.end})
    else fileLevel.push(message)
  }

  return {findings, fileLevel}
}

export function html(files: VFile[]): string {
  let counter = 0
  const sections = files.map((file) => {
    const {findings, fileLevel} = findingsOf(file, counter + 1)
    counter += findings.length
    return renderFile(file, findings, fileLevel)
  })
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>copydesk report</title>',
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    '<header>',
    '<h1>copydesk report</h1>',
    // The counts by rule are the table below; the summary says the rest once.
    `<p class="summary">${escape(summary(files).replace(/ \([^()]*\)$/, ''))}</p>`,
    countsTable(files),
    '</header>',
    ...sections,
    '</body>',
    '</html>',
    ''
  ].join('\n')
}

export function countsTable(files: VFile[]): string {
  const rows = new Map<string, Record<Level, number>>()
  for (const file of files) {
    for (const message of file.messages) {
      const id = String(message.ruleId ?? 'copydesk')
      const row = rows.get(id) ?? {error: 0, warning: 0, info: 0}
      row[levelOf(message)]++
      rows.set(id, row)
    }
  }

  if (rows.size === 0) return ''
  const body = [...rows]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([id, row]) => {
      const cells = (['error', 'warning', 'info'] as const).map((level) => `<td class="${row[level] ? 'sev-' + level : ''}">${row[level] || ''}</td>`)
      return `<tr><th scope="row">${escape(id)}</th>${cells.join('')}</tr>`
    })
  return `<table class="counts"><thead><tr><th scope="col">rule</th><th scope="col">errors</th><th scope="col">warnings</th><th scope="col">info</th></tr></thead><tbody>${body.join('')}</tbody></table>`
}

export function renderFile(file: VFile, findings: Finding[], fileLevel: VFileMessage[], options: RenderOptions = {}): string {
  const text = String(file.value ?? '')
  const out = [options.buttons ? '<section class="file">' : `<section class="file"><h2>${escape(file.path ?? '<stdin>')}</h2>`]
  if (fileLevel.length > 0) {
    const items = fileLevel.map((message) => `<li class="sev-${levelOf(message)}" data-rule-id="${escape(String(message.ruleId))}"><b>${escape(String(message.ruleId))}</b> ${escape(message.reason)}</li>`)
    out.push(`<ul class="file-notes">${items.join('')}</ul>`)
  }

  for (const [index, block] of blocks(text, findings).entries()) {
    const inside = findings.filter((finding) => overlaps(finding, block))
    // Each note stands in the text where its highlight starts, floated into the margin beside that line.
    const noteOf = (finding: Finding) => note(finding, index + 1, text, options)
    out.push(`<p class="block" data-start="${block.start}">${highlight(text, block, inside, noteOf)}</p>`)
  }

  out.push('</section>')
  return out.join('\n')
}

/**
 * Paragraphs: runs of text between blank lines, as offsets. A line of only
 * white space (no-break spaces too) separates, unless a finding is on it.
 */
function blocks(text: string, findings: Finding[]): Array<{start: number; end: number}> {
  const result: Array<{start: number; end: number}> = []
  const separator = /(?:\r?\n[^\S\r\n]*){2,}/g
  let last = 0
  for (const match of text.matchAll(separator)) {
    const end = match.index + match[0].length
    if (findings.some((finding) => finding.start < end && finding.end > match.index)) continue
    if (match.index > last) result.push({start: last, end: match.index})
    last = end
  }

  if (last < text.length || result.length === 0) result.push({start: last, end: text.length})
  return result
}

/** A finding belongs to a block if it covers part of it, or sits on its edge as a point. */
function overlaps(finding: Finding, block: {start: number; end: number}): boolean {
  if (finding.start === finding.end) return finding.start >= block.start && finding.start <= block.end
  return finding.start < block.end && finding.end > block.start
}

/**
 * Overlapping findings as one cluster: one number label at its end ("Israel
 * Defence Force's⁵˒⁶") and their notes together where it starts.
 */
function clusters(findings: Finding[]): Finding[][] {
  const result: Finding[][] = []
  let end = -1
  for (const finding of [...findings].sort((a, b) => a.start - b.start || a.n - b.n)) {
    const last = result.at(-1)
    if (last && finding.start < end) last.push(finding)
    else result.push([finding])
    end = Math.max(end, finding.end)
  }

  return result
}

/** The block's text with one <mark> per stretch covered by the same findings, and each note where its cluster starts. */
function highlight(text: string, block: {start: number; end: number}, findings: Finding[], noteOf: (finding: Finding) => string): string {
  const cuts = new Set([block.start, block.end])
  for (const finding of findings) {
    cuts.add(Math.max(block.start, Math.min(block.end, finding.start)))
    cuts.add(Math.max(block.start, Math.min(block.end, finding.end)))
  }

  const points = [...cuts].sort((a, b) => a - b)
  // Where each cluster's notes go (its first offset in this block), and which stretch carries its label.
  const notesAt = new Map<number, Finding[]>()
  const labelAt = new Map<number, number[]>()
  const pointLabelAt = new Map<number, number[]>()
  for (const cluster of clusters(findings)) {
    const starting = cluster.filter((finding) => finding.start >= block.start)
    const at = Math.max(block.start, cluster[0]!.start)
    if (starting.length > 0) notesAt.set(at, [...(notesAt.get(at) ?? []), ...starting])
    const ending = cluster.filter((finding) => finding.end <= block.end)
    if (ending.length === 0) continue
    const end = Math.max(...cluster.map((finding) => Math.min(finding.end, block.end)))
    // The last stretch ending at `end`, or a lone point's own mark.
    const labels = end > at ? labelAt : pointLabelAt
    const stretch = end > at ? points[points.indexOf(end) - 1]! : end
    labels.set(stretch, [...(labels.get(stretch) ?? []), ...ending.map((finding) => finding.n)].sort((a, b) => a - b))
  }

  const out: string[] = []
  for (let index = 0; index < points.length; index++) {
    const at = points[index]!
    for (const finding of notesAt.get(at) ?? []) out.push(noteOf(finding))
    const lone = findings.filter((finding) => finding.start === finding.end && finding.start === at)
    if (lone.length > 0) out.push(...lone.map((finding, i) => mark([finding], '', at, i === lone.length - 1 ? pointLabelAt.get(at) : undefined, true)))
    const next = points[index + 1]
    if (next === undefined) break
    const covering = findings.filter((finding) => finding.start < finding.end && finding.start <= at && finding.end >= next)
    const piece = text.slice(at, next)
    if (covering.length === 0) out.push(escape(piece))
    else out.push(mark(covering, piece, at, labelAt.get(at), false))
  }

  return out.join('')
}

function mark(covering: Finding[], piece: string, at: number, labels: number[] | undefined, point: boolean): string {
  const top = covering.reduce((best, finding) => (rank[finding.level] > rank[best.level] ? finding : best))
  const ids = covering.map((finding) => finding.n)
  const title = covering.map((finding) => `${finding.n}. ${String(finding.message.ruleId)}: ${finding.message.reason}`).join('\n')
  const classes = ['sev-' + top.level, ...(point ? ['point'] : []), ...(labels ? ['last'] : [])]
  const label = labels ? ` data-n="${labels.join(',')}"` : ''
  const rules = [...new Set(covering.map((finding) => String(finding.message.ruleId)))].join(' ')
  return `<mark class="${classes.join(' ')}" data-f="${ids.join(' ')}" data-rule-id="${escape(rules)}" data-at="${at}"${label} title="${escape(title)}">${escape(piece)}</mark>`
}

/** Escaped text with `code` set as code, as the messages write it. */
function withCode(value: string): string {
  return escape(value).replace(/`([^`]+)`/g, '<code>$1</code>')
}

/** A fix that is only white space, shown: "␣" a space, "⍽" a no-break space. */
function visible(value: string): string {
  return value.replace(/ /g, '␣').replace(/\u00A0/g, '⍽').replace(/\t/g, '⇥').replace(/\r?\n/g, '↵')
}

function note(finding: Finding, paragraph: number, text: string, options: RenderOptions): string {
  const {message} = finding
  const expected = message.expected ?? []
  const value = (fix: string) => (fix === '' ? '<i>remove</i>' : `<ins>${escape(/^\s+$/.test(fix) ? visible(fix) : fix)}</ins>`)
  // On the page each fix is a button that applies it.
  const choice = (fix: string, index: number) =>
    options.buttons ? `<button type="button" class="apply" data-f="${finding.n}" data-i="${index}">${value(fix)}</button>` : value(fix)
  const fix = expected.length === 0 ? '' : `<span class="fix">${expected.length === 1 ? 'Fix' : 'Options'}: ${expected.map(choice).join(' · ')}</span>`
  // Where it is, as a copy editor says it: the paragraph and the words ("¶ 14, “a Press briefing”").
  const words = text.slice(finding.start, finding.end).replace(/\s+/g, ' ').trim()
  const quoted = words ? `, “${words.length > 40 ? words.slice(0, 39) + '…' : words}”` : ''
  const line = message.place && 'start' in message.place ? ` title="line ${message.place.start.line}, column ${message.place.start.column}"` : ''
  const source = message.note ? `<span class="source">${withCode(message.note)}</span>` : ''
  // Spans, not divs: the note stands inside the paragraph, beside the line it is about.
  return (
    `<span class="note sev-${finding.level}" id="n-${finding.n}" data-f="${finding.n}" data-rule-id="${escape(String(message.ruleId))}" data-start="${finding.start}" data-end="${finding.end}">` +
    `<span class="head"><span class="num">${finding.n}</span> <a href="${escape(message.url ?? '#')}">${escape(String(message.ruleId))}</a> <span class="where"${line}>¶ ${paragraph}${escape(quoted)} · ${finding.level}</span></span>` +
    `<span class="reason">${withCode(message.reason)}</span>${fix}${source}</span>`
  )
}

export const style = `
:root{--error:#c62828;--error-bg:#fde0e0;--warning:#b26a00;--warning-bg:#fff1c2;--info:#1565c0;--info-bg:#e1ecfb;color-scheme:light}
body{margin:0 auto;max-width:72rem;padding:1.5rem;font:17px/1.6 Georgia,"Times New Roman",serif;color:#1d1d1d;background:#fff}
header{font-family:system-ui,sans-serif;border-bottom:1px solid #ddd;margin-bottom:1rem}
h1{font-size:1.4rem;margin:0 0 .3rem}h2{font:600 1rem system-ui,sans-serif;color:#555;margin:2rem 0 .5rem}
.summary{margin:.2rem 0 .8rem}
table.counts{border-collapse:collapse;font-size:.85rem;margin-bottom:1rem}
.counts th,.counts td{padding:.15rem .7rem;border-bottom:1px solid #eee;text-align:right}.counts th[scope=row]{text-align:left;font-weight:500}
td.sev-error{color:var(--error);font-weight:700}td.sev-warning{color:var(--warning);font-weight:700}td.sev-info{color:var(--info)}
.file{--margin:21rem;--gap:1.5rem}
.block{white-space:pre-wrap;overflow-wrap:anywhere;margin:0 calc(var(--margin) + var(--gap)) 1rem 0;display:flow-root}
mark{border-radius:2px;padding:0 1px;color:inherit}
mark.sev-error{background:var(--error-bg);border-bottom:2px solid var(--error)}
mark.sev-warning{background:var(--warning-bg);border-bottom:2px solid var(--warning)}
mark.sev-info{background:var(--info-bg);border-bottom:2px dotted var(--info)}
mark.last::after{content:attr(data-n);font:700 .65rem system-ui,sans-serif;vertical-align:super;margin-left:1px}
mark.point{padding:0}mark.point::before{content:"‸";font-weight:700}
mark.point.sev-error::before{color:var(--error)}mark.point.sev-warning::before{color:var(--warning)}mark.point.sev-info::before{color:var(--info)}
.note{float:right;clear:right;box-sizing:border-box;width:var(--margin);margin:0 calc(-1 * (var(--margin) + var(--gap))) .4rem 0;white-space:normal;font:13px/1.4 system-ui,sans-serif;border-left:4px solid;padding:.3rem .5rem;border-radius:0 4px 4px 0}
.note>span{display:block}
.note.sev-error{border-color:var(--error);background:var(--error-bg)}.note.sev-warning{border-color:var(--warning);background:var(--warning-bg)}.note.sev-info{border-color:var(--info);background:var(--info-bg)}
.note .num{font-weight:700}.note a{color:inherit;font-weight:600}.note .where{color:#666}
.note code{font:12px ui-monospace,monospace;background:rgba(255,255,255,.7);padding:0 .2rem;border-radius:3px}
.note .source{color:#444;font-size:12px;margin-top:.2rem;border-top:1px solid rgba(0,0,0,.1);padding-top:.2rem}
.note .fix ins{text-decoration:none;background:#fff;border:1px solid #bbb;border-radius:3px;padding:0 .25rem;font-weight:600}
.file-notes{font:13px system-ui,sans-serif}
@media (max-width:50rem){.block{margin-right:0}.note{float:none;display:block;width:auto;margin:.3rem 0 .5rem}}
`
