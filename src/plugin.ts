/**
 * `copydesk(options)` as a unified plugin: use it in a retext, remark or
 * rehype pipeline. It lints the file's text; with remark or rehype it reuses
 * their tree for block structure.
 */
import type {Root as HastRoot} from 'hast'
import type {Root as MdastRoot} from 'mdast'
import type {Node} from 'unist'
import type {VFile} from 'vfile'
import {createLinter} from './lint.js'
import type {Options} from './types.js'

export function copydesk(options: Options = {}) {
  const linter = createLinter(options)
  return function (tree: Node, file: VFile): undefined {
    if (tree.type === 'root' && 'children' in tree) {
      // mdast and hast both use `root`; hast has element children.
      const isHast = (tree as HastRoot).children.some((child) => child.type === 'element' || child.type === 'doctype')
      linter(file, {format: isHast ? 'html' : 'markdown', tree: tree as MdastRoot | HastRoot})
    } else {
      linter(file, {format: 'text'})
    }

    return undefined
  }
}
