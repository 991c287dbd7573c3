import { describe, expect, it } from 'vitest';
import { content } from '../support/model.ts';
import { compileRules, errorLines, positionOf, withEdit } from '../support/rule-files.ts';

// The questions of the seed FAQ that are about back pain after squats, as people asked them.
const SEED_QUESTIONS = [
  'Is it normal for my lower back to hurt after squats?',
  'How do I get rid of lower back pain after squats?',
  'How do I stretch out lower back pain?',
  'Should I avoid squats if I have lower back pain?',
  'Which muscles should be sore from squats?',
  'What happens if you do squats wrong?',
  'Should I stretch a strained lower back?',
  'What causes tight lower back muscles?',
];

describe('the FAQ', () => {
  const questions = content.faq.map((entry) => entry.question);

  it("asks each of the seed's questions", () => {
    expect(questions).toEqual(expect.arrayContaining(SEED_QUESTIONS));
  });

  it('leaves out the off-topic cellulite question', () => {
    expect(questions.join(' ')).not.toMatch(/cellulite/i);
  });

  it('links every guidance article, so all of it can be read without the questionnaire', () => {
    expect(new Set(content.faq.map((entry) => entry.article))).toEqual(new Set(Object.keys(content.articles)));
  });

  it('answers each question briefly', () => {
    for (const entry of content.faq) {
      const sentences = entry.answer.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 0);
      expect(sentences.length).toBeLessThanOrEqual(3);
      expect(entry.answer.length).toBeLessThan(260);
    }
  });

  it('refuses a link to an article that does not exist, pointing at the link', () => {
    const files = withEdit('faq.yaml', (text) => text.replace('article: rest-and-recovery', 'article: rest'));
    const at = positionOf(files.get('faq.yaml') ?? '', 'rest\n');
    expect(errorLines(compileRules(files))).toEqual([
      expect.stringMatching(new RegExp(`^rules/faq\\.yaml:${at.line}:${at.column}: .*"rest", which does not exist`)),
    ]);
  });

  it('refuses a missing FAQ file', () => {
    const files = withEdit('faq.yaml', () => '');
    files.delete('faq.yaml');
    expect(errorLines(compileRules(files))).toEqual(['rules/faq.yaml:1:1: this file is missing']);
  });
});
