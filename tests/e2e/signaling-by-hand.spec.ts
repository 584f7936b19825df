import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import {
  test,
  expect,
  lab,
  openLab,
  openPeerConnections,
  expectField,
  expectNoAxeViolationsInBothThemes,
  fieldNumber,
} from './fixtures';
import {
  decodeCompactDescription,
  encodeCompactDescription,
} from '../../src/lib/sdp/compactDescription';

const PAGE = '/chapters/signaling/?lab=signaling-lab&tab=by-hand';
const ID = 'signaling-lab';
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'sdp');

/** The by-hand panel of the lab in `page`, opened on the "by hand" tab by the preset. */
async function openByHand(page: Page): Promise<Locator> {
  const root = await openLab(page, PAGE, ID);
  const panel = root.locator('[data-panel="by-hand"]');
  await expect(panel).toBeVisible();
  return panel;
}

/** Opens a second page of the same context whose console errors fail the test too. */
async function secondTab(page: Page, problems: string[]): Promise<Locator> {
  const tab = await page.context().newPage();
  tab.on('console', (m) => m.type() === 'error' && problems.push(`tab 2: ${m.text()}`));
  tab.on('pageerror', (e) => problems.push(`tab 2 uncaught: ${e.message}`));
  return openByHand(tab);
}

// Each action brings its tab to the front first, as a learner's click does: a background tab gets
// no animation frames, and Playwright waits for two of them before it clicks.

/** Pastes `text` into the panel's box and presses Apply. */
async function apply(panel: Locator, text: string): Promise<void> {
  await panel.page().bringToFront();
  await panel.locator('[data-input="description"]').fill(text);
  await panel.locator('[data-action="apply"]').click();
}

/** Expects the error beside Apply to say `words`, with the pasted text still in its box. */
async function expectExplained(panel: Locator, words: RegExp, kept: string): Promise<void> {
  await expect(panel.getByRole('alert')).toContainText(words);
  await expect(panel.locator('[data-input="description"]')).toHaveValue(kept);
}

/** Creates the offer in `panel` and returns its text in `form`. */
async function createOffer(panel: Locator, form: 'json' | 'compact'): Promise<string> {
  await panel.page().bringToFront();
  await panel.locator('[data-action="create-offer"]').click();
  await expectField(panel, 'by-hand-state', 'waiting-answer');
  return localText(panel, form);
}

async function localText(panel: Locator, form: 'json' | 'compact'): Promise<string> {
  await panel.locator(`[data-tab="${form}"]`).click();
  return panel.locator(`[data-field="local-${form}"]`).inputValue();
}

