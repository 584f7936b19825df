// The two-windows lab with another device: window A and window B, each in a browser context of
// its own (two devices), meet in a room of the classroom server on 127.0.0.1; "Send to the other
// device" carries the offer and the answer, and the learner still runs every step.
import type { Page } from '@playwright/test';
import { device, expect, test } from './classroom-fixture';
import { expectNoAxeViolationsInBothThemes, test as guardedTest } from './fixtures';

/** Runs the steps in order, each once the previous one is marked done. */
async function run(page: Page, ids: string[]): Promise<void> {
  for (const id of ids) {
    await page.locator(`[data-action="step-${id}"]`).click();
    await expect(page.locator(`li[data-step="${id}"]`)).toHaveAttribute('data-done', '', {
      timeout: 15_000,
    });
  }
}

test('window A and window B on two devices carry the offer and the answer through a room, and a message arrives in each', async ({
  guarded: a,
  browser,
  classroom,
}) => {
  // Two devices, a room, every step and two axe scans: more than one page's work.
  test.slow();
  await a.goto('/labs/two-windows/a/?room=new');
  const roomA = a.locator('[data-field="room"]');
  await expect(roomA).toHaveAttribute('data-value', 'waiting');
  const link = a.locator('[data-field="other-link"]');
  await expect(link).toHaveText(
    new RegExp(`^${classroom.server.origin}/labs/two-windows/b/\\?room=[2-9A-HJ-NP-Z]{8}$`),
  );
  await a.locator('[data-action="show-qr"]').click();
  await expect(a.locator('[data-field="qr"]')).toHaveAttribute('data-value', /^[LM]$/);

  const b = await device(browser, classroom.server.origin);
  await b.page.goto((await link.textContent())!);
  await expect(b.page.locator('[data-field="room"]')).toHaveAttribute('data-value', 'paired');
  await expect(roomA).toHaveAttribute('data-value', 'paired');
  await expect(roomA).toContainText('window B is here');
  // The QR code folds once window B is here, leaving the steps their room on a phone.
  await expect(a.locator('[data-field="qr"]')).toBeHidden();
  await expect(a.locator('[data-action="show-qr"]')).toHaveAttribute('aria-expanded', 'false');

  await run(a, ['create-offerer', 'make-offer', 'wait-for-gathering', 'copy-description']);
  await a.locator('[data-action="send-to-device"]').click();
  const pasteB = b.page.locator('[data-input="paste"]');
  await expect(pasteB).toHaveValue(/^\{"type":"offer","sdp":"v=0/);
  await expect(b.page.locator('[data-kind="note"]').last()).toContainText(
    'The offer from window A arrived through the room: it is in the paste box; run step 2',
  );
  await run(b.page, [
    'create-answerer',
    'apply-offer',
    'make-answer',
    'wait-for-gathering',
    'copy-description',
  ]);
  await b.page.locator('[data-action="send-to-device"]').click();
  await expect(a.locator('[data-input="paste"]')).toHaveValue(/^\{"type":"answer","sdp":"v=0/);
  await run(a, ['apply-answer']);
  for (const page of [a, b.page])
    await expect(page.locator('[data-field="channel-state"]')).toHaveAttribute(
      'data-value',
      'open',
    );
  await run(a, ['send']);
  await run(b.page, ['send']);
  for (const page of [a, b.page])
    await expect(page.locator('[data-field="messages-received"]')).toHaveAttribute(
      'data-value',
      '1',
    );
  // The instructor's page lists the room: two devices, and the candidate type they connected with.
  const teacher = await b.page.context().newPage();
  await teacher.goto('/classroom/');
  const row = teacher.locator('[data-row="room"]');
  await expect(row).toHaveAttribute('data-peers', '2');
  await expect(row).toHaveAttribute('data-candidate-type', /^(host|srflx|prflx|relay)$/);
  await expectNoAxeViolationsInBothThemes(a, ['[data-pane]']);
  expect(b.problems).toEqual([]);
  await b.page.context().close();
});

guardedTest.describe('without the classroom server', () => {
  guardedTest.use({ allowedConsoleErrors: [/WebSocket connection to .* failed/] });
  guardedTest(
    'a pane opened with ?room= says how to start the classroom server',
    async ({ guarded }) => {
      await guarded.goto('/labs/two-windows/b/?room=K7QM-3XPA');
      const room = guarded.locator('[data-field="room"]');
      await expect(room).toHaveAttribute('data-value', 'error');
      await expect(room).toContainText('start `npm run classroom`');
      await expect(guarded.locator('[data-action="send-to-device"]')).toBeHidden();
    },
  );
});
