/** With JavaScript off, the start page says plainly that the questions need it, and where to get help meanwhile. */
import { expect, test } from './support/fixtures.ts';

test.use({ javaScriptEnabled: false });

test('the start page says the questions need JavaScript', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your back pain after squats');
  await expect(page.getByText('This check needs JavaScript to ask its questions')).toBeVisible();
  await expect(
    page.getByText('If you think you need emergency help, call your local emergency number now.'),
  ).toBeVisible();
});
