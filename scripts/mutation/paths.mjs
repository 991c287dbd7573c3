// Where `npm run mutation` writes the compiled rules the tests read (tests/support/model.ts via MUTATION_RULES).
import { join } from 'node:path';

export const COMPILED_RULES = join(import.meta.dirname, '../../reports/mutation/compiled-rules.json');
