import { test, expect, lab, openPeerConnections, runLab, expectField } from './fixtures';
import type { Locator } from '@playwright/test';

const ORDER = [
  'a-create-channel',
  'a-create-offer',
  'a-set-local',
  'send-offer',
  'b-set-remote',
  'b-create-answer',
  'b-set-local',
  'send-answer',
  'a-set-remote',
];
const CHAPTER = '/chapters/lifecycle/';
const step = (stepper: Locator, id: string) => stepper.locator(`[data-action="step-${id}"]`);

test.describe('lifecycle-stepper lab', () => {
  test('reaches connected on both sides through the individual step buttons', async ({
    guarded: page,
  }) => {
    await page.goto(`${CHAPTER}?lab=lifecycle-stepper`);
    const stepper = lab(page, 'lifecycle-stepper');
    await expect(step(stepper, 'a-create-channel')).toBeEnabled();
    // Guided mode: a step that is not legal yet is disabled.
    await expect(step(stepper, 'b-create-answer')).toBeDisabled();
    for (const id of ORDER) {
      await step(stepper, id).click();
      await expect(stepper).not.toHaveAttribute('data-state', 'error');
    }
    await expectField(stepper, 'a-signaling-state', 'stable');
    await expectField(stepper, 'b-signaling-state', 'stable');
    // Candidates wait until the learner carries them across.
    await expect(step(stepper, 'a-send-candidates')).toBeEnabled();
    await step(stepper, 'a-send-candidates').click();
    await expect(step(stepper, 'b-send-candidates')).toBeEnabled();
    await step(stepper, 'b-send-candidates').click();
    await expectField(stepper, 'a-connection-state', 'connected');
    await expectField(stepper, 'b-connection-state', 'connected');
    await expect(stepper).toHaveAttribute('data-state', 'done');
  });

  test('run performs every step in order and both peers connect', async ({ guarded: page }) => {
    const stepper = await runLab(page, CHAPTER, 'lifecycle-stepper');
    await expect(stepper).toHaveAttribute('data-state', 'done');
    await expectField(stepper, 'a-connection-state', 'connected');
    await expectField(stepper, 'b-connection-state', 'connected');
    const events = await stepper
      .locator('[data-row="event"]')
      .evaluateAll((rows) =>
        rows.map((r) => `${r.getAttribute('data-source')} ${r.getAttribute('data-event')}`),
      );
    expect(events.indexOf('A a.createOffer()')).toBeLessThan(events.indexOf('B b.createAnswer()'));
    expect(events.indexOf('B b.createAnswer()')).toBeLessThan(
      events.indexOf('A a.setRemoteDescription(answer)'),
    );
  });

  test('an answer created before the offer arrives shows the browser’s own error and why', async ({
    guarded: page,
  }) => {
    await page.goto(`${CHAPTER}?lab=lifecycle-stepper`);
    const stepper = lab(page, 'lifecycle-stepper');
    await stepper.locator('[data-input="allow-out-of-order"]').check();
    await step(stepper, 'b-create-answer').click();
    await expect(stepper).toHaveAttribute('data-state', 'error');
    const alert = stepper.getByRole('alert');
    await expect(alert).toContainText('The browser refused');
    await expect(alert).toContainText('InvalidStateError');
    await expect(alert).toContainText('have-remote-offer');
  });

  test('an answer applied to a peer in stable is refused by the browser', async ({
    guarded: page,
  }) => {
    await page.goto(`${CHAPTER}?lab=lifecycle-stepper&free=1`);
    const stepper = lab(page, 'lifecycle-stepper');
    await expect(stepper.locator('[data-input="allow-out-of-order"]')).toBeChecked();
    // A never applies its own offer, so it is still stable when the answer comes back.
    for (const id of [
      'a-create-channel',
      'a-create-offer',
      'send-offer',
      'b-set-remote',
      'b-create-answer',
      'b-set-local',
      'send-answer',
      'a-set-remote',
    ]) {
      await step(stepper, id).click();
    }
    await expect(stepper).toHaveAttribute('data-state', 'error');
    await expect(stepper.getByRole('alert')).toContainText('a.setRemoteDescription(answer)');
    await expect(stepper.getByRole('alert')).toContainText('have-local-offer');
  });

  test('reset closes both peers', async ({ guarded: page }) => {
    const stepper = await runLab(page, CHAPTER, 'lifecycle-stepper', 'run=1');
    await expect(stepper).toHaveAttribute('data-state', 'done');
    expect(await openPeerConnections(page)).toBe(2);
    await stepper.locator('[data-action="reset"]').click();
    await expect(stepper).toHaveAttribute('data-state', 'idle');
    expect(await openPeerConnections(page)).toBe(0);
    await expectField(stepper, 'a-signaling-state', '');
  });

  test('the step buttons work from the keyboard alone', async ({ guarded: page }) => {
    await page.goto(`${CHAPTER}?lab=lifecycle-stepper`);
    const stepper = lab(page, 'lifecycle-stepper');
    await expect(step(stepper, 'a-create-channel')).toBeEnabled();
    await step(stepper, 'a-create-channel').focus();
    await page.keyboard.press('Enter');
    await expect(step(stepper, 'a-create-offer')).toBeEnabled();
    await step(stepper, 'a-create-offer').focus();
    await page.keyboard.press('Space');
    await expect(step(stepper, 'a-set-local')).toBeEnabled();
  });

  test('each completed step shows its done mark, and the next one is the current step', async ({
    guarded: page,
  }) => {
    await page.goto(`${CHAPTER}?lab=lifecycle-stepper`);
    const stepper = lab(page, 'lifecycle-stepper');
    const row = (id: string) => stepper.locator(`[data-row="step"][data-step="${id}"]`);
    await expect(step(stepper, 'a-create-channel')).toHaveAttribute('aria-current', 'step');
    for (const id of ORDER.slice(0, 3)) await step(stepper, id).click();
    for (const id of ORDER.slice(0, 3)) {
      const mark = row(id).locator('[data-done-mark]');
      await expect(mark).toBeVisible();
      await expect(mark).toContainText('✓');
      // A screen reader hears the word, not the tick.
      await expect(mark.locator('.visually-hidden')).toHaveText('done');
      await expect(row(id)).toHaveAttribute('data-done', 'true');
    }
    await expect(row('send-offer').locator('[data-done-mark]')).toHaveCount(0);
    await expect(step(stepper, 'send-offer')).toHaveAttribute('aria-current', 'step');
    await expect(stepper.locator('[data-row="step"] [aria-current="step"]')).toHaveCount(1);
    await stepper.locator('[data-action="reset"]').click();
    await expect(stepper.locator('[data-done-mark]')).toHaveCount(0);
  });

  test('Enter on the next step keeps the focus on a control: it moves to the following step', async ({
    guarded: page,
  }) => {
    await page.goto(`${CHAPTER}?lab=lifecycle-stepper`);
    const stepper = lab(page, 'lifecycle-stepper');
    await expect(step(stepper, 'a-create-channel')).toBeEnabled();
    await step(stepper, 'a-create-channel').focus();
    for (const [i, id] of ORDER.slice(0, 4).entries()) {
      await expect(step(stepper, id)).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(stepper.locator(`[data-step="${id}"] [data-done-mark]`)).toBeVisible();
      await expect(step(stepper, ORDER[i + 1]!)).toBeFocused();
      expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
    }
  });

  for (const size of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    test(`at ${size.width}x${size.height} the steps line up: numbers, buttons and marks in columns`, async ({
      guarded: page,
    }) => {
      await page.setViewportSize(size);
      await page.goto(`${CHAPTER}?lab=lifecycle-stepper`);
      const stepper = lab(page, 'lifecycle-stepper');
      await expect(step(stepper, 'a-create-channel')).toBeEnabled();
      const columns = await stepper.locator('[data-row="step"]').evaluateAll((rows) =>
        rows.map((row) => {
          const left = (selector: string) =>
            Math.round(row.querySelector(selector)!.getBoundingClientRect().left);
          const button = row.querySelector('button')!.getBoundingClientRect();
          return `${left('.number')} ${left('button')} ${Math.round(button.width)} ${left('.mark')} ${left('.does')}`;
        }),
      );
      expect(columns).toHaveLength(11);
      expect(new Set(columns).size).toBe(1);
      // Nothing sticks out of the lab.
      expect(
        await stepper.evaluate((root) => root.scrollWidth - root.clientWidth),
      ).toBeLessThanOrEqual(0);
    });
  }
});
