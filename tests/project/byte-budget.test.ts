/**
 * The production build stays within its byte budgets: what the start page
 * loads, and all JavaScript and CSS, gzipped (budgets in scripts/build-size.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGET, type BuildSize, buildApp, measureBuild } from '../../scripts/build-size.ts';

describe('the byte budget', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'budget-'));
  let size: BuildSize;

  beforeAll(async () => {
    await buildApp(outDir);
    size = measureBuild(outDir);
  }, 60_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('finds what the start page loads', () => {
    expect(size.startFiles.length).toBeGreaterThan(0);
    expect(size.startPage).toBeGreaterThan(10_000);
  });

  it(`keeps the start page within ${BUDGET.startPage} bytes gzipped`, () => {
    expect(size.startPage).toBeLessThanOrEqual(BUDGET.startPage);
  });

  it(`keeps all JavaScript and CSS within ${BUDGET.all} bytes gzipped`, () => {
    expect(size.all).toBeLessThanOrEqual(BUDGET.all);
  });
});
