/**
 * The page's worker: the same processor and rule data as the CLI, run off the
 * main thread. Linters are kept per settings, so a keystroke costs one lint.
 */
import {VFile} from 'vfile'
import {fixToFixedPoint, safeEdits} from '../fix.js'
import {createLinter, type Linter} from '../lint.js'
import {formatIsoDate} from '../model/dates.js'
import {countsTable, findingsOf, renderFile} from '../reporters/html.js'
import {summary} from '../reporters/summary.js'
import type {CopydeskData, Format} from '../types.js'
import {optionsOf, sniffFormat, type PageFinding, type Reply, type Request, type Settings} from './protocol.js'

const linters = new Map<string, Linter>()

/** Enough to load the tagger, the dictionary and the fact data. */
const warmUp = 'WASHINGTON, March 3, 2024 - The prime minister said on Sunday the the colour of the program had changed.\n'

function linterFor(settings: Settings, format: Format): Linter {
  const key = JSON.stringify([settings, format])
  let linter = linters.get(key)
  if (!linter) {
    linter = createLinter(optionsOf(settings, format), 'settings')
    linters.set(key, linter)
  }

  return linter
}

function lintText(text: string, settings: Settings, fileName: string | undefined): {file: VFile; format: Format; lint: Linter} {
  const format = settings.format === 'auto' ? sniffFormat(text, fileName) : settings.format
  const lint = linterFor(settings, format)
  return {file: lint(new VFile({value: text, path: fileName || 'story'})), format, lint}
}

export function answer(request: Request): Reply {
  const started = performance.now()
  try {
    if (request.kind === 'warm') {
      lintText(warmUp, request.settings, undefined)
      return {id: request.id, kind: 'warm', ms: performance.now() - started}
    }

    const {file, format, lint} = lintText(request.text, request.settings, request.fileName)
    if (request.kind === 'fix-all') {
      const result = fixToFixedPoint(file, (text) => lint(new VFile({value: text, path: file.path})))
      return {id: request.id, kind: 'fixed', text: result.text, applied: result.applied, ms: performance.now() - started}
    }

    const {findings, fileLevel} = findingsOf(file)
    const page: PageFinding[] = findings.map(({n, message, start, end}) => ({n, ruleId: String(message.ruleId), start, end, expected: message.expected ?? []}))
    const model = (file.data as {copydesk?: CopydeskData}).copydesk?.model
    const date = model?.date ? `${formatIsoDate(model.date)} (${model.date.source})` : 'none'
    return {
      id: request.id,
      kind: 'lint',
      story: renderFile(file, findings, fileLevel, {buttons: true}),
      counts: countsTable([file]),
      summary: summary([file]).replace(/^1 file checked: /, '').replace(/ \([^()]*\)$/, ''),
      findings: page,
      safe: safeEdits(file).length,
      date,
      format,
      ms: performance.now() - started
    }
  } catch (error) {
    return {id: request.id, kind: 'error', message: (error as Error).message}
  }
}

/** The worker's `self`, or the page's stand-in where workers are refused (see scripts/web.ts). */
declare const copydeskScope: {onmessage: ((event: {data: Request}) => void) | null; postMessage(reply: Reply): void}
copydeskScope.onmessage = (event) => copydeskScope.postMessage(answer(event.data))
