/**
 * Results a person in pain can act on: over many answer sets, opened as share
 * links on a 320 × 640 phone, a result shows at most 600 words (an emergency
 * at most 250), the call button is on screen without scrolling, safety-netting
 * comes once, and the guidance is a short summary with links to its pages.
 */
import type { Page } from '@playwright/test';
import { writeAnswers } from '../src/engine/answers-text.ts';
import { allPaths } from '../tests/support/paths.ts';
import { expect, test } from './support/fixtures.ts';
import { mainHeading, result } from './support/person.ts';
import { content, model } from './support/shown-model.ts';

test.use({ viewport: { width: 320, height: 640 } });

/** Every result's answers: one path to each rule, and a fixed random sample of the rest. */
function sampleOfPaths() {
  const paths = allPaths(model).filter((p) => p.end.kind === 'decided');
  const byRule = new Map<string, (typeof paths)[number]>();
  for (const path of paths)
    if (path.end.kind === 'decided' && !byRule.has(path.end.rule.id)) byRule.set(path.end.rule.id, path);
  let seed = 20261130;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const sample = Array.from({ length: 24 }, () => paths[Math.floor(random() * paths.length)]).filter(
    (p) => p !== undefined,
  );
  return [...byRule.values(), ...sample];
}

const every = (question: number) =>
  model.questions[question]?.options.filter((o) => !o.exclusive).map((o) => o.id) ?? [];
const ALL_EMERGENCY_SIGNS = `${model.questions[0]?.id}=${every(0).join(',')}`;
const ALL_WARNING_SIGNS = `${model.questions[0]?.id}=none&${model.questions[1]?.id}=${every(1).join(',')}`;

/** Words in `main` as rendered: innerText leaves out what a closed <details> holds (and counts text hidden for screen readers, which errs on the long side). */
async function wordsOnScreen(page: Page): Promise<number> {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point; textContent would count closed <details>
  const text = await page.locator('main').evaluate((main) => (main as HTMLElement).innerText);
  return text.split(/\s+/).filter((word) => /[a-z0-9]/i.test(word)).length;
}

const cases = [
  ...sampleOfPaths().map((p) => ({
    name: p.end.kind === 'decided' ? p.end.rule.id : 'gap',
    text: writeAnswers(model, p.answers),
  })),
  { name: 'every emergency sign', text: ALL_EMERGENCY_SIGNS },
  { name: 'every warning sign', text: ALL_WARNING_SIGNS },
];

test.describe('a result on a 320 × 640 phone', () => {
  for (const [i, { name, text }] of cases.entries()) {
    test(`${i + 1}: ${name}`, async ({ page }) => {
      await page.goto(`/?${text}`);
      await expect(result(page)).toBeVisible();
      const disposition = (await result(page).getAttribute('data-disposition')) ?? '';
      const card = model.dispositions.find((d) => d.id === disposition)?.careCard;
      expect(await wordsOnScreen(page)).toBeLessThanOrEqual(card === 'emergency' ? 250 : 600);

      // The call button, where there is one (the UK has 999 and 111), is on screen before any scrolling.
      const call = page.getByRole('link', { name: /^Call \d+/ });
      if (card === 'emergency' || card === 'urgent') {
        await expect(call).toBeVisible();
        const box = await call.boundingBox();
        expect((box?.y ?? 999) + (box?.height ?? 0)).toBeLessThanOrEqual(640);
        expect(await call.getAttribute('href')).toMatch(/^tel:\d+$/);
      } else await expect(call).toHaveCount(0);

      // Safety-netting once, never on an emergency result; the guidance in short, never in full.
      await expect(page.getByRole('heading', { name: 'Get help sooner if things change' })).toHaveCount(
        card === 'emergency' ? 0 : 1,
      );
      await expect(page.getByRole('heading', { name: 'Where this advice comes from' })).toHaveCount(0);
      await expect(page.getByRole('link', { name: /^Read the full guide/ })).toBeVisible();
    });
  }
});

test('a guidance page opened from a result comes back to it, by its Back link and by the browser', async ({ page }) => {
  await page.goto(`/?${ALL_WARNING_SIGNS}`);
  await expect(result(page)).toBeVisible();
  const rule = await result(page).getAttribute('data-rule');
  const guidance = (await result(page).getAttribute('data-guidance')) ?? '';
  await page.getByRole('link', { name: /^Read the full guide/ }).click();
  await expect(page).toHaveURL(new RegExp(`/guidance/${guidance}`));
  await expect(mainHeading(page)).toHaveText(content.articles[guidance]?.title ?? '(none)');
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await expect(result(page)).toHaveAttribute('data-rule', rule ?? '');
  await page.goBack();
  await expect(mainHeading(page)).toHaveText(content.articles[guidance]?.title ?? '(none)');
  await page.goBack();
  await expect(result(page)).toHaveAttribute('data-rule', rule ?? '');
  await page.reload();
  await expect(result(page)).toHaveAttribute('data-rule', rule ?? '');
});

