/**
 * Dates as news copy writes them: ISO, all-numeric (ambiguous), "Nov. 1, 2023",
 * "1 November 2023", and wire datelines ("LONDON, March 14 (Reuters) -").
 */

export interface YMD {
  year: number
  month: number
  day: number
}

export const monthNames = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december'
]

/** Month number (1-12) for a month name or common abbreviation ("Nov.", "Sept"). */
export function monthNumber(name: string): number | undefined {
  const value = name.toLowerCase().replace(/\.$/, '')
  if (value.length < 3) return undefined
  if (value === 'sept') return 9
  const index = monthNames.findIndex((month) => month === value || (value.length === 3 && month.startsWith(value)))
  return index === -1 ? undefined : index + 1
}

export const monthPattern =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:tember|t\\.?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)'

export function isValidDate({year, month, day}: YMD): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Days since the epoch, for date arithmetic. */
export function dayNumber({year, month, day}: YMD): number {
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000)
}

export function isoDate({year, month, day}: YMD): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Parse `YYYY-MM-DD` (what `--date` and front matter take). */
/** `YYYY-MM-DD`. */
export function formatIsoDate(date: YMD): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`
}

export function parseIsoDate(value: string): YMD | undefined {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(value.trim())
  if (!match) return undefined
  const date = {year: Number(match[1]), month: Number(match[2]), day: Number(match[3])}
  return isValidDate(date) ? date : undefined
}

/**
 * Readings of an all-numeric date such as `01-11-2023`: month-first and
 * day-first, as far as each is a valid date. Two readings mean it is ambiguous.
 */
export function numericReadings(first: number, second: number, year: number): {mdy?: YMD; dmy?: YMD} {
  if (year < 100) year += year < 70 ? 2000 : 1900
  const mdy = {year, month: first, day: second}
  const dmy = {year, month: second, day: first}
  const result: {mdy?: YMD; dmy?: YMD} = {}
  if (isValidDate(mdy)) result.mdy = mdy
  if (isValidDate(dmy) && first !== second) result.dmy = dmy
  return result
}

/** Find a written date ("Nov. 1, 2023", "1 November 2023", "2023-11-01", "01-11-2023") in `value`. */
export function findDate(value: string): {date: YMD; text: string; alternative?: YMD} | undefined {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(value)
  if (iso) {
    const date = parseIsoDate(iso[0])
    if (date) return {date, text: iso[0]}
  }

  const written = new RegExp(`\\b(${monthPattern})\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`).exec(value)
  if (written) {
    const date = {year: Number(written[3]), month: monthNumber(written[1]!)!, day: Number(written[2])}
    if (isValidDate(date)) return {date, text: written[0]}
  }

  const british = new RegExp(`\\b(\\d{1,2})\\s+(${monthPattern})\\s+(\\d{4})\\b`).exec(value)
  if (british) {
    const date = {year: Number(british[3]), month: monthNumber(british[2]!)!, day: Number(british[1])}
    if (isValidDate(date)) return {date, text: british[0]}
  }

  const numeric = /\b(\d{1,2})([-/.])(\d{1,2})\2(\d{4})\b/.exec(value)
  if (numeric) {
    const {mdy, dmy} = numericReadings(Number(numeric[1]), Number(numeric[3]), Number(numeric[4]))
    if (mdy && dmy) return {date: mdy, text: numeric[0], alternative: dmy}
    const date = mdy ?? dmy
    if (date) return {date, text: numeric[0]}
  }

  return undefined
}

/** Month-day mentions without a year ("October 16"), as [month, day]. */
export function monthDayMentions(text: string): Array<[number, number]> {
  const pattern = new RegExp(`\\b(${monthPattern})\\s+(\\d{1,2})\\b(?!,?\\s*\\d{4})`, 'g')
  const found: Array<[number, number]> = []
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text))) {
    const month = monthNumber(match[1]!)
    const day = Number(match[2])
    if (month && day >= 1 && day <= 31) found.push([month, day])
  }

  return found
}

/**
 * Pick the likelier of two readings of an ambiguous date: the one closest
 * after the month-day dates the story mentions (a story reports the recent
 * past); `undefined` when the text gives no evidence.
 */
export function likelierReading(a: YMD, b: YMD, text: string): YMD | undefined {
  const mentions = monthDayMentions(text)
  if (mentions.length === 0) return undefined
  const cost = (date: YMD) => {
    let total = 0
    for (const [month, day] of mentions) {
      let year = date.year
      if (dayNumber({year, month, day}) > dayNumber(date)) year--
      total += Math.min(dayNumber(date) - dayNumber({year, month, day}), 366)
    }

    return total / mentions.length
  }

  const costA = cost(a)
  const costB = cost(b)
  return costA === costB ? undefined : costA < costB ? a : b
}

const apMonths = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.']
export const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

/** A date as the house writes it: "Nov. 1, 2023" (AP, US) or "1 November 2023" (UK). */
export function formatDate(date: YMD, dialect: 'us' | 'uk', withYear = true): string {
  if (dialect === 'uk') {
    const month = monthNames[date.month - 1]!
    return `${date.day} ${month.charAt(0).toUpperCase()}${month.slice(1)}` + (withYear ? ` ${date.year}` : '')
  }

  return `${apMonths[date.month - 1]} ${date.day}` + (withYear ? `, ${date.year}` : '')
}

/** Day of the week (0 = Sunday). */
export function weekday(date: YMD): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()
}

export function fromDayNumber(days: number): YMD {
  const value = new Date(days * 86_400_000)
  return {year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate()}
}
