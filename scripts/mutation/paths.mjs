// The folders `npm run mutation` measures (one Stryker run each), where each run writes its reports,
// and where the compiled rules the tests read are written (tests/support/model.ts via MUTATION_RULES).
import { join } from 'node:path';

const REPORTS = join(import.meta.dirname, '../../reports/mutation');

export const FOLDERS = ['engine', 'machine', 'rules', 'checker'];

/** The report folder of one folder's run: `reports/mutation/<folder>/`. */
export function reportDir(folder) {
  return join(REPORTS, folder);
}

export const COMPILED_RULES = join(REPORTS, 'compiled-rules.json');
