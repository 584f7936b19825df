import {
  test,
  expect,
  openPeerConnections,
  expectNoAxeViolationsInBothThemes,
  openLab,
  runLab,
  expectField,
} from './fixtures';
import type { Locator } from '@playwright/test';

const CHAPTER = '/chapters/stun/';

/** The workbench's tab named `name`. */
const tab = (wb: Locator, name: string) => wb.getByRole('tab', { name });
/** The panel of the tab with id `id` (build, decode, gather). */
const tabPanel = (wb: Locator, id: string) => wb.locator(`[role="tabpanel"][data-panel="${id}"]`);

/** Opens the tab named `name` as a learner would, and waits for its panel. */
async function openTab(wb: Locator, name: string): Promise<void> {
  await tab(wb, name).click();
  await expect(tab(wb, name)).toHaveAttribute('aria-selected', 'true');
}

/**
 * Scans the lab with axe with its top just under the sticky header: a control the header happens
 * to cover would otherwise count as a too-small target.
 */
async function axeOnLab(wb: Locator): Promise<void> {
  await wb.evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await expectNoAxeViolationsInBothThemes(wb.page(), ['[data-lab="stun-workbench"]']);
}

/** Whether the learner sees `element`: wholly inside the viewport, or holding the focus. */
function inViewOrFocused(element: Locator): Promise<boolean> {
  return element.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const seen = box.height > 0 && box.top >= 0 && box.bottom <= innerHeight;
    return seen || el.contains(document.activeElement);
  });
}

