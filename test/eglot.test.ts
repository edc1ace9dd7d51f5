/**
 * Emacs 28 with eglot 1.9 (Debian's emacs-nox and elpa-eglot) as a real
 * client, driven in a terminal under tmux: the README's eglot snippet as
 * written, the seed story's diagnostics, the preferred quick fix, a typed
 * edit, and a `.copydeskrc` written on disk (eglot's file watcher sees it).
 */
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {root, seedPath} from './helpers.js'
import {sleep, Terminal} from './tmux.js'

interface Item {
  line: number
  type: string
  text: string
}

describe('Emacs + eglot (tmux)', () => {
  let emacs: Terminal
  const evaluate = (form: string) => emacs.keys('Escape', ':', form, 'Enter')
  const diagnostics = async (done: (items: Item[]) => boolean) => (await emacs.poll<Item[]>((file) => evaluate(`(copydesk-dump "seed.txt" "${file}")`), done)) ?? []

  beforeAll(() => {
    for (const [what, where] of [['tmux', '/usr/bin/tmux'], ['emacs', '/usr/bin/emacs'], ['elpa-eglot', '/usr/share/emacs/site-lisp/elpa-src/eglot-1.9']]) {
      if (!existsSync(where!)) throw new Error(`${what} is not installed: run \`apt-get install -y emacs-nox elpa-eglot tmux\` (.ci/run does)`)
    }

    emacs = new Terminal('eglot')
    mkdirSync(path.join(emacs.dir, 'story'))
    writeFileSync(path.join(emacs.dir, 'story/seed.txt'), readFileSync(seedPath))
    // The README's snippet, exactly as printed there.
    const snippet = /```elisp\n(;; copydesk for Emacs eglot[\s\S]*?)```/.exec(readFileSync(path.join(root, 'README.md'), 'utf8'))![1]!
    writeFileSync(
      path.join(emacs.dir, 'init.el'),
      [
        // What a normal start does (-q skips it): activate installed packages, eglot among them on Emacs 28.
        '(package-initialize)',
        snippet,
        '(setq make-backup-files nil)',
        '(defun copydesk-dump (buffer file)',
        '  (let ((items (with-current-buffer buffer',
        '                 (mapcar (lambda (d) (list :line (line-number-at-pos (flymake-diagnostic-beg d))',
        '                                           :type (symbol-name (flymake-diagnostic-type d))',
        '                                           :text (flymake-diagnostic-text d)))',
        '                         (flymake-diagnostics)))))',
        '    (with-temp-file file (insert (json-encode (vconcat items))))))',
        ''
      ].join('\n')
    )
    emacs.start(`emacs -nw -q -l ${path.join(emacs.dir, 'init.el')} ${path.join(emacs.dir, 'story/seed.txt')}`)
  })

  afterAll(() => emacs?.stop())

  it('shows the seed story’s diagnostics, applies the preferred quick fix, re-lints an edit and sees a changed .copydeskrc', async () => {
    const seed = readFileSync(seedPath, 'utf8')
    const first = await diagnostics((items) => items.length >= 17)
    expect(first.length).toBe(27)
    expect(first.filter((item) => item.type === 'eglot-error').map((item) => item.text)).toEqual([
      'copydesk [official-title]: The U.S. office is `Secretary of State`, not `State Secretary`: Antony Blinken held it'
    ])
    expect(first.some((item) => item.text === 'copydesk [repeated-words]: Unexpected repeated `and to`, remove one occurrence')).toBe(true)

    // The preferred quick fix: the default of eglot's action menu.
    evaluate('(progn (goto-char (point-min)) (search-forward "and to and to") (backward-char 3))')
    emacs.keys('Escape', 'x', 'eglot-code-actions', 'Enter')
    expect(await emacs.waitFor('[eglot] Pick an action (default Replace with “and to”)')).toContain('Pick an action')
    emacs.keys('Enter')
    const fixed = await diagnostics((items) => !items.some((item) => item.text.includes('[repeated-words]')))
    expect(fixed.length).toBe(26)
    const buffer = path.join(emacs.dir, 'buffer.txt')
    evaluate(`(with-current-buffer "seed.txt" (write-region (point-min) (point-max) "${buffer}"))`)
    await sleep(500)
    expect(readFileSync(buffer, 'utf8')).toBe(seed.replace('and to and to', 'and to'))

    // A typed doubled word is flagged.
    evaluate('(progn (goto-char (point-min)) (insert "The the "))')
    const typed = await diagnostics((items) => items.some((item) => item.line === 1 && item.text.includes('[repeated-words]')))
    expect(typed.find((item) => item.text.includes('[repeated-words]'))).toMatchObject({line: 1, type: 'eglot-warning'})

    // A .copydeskrc written on disk, no save: eglot's watcher tells the server.
    writeFileSync(path.join(emacs.dir, 'story/.copydeskrc'), 'rules:\n  repeated-words: error\n')
    const changed = await diagnostics((items) => items.some((item) => item.line === 1 && item.type === 'eglot-error' && item.text.includes('[repeated-words]')))
    expect(changed.find((item) => item.text.includes('[repeated-words]'))).toMatchObject({line: 1, type: 'eglot-error'})
  }, 120_000)
})
