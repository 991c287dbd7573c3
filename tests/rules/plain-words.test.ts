/**
 * Everything a person reads outside the articles, in plain words: each
 * question with its options and hints, each reason, each "what to do now"
 * list, the start page, the safety net and the FAQ, at Flesch-Kincaid US
 * grade 6 or below (reading age 9 to 12) in every region's words.
 */
import { describe, expect, it } from 'vitest';
import { compileInvariants } from '../../src/checker/invariants-file.ts';
import { localiseContent, localiseModel } from '../../src/engine/region.ts';
import { content, model } from '../support/model.ts';
import { fleschKincaidGrade, textStats } from '../support/readability.ts';
import { shippedFiles } from '../support/rule-files.ts';

const MAX_GRADE = 6;

const invariants = (() => {
  const result = compileInvariants(shippedFiles, model);
  if (!result.ok) throw new Error('the shipped invariants do not compile');
  return result.invariants;
})();

/** Each passage a person reads, by what it is, in one region's words. */
function passages(regionId: string): [string, readonly string[]][] {
  const region = model.regions.find((r) => r.id === regionId);
  if (!region) throw new Error(`no region ${regionId}`);
  const m = localiseModel(model, region);
  const c = localiseContent(content, region);
  const { startPage: page } = m;
  return [
    ...m.questions.map((q): [string, readonly string[]] => [
      `question ${q.id}`,
      [q.text, ...(q.hint ? [q.hint] : []), ...q.options.flatMap((o) => [o.label, ...(o.hint ? [o.hint] : [])])],
    ]),
    ...m.rules.map((r): [string, readonly string[]] => [`reason of rule ${r.id}`, [r.reason]]),
    ...invariants.map((i): [string, readonly string[]] => [`reason of invariant ${i.id}`, [i.reason]]),
    ...m.dispositions.map((d): [string, readonly string[]] => [`disposition ${d.id}`, [d.title, d.summary]]),
    ...Object.entries(c.whatToDoNow).map(([id, l]): [string, readonly string[]] => [
      `what to do now, ${id}`,
      [...l.do, ...l.doNot],
    ]),
    ...c.safetyNet.map((g, i): [string, readonly string[]] => [`safety net group ${i + 1}`, g.signs]),
    ['the FAQ', c.faq.map((f) => f.answer)],
    [
      'the start page',
      [
        page.title,
        page.lead,
        page.emergency,
        page.useIf.intro,
        ...page.useIf.items,
        page.doNotUseIf.intro,
        ...page.doNotUseIf.items,
        ...page.notes,
      ],
    ],
  ];
}

describe.each(model.regions.map((r) => r.id))('in %s words', (regionId) => {
  it.each(passages(regionId))(`%s reads at grade ${MAX_GRADE} or below`, (_what, texts) => {
    expect(fleschKincaidGrade(textStats(texts))).toBeLessThanOrEqual(MAX_GRADE);
  });
});

describe('the start page', () => {
  const text = JSON.stringify(model.startPage);

  it('says who the check is for, and sends the under-16s to a doctor', () => {
    expect(text).toMatch(/16 or older|16 and over/);
    expect(model.startPage.doNotUseIf.items.join(' ')).toMatch(/under 16\. See a \{doctor\}/);
  });

  it('sends anyone pregnant or with a baby under 6 months to their midwife, doctor or physio', () => {
    expect(model.startPage.doNotUseIf.items.join(' ')).toMatch(
      /pregnant, or had a baby in the last 6 months\. Ask your midwife, \{doctor\} or a \{physio\}/,
    );
  });

  it("agrees with the under-16 rule's reason", () => {
    expect(model.rules.find((r) => r.id === 'under-16')?.reason).toMatch(/16 and over.*\{doctor\}/);
  });
});