test.describe('stun-workbench lab', () => {
  test('the preselected §2.2 IPv4 response is decoded as soon as the lab is live: type, mapped address, integrity and fingerprint', async ({
    guarded: page,
  }) => {
    const wb = await openLab(page, CHAPTER, 'stun-workbench');
    await expect(wb.locator('[data-input="example"]')).toHaveValue('2.2');
    await expect(wb.locator('[data-input="stun-password"]')).toHaveValue('VOkJxbRl1RmTxUk/WvJxBt');
    await expect(wb).toHaveAttribute('data-state', 'done');
    await expect(tabPanel(wb, 'decode')).toBeVisible();
    await expectField(wb, 'message-type', '0x0101');
    await expect(wb.locator('[data-field="message-type"]')).toContainText(
      'Binding success response',
    );
    await expectField(wb, 'transaction-id', 'b7e7a701bc34d686fa87dfae');
    await expectField(wb, 'xor-mapped-address', '192.0.2.1:32853');
    await expectField(wb, 'integrity-valid', 'true');
    await expectField(wb, 'fingerprint-valid', 'true');
    const rows = wb.locator('[data-row="attribute"]');
    await expect(rows).toHaveCount(4);
    await expect(rows.nth(1)).toHaveAttribute('data-type', '0x0020');
    await expect(rows.nth(1)).toHaveAttribute('data-name', 'XOR-MAPPED-ADDRESS');
    await expect(rows.nth(1)).toHaveAttribute('data-length', '8');
    // The arithmetic, step by step: port a147 xor 2112, then each address byte xor the cookie.
    const xor = wb.locator('[data-row="xor"][data-attribute="XOR-MAPPED-ADDRESS"]');
    await expectField(xor, 'xor-port', '32853');
    await expect(xor).toContainText('0xa147');
    const bytes = xor.locator('[data-row="xor-byte"]');
    await expect(bytes).toHaveCount(4);
    await expect(bytes.first()).toHaveAttribute('data-wire', 'e1');
    await expect(bytes.first()).toHaveAttribute('data-mask', '21');
    await expect(bytes.first()).toHaveAttribute('data-result', 'c0');
    await expect(bytes.nth(3)).toHaveAttribute('data-mask', '42');
  });

  test('a wrong password makes integrity false while the fingerprint stays valid', async ({
    guarded: page,
  }) => {
    const wb = await runLab(page, CHAPTER, 'stun-workbench', 'example=2.2&run=1');
    await expectField(wb, 'integrity-valid', 'true');
    await wb.locator('[data-input="stun-password"]').fill('not-the-password');
    await wb.locator('[data-action="run"]').click();
    await expectField(wb, 'integrity-valid', 'false');
    await expect(wb.locator('[data-field="integrity-valid"]')).toContainText('does not match');
    await expectField(wb, 'fingerprint-valid', 'true');
  });

  test('choosing the §2.3 IPv6 sample decodes it at once, with the transaction ID in the mask', async ({
    guarded: page,
  }) => {
    const wb = await openLab(page, CHAPTER, 'stun-workbench');
    await expectField(wb, 'message-type', '0x0101');
    // Only the choice: no Load, no Decode.
    await wb.locator('[data-input="example"]').selectOption('2.3');
    await expect(wb).toHaveAttribute('data-state', 'done');
    await expect(wb.locator('[data-action="load-example"]')).toHaveCount(0);
    const mapped = wb.locator('[data-field="xor-mapped-address"]');
    await expect(mapped).toHaveAttribute('data-address', '2001:db8:1234:5678:11:2233:4455:6677');
    await expect(mapped).toHaveAttribute('data-port', '32853');
    await expect(mapped).toHaveAttribute(
      'data-value',
      '[2001:db8:1234:5678:11:2233:4455:6677]:32853',
    );
    const bytes = wb.locator('[data-row="xor"] [data-row="xor-byte"]');
    await expect(bytes).toHaveCount(16);
    await expect(bytes.nth(4)).toHaveAttribute('data-mask', 'b7');
    await expectField(wb, 'integrity-valid', 'true');
  });

  test('the long-term request of RFC 5769 §2.4 verifies with MD5(username:realm:password)', async ({
    guarded: page,
  }) => {
    const wb = await runLab(page, CHAPTER, 'stun-workbench', 'example=2.4&run=1');
    await expect(wb).toHaveAttribute('data-state', 'done');
    await expectField(wb, 'message-type', '0x0001');
    await expectField(wb, 'integrity-valid', 'true');
    await expect(wb.locator('[data-field="integrity-valid"]')).toContainText('long-term');
    await expectField(wb, 'fingerprint-valid', '');
  });

  test('garbage explains itself with offsets in the alert and keeps the text', async ({
    guarded: page,
  }) => {
    const wb = await openLab(page, CHAPTER, 'stun-workbench');
    const garbage = 'hello, this is not a packet';
    await wb.locator('[data-input="stun-hex"]').fill(garbage);
    await wb.locator('[data-action="run"]').click();
    await expect(wb).toHaveAttribute('data-state', 'error');
    const alert = wb.getByRole('alert');
    await expect(alert).toContainText('“h” at character 1');
    await expect(alert).toContainText(/Byte 0 \(0x00\).*20 bytes/);
    await expect(wb.locator('[data-input="stun-hex"]')).toHaveValue(garbage);
  });

  test('a truncated message names the byte where it breaks and keeps the text', async ({
    guarded: page,
  }) => {
    const wb = await openLab(page, CHAPTER, 'stun-workbench');
    // The §2.2 header announces 60 bytes of attributes; only the first attribute header follows.
    const truncated = '0x01 0x01 0x00 0x3c 21:12:a4:42 b7e7a701bc34d686fa87dfae\n80 22 00 0b 74 65';
    await wb.locator('[data-input="stun-hex"]').fill(truncated);
    await wb.locator('[data-action="run"]').click();
    await expect(wb).toHaveAttribute('data-state', 'error');
    const alert = wb.getByRole('alert');
    await expect(alert).toContainText('Byte 2 (0x02): Truncated');
    await expect(alert).toContainText(/Byte 22 \(0x16\): Truncated: SOFTWARE announces 11 bytes/);
    await expect(wb.locator('[data-input="stun-hex"]')).toHaveValue(truncated);
    // What could be read is still shown.
    await expectField(wb, 'message-type', '0x0101');
  });

  for (const size of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    test(`at ${size.width}x${size.height} a truncated message leaves its alert in view, next to Decode, and the badge says Error`, async ({
      guarded: page,
    }) => {
      await page.setViewportSize(size);
      const wb = await openLab(page, CHAPTER, 'stun-workbench');
      await expect(wb).toHaveAttribute('data-state', 'done');
      // Cut the preselected sample short: the header still announces 60 bytes of attributes.
      const hex = wb.locator('[data-input="stun-hex"]');
      const whole = await hex.inputValue();
      await hex.fill(whole.slice(0, 80));
      await expect(wb.locator('[data-input="example"]')).toHaveValue('');
      const run = wb.locator('[data-action="run"]');
      await run.focus();
      await page.keyboard.press('Enter');
      await expect(wb).toHaveAttribute('data-state', 'error');
      const alert = wb.getByRole('alert');
      await expect(alert).toContainText('Truncated');
      await expect.poll(() => inViewOrFocused(alert)).toBe(true);
      await expect(run).toBeFocused();
      await expect(wb.locator('.lab-badge')).toContainText('Error');
      // Next to the action: below Decode and above the hex box it is about.
      const [runBox, alertBox, hexBox] = await Promise.all(
        [run, alert, hex].map((l) => l.boundingBox()),
      );
      expect(alertBox!.y).toBeGreaterThan(runBox!.y);
      expect(alertBox!.y).toBeLessThan(hexBox!.y);
    });
  }

  test('the tabs work from the keyboard: arrows, Home and End move and show the panel', async ({
    guarded: page,
  }) => {
    const wb = await openLab(page, CHAPTER, 'stun-workbench');
    const build = tab(wb, 'Build');
    const decode = tab(wb, 'Decode');
    const gather = tab(wb, 'Ask a server');
    // One tab stop: the selected tab.
    await expect(decode).toHaveAttribute('tabindex', '0');
    await expect(build).toHaveAttribute('tabindex', '-1');
    await build.click();
    await expect(build).toBeFocused();
    await expect(tabPanel(wb, 'build')).toBeVisible();
    await expect(tabPanel(wb, 'decode')).toBeHidden();
    await page.keyboard.press('ArrowRight');
    await expect(decode).toBeFocused();
    await expect(decode).toHaveAttribute('aria-selected', 'true');
    await expect(tabPanel(wb, 'decode')).toBeVisible();
    await expect(tabPanel(wb, 'build')).toBeHidden();
    await expect(tabPanel(wb, 'decode')).toHaveAttribute(
      'aria-labelledby',
      (await decode.getAttribute('id'))!,
    );
    await expectField(wb, 'xor-mapped-address', '192.0.2.1:32853');
    await page.keyboard.press('End');
    await expect(gather).toBeFocused();
    await expect(wb.locator('[data-input="stun-url"]')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(build).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(gather).toBeFocused();
    await page.keyboard.press('Home');
    await expect(build).toHaveAttribute('aria-selected', 'true');
    // Tab leaves the tab list for the panel.
    await page.keyboard.press('Tab');
    await expect(tabPanel(wb, 'build')).toBeFocused();
  });

  test('a preset chooses the tab', async ({ guarded: page }) => {
    const wb = await openLab(page, `${CHAPTER}?lab=stun-workbench&tab=build`, 'stun-workbench');
    await expect(tab(wb, 'Build')).toHaveAttribute('aria-selected', 'true');
    await expect(wb.locator('[data-action="decode-built"]')).toBeVisible();
  });

  test('hostile text stays inert, in the hex box and in the server URL', async ({
    guarded: page,
  }) => {
    const wb = await openLab(page, CHAPTER, 'stun-workbench');
    const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
    await wb.locator('[data-input="stun-hex"]').fill(hostile);
    await wb.locator('[data-action="run"]').click();
    await expect(wb).toHaveAttribute('data-state', 'error');
    await expect(wb.getByRole('alert')).toContainText('Not hex');
    await openTab(wb, 'Ask a server');
    await wb.locator('[data-input="stun-url"]').fill(`stun:${hostile}`);
    await wb.locator('[data-action="gather"]').click();
    await expect(wb.getByRole('alert')).toContainText('STUN URL');
    expect(
      await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
    ).toBeUndefined();
    expect(await wb.locator('img').count()).toBe(0);
    expect(await openPeerConnections(page)).toBe(0);
  });

  test('the built request shows its magic cookie and grows with each ticked attribute', async ({
    guarded: page,
  }) => {
    const wb = await openLab(page, CHAPTER, 'stun-workbench');
    await openTab(wb, 'Build');
    await expectField(wb, 'built-length', '20');
    const cookie = wb.locator('[data-row="segment"][data-kind="magic-cookie"]').first();
    await expect(cookie).toHaveAttribute('data-hex', '2112a442');
    await expect(cookie).toContainText('21 12 a4 42');
    await wb.locator('[data-input="build-fingerprint"]').check();
    await expectField(wb, 'built-length', '28');
    await wb.locator('[data-input="build-software"]').check();
    await wb.locator('[data-input="build-use-candidate"]').check();
    await wb.locator('[data-input="build-integrity"]').check();
    await wb.locator('[data-input="build-password"]').fill('secret');
    // 20 header + SOFTWARE (4 + 23 + 1 padding) + USE-CANDIDATE 4 + MESSAGE-INTEGRITY 24 + FINGERPRINT 8.
    await expectField(wb, 'built-length', '84');
    await expect(
      tabPanel(wb, 'build').locator('[data-row="segment"][data-kind="padding"]'),
    ).toHaveCount(1);
    // Decoding the built bytes verifies its own integrity and fingerprint, on the Decode tab.
    await wb.locator('[data-action="decode-built"]').click();
    await expect(wb).toHaveAttribute('data-state', 'done');
    await expect(tabPanel(wb, 'decode')).toBeVisible();
    await expect(wb.locator('[data-input="example"]')).toHaveValue('');
    await expectField(wb, 'message-type', '0x0001');
    await expectField(wb, 'integrity-valid', 'true');
    await expectField(wb, 'fingerprint-valid', 'true');
  });

  test('the byte view is keyboard operable: arrows move from field to field', async ({
    guarded: page,
  }) => {
    const wb = await openLab(page, CHAPTER, 'stun-workbench');
    await openTab(wb, 'Build');
    const segments = wb.locator(
      '[aria-label="Bytes of the Binding request you built"] [data-row="segment"]',
    );
    await expect(segments).toHaveCount(4);
    await segments.first().focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(segments.nth(2)).toBeFocused();
    await expect(segments.nth(2)).toHaveAttribute('tabindex', '0');
    await page.keyboard.press('End');
    await expect(segments.nth(3)).toBeFocused();
  });

  test('nothing is contacted and no connection exists until Gather is pressed', async ({
    guarded: page,
  }) => {
    const wb = await runLab(page, CHAPTER, 'stun-workbench', 'example=2.1&run=1');
    await expect(wb).toHaveAttribute('data-state', 'done');
    await expect(wb.locator('[data-input="stun-url"]')).toHaveValue('');
    await expect(wb.locator('[data-input="stun-url"]')).toHaveAttribute(
      'placeholder',
      /stun:stun\.example\.org/,
    );
    expect(await openPeerConnections(page)).toBe(0);
    expect(await page.evaluate(() => typeof window.webrtcCourse)).toBe('undefined');
  });

  test('an invalid URL is explained and opens nothing', async ({ guarded: page }) => {
    const wb = await openLab(page, CHAPTER, 'stun-workbench');
    await openTab(wb, 'Ask a server');
    await expect(wb.locator('[data-action="gather"]')).toBeEnabled();
    await wb.locator('[data-action="gather"]').click();
    await expect(wb.getByRole('alert')).toContainText('Type a STUN server URL');
    await wb.locator('[data-input="stun-url"]').fill('https://stun.example.org');
    await wb.locator('[data-action="gather"]').click();
    await expect(wb.getByRole('alert')).toContainText('not a web address');
    await wb.locator('[data-input="stun-url"]').fill('turn:127.0.0.1:3478');
    await wb.locator('[data-action="gather"]').click();
    await expect(wb.getByRole('alert')).toContainText('TURN URL');
    expect(await openPeerConnections(page)).toBe(0);
  });

  test('a server that never answers ends in an explained error within 10 s, connection closed', async ({
    guarded: page,
  }) => {
    const wb = await openLab(page, CHAPTER, 'stun-workbench');
    await openTab(wb, 'Ask a server');
    await expect(wb.locator('[data-action="gather"]')).toBeEnabled();
    await wb.locator('[data-input="stun-url"]').fill('stun:127.0.0.1:9');
    const started = Date.now();
    await wb.locator('[data-action="gather"]').click();
    await expect(wb).toHaveAttribute('data-state', 'running');
    // The connection opens once the URL parser has loaded (the first gathering fetches it).
    await expect.poll(() => openPeerConnections(page)).toBe(1);
    await expect(wb).toHaveAttribute('data-state', 'error', { timeout: 10_000 });
    expect(Date.now() - started).toBeLessThan(10_000);
    await expect(wb.getByRole('alert')).toContainText('127.0.0.1 port 9');
    await expect(wb.getByRole('alert')).toContainText('Check the host name and the port');
    await expect(wb.locator('[data-row="candidate"][data-type="srflx"]')).toHaveCount(0);
    expect(await openPeerConnections(page)).toBe(0);
  });

  test('reset clears the decoder and the server URL', async ({ guarded: page }) => {
    const wb = await runLab(page, CHAPTER, 'stun-workbench', 'example=2.2&run=1');
    await expect(wb).toHaveAttribute('data-state', 'done');
    await openTab(wb, 'Ask a server');
    await wb.locator('[data-input="stun-url"]').fill('stun:127.0.0.1:9');
    await wb.locator('[data-action="reset"]').click();
    await expect(wb).toHaveAttribute('data-state', 'idle');
    await expect(wb.locator('[data-input="stun-hex"]')).toHaveValue('');
    await expect(wb.locator('[data-input="stun-url"]')).toHaveValue('');
    await expect(wb.locator('[data-field="message-type"]')).toHaveCount(0);
  });

  // One page load serves both themes: each state is scanned in light, then in dark in place.
  test('a decoded IPv6 message, a built ICE check and an error pass axe in both themes at 360 px', async ({
    guarded: page,
  }) => {
    test.slow(); // axe over a page this size takes a while on a small CI machine
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 360, height: 800 });
    const wb = await runLab(page, CHAPTER, 'stun-workbench', 'example=2.3&run=1');
    await expect(wb).toHaveAttribute('data-state', 'done');
    await axeOnLab(wb);
    await openTab(wb, 'Build');
    for (const name of [
      'software',
      'username',
      'priority',
      'ice-controlling',
      'use-candidate',
      'fingerprint',
    ])
      await wb.locator(`[data-input="build-${name}"]`).check();
    await expect(wb.locator('[data-field="built-length"]')).not.toHaveAttribute('data-value', '20');
    await axeOnLab(wb);
    await openTab(wb, 'Ask a server');
    await wb.locator('[data-action="gather"]').click();
    await expect(wb.getByRole('alert')).toContainText('Type a STUN server URL');
    await axeOnLab(wb);
    // Nothing in the lab is wider than the screen.
    const overflow = await wb.evaluate((root) => root.scrollWidth - root.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
