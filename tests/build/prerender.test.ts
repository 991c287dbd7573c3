/**
 * The pages written at build: which they are, what they say before the
 * reader's region is known, and how each goes into the built index.html.
 * (e2e/prerendered.spec.ts reads them in Chromium, with JavaScript off and on.)
 */
import content from 'virtual:triage-content';
import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/build/prerender-plugin.ts';
import { defaultRegion, fillPlaceholders } from '../../src/engine/region.ts';
import { renderPages } from '../../src/prerender.tsx';
import { model } from '../support/model.ts';

const neutral = defaultRegion(model.regions, []);
const TEMPLATE = `<!doctype html>
<html lang="en-GB">
  <head>
    <title>Squat Back Check</title>
  </head>
  <body>
    <noscript>
      <p>This check needs JavaScript.</p>
    </noscript>
    <div id="root"></div>
  </body>
</html>`;

describe('the pages written at build', () => {
  it('are the start page, the FAQ and every guidance page, each with its own title', async () => {
    const pages = await renderPages();
    const articles = Object.values(content.articles);
    expect(pages.map(({ path, page, title }) => ({ path, page, title }))).toEqual([
      { path: '/', page: 'start', title: `${model.startPage.title} – Squat Back Check` },
      { path: '/faq', page: 'faq', title: 'Questions about back pain after squats – Squat Back Check' },
      ...articles.map((a) => ({
        path: `/guidance/${a.id}`,
        page: `guidance/${a.id}`,
        title: `${a.title} – Squat Back Check`,
      })),
    ]);
  });

  it('say what holds in any country, with every placeholder filled, and keep the region line unseen', async () => {
    const [start, faq, ...guidance] = await renderPages();
    expect(start?.html).toContain(fillPlaceholders(model.startPage.emergency, neutral));
    expect(start?.html).toContain('<p class="region-line region-line--pending" aria-hidden="true">');
    expect(start?.html).toContain('The questions need JavaScript');
    expect(faq?.html).toContain(fillPlaceholders(content.faq[0]?.answer ?? '', neutral));
    for (const page of [start, faq, ...guidance]) {
      expect(page?.html).not.toMatch(/\{[a-z-]+\}/);
      expect(page?.html).toContain('Advice version');
    }
    const care = guidance.find((page) => page.path === '/guidance/emergency-care');
    expect(care?.html).toContain(`<h1`);
    expect(care?.html).toContain(fillPlaceholders(content.articles['emergency-care']?.title ?? '', neutral));
  });
});

describe('a page put into index.html', () => {
  const page = {
    path: '/faq',
    page: 'faq',
    title: 'Sprains & <strains> – Squat Back Check',
    html: '<main>Hello</main>',
  };

  it('fills the root, marked with the page, and the title, escaped', () => {
    const html = fillTemplate(TEMPLATE, page);
    expect(html).toContain('<div id="root" data-page="faq"><main>Hello</main></div>');
    expect(html).toContain('<title>Sprains &amp; &lt;strains> – Squat Back Check</title>');
  });

  it('drops the page-wide "needs JavaScript" message: a written page says itself what needs it', () => {
    expect(fillTemplate(TEMPLATE, page)).not.toContain('<noscript>');
  });

  it('refuses a template with no root to fill', () => {
    expect(() => fillTemplate(TEMPLATE.replace('<div id="root"></div>', ''), page)).toThrow(
      'index.html needs <div id="root"></div> and a <title> for the pages written at build',
    );
  });
});
