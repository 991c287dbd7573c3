/**
 * The rules plugin in a real Vite dev server: editing a rules file while it
 * runs recompiles the rules, and the app's next request for
 * `virtual:triage-model` or `virtual:triage-content` gets the new model.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { triageRules } from '../../src/build/vite-plugin.ts';
import { PICTURES_DIR, RULES_DIR } from '../../src/cli/shared.ts';

const root = mkdtempSync(join(tmpdir(), 'rules-dev-'));
const rulesDir = join(root, 'rules');
let server: ViteDevServer;

/** What the dev server sends the browser for a virtual module, as the exported value. */
async function served(id: string): Promise<Record<string, unknown>> {
  const result = await server.environments.client.transformRequest(id);
  const literal = result?.code.match(/export default JSON\.parse\((.*)\);/)?.[1];
  if (literal === undefined) throw new Error(`the dev server did not serve the rules for ${id}: ${result?.code}`);
  return JSON.parse(JSON.parse(literal));
}

/** Rewrites a rules file, replacing `from` with `to`; fails if `from` is not there. */
function edit(file: string, from: string, to: string) {
  const path = join(rulesDir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
  writeFileSync(path, text.replace(from, to));
}

const questionText = (model: Record<string, unknown>) => (model.questions as { text: string }[])[0]?.text;

describe('the rules plugin in the dev server', () => {
  beforeAll(async () => {
    cpSync(RULES_DIR, rulesDir, { recursive: true });
    server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      appType: 'custom',
      server: { middlewareMode: true, ws: false },
      plugins: [triageRules(rulesDir, PICTURES_DIR)],
    });
  });

  afterAll(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves the model compiled from the rules as they are now, after an edit', async () => {
    const before = questionText(await served('virtual:triage-model'));
    expect(before).toBe('Do you have any of these serious symptoms?');
    edit('questions.yaml', `text: ${before}`, 'text: Have you any of these serious symptoms?');
    // The watcher notices the edit on its own time; until then the old model is served.
    await vi.waitFor(
      async () =>
        expect(questionText(await served('virtual:triage-model'))).toBe('Have you any of these serious symptoms?'),
      {
        timeout: 15_000,
        interval: 100,
      },
    );
  }, 30_000);

  it('serves the content compiled from a guidance article as it is now, after an edit', async () => {
    const title = (content: Record<string, unknown>) =>
      (content.articles as Record<string, { title: string }>).stretching?.title;
    const before = title(await served('virtual:triage-content'));
    expect(before).toBeTruthy();
    edit('guidance/stretching.yaml', `title: ${before}`, `title: ${before} again`);
    await vi.waitFor(async () => expect(title(await served('virtual:triage-content'))).toBe(`${before} again`), {
      timeout: 15_000,
      interval: 100,
    });
  }, 30_000);

  it('shows an invalid edit as file:line, and serves the rules again once it is put right', async () => {
    edit('routing.yaml', 'disposition: emergency', 'disposition: emergencyy');
    await vi.waitFor(
      () => expect(served('virtual:triage-model')).rejects.toThrow(/rules\/routing\.yaml:\d+:\d+: .*emergencyy/),
      { timeout: 15_000, interval: 100 },
    );
    edit('routing.yaml', 'disposition: emergencyy', 'disposition: emergency');
    await vi.waitFor(async () => expect(questionText(await served('virtual:triage-model'))).toBeTruthy(), {
      timeout: 15_000,
      interval: 100,
    });
  }, 30_000);
});