test('every guidance page is reachable from a result or the FAQ, and leads back', async ({ page }) => {
  await page.goto('/faq');
  const links = page.getByRole('link', { name: /^Read more:/ });
  // The FAQ loads on its own: wait for it before reading its links.
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const reached = new Set<string>();
  for (const href of new Set(hrefs)) {
    await page.goto(href);
    const id = new URL(href, 'http://x').pathname.split('/').pop() ?? '';
    await expect(mainHeading(page)).toHaveText(content.articles[id]?.title ?? '(none)');
    reached.add(id);
    await page.getByRole('link', { name: 'Back', exact: true }).click();
    await expect(mainHeading(page)).toHaveText('Questions about back pain after squats');
  }
  expect([...reached].sort()).toEqual(Object.keys(content.articles).sort());
});

test('the FAQ starts with a contents list and the emergency question, and answers briefly', async ({ page }) => {
  await page.goto('/faq');
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await expect(contents).toBeVisible();
  await expect(contents.getByRole('link').first()).toHaveText(content.faq[0]?.question ?? '(none)');
  expect(content.faq[0]?.article).toBe('emergency-care');
  for (const entry of content.faq) {
    const section = page.locator('section').filter({ has: page.getByRole('heading', { name: entry.question }) });
    const answer = (await section.locator('p').first().textContent()) ?? '';
    expect(answer.split(/\s+/).length).toBeLessThanOrEqual(80);
  }
  await expect(page.getByRole('article')).toHaveCount(0);
});

test('the region is changed on its own page, which returns to where the person was', async ({ page }) => {
  await page.goto('/?emergency-signs=none&warning-signs=fever');
  await expect(page.getByRole('link', { name: 'Call 111' })).toBeVisible();
  await page.getByRole('link', { name: 'Change where you are' }).click();
  await expect(mainHeading(page)).toHaveText('Where are you?');
  await page.getByRole('radio', { name: 'Australia' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(result(page)).toBeVisible();
  await expect(page.getByText(/^Showing numbers for Australia\./)).toBeVisible();
  await expect(page.getByRole('link', { name: /^Call healthdirect/ })).toHaveAttribute('href', 'tel:1800022222');

  await page.goto('/');
  await expect(page.getByText(/^Showing numbers for Australia\./)).toBeVisible();
  await expect(page.getByRole('combobox')).toHaveCount(0);
});

test.describe('the design', () => {
  test('body text is 16px on a phone and 19px on a desktop', async ({ page }) => {
    await page.goto('/');
    const size = () =>
      page
        .locator('main p:not(.lead)')
        .first()
        .evaluate((p) => getComputedStyle(p).fontSize);
    expect(await size()).toBe('16px');
    await page.setViewportSize({ width: 1024, height: 768 });
    expect(await size()).toBe('19px');
  });

  test('radios and checkboxes take the 4px yellow focus ring, and a ticked box shows a tick', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Start now' }).click();
    const box = page.getByRole('checkbox').first();
    await box.focus();
    const label = page.locator(`label[for="${await box.getAttribute('id')}"]`);
    const ring = await label.evaluate((l) => getComputedStyle(l, '::before').boxShadow);
    expect(ring).toMatch(/rgb\(255, 235, 59\) 0px 0px 0px 4px/);
    await page.keyboard.press('Space');
    const tick = await label.evaluate((l) => {
      const after = getComputedStyle(l, '::after');
      return { opacity: after.opacity, transform: after.transform };
    });
    expect(tick.opacity).toBe('1');
    expect(tick.transform).not.toBe('none');
  });

  test('the green button keeps a visible shadow in dark mode', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    const { shadow, background } = await page.getByRole('button', { name: 'Start now' }).evaluate((b) => ({
      shadow: getComputedStyle(b).boxShadow,
      background: getComputedStyle(document.body).backgroundColor,
    }));
    expect(shadow).toMatch(/rgb\(\d+, \d+, \d+\) 0px 4px 0px/);
    expect(shadow.startsWith(background)).toBe(false);
  });
});
