/** The committed flow diagram matches the rules, and names every question, rule and disposition. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIAGRAM_FILE } from '../../src/cli/rules-diagram.ts';
import { flowchart, triageFlowMarkdown } from '../../src/rules/diagram.ts';
import { model } from '../support/model.ts';

describe('docs/triage-flow.md', () => {
  it('is what npm run rules:diagram writes from the current rules', () => {
    expect(readFileSync(DIAGRAM_FILE, 'utf8'), 'run npm run rules:diagram and commit the result').toBe(
      triageFlowMarkdown(model),
    );
  });

  it('shows every question, rule and disposition, and the ask-condition that skips a question', () => {
    const chart = flowchart(model);
    for (const q of model.questions) expect(chart).toContain(`"${q.id}: `);
    for (const [i, r] of model.rules.entries()) expect(chart).toContain(`"${i + 1}. ${r.id}: `);
    for (const d of model.dispositions) expect(chart).toContain(`{{"${d.id}: `);
    const skipped = model.questions.findIndex((q) => q.askWhen);
    expect(chart).toContain(`q${skipped - 1} -.->|otherwise| q${skipped + 1}`);
  });
});
