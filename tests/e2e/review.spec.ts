import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolationsInBothThemes, hydrated } from './fixtures';

const KEY = 'webrtc-course-progress';
const QUESTION = 'what-is-webrtc-quiz/q1';
const DAY_MS = 86_400_000;

/** Presses Tab until the focused element matches `selector`, as a keyboard user would get there. */
async function tabTo(page: Page, selector: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The stored record, with every time moved `days` into the past (as if answered then). */
async function ageRecord(page: Page, days: number): Promise<void> {
  await page.evaluate(
    ([key, ms]) => {
      const text = localStorage.getItem(key) ?? '';
      const aged = text.replace(/"(\d{4}-\d\d-\d\dT[\d:.]+Z)"/g, (_, iso: string) =>
        JSON.stringify(new Date(Date.parse(iso) - ms).toISOString()),
      );
      localStorage.setItem(key, aged);
    },
    [KEY, days * DAY_MS] as const,
  );
}

test('a quiz question missed in a chapter comes back on /review/ the next day, a right answer there moves it three days on, and a term opened by focus is noted as met', async ({
  guarded: page,
}) => {
  test.setTimeout(60_000);
  await page.goto('/chapters/what-is-webrtc/');
  const quiz = page.locator('[data-quiz]').first();
  await quiz.scrollIntoViewIfNeeded();
  await hydrated(quiz);
  // Keyboard only: Space picks the first (wrong) choice, Tab reaches Check, Enter checks.
  await quiz.getByRole('radio').first().focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(quiz.getByRole('status').first()).toContainText('Not quite.');
  const term = page.locator('.gt a.term[href="/glossary/#rtcpeerconnection"]').first();
  await term.focus();
  await expect
    .poll(() => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}'), KEY))
    .toMatchObject({
      attempts: { [QUESTION]: [{ ok: false, answer: '0' }] },
      review: { met: { rtcpeerconnection: expect.any(String) } },
    });
  await ageRecord(page, 1);

  await page.goto('/review/');
  const panel = page.locator('[data-review-panel]');
  await expect(panel).toHaveAttribute('data-state', 'ready');
  const card = panel.locator(`[data-review-item="${QUESTION}"]`);
  await expect(card).toHaveAttribute('data-state', 'due');
  await expect(card.locator('legend')).toHaveText(
    'Which browser object negotiates a connection, runs the ICE agent and performs the DTLS handshake?',
  );
  await expect(card.getByRole('radio')).toHaveCount(4);
  await expect(card.getByRole('link', { name: 'chapter 1, What WebRTC is' })).toHaveAttribute(
    'href',
    '/chapters/what-is-webrtc/#what-is-webrtc-quiz-title',
  );
  await expect(panel.locator('[data-review-item="term:rtcpeerconnection"]')).toBeVisible();

  // Keyboard only: Tab into the question, ArrowDown picks the second (right) choice, Tab, Enter.
  await tabTo(page, `[data-review-item="${QUESTION}"] input[type="radio"]`);
  await page.keyboard.press('ArrowDown');
  await expect(card.getByRole('radio').nth(1)).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const verdict = card.locator('.feedback p');
  await expect(verdict).toContainText('Correct.');
  await expect(verdict).toContainText('RTCPeerConnection owns the whole connection');
  await expect(verdict).toContainText(/Next review in 3 days, \w+/);
  await expect(verdict).toBeFocused();
  await expect(card).toHaveAttribute('data-state', 'right');
  await expect(card.getByRole('button', { name: 'Check' })).toBeHidden();

  await page.reload();
  await expect(panel).toHaveAttribute('data-state', 'ready');
  await expect(card).toHaveCount(0);
  const in3Days = new Date(Date.now() + 3 * DAY_MS);
  const dayKey = new Date(in3Days.getTime() - in3Days.getTimezoneOffset() * 60_000)
    .toISOString()
    .slice(0, 10);
  await expect(panel.locator(`[data-row="review-day"][data-day="${dayKey}"]`)).toHaveAttribute(
    'data-count',
    '1',
  );
});

test('a failed prediction and a met term seeded two days ago are due on /review/, with the lab linked and the term recalled by keyboard; empty before, axe clean in both themes', async ({
  guarded: page,
}) => {
  test.setTimeout(60_000);
  await page.goto('/review/');
  const panel = page.locator('[data-review-panel]');
  await expect(panel).toHaveAttribute('data-state', 'ready');
  await expect(panel.locator('[data-review-empty]')).toContainText('Nothing to review yet');
  await expect(panel.locator('[data-review-empty]')).toContainText(
    'A quiz question you answer wrong',
  );

  const twoDaysAgo = new Date(Date.now() - 2 * DAY_MS).toISOString();
  const id = 'predict:ice-explorer:selected-type';
  const record = {
    format: KEY,
    version: 3,
    chapters: {},
    attempts: {
      [id]: [
        {
          kind: 'prediction',
          id,
          chapter: 'ice',
          ok: false,
          answer: 'relay',
          detail: { actual: 'host' },
          at: twoDaysAgo,
        },
      ],
    },
    review: { met: { 'ice-lite': twoDaysAgo, dtls: new Date().toISOString() }, recalls: {} },
  };
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [
    KEY,
    JSON.stringify(record),
  ] as const);
  await page.reload();
  await expect(panel).toHaveAttribute('data-state', 'ready');
  await expect(panel.locator('[data-review-empty]')).toBeHidden();
  await expect(panel.locator('[data-field="review-due"]')).toHaveAttribute('data-value', '2');

  const prediction = panel.locator(`[data-review-item="${id}"]`);
  await expect(prediction.getByRole('heading')).toHaveText('Prediction: selected type');
  await expect(prediction.locator('dd')).toHaveText(['relay', 'host']);
  await expect(prediction.getByRole('link', { name: /Run “.+” again/ })).toHaveAttribute(
    'href',
    '/chapters/ice/?lab=ice-explorer#lab-ice-explorer',
  );
  const term = panel.locator('[data-review-item="term:ice-lite"]');
  await expect(term.getByRole('heading')).toHaveText('ICE lite');
  await expect(panel.locator('[data-row="review-day"]')).toHaveAttribute('data-count', '1');

  // Keyboard only: reveal the definition (focus moves to it), then grade it.
  await tabTo(page, '[data-review-item="term:ice-lite"] [data-action="reveal"]');
  await page.keyboard.press('Enter');
  const answer = term.locator('.answer');
  await expect(answer).toBeFocused();
  await expect(answer.locator('.definition')).not.toBeEmpty();
  await expect(answer.getByRole('link')).toHaveAttribute('href', '/glossary/#ice-lite');
  await expectNoAxeViolationsInBothThemes(page);
  await tabTo(page, '[data-review-item="term:ice-lite"] [data-action="recall-yes"]');
  await page.keyboard.press('Enter');
  await expect(term.locator('.feedback p')).toBeFocused();
  await expect(term.locator('.feedback p')).toContainText(/Next review in 3 days/);
  await expect(term.getByRole('button', { name: 'I remembered' })).toBeHidden();
  await expect(panel.locator('[data-field="review-due"]')).toHaveAttribute('data-value', '1');
  await expect
    .poll(() => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}'), KEY))
    .toMatchObject({ review: { recalls: { 'term:ice-lite': [{ ok: true }] } } });
});
