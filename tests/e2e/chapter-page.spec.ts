import { test, expect, hydrated } from './fixtures';

test.describe('chapter page', () => {
  test('marks the current chapter in the course map and links previous and next', async ({
    guarded: page,
  }) => {
    await page.goto('/chapters/lifecycle/');
    const map = page.getByRole('navigation', { name: 'Course map' });
    await expect(map.locator('[aria-current="page"] .title')).toHaveText(
      'The connection lifecycle',
    );
    await expect(map.getByText("NAT and why peers can't just connect")).toBeVisible();
    await expect(page.locator('a[rel="prev"]')).toHaveAttribute(
      'href',
      '/chapters/what-is-webrtc/',
    );
    await page.goto('/chapters/what-is-webrtc/');
    await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', '/chapters/lifecycle/');
  });

  test('shows objectives, a table of contents and references linked to the RFC pages', async ({
    guarded: page,
  }) => {
    await page.goto('/chapters/lifecycle/');
    await expect(page.getByRole('heading', { name: 'In this chapter you will' })).toBeVisible();
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const firstHref = await toc.locator('a').first().getAttribute('href');
    expect(firstHref).toMatch(/^#[a-z0-9-]+$/);
    await expect(page.locator(firstHref!)).toBeAttached();
    const rfcLinks = page.locator('.references a[href^="https://www.rfc-editor.org/rfc/rfc"]');
    expect(await rfcLinks.count()).toBeGreaterThan(1);
  });

  test('each section heading has an anchor and a button that copies its link', async ({
    guarded: page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
    await page.goto('/chapters/lifecycle/?lab=lifecycle-stepper');
    const heading = page.locator('article .prose h2[id]').first();
    const id = await heading.getAttribute('id');
    await expect(heading.locator('a', { hasText: '#' })).toHaveAttribute('href', `#${id}`);
    await heading.getByRole('button', { name: /Copy link/ }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseURL}/chapters/lifecycle/#${id}`);
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeAttached();
  });

  test('the theme toggle switches to dark and the choice survives a reload', async ({
    guarded: page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/chapters/what-is-webrtc/');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const before = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const after = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(after).not.toBe(before);
  });

  test('the system dark preference applies without a toggle', async ({ guarded: page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(15, 20, 25)');
  });

  test('prints the article without the navigation', async ({ guarded: page }) => {
    await page.goto('/chapters/what-is-webrtc/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.sidebar .course-map')).toBeHidden();
    await expect(page.locator('article h1')).toBeVisible();
  });

  test('the quiz works from the keyboard and shows the rationale on check', async ({
    guarded: page,
  }) => {
    await page.goto('/chapters/what-is-webrtc/');
    const quiz = page.locator('[data-quiz]').first();
    await quiz.scrollIntoViewIfNeeded();
    await hydrated(quiz);
    const firstChoice = quiz.getByRole('radio').first();
    await firstChoice.focus();
    await page.keyboard.press('Space');
    await expect(firstChoice).toBeChecked();
    const check = quiz.getByRole('button', { name: 'Check' }).first();
    await check.focus();
    await page.keyboard.press('Enter');
    await expect(quiz.getByRole('status').first()).toContainText(/Correct\.|Not quite\./);
  });
});

test.describe('home page', () => {
  test('is a course map of the 13 chapters, each written one linked to its page', async ({
    guarded: page,
  }) => {
    await page.goto('/');
    const chapters = page.locator('[data-chapter]');
    await expect(chapters).toHaveCount(13);
    await expect(page.locator('[data-chapter="what-is-webrtc"] a')).toHaveAttribute(
      'href',
      '/chapters/what-is-webrtc/',
    );
    // Every chapter is published today: an entry marked as coming would be a stale map.
    await expect(page.locator('[data-chapter][data-status="planned"]')).toHaveCount(0);
    await expect(page.locator('[data-chapter="in-production"] a')).toHaveAttribute(
      'href',
      '/chapters/in-production/',
    );
    await expect(chapters.filter({ hasText: 'Coming soon' })).toHaveCount(0);
    await expect(page.locator('[data-chapter="lifecycle"]')).toContainText(/About \d+ min/);
  });
});
