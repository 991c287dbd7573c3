/**
 * A new version of the rules, deployed while someone is part-way through:
 * the open app says an updated check is ready, keeps asking under the rules
 * it started with, and switches only when the person presses "Use the
 * updated check", keeping their answers.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from '@playwright/test';
import { expect } from './support/fixtures.ts';
import { Guard } from './support/guard.ts';
import { startOwnServer } from './support/own-server.ts';
import {
  answer,
  backControl,
  choice,
  continueButton,
  mainHeading,
  questionById,
  startCheck,
} from './support/person.ts';
import { model } from './support/shown-model.ts';

const ROOT = join(import.meta.dirname, '..');
const NEXT_VERSION = '99.0.0';

/** The app built from the shipped rules with a raised version, as the next deploy would be. */
function buildNextVersion(): { outDir: string; remove: () => void } {
  const work = mkdtempSync(join(tmpdir(), 'next-deploy-'));
  const rules = join(work, 'rules');
  cpSync(join(ROOT, 'rules'), rules, { recursive: true });
  const versionFile = join(rules, 'version.yaml');
  const text = readFileSync(versionFile, 'utf8');
  writeFileSync(versionFile, text.replace(/^version: .*$/m, `version: "${NEXT_VERSION}"`));
  const outDir = join(work, 'dist');
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: ROOT,
    env: { ...process.env, RULES_DIR: rules },
    stdio: 'pipe',
  });
  return { outDir, remove: () => rmSync(work, { recursive: true, force: true }) };
}

test('a deployed rules change is announced between questions, applied only when asked, and the answers kept', async ({
  browser,
  contextOptions,
}) => {
  test.setTimeout(180_000);
  const next = buildNextVersion();
  let server = await startOwnServer();
  const context = await browser.newContext({ ...contextOptions, baseURL: server.origin, serviceWorkers: 'allow' });
  const guard = await Guard.watch(context, server.origin);
  try {
    const page = await context.newPage();
    const footer = page.getByRole('contentinfo');
    await page.goto('/');
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await expect(footer).toContainText(`Advice version ${model.version.version},`);
    const [first, second, third] = model.questions;
    if (!first || !second || !third) throw new Error('the model has fewer than three questions');
    const firstChoice = first.options.at(-1)?.id ?? '';
    await startCheck(page);
    await answer(page, questionById(first.id), [firstChoice]);
    await expect(mainHeading(page)).toHaveText(second.text);

    // The next version is deployed at the same address.
    await server.stop();
    server = await startOwnServer({ outDir: next.outDir, port: server.port });
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const offer = page.getByRole('button', { name: 'Use the updated check' });
    await expect(offer).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('status')).toContainText('An updated version of this check is ready.');

    // Nothing changed under the person: same question, same rules, and the check goes on.
    await expect(mainHeading(page)).toHaveText(second.text);
    await expect(footer).toContainText(`Advice version ${model.version.version},`);
    await choice(page, questionById(second.id), second.options.at(-1)?.id ?? '').check();
    await continueButton(page).click();
    await expect(mainHeading(page)).toHaveText(third.text);
    await expect(footer).toContainText(`Advice version ${model.version.version},`);

    // Now they ask for it: the page reloads where it was, under the new rules, with their answers.
    await offer.click();
    await expect(footer).toContainText(`Advice version ${NEXT_VERSION},`);
    await expect(mainHeading(page)).toHaveText(third.text);
    await expect(offer).toBeHidden();
    await backControl(page).click();
    await expect(mainHeading(page)).toHaveText(second.text);
    await backControl(page).click();
    await expect(choice(page, questionById(first.id), firstChoice)).toBeChecked();
    await guard.check();
  } finally {
    await context.close();
    await server.stop();
    next.remove();
  }
});
