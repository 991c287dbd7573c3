/**
 * The `test` every spec uses: each page, including fresh ones opened for
 * share links, is watched by the Guard and checked when the test ends.
 */
import { test as base, type Page } from '@playwright/test';
import { Guard } from './guard.ts';

interface Fixtures {
  /** Opens a page in a new, empty browser context (as a new browser would), watched like `page`. */
  freshPage: () => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  context: async ({ context, baseURL }, use) => {
    const guard = await Guard.watch(context, new URL(baseURL ?? '').origin);
    await use(context);
    await guard.check();
  },
  freshPage: async ({ browser, baseURL, contextOptions }, use) => {
    const opened: { guard: Guard; close: () => Promise<void> }[] = [];
    await use(async () => {
      const context = await browser.newContext({ ...contextOptions, baseURL: baseURL ?? '' });
      opened.push({ guard: await Guard.watch(context, new URL(baseURL ?? '').origin), close: () => context.close() });
      return context.newPage();
    });
    for (const { guard, close } of opened) {
      await guard.check();
      await close();
    }
  },
});

export { expect } from '@playwright/test';
