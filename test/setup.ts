// Tests import `src/` directly: read the rule files from `rules/*.yml`.
import {loadSpecsFromYaml} from '../src/rule-set.js'

await loadSpecsFromYaml()
