/**
 * Output formats. Each takes linted files and returns text for stdout.
 */
import type {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {reporterJson} from 'vfile-reporter-json'

export interface ReportOptions {
  quiet: boolean
  color: boolean
}

type Reporter = (files: VFile[], options: ReportOptions) => string

/** `--quiet` drops info-level messages (fatal undefined). */
function visible(files: VFile[], options: ReportOptions): VFile[] {
  if (!options.quiet) return files
  for (const file of files) file.messages = file.messages.filter((message) => message.fatal !== undefined)
  return files
}

export const reporters = {
  default: (files, options) => reporter(visible(files, options), {quiet: options.quiet, color: options.color}),
  json: (files, options) => reporterJson(visible(files, options))
} satisfies Record<string, Reporter>

export type ReporterName = keyof typeof reporters
