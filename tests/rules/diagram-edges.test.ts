/** The flow diagram of small made-up rules, at the edges the shipped rules do not reach. */
import { describe, expect, it } from 'vitest';
import { flowchart } from '../../src/rules/diagram.ts';
import type { Atom, Question, TriageModel } from '../../src/rules/model.ts';
import { model as shipped } from '../support/model.ts';

function question(id: string, text: string, options: readonly string[], askWhen: Atom | null = null): Question {
  return {
    id,
    type: 'single',
    text,
    options: options.map((o) => ({ id: o, label: o, exclusive: false })),
    askWhen: askWhen && { anyOf: [[askWhen]] },
  };
}

function made(questions: readonly Question[], when: readonly Atom[][] = []): TriageModel {
  return {
    ...shipped,
    questions,
    dispositions: [{ id: 'rest', careCard: 'self-care', title: 'Rest', summary: 'Rest.' }],
    rules: when.map((clause, i) => ({
      id: `rule-${i + 1}`,
      when: { anyOf: [clause] },
      disposition: 'rest',
      guidance: 'stretching',
      related: [],
      reason: 'why',
    })),
  };
}

const PAIN = ['a', 'b', 'c', 'd', 'e'];

describe('the flow diagram', () => {
  it('has only the start and the gap when there are no questions', () => {
    expect(flowchart(made([]))).toBe(
      [
        'flowchart TD',
        '  start([Start])',
        '  finish(["No rule holds: a gap, which the rules checker refuses"])',
        '  d0{{"rest: Rest"}}',
      ].join('\n'),
    );
  });

  it('skips a last question that is not asked straight to the gap, and says which options it is asked after', () => {
    const chart = flowchart(
      made([
        question('pain', 'How bad?', PAIN),
        question('side', 'Which side?', ['left', 'right'], { question: 'pain', options: ['a', 'b', 'c'] }),
      ]),
    );
    expect(chart.split('\n').slice(3, 9)).toEqual([
      '  q1("side: Which side?")',
      '  finish(["No rule holds: a gap, which the rules checker refuses"])',
      '  start --> q0',
      '  q0 -->|"if pain ∉ {d, e}"| q1',
      '  q0 -.->|otherwise| finish',
      '  q1 --> finish',
    ]);
  });

  it('writes each condition the shortest way: the one option left out, every option, or a question it does not know', () => {
    const chart = flowchart(
      made(
        [question('pain', 'How bad?', PAIN)],
        [
          [{ question: 'pain', options: ['a', 'b', 'c', 'd'] }],
          [{ question: 'pain', options: PAIN }],
          [{ question: 'ghost', options: ['x', 'y'] }],
        ],
      ),
    );
    expect(chart).toContain('  r0["1. rule-1: pain ≠ e"]');
    expect(chart).toContain('  r1["2. rule-2: pain ∈ {a, b, c, d, e}"]');
    expect(chart).toContain('  r2["3. rule-3: ghost ∈ {x, y}"]');
  });

  it('writes quotes and angle brackets in a question as entities, so the text cannot break the chart', () => {
    const chart = flowchart(made([question('pain', 'Is it "bad" <or> worse?', PAIN)]));
    expect(chart).toContain('  q0("pain: Is it #quot;bad#quot; #lt;or#gt; worse?")');
  });
});
