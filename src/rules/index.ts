/**
 * Registry of rule modules. Each has its settings in `rules/<id>.yml`.
 * Please keep this list sorted by id.
 */
import type {RuleModule} from '../types.js'
import {repeatedWords} from './repeated-words.js'

export const modules: RuleModule[] = [repeatedWords]
