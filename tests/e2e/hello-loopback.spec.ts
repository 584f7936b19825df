import {
  test,
  expect,
  lab,
  openPeerConnections,
  openLab,
  runLab,
  expectField,
  fieldNumber,
} from './fixtures';

const CHAPTER = '/chapters/what-is-webrtc/';

test.describe('hello-loopback lab', () => {
  test('connects two peers and B receives the message typed for A, with a time', async ({
    guarded: page,
  }) => {
    const hello = await openLab(page, CHAPTER, 'hello-loopback');
    await hello.locator('[data-input="message"]').fill('Bonjour, B');
    await hello.locator('[data-action="run"]').click();
    await expect(hello).toHaveAttribute('data-state', 'done');
    await expectField(hello, 'message', 'Bonjour, B');
    const ms = await fieldNumber(hello, 'open-ms');
    expect(ms).toBeGreaterThan(0);
    expect(ms).toBeLessThan(10_000);
    await expect(hello.locator('[data-field="open-ms"]')).toContainText(' ms');
    await expect(
      hello.locator('[data-row="event"][data-event="connectionstatechange"]').first(),
    ).toBeVisible();
  });

  test('reset closes both peers and clears the result', async ({ guarded: page }) => {
    const hello = await runLab(page, CHAPTER, 'hello-loopback', 'run=1');
    await expect(hello).toHaveAttribute('data-state', 'done');
    expect(await openPeerConnections(page)).toBe(2);
    await hello.locator('[data-action="reset"]').click();
    await expect(hello).toHaveAttribute('data-state', 'idle');
    expect(await openPeerConnections(page)).toBe(0);
    await expectField(hello, 'message', '');
  });

  test('a preset in the URL sets the text and runs the lab', async ({ guarded: page }) => {
    // Not runLab: it scrolls to the lab itself, and the page must do that for the preset.
    await page.goto(`${CHAPTER}?lab=hello-loopback&text=Preset%20hi&run=1`);
    const hello = lab(page, 'hello-loopback');
    await expect(hello).toHaveAttribute('data-state', 'done');
    await expectField(hello, 'message', 'Preset hi');
    await expect(hello).toBeInViewport();
  });

  test('a message that looks like HTML arrives as text and runs nothing', async ({
    guarded: page,
  }) => {
    const hello = await openLab(page, CHAPTER, 'hello-loopback');
    const hostile = '<img src=x onerror="window.pwned=1">';
    await hello.locator('[data-input="message"]').fill(hostile);
    await hello.locator('[data-action="run"]').click();
    await expect(hello.locator('[data-field="message"]')).toHaveText(hostile);
    expect(
      await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
    ).toBeUndefined();
  });
});
