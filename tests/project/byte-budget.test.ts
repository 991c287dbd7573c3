/**
 * The production build stays within its byte budgets: what the start page
 * loads, the whole build's code without its content (the compiled rules), and
 * all JavaScript and CSS, gzipped, against the floor built in the same run
 * (budgets in scripts/build-size.ts).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BUDGET,
  type BuildSize,
  buildApp,
  type CodeAndContent,
  measureBuild,
  measureCodeAndContent,
  measureFloor,
} from '../../scripts/build-size.ts';
import { content, model } from '../support/model.ts';

describe('the byte budget', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'budget-'));
  let size: BuildSize;
  let floor: BuildSize;
  let split: CodeAndContent;

  beforeAll(async () => {
    await buildApp(outDir);
    size = measureBuild(outDir);
    split = measureCodeAndContent(outDir, [model, content]);
    floor = await measureFloor();
  }, 90_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('finds what the start page loads', () => {
    expect(size.startFiles.length).toBeGreaterThan(0);
    expect(size.startPage).toBeGreaterThan(10_000);
  });

  it(`keeps the start page within ${BUDGET.startPage} times the floor, gzipped`, () => {
    expect(floor.startPage).toBeGreaterThan(50_000);
    expect(size.startPage).toBeLessThanOrEqual(BUDGET.startPage * floor.startPage);
  });

  it(`keeps the whole build's code, without the compiled rules, within ${BUDGET.code} times the floor, gzipped`, () => {
    expect(split.content).toBeGreaterThan(10_000);
    expect(split.code).toBeLessThanOrEqual(BUDGET.code * floor.all);
    // Taking the rules out leaves the code of every file and no more: the two parts, each gzipped on its own, add up
    // to the whole within a few percent.
    expect(split.code + split.content).toBeGreaterThan(size.all * 0.97);
    expect(split.code + split.content).toBeLessThan(size.all * 1.03);
  });

  it(`keeps all JavaScript and CSS within ${BUDGET.all} times the floor, gzipped`, () => {
    expect(size.all).toBeLessThanOrEqual(BUDGET.all * floor.all);
  });

  it('leaves the guidance, what to do now and the FAQ out of the start page', () => {
    const start = size.startFiles.map((file) => readFileSync(join(outDir, file), 'utf8')).join('\n');
    for (const text of [...Object.values(content.articles).map((a) => a.summary), content.faq[0]?.answer ?? '-']) {
      expect(start).not.toContain(JSON.stringify(text).slice(1, 40));
    }
    expect(start).not.toContain(JSON.stringify(Object.values(content.whatToDoNow)[0]?.do[1]).slice(1, 40));
  });
});
