import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const commands = [...readme.matchAll(/```sh\n(.+)\n```/g)].map((m) => m[1]);

describe('the README', () => {
  it('opens with the command that runs the app, then the one that passes the tests', () => {
    expect(commands[0]).toMatch(/^npm ci && npm run dev$/);
    expect(commands[1]).toMatch(/npm test$/);
    expect(readme.indexOf('```sh')).toBeLessThan(readme.indexOf('##'));
  });

  it('has CI run the test command verbatim', () => {
    const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8');
    expect(ci.split('\n')).toContain(commands[1]);
  });
});
