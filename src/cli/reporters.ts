/**
 * Output formats, chosen with `--reporter`. Each takes linted files and
 * returns text for stdout.
 */
import type {VFile} from 'vfile'
import type {ReportedDate} from '../lint.js'
import {reporter} from 'vfile-reporter'
import {reporterJson} from 'vfile-reporter-json'
import {checkstyle} from '../reporters/checkstyle.js'
import {github} from '../reporters/github.js'
import {html} from '../reporters/html.js'
import {sarif} from '../reporters/sarif.js'

export interface ReportOptions {
  quiet: boolean
  /** The default report: each message's docs link and note (a fact's source, a finding's evidence) below it. */
  verbose: boolean
  color: boolean
  cwd: string
  version: string
}

type Reporter = (files: VFile[], options: ReportOptions) => string

export const reporters = {
  default: (files, options) => reporter(files, {quiet: options.quiet, verbose: options.verbose, color: options.color}),
  json: (files) => withDates(reporterJson(files), files),
  sarif: (files, options) => sarif(files, options),
  github: (files) => github(files),
  checkstyle: (files) => checkstyle(files),
  html: (files) => html(files)
} satisfies Record<string, Reporter>

export type ReporterName = keyof typeof reporters

/** `--quiet` drops info-level messages (fatal undefined) from every format. */
export function dropInfo(files: VFile[]): void {
  for (const file of files) file.messages = file.messages.filter((message) => message.fatal !== undefined)
}

/** vfile-reporter-json's files, each with the story date its checks used (`null`: none). */
function withDates(json: string, files: VFile[]): string {
  const entries = JSON.parse(json) as Array<Record<string, unknown>>
  for (const [index, entry] of entries.entries()) entry['date'] = (files[index]?.data['storyDate'] as ReportedDate | undefined) ?? null
  return JSON.stringify(entries)
}
