/**
 * Write a fixed file atomically: a temporary file beside it, then a rename,
 * so a crash or a full disk leaves either the old text or the new, never half.
 */
import {randomBytes} from 'node:crypto'
import {constants} from 'node:fs'
import {access, chmod, realpath, rename, rm, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'

export async function writeAtomic(filePath: string, bytes: Uint8Array): Promise<void> {
  // Write through a symlink to its target rather than replacing the link.
  const target = await realpath(filePath)
  const info = await stat(target)
  // A rename would replace a read-only file too, and root may write anything:
  // respect the user's protection by its mode bits as well as by access().
  if ((info.mode & 0o222) === 0) throw Object.assign(new Error('read-only file'), {code: 'EACCES'})
  await access(target, constants.W_OK)
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.copydesk-${randomBytes(4).toString('hex')}.tmp`)
  try {
    await writeFile(temporary, bytes, {flag: 'wx', mode: info.mode & 0o7777})
    await chmod(temporary, info.mode & 0o7777)
    await rename(temporary, target)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  }
}
