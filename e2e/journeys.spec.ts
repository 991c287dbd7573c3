/**
 * A person's journey to every rule's result, generated from the machine's
 * shortest paths: "Start now", then each answer ticked by its label and
 * "Continue", until the result names the rule, disposition and guidance.
 */

import { shortestPathsToRules } from '../tests/support/machine-paths.ts';
import { expect, test } from './support/fixtures.ts';
import { expectGuidance, expectResult, follow } from './support/person.ts';
import { model } from './support/shown-model.ts';

const journeys = shortestPathsToRules(model);

test('there is a journey for every rule', () => {
  expect(journeys.map((j) => j.rule)).toEqual(model.rules.map((r) => r.id));
});

for (const journey of journeys) {
  const rule = model.rules.find((r) => r.id === journey.rule);
  if (!rule) continue;
  const answers = journey.events.filter((e) => e.type === 'answer.submit').length;

  test(`rule ${rule.id}: ${answers} answers lead to ${rule.disposition} and ${rule.guidance}`, async ({ page }) => {
    await follow(page, journey.events);
    await expectResult(page, rule);
    await expectGuidance(page, rule);
  });
}
