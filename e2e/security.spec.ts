/**
 * The Content-Security-Policy is in the built page and in the server's
 * headers, allows no inline or evaluated script and no other origin, and
 * the browser enforces it.
 */
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../config/content-security-policy.ts';
import { expect, test } from './support/fixtures.ts';
import { Guard } from './support/guard.ts';

test('the built page carries the policy, and the server sends it with the other headers', async ({ page }) => {
  const response = await page.goto('/');
  const headers = response?.headers() ?? {};
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], name).toBe(value);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    CONTENT_SECURITY_POLICY,
  );
});

test('the policy names no other origin and allows no inline or evaluated script', () => {
  const directives = CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim().split(/\s+/));
  const sources = directives.flatMap(([, ...values]) => values);
  expect(sources.filter((s) => !["'self'", "'none'", 'data:'].includes(s))).toEqual([]);
  expect(directives.find(([name]) => name === 'script-src')).toEqual(['script-src', "'self'"]);
  expect(directives.find(([name]) => name === 'default-src')).toEqual(['default-src', "'self'"]);
  expect(directives.find(([name]) => name === 'worker-src')).toEqual(['worker-src', "'self'"]);
  expect(directives.find(([name]) => name === 'manifest-src')).toEqual(['manifest-src', "'self'"]);
});

test('the browser refuses an injected inline script and a request to another origin', async ({ browser, baseURL }) => {
  // A context of its own, without the guard, since this test causes violations on purpose.
  const context = await browser.newContext({ baseURL: baseURL ?? '' });
  const page = await context.newPage();
  await page.goto('/');
  await page.evaluate(async () => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
    await fetch('https://example.com/').catch(() => null);
  });
  // The browser reports violations as events of their own: wait for both reports, not for a fixed time.
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { seen: string[] }).seen))
    .toEqual(expect.arrayContaining(['script-src-elem', 'connect-src']));
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected === true)).toBe(false);
  await context.close();
});

test('the guard every test runs under notices what it must refuse', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL ?? '' });
  const guard = await Guard.watch(context, new URL(baseURL ?? '').origin);
  const page = await context.newPage();
  await page.goto('/');
  await page.evaluate(async () => {
    window.localStorage.setItem('tracker', '1');
    window.localStorage.setItem('squat-back-check:region', 'atlantis');
    window.sessionStorage.setItem('extra', '1');
    // biome-ignore lint/suspicious/noDocumentCookie: setting a cookie the plain way is what the guard must catch
    document.cookie = 'id=1';
    console.error('something broke');
  });
  await page.evaluate(() => fetch('http://127.0.0.2/').catch(() => null));
  await expect(guard.check()).rejects.toThrow(
    /cookie set: id[\s\S]*localStorage written: tracker[\s\S]*localStorage holds a region that does not exist: atlantis[\s\S]*sessionStorage/,
  );
  expect(guard.problems.join('\n')).toMatch(/console error: something broke/);
  expect(guard.problems.join('\n')).toMatch(/Content-Security-Policy violation|request to another origin/);
  await context.close();
});
