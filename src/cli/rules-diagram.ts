/**
 * `npm run rules:diagram`: writes `docs/triage-flow.md`, the triage flow as a
 * Mermaid flowchart, from the rules in `rules/`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { triageFlowMarkdown } from '../rules/diagram.ts';
import { isMain, loadCompiledRules } from './shared.ts';

/** Where the diagram lives, committed so it renders where the repository is hosted. */
export const DIAGRAM_FILE = fileURLToPath(new URL('../../docs/triage-flow.md', import.meta.url));

if (isMain(import.meta.url)) {
  const rules = loadCompiledRules();
  if (rules.ok) {
    writeFileSync(DIAGRAM_FILE, triageFlowMarkdown(rules.model));
    process.stdout.write('wrote docs/triage-flow.md\n');
  } else {
    process.stderr.write(rules.output.stderr);
    process.exitCode = 1;
  }
}
