/**
 * Checks the rules files that shape how results and questions are shown (the
 * body map and the safety net) against the questions and dispositions.
 */
import type { BodyMap, Disposition, Question, SafetyNetGroup } from './model.ts';
import type { BodyMapFile, SafetyNetFile } from './schema.ts';
import type { RuleError, YamlSource } from './yaml-source.ts';

/** The body map, with every question and option it names checked; errors are pushed to `errors`. */
export function linkBodyMap(
  source: YamlSource,
  data: BodyMapFile,
  questions: readonly Question[],
  errors: RuleError[],
): BodyMap {
  const question = questions.find((q) => q.id === data.question);
  if (!question) {
    errors.push({
      ...source.locate(['question']),
      message: `the body map names question "${data.question}", which does not exist; questions are ${questions.map((q) => q.id).join(', ')}`,
    });
  } else if (question.type !== 'single') {
    errors.push({
      ...source.locate(['question']),
      message: `the body map's question "${data.question}" must be single-choice, because clicking a region selects one answer`,
    });
  }
  const optionIds = question?.options.map((o) => o.id) ?? [];
  const seen = new Set<string>();
  data.regions.forEach((region, i) => {
    if (question && !optionIds.includes(region.option)) {
      errors.push({
        ...source.locate(['regions', i, 'option']),
        message: `the body map names option "${region.option}" of question "${data.question}"; options are ${optionIds.join(', ')}`,
      });
    }
    if (seen.has(region.option)) {
      errors.push({
        ...source.locate(['regions', i, 'option']),
        message: `option "${region.option}" has two regions in the body map; put all its shapes in one`,
      });
    }
    seen.add(region.option);
  });
  return { question: data.question, viewBox: data['view-box'], outline: data.outline, regions: data.regions };
}

/** The safety net, checked so that every result below emergency shows at least one group. */
export function linkSafetyNet(
  source: YamlSource,
  data: SafetyNetFile,
  dispositions: readonly Disposition[],
  errors: RuleError[],
): SafetyNetGroup[] {
  const ids = dispositions.map((d) => d.id);
  data.groups.forEach((group, gi) => {
    group['show-for'].forEach((id, i) => {
      if (!ids.includes(id)) {
        errors.push({
          ...source.locate(['groups', gi, 'show-for', i]),
          message: `the safety net names disposition "${id}", which does not exist; dispositions are ${ids.join(', ')}`,
        });
      }
    });
  });
  for (const d of dispositions) {
    if (d.careCard === 'emergency' || data.groups.some((g) => g['show-for'].includes(d.id))) continue;
    errors.push({
      ...source.locate(['groups']),
      message: `disposition "${d.id}" is below emergency, so its result needs safety-netting; add it to a group's show-for`,
    });
  }
  return data.groups.map((g) => ({
    careCard: g['care-card'],
    heading: g.heading,
    signs: g.signs,
    showFor: g['show-for'],
  }));
}
