import type { FrameLocator, Page } from '@playwright/test';
import { test, expect, openLab, runLab, expectField } from './fixtures';

const CHAPTER = '/chapters/two-peers-by-hand/';
const ID = 'two-windows';

/** One window of the lab: its own document, in an iframe. */
function pane(page: Page, window: 'a' | 'b'): FrameLocator {
  return page.frameLocator(`[data-lab="${ID}"] iframe[data-window="${window}"]`);
}

/** Presses a step's button in one window and waits until the window has taken it. */
async function step(frame: FrameLocator, id: string): Promise<void> {
  const button = frame.locator(`[data-action="step-${id}"]`);
  await expect(button).toBeEnabled();
  await button.click();
}

/** How many connections the window's own document holds open (its registry). */
function openIn(page: Page, which: 'a' | 'b'): Promise<number> {
  const frame = page.frame({ url: new RegExp(`/labs/two-windows/${which}/$`) });
  return frame!.evaluate(() => window.webrtcCourse?.openPeerConnections() ?? 0);
}

test.describe('two-windows lab', () => {
  test('the step buttons, with the offer and the answer carried by hand, end with a message in each window', async ({
    guarded: page,
  }) => {
    const root = await openLab(page, CHAPTER, ID);
    const a = pane(page, 'a');
    const b = pane(page, 'b');
    for (const id of ['create-offerer', 'make-offer', 'wait-for-gathering', 'copy-description'])
      await step(a, id);
    const offer = a.locator('[data-field="output"]');
    await expect(offer).toHaveValue(/^\{"type":"offer","sdp":"v=0/);
    await expect(
      a.locator('[data-kind="log"][data-step="copy-description"]').first(),
    ).toContainText('a=fingerprint:sha-256');
    await b.locator('[data-input="paste"]').fill(await offer.inputValue());
    for (const id of [
      'create-answerer',
      'apply-offer',
      'make-answer',
      'wait-for-gathering',
      'copy-description',
    ])
      await step(b, id);
    const answer = b.locator('[data-field="output"]');
    await expect(answer).toHaveValue(/^\{"type":"answer","sdp":"v=0/);
    await a.locator('[data-input="paste"]').fill(await answer.inputValue());
    await step(a, 'apply-answer');
    await expect(a.locator('[data-field="channel-state"]')).toHaveAttribute('data-value', 'open');
    await expect(b.locator('[data-field="channel-state"]')).toHaveAttribute('data-value', 'open');
    await a.locator('[data-input="message"]').fill('Bonjour B');
    await step(a, 'send');
    await b.locator('[data-input="message"]').fill('Hallo A');
    await step(b, 'send');
    await expect(b.locator('[data-field="messages-received"]')).toHaveAttribute('data-value', '1');
    await expect(a.locator('[data-field="messages-received"]')).toHaveAttribute('data-value', '1');
    await expect(b.getByRole('log')).toContainText('A says: Bonjour B');
    await expect(a.getByRole('log')).toContainText('B says: Hallo A');
    await expectField(root, 'left-state', 'connected');
    await expectField(root, 'right-state', 'connected');
    await expectField(root, 'messages-received', 2);
    await expect(root).toHaveAttribute('data-state', 'idle');
  });

  test('run performs the whole walkthrough, and reset closes both windows’ connections', async ({
    guarded: page,
  }) => {
    const root = await runLab(page, CHAPTER, ID);
    await expect(root).toHaveAttribute('data-state', 'done');
    await expectField(root, 'left-state', 'connected');
    await expectField(root, 'right-state', 'connected');
    await expect(root.locator('[data-field="messages-received"]')).toHaveAttribute(
      'data-left',
      '1',
    );
    await expect(root.locator('[data-field="messages-received"]')).toHaveAttribute(
      'data-right',
      '1',
    );
    // The descriptions went through the boxes: each window's paste box holds the other's output.
    const [a, b] = [pane(page, 'a'), pane(page, 'b')];
    await expect(b.locator('[data-input="paste"]')).toHaveValue(
      await a.locator('[data-field="output"]').inputValue(),
    );
    await expect(a.locator('[data-input="paste"]')).toHaveValue(/^\{"type":"answer"/);
    await expect(a.getByRole('log')).toContainText('B says: Hello from the right window');
    expect([await openIn(page, 'a'), await openIn(page, 'b')]).toEqual([1, 1]);
    await root.locator('[data-action="reset"]').click();
    await expect(root).toHaveAttribute('data-state', 'idle');
    await expectField(root, 'left-state', 'none');
    await expectField(root, 'right-state', 'none');
    await expectField(root, 'messages-received', 0);
    expect([await openIn(page, 'a'), await openIn(page, 'b')]).toEqual([0, 0]);
    await expect(a.getByRole('log')).toBeEmpty();
  });

  test('a step out of order shows the browser’s own error, explained, in that window', async ({
    guarded: page,
  }) => {
    await openLab(page, CHAPTER, ID);
    const b = pane(page, 'b');
    await step(b, 'create-answerer');
    await step(b, 'make-answer');
    const alert = b.getByRole('alert');
    await expect(alert).toContainText(/^InvalidStateError: .*createAnswer/s);
    await expect(alert).toContainText('An answer is computed from an offer');
    await expect(alert).toContainText('it is in stable');
    await expect(b.getByRole('log')).toContainText('Uncaught InvalidStateError');
    // The window keeps working: the next step clears the alert.
    await step(b, 'create-answerer');
    await expect(alert).toBeHidden();
    const a = pane(page, 'a');
    await step(a, 'send');
    await expect(a.getByRole('alert')).toContainText(/^TypeError: /);
    await expect(a.getByRole('alert')).toContainText(
      'This window has no channel yet. Run step 1 first.',
    );
  });
});
