/**
 * copydesk: editorial style and fact-lint for news copy.
 */
export {copydesk} from './plugin.js'
export {createLinter, formatFromPath, lint} from './lint.js'
export type {Linter, LintFileOptions} from './lint.js'
export {buildModel} from './model/document.js'
export {CopydeskError} from './errors.js'
export {ruleIds, specs as ruleSpecs} from './rule-set.js'
export type * from './types.js'
