/**
 * Output formats, chosen with `--reporter`. Each takes linted files and
 * returns text for stdout.
 */
import type {VFile} from 'vfile'
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
  json: (files) => reporterJson(files),
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
