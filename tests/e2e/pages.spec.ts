import { test, expect } from './fixtures';
import { builtPages } from './sitePages';

const pages = builtPages();

test('the site has the home page, both first chapters and the guide pages', () => {
  expect(pages).toEqual(
    expect.arrayContaining([
      '/',
      '/chapters/what-is-webrtc/',
      '/chapters/lifecycle/',
      '/glossary/',
      '/instructors/',
      '/references/',
    ]),
  );
});

for (const path of pages) {
  test(`${path} answers 200 with a title and no console error`, async ({ guarded: page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page).toHaveTitle(/Learn WebRTC/);
  });
}

test.describe('a missing page', () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });
  test('gets the not-found page with a way back', async ({ guarded: page }) => {
    const response = await page.goto('/chapters/no-such-chapter/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('link', { name: 'Back to the course map' })).toBeVisible();
  });
});
