/** The web app manifest takes its colours from the design, and the service worker precaches every kind of file the build writes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_COLOUR, PRECACHED, PWA_OPTIONS, THEME_COLOUR } from '../../config/pwa.ts';

const css = readFileSync(join(import.meta.dirname, '../../src/ui/styles/base.css'), 'utf8');
/** A colour of the light theme (the first :root block). */
const lightColour = (name: string) => new RegExp(`--${name}: (#[0-9a-f]{6});`).exec(css)?.[1];

describe('the installed app', () => {
  it("is coloured like the site: the header's blue and the page's background", () => {
    expect(THEME_COLOUR).toBe(lightColour('brand'));
    expect(BACKGROUND_COLOUR).toBe(lightColour('background'));
    expect(PWA_OPTIONS.manifest).toMatchObject({ theme_color: THEME_COLOUR, background_color: BACKGROUND_COLOUR });
  });

  it('precaches code, styles, pages, drawings and icons, and leaves the manifest to the plugin (listed twice, the worker would not start)', () => {
    for (const kind of ['js', 'css', 'html', 'svg', 'png', 'ico']) expect(PRECACHED).toContain(kind);
    expect(PRECACHED).not.toContain('webmanifest');
    expect(PWA_OPTIONS.workbox?.globPatterns).toEqual([PRECACHED]);
    expect(PWA_OPTIONS.workbox?.runtimeCaching).toBeUndefined();
  });
});
