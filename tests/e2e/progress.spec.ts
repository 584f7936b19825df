import { readFile } from 'node:fs/promises';
import { test, expect, expectNoAxeViolationsInBothThemes, hydrated } from './fixtures';

const CHAPTER = '/chapters/what-is-webrtc/';
const SLUG = 'what-is-webrtc';
const KEY = 'webrtc-course-progress';

test('a chapter marked done and a quiz answer survive a reload and show on the course map and the home page', async ({
  guarded: page,
}) => {
  await page.goto(CHAPTER);
  const markDone = page.locator('[data-action="mark-done"]');
  await expect(page.locator(`[data-mark-done="${SLUG}"]`)).toHaveAttribute('data-ready', 'true');
  await expect(markDone).toHaveAttribute('aria-pressed', 'false');
  await markDone.click();
  await expect(markDone).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.mark-done [role="status"]')).toContainText('Done.');

  const quiz = page.locator('[data-quiz]').first();
  await quiz.scrollIntoViewIfNeeded();
  await hydrated(quiz);
  await quiz.getByRole('radio').nth(1).check();
  await quiz.getByRole('button', { name: 'Check' }).first().click();
  await expect(quiz.getByRole('status').first()).toContainText(/Correct\.|Not quite\./);
  await expect
    .poll(() => page.evaluate((k) => localStorage.getItem(k) ?? '', KEY))
    .toContain('"kind":"quiz"');

  await page.reload();
  await expect(markDone).toHaveAttribute('aria-pressed', 'true');
  const mapEntry = page.locator(`.sidebar [data-progress-chapter="${SLUG}"]`);
  await expect(mapEntry).toHaveAttribute('data-progress', 'done');
  await expect(mapEntry.getByRole('link')).toHaveAccessibleName(/What WebRTC is.*\(done\)/);
  await expect(page.locator('.sidebar [data-progress-count]')).toHaveText(
    /^1 of \d+ chapters done$/,
  );
  await quiz.scrollIntoViewIfNeeded();
  await hydrated(quiz);
  await expect(quiz.getByRole('radio').nth(1)).toBeChecked();
  await expect(quiz.getByRole('status').first()).toContainText(/Correct\.|Not quite\./);

  await page.goto('/');
  const card = page.locator(`[data-chapter="${SLUG}"]`);
  await expect(card).toHaveAttribute('data-progress', 'done');
  await expect(card.getByText('Done', { exact: true })).toBeVisible();
  await expect(page.locator('[data-chapter="nat"]')).not.toHaveAttribute('data-progress', 'done');
  await expect(page.locator('main [data-progress-count]')).toHaveText(/^1 of \d+ chapters done$/);
});

test('progress exports to a file, a corrupt import is refused and changes nothing, reset clears it, and the export imports back', async ({
  guarded: page,
}) => {
  test.setTimeout(60_000);
  await page.goto('/progress/');
  const saved = {
    format: KEY,
    version: 2,
    chapters: { nat: { done: true, at: '2026-11-30T10:00:00.000Z' } },
    attempts: {
      'nat-quiz/q1': [
        {
          kind: 'quiz',
          id: 'nat-quiz/q1',
          chapter: 'nat',
          ok: false,
          answer: '0',
          detail: { prompt: 'Which NAT?' },
          at: '2026-11-30T10:01:00.000Z',
        },
      ],
    },
  };
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, JSON.stringify(saved)]);
  await page.reload();
  const panel = page.locator('[data-progress-panel]');
  await expect(panel).toHaveAttribute('data-state', 'ready');
  await expect(panel.locator('[data-row="chapter-done"][data-chapter="nat"]')).toContainText('NAT');
  await expect(panel.locator('[data-row="quiz"]')).toContainText('Missed');
  await expect(page.locator('.sidebar [data-progress-chapter="nat"]')).toHaveAttribute(
    'data-progress',
    'done',
  );

  const download = page.waitForEvent('download');
  await panel.locator('[data-action="export-progress"]').click();
  const exported = await readFile((await (await download).path())!, 'utf8');
  expect(JSON.parse(exported).chapters.nat.done).toBe(true);

  const before = await page.evaluate((k) => localStorage.getItem(k), KEY);
  const fileInput = panel.locator('[data-input="progress-file"]');
  await fileInput.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exported.slice(0, 40)),
  });
  await expect(panel.getByRole('alert')).toHaveText(
    /broken\.json was not imported, and nothing changed\. .*not valid JSON/,
  );
  await fileInput.setInputFiles({
    name: 'package.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"name":"x"}'),
  });
  await expect(panel.getByRole('alert')).toContainText('not a progress file from this course');
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(before);

  await panel.locator('[data-action="reset-progress"]').click();
  await expect(panel.locator('[data-action="confirm-reset"]')).toBeFocused();
  await expectNoAxeViolationsInBothThemes(page, ['[data-confirm-reset]']);
  await panel.locator('[data-action="confirm-reset"]').click();
  await expect(panel.locator('[data-action="reset-progress"]')).toBeFocused();
  await expect(panel.locator('[data-row]')).toHaveCount(0);
  await expect(page.locator('.sidebar [data-progress-chapter="nat"]')).not.toHaveAttribute(
    'data-progress',
    'done',
  );
  await page.reload();
  await expect(panel).toHaveAttribute('data-state', 'ready');
  await expect(panel.locator('[data-row]')).toHaveCount(0);

  await fileInput.setInputFiles({
    name: 'mine.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exported),
  });
  await expect(panel.getByRole('status')).toContainText('Imported mine.json');
  await expect(panel.locator('[data-row="chapter-done"][data-chapter="nat"]')).toBeVisible();
  await expect(panel.locator('[data-row="quiz"]')).toHaveCount(1);
  await expectNoAxeViolationsInBothThemes(page, ['main']);
});
