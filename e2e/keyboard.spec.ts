/** The keyboard alone (Tab, arrows, Space, Enter) reaches an emergency and a self-care result. */
import { shortestPathsToRules } from '../tests/support/machine-paths.ts';
import { test } from './support/fixtures.ts';
import { followByKeyboard } from './support/keyboard.ts';
import { expectResult } from './support/person.ts';
import { model } from './support/shown-model.ts';

const journeys = shortestPathsToRules(model);

for (const disposition of [model.dispositions[0], model.dispositions.at(-1)]) {
  // The shortest journey to the most and the least urgent result.
  const journey = journeys.find((j) => model.rules.find((r) => r.id === j.rule)?.disposition === disposition?.id);
  const rule = model.rules.find((r) => r.id === journey?.rule);
  test(`the keyboard alone reaches ${disposition?.id}`, async ({ page }) => {
    if (!journey || !rule) throw new Error(`no journey to ${disposition?.id}`);
    await followByKeyboard(page, journey.events);
    await expectResult(page, rule);
  });
}
