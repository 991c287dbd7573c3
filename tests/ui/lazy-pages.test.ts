import { describe, expect, it } from 'vitest';
import { lazyPage } from '../../src/ui/lazy-pages.ts';

const Page = () => null;

describe('a page loaded on its own', () => {
  it('loads once, however often it is asked for', async () => {
    let loads = 0;
    const page = lazyPage(async () => {
      loads += 1;
      return Page;
    });
    await Promise.all([page.preload(), page.preload()]);
    await page.preload();
    expect(loads).toBe(1);
  });

  it('tries again after a failed download', async () => {
    let attempt = 0;
    const page = lazyPage(async () => {
      attempt += 1;
      if (attempt === 1) throw new Error('offline');
      return Page;
    });
    await expect(page.preload()).rejects.toThrow('offline');
    await expect(page.preload()).resolves.toBe(Page);
  });
});