test.describe('signaling-lab by hand', () => {
  test('the offer and answer carried as JSON connect two tabs, a message goes each way, and mistakes are explained with the text kept', async ({
    guarded: page,
  }) => {
    test.setTimeout(40_000);
    const problems: string[] = [];
    const one = await openByHand(page);
    const two = await secondTab(page, problems);

    await apply(two, 'hello there');
    await expectExplained(
      two,
      /Not a description: It is neither JSON nor the compact form/,
      'hello there',
    );
    await expect(two.locator('[data-action="apply"]')).toBeFocused();
    const broken = JSON.stringify({ type: 'offer', sdp: 'v=0\r\nhello\r\n' });
    await apply(two, broken);
    await expectExplained(
      two,
      /^The text is not valid SDP.*The browser said: OperationError: ./,
      broken,
    );

    const offer = await createOffer(one, 'json');
    // A browser that refuses the clipboard: the text is selected for the learner's own Ctrl+C.
    await page.evaluate(() => {
      navigator.clipboard.writeText = () =>
        Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    await one.locator('[data-action="copy-json"]').click();
    await expect(one.locator('[data-field="copy-note"]')).toContainText(
      'The browser refused to write the clipboard (NotAllowedError: Write permission denied.)',
    );
    const box = one.locator('[data-field="local-json"]');
    await expect(box).toBeFocused();
    expect(
      await box.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart),
    ).toBe(offer.length);
    expect(JSON.parse(offer)).toMatchObject({
      type: 'offer',
      sdp: expect.stringMatching(/a=candidate:/),
    });
    await apply(one, offer);
    await expectExplained(one, /This is an offer, but this tab is waiting for the answer/, offer);

    await apply(two, offer);
    await expectField(two, 'by-hand-state', 'answer-ready');
    const answer = await localText(two, 'json');
    await apply(two, answer);
    await expectExplained(two, /This is an answer, but this tab has made no offer/, answer);

    await apply(one, answer);
    for (const panel of [one, two]) {
      await expectField(panel, 'by-hand-state', 'connected');
      await expectField(panel, 'by-hand-connection-state', 'connected');
      await expectField(panel, 'by-hand-received', 1);
    }
    await expectField(one, 'by-hand-last-message', 'Hello from the tab that answered');
    await expectField(two, 'by-hand-last-message', 'Hello from the tab that made the offer');
    await expect(lab(page, ID)).toHaveAttribute('data-state', 'done');

    await page.bringToFront();
    await one.locator('[data-input="by-hand-message"]').fill('Typed in tab one');
    await one.locator('[data-action="send"]').click();
    await expectField(two, 'by-hand-last-message', 'Typed in tab one');

    // The same answer again: the browser itself refuses it in state stable, and says so.
    await apply(one, answer);
    await expectExplained(one, /no offer waiting for an answer any more/, answer);
    await expect(one.getByRole('alert')).toContainText(
      /The browser said: InvalidStateError: .*stable/,
    );

    // A new session in tab one, then the old answer: recognised by its ICE ufrag.
    await lab(page, ID).locator('[data-action="reset"]').click();
    expect(await openPeerConnections(page)).toBe(0);
    await createOffer(one, 'json');
    await apply(one, answer);
    await expectExplained(
      one,
      /already used by an earlier connection of this tab \(ICE ufrag/,
      answer,
    );
    expect(problems).toEqual([]);
  });

  test('the compact form travels through the clipboard, connects too, is much smaller than the JSON, shows as a QR code, and passes axe', async ({
    guarded: page,
  }) => {
    test.setTimeout(40_000);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const problems: string[] = [];
    const one = await openByHand(page);
    const two = await secondTab(page, problems);
    const offer = await createOffer(one, 'compact');
    expect(offer).toMatch(/^offer:[A-Za-z0-9_-]+$/);
    const compactBytes = await fieldNumber(one, 'compact-bytes');
    expect(compactBytes).toBe(offer.length);
    expect(compactBytes).toBeLessThan((await fieldNumber(one, 'json-bytes')) * 0.6);

    await one.locator('[data-action="copy-compact"]').click();
    await expect(one.locator('[data-field="copy-note"]')).toHaveText(
      `Copied ${compactBytes} bytes: paste them in the other tab.`,
    );
    await one.locator('[data-action="show-qr"]').click();
    await expect(one.getByRole('img', { name: /QR code of this tab’s offer/ })).toBeVisible();
    await expect(one.locator('figcaption')).toContainText(
      `${compactBytes} bytes, error correction M`,
    );

    const pasted = await two.page().evaluate(() => navigator.clipboard.readText());
    expect(pasted).toBe(offer);
    await apply(two, pasted);
    await expectField(two, 'by-hand-state', 'answer-ready');
    const answer = await localText(two, 'compact');
    expect(answer).toMatch(/^answer:/);
    await apply(one, answer);
    await expectField(one, 'by-hand-state', 'connected');
    await expectField(two, 'by-hand-received', 1);
    await expect(lab(page, ID)).toHaveAttribute('data-state', 'done');
    await expectNoAxeViolationsInBothThemes(page, ['[data-panel="by-hand"]']);
    expect(problems).toEqual([]);
  });

  test('Chromium takes every captured offer after the compact round trip as it takes the original', async ({
    guarded: page,
  }) => {
    await page.goto('/');
    const offers: { name: string; original: string; restored: string }[] = [];
    for (const name of readdirSync(FIXTURES).filter((file) => /-offer\.sdp$/.test(file))) {
      const original = readFileSync(join(FIXTURES, name), 'utf8');
      const compact = await encodeCompactDescription({ type: 'offer', sdp: original });
      const decoded = await decodeCompactDescription(compact);
      if (!decoded.ok) throw new Error(`${name}: ${decoded.detail}`);
      offers.push({ name, original, restored: decoded.description.sdp });
    }
    const outcomes = await page.evaluate(async (list) => {
      const answer = async (sdp: string) => {
        const pc = new RTCPeerConnection();
        try {
          await pc.setRemoteDescription({ type: 'offer', sdp });
          await pc.setLocalDescription();
          return 'answered';
        } catch (error) {
          return String(error);
        } finally {
          pc.close();
        }
      };
      const results: { name: string; original: string; restored: string }[] = [];
      for (const offer of list) {
        results.push({
          name: offer.name,
          original: await answer(offer.original),
          restored: await answer(offer.restored),
        });
      }
      return results;
    }, offers);
    for (const { name, original, restored } of outcomes) expect(restored, name).toBe(original);
    // Every Chromium offer, and every Firefox offer but the one with Firefox's AV1 parameters.
    const answered = outcomes.filter((o) => o.restored === 'answered').map((o) => o.name);
    expect(answered.length).toBeGreaterThanOrEqual(outcomes.length - 1);
    expect(answered).toContain('firefox-data-only-offer.sdp');
  });
});
