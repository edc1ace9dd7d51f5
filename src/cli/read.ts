/**
 * Decode a file's bytes into text, refusing what is not text: binary data,
 * invalid UTF-8. UTF-16 with a byte-order mark is decoded.
 */
import {CopydeskError} from '../errors.js'

const utf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be'

export function decode(bytes: Uint8Array, name: string): string {
  return decodeFile(bytes, name).text
}

/** Text and the encoding it came in, so `--fix` can write it back the same way. */
export function decodeFile(bytes: Uint8Array, name: string): {text: string; encoding: Encoding} {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be'
    try {
      // Keep the BOM as U+FEFF so offsets still count every character.
      return {text: new TextDecoder(encoding, {fatal: true, ignoreBOM: true}).decode(bytes), encoding}
    } catch {
      throw new CopydeskError(`${name}: invalid ${encoding.toUpperCase()} text`)
    }
  }

  const head = bytes.subarray(0, 8000)
  if (head.includes(0)) throw new CopydeskError(`${name}: binary file (NUL bytes), not linted`)
  try {
    return {text: utf8.decode(bytes), encoding: 'utf-8'}
  } catch {
    const at = firstInvalid(bytes)
    throw new CopydeskError(`${name}: invalid UTF-8 at byte ${at}; save the file as UTF-8`)
  }
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalid(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index]!
    const size = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0
    if (size === 0) return index
    for (let next = 1; next < size; next++) {
      if (((bytes[index + next] ?? 0) & 0xc0) !== 0x80) return index
    }

    index += size
  }

  return index
}

/** Bytes for `text` in `encoding` (a BOM kept in the text as U+FEFF is written back). */
export function encode(text: string, encoding: Encoding): Uint8Array {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8')
  const bytes = Buffer.from(text, 'utf16le')
  if (encoding === 'utf-16be') bytes.swap16()
  return bytes
}
