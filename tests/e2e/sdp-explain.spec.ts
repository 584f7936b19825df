import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect, openLab, runLab, expectField, fieldNumber } from './fixtures';
import type { Page } from '@playwright/test';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/sdp');
const fixture = (name: string) => readFileSync(resolve(FIXTURES, name), 'utf8');
/** Lines in an SDP as the annotator counts them (a final line break ends the last line). */
const lineCount = (sdp: string) => sdp.replace(/\r?\n$/, '').split(/\r?\n/).length;
/** A textarea's value has its line breaks normalised to LF (HTML's textarea value API). */
const asTyped = (text: string) => text.replace(/\r\n?/g, '\n');

/** Sets a large value at once: typing 300 KiB through `fill` takes longer than a test may. */
async function setBox(page: Page, text: string) {
  await page.locator('[data-lab="sdp-explain"] [data-input="sdp"]').evaluate((el, value) => {
    (el as HTMLTextAreaElement).value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

const TOOL = '/tools/sdp/';
/** The explainer page with its lab hydrated. */
const openTool = (page: Page) => openLab(page, TOOL, 'sdp-explain');

test.describe('sdp-explain lab on /tools/sdp/', () => {
  test('a pasted Chromium offer is explained with no unknown line and one row per line', async ({
    guarded: page,
  }) => {
    const offer = fixture('chromium-av-data-offer.sdp');
    const tool = await openTool(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('SDP explainer');
    await tool.locator('[data-input="sdp"]').fill(offer);
    await tool.locator('[data-action="run"]').click();
    await expect(tool).toHaveAttribute('data-state', 'done');
    await expect(tool.locator('[data-row="sdp-line"]')).toHaveCount(lineCount(offer));
    await expectField(tool, 'unknown-lines', '0');
    await expectField(tool, 'diagnostics', '0');
    await expect(tool.locator('[data-row="sdp-line"][data-known="false"]')).toHaveCount(0);
    const mLines = tool.locator('[data-row="sdp-line"][data-kind="m"]');
    await expect(mLines).toHaveCount(3);
    await expect(tool.locator('[data-row="sdp-section"][data-kind="media"]')).toHaveCount(3);
  });

  test('hostile lines stay inert, are shown literally and are still annotated', async ({
    guarded: page,
  }) => {
    const script = '<script>window.pwned=1</script>';
    const img = '<img src=x onerror="window.pwned=1">';
    const lines = fixture('chromium-data-only-offer.sdp').split('\r\n');
    lines.splice(3, 0, script);
    lines.splice(8, 0, img);
    const tool = await openTool(page);
    await tool.locator('[data-input="sdp"]').fill(lines.join('\r\n'));
    await tool.locator('[data-action="run"]').click();
    await expect(tool).toHaveAttribute('data-state', 'done');
    const scriptRow = tool.locator('[data-row="sdp-line"][data-number="4"]');
    const imgRow = tool.locator('[data-row="sdp-line"][data-number="9"]');
    for (const [row, text] of [
      [scriptRow, script],
      [imgRow, img],
    ] as const) {
      await expect(row).toHaveAttribute('data-known', 'false');
      expect(Number(await row.getAttribute('data-diagnostics'))).toBeGreaterThan(0);
      await expect(row.locator('code')).toHaveText(text);
    }
    expect(await fieldNumber(tool, 'unknown-lines')).toBe(2);
    expect(await fieldNumber(tool, 'diagnostics')).toBeGreaterThanOrEqual(2);
    await expect(tool.locator('[data-row="sdp-line"][data-known="true"]')).toHaveCount(
      lines.length - 1 - 2,
    );
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(tool.locator('script')).toHaveCount(0);
    expect(
      await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
    ).toBeUndefined();
  });

  test('the { type, sdp } JSON of a session description is accepted', async ({ guarded: page }) => {
    const answer = fixture('firefox-av-data-answer.sdp');
    const tool = await openTool(page);
    await tool
      .locator('[data-input="sdp"]')
      .fill(JSON.stringify({ type: 'answer', sdp: answer }, null, 2));
    await tool.locator('[data-action="run"]').click();
    await expect(tool).toHaveAttribute('data-state', 'done');
    await expectField(tool, 'description-type', 'answer');
    await expect(tool.locator('[data-row="sdp-line"]')).toHaveCount(lineCount(answer));
    await expectField(tool, 'unknown-lines', '0');
  });

  test('input over the limit is refused in the alert and the text stays in the box', async ({
    guarded: page,
  }) => {
    const line = 'a=candidate:1 1 udp 2122260223 192.0.2.2 50000 typ host generation 0\r\n';
    const huge = 'v=0\r\n' + line.repeat(Math.ceil((300 * 1024) / line.length));
    const tool = await openTool(page);
    const box = tool.locator('[data-input="sdp"]');
    await setBox(page, huge);
    await tool.locator('[data-action="run"]').click();
    await expect(tool).toHaveAttribute('data-state', 'error');
    await expect(tool.getByRole('alert')).toContainText("over the explainer's limit of 256 KiB");
    expect(await box.inputValue()).toBe(asTyped(huge));
    await expect(tool.locator('[data-row="sdp-line"]')).toHaveCount(0);
  });

  test('text that is not SDP gets a clear alert and is kept', async ({ guarded: page }) => {
    const tool = await openTool(page);
    const box = tool.locator('[data-input="sdp"]');
    await box.fill('Hello, this is not a session description.');
    await tool.locator('[data-action="run"]').click();
    await expect(tool).toHaveAttribute('data-state', 'error');
    await expect(tool.getByRole('alert')).toContainText('does not look like SDP');
    await expect(box).toHaveValue('Hello, this is not a session description.');
    await box.fill('{"type":"offer"}');
    await tool.locator('[data-action="run"]').click();
    await expect(tool.getByRole('alert')).toContainText('no "sdp" string');
  });

  test('a URL preset fills the box, and with run=1 explains it', async ({ guarded: page }) => {
    const offer = fixture('chromium-gathered-offer.sdp');
    const tool = await runLab(page, TOOL, 'sdp-explain', { sdp: offer, run: '1' });
    await expect(tool).toHaveAttribute('data-state', 'done');
    await expect(tool.locator('[data-input="sdp"]')).toHaveValue(asTyped(offer));
    await expect(tool.locator('[data-row="sdp-line"]')).toHaveCount(lineCount(offer));
    await expectField(tool, 'unknown-lines', '0');

    const filled = await openLab(
      page,
      `${TOOL}?lab=sdp-explain&sdp=${encodeURIComponent('v=0\r\ns=-\r\n')}`,
      'sdp-explain',
    );
    await expect(filled.locator('[data-input="sdp"]')).toHaveValue('v=0\ns=-\n');
    await expect(filled).toHaveAttribute('data-state', 'idle');
  });

  test('a picked file is read as text and explained; a file over the limit is refused', async ({
    guarded: page,
  }) => {
    const offer = fixture('firefox-simulcast-offer.sdp');
    const tool = await openTool(page);
    const box = tool.locator('[data-input="sdp"]');
    await tool.locator('[data-input="file"]').setInputFiles({
      name: 'offer.sdp',
      mimeType: 'text/plain',
      buffer: Buffer.from(offer),
    });
    await expect(tool).toHaveAttribute('data-state', 'done');
    await expect(box).toHaveValue(asTyped(offer));
    await expect(tool.locator('[data-row="sdp-line"]')).toHaveCount(lineCount(offer));
    await expect(tool.locator('.sdp-label')).toHaveText('offer.sdp');

    await tool.locator('[data-input="file"]').setInputFiles({
      name: 'big.sdp',
      mimeType: 'text/plain',
      buffer: Buffer.alloc(300 * 1024, 'a'),
    });
    await expect(tool).toHaveAttribute('data-state', 'error');
    await expect(tool.getByRole('alert')).toContainText('“big.sdp” is 300 KiB');
    await expect(box).toHaveValue(asTyped(offer));
  });

  test('a file dropped on the box is explained', async ({ guarded: page }) => {
    const offer = fixture('chromium-recvonly-offer.sdp');
    const tool = await openTool(page);
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'recvonly.sdp', { type: 'text/plain' }));
      return data;
    }, offer);
    const box = tool.locator('[data-input="sdp"]');
    await box.dispatchEvent('dragover', { dataTransfer: transfer });
    await box.dispatchEvent('drop', { dataTransfer: transfer });
    await expect(tool).toHaveAttribute('data-state', 'done');
    await expect(box).toHaveValue(asTyped(offer));
    await expect(tool.locator('[data-row="sdp-line"]')).toHaveCount(lineCount(offer));
  });

  test('the Example button loads a captured Chromium offer; reset empties everything', async ({
    guarded: page,
  }) => {
    const tool = await openTool(page);
    await tool.locator('[data-action="example"]').click();
    await expect(tool).toHaveAttribute('data-state', 'done');
    const rows = lineCount(fixture('chromium-av-data-offer.sdp'));
    await expect(tool.locator('[data-row="sdp-line"]')).toHaveCount(rows);
    await expectField(tool, 'unknown-lines', '0');
    await tool.locator('[data-action="reset"]').click();
    await expect(tool).toHaveAttribute('data-state', 'idle');
    await expect(tool.locator('[data-input="sdp"]')).toHaveValue('');
    await expect(tool.locator('[data-row="sdp-line"]')).toHaveCount(0);
  });

  test('the site header links to the explainer', async ({ guarded: page }) => {
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Site' })
      .getByRole('link', { name: 'SDP explainer' })
      .click();
    await expect(page).toHaveURL(/\/tools\/sdp\/$/);
    await expect(
      page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'SDP explainer' }),
    ).toHaveAttribute('aria-current', 'page');
  });
});
