/** The README's deployment notes give the very headers the app is built and previewed with. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../config/content-security-policy.ts';

const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');

describe('the deployment notes', () => {
  it.each(Object.entries(SECURITY_HEADERS))('give the %s header as the app sends it', (name, value) => {
    expect(readme.split('\n')).toContain(`${name}: ${value}`);
  });
});
