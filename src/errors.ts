/** Errors the CLI shows as one line (exit code 2), never as a stack trace. */
export class CopydeskError extends Error {
  override name = 'CopydeskError'
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function distance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }

    previous = current
  }

  return previous[b.length]!
}

/** The closest of `candidates` to `value`, if it is close enough to be a likely typo. */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    const d = distance(value, candidate)
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }

  return bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined
}
