/**
 * Registry of rule modules. Each has its settings in `rules/<id>.yml`.
 * Please keep this list sorted by id.
 */
import type {RuleModule} from '../types.js'
import {abbreviationConsistency} from './abbreviation-consistency.js'
import {nameConsistency} from './name-consistency.js'
import {repeatedWords} from './repeated-words.js'
import {spellingConsistency} from './spelling-consistency.js'
import {terminology} from './terminology.js'

export const modules: RuleModule[] = [abbreviationConsistency, nameConsistency, repeatedWords, spellingConsistency, terminology]
