import {
  test,
  expect,
  openPeerConnections,
  openLab,
  runLab,
  expectField,
  fieldNumber,
  fieldValue,
} from './fixtures';
import type { Page } from '@playwright/test';

const PAGE = '/chapters/ice/';

/** Runs the lab on the ICE chapter until the two peers have connected. */
async function connected(page: Page) {
  const ice = await runLab(page, PAGE, 'ice-explorer');
  await expect(ice).toHaveAttribute('data-state', 'done');
  return ice;
}

test.describe('ice-explorer lab', () => {
  test("each candidate's decoded preferences recompose to its priority", async ({
    guarded: page,
  }) => {
    const ice = await connected(page);
    const rows = ice.locator('[data-row="candidate"]');
    await expect(rows.first()).toBeVisible();
    const all = await rows.evaluateAll((els) =>
      els.map((el) => ({ ...(el as HTMLElement).dataset })),
    );
    expect(all.length).toBeGreaterThanOrEqual(2);
    expect(new Set(all.map((r) => r['peer']))).toEqual(new Set(['A', 'B']));
    for (const row of all) {
      const tp = Number(row['typePreference']);
      const lp = Number(row['localPreference']);
      const c = Number(row['component']);
      expect(2 ** 24 * tp + 2 ** 8 * lp + 256 - c, JSON.stringify(row)).toBe(
        Number(row['priority']),
      );
      expect(['host', 'srflx', 'prflx', 'relay']).toContain(row['type']);
      expect(['udp', 'tcp']).toContain(row['protocol']);
      expect(Number(row['ms'])).toBeGreaterThanOrEqual(0);
      expect(Number(row['port'])).toBeGreaterThanOrEqual(0);
      expect(row['foundation']).toMatch(/^\S+$/);
    }
    // Without the flag that reveals raw addresses, Chromium hides host IPs behind .local names.
    await expectField(ice, 'mdns', true);
    expect(
      all.filter((r) => r['type'] === 'host').every((r) => r['address']!.endsWith('.local')),
    ).toBe(true);
  });

  test('picking a candidate with the keyboard shows the formula with its own numbers', async ({
    guarded: page,
  }) => {
    const ice = await connected(page);
    const second = ice.locator('[data-row="candidate"]').nth(1);
    const button = second.locator('[data-action="explain-candidate"]');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    const priority = await second.getAttribute('data-priority');
    const tp = await second.getAttribute('data-type-preference');
    const formula = ice.locator('[data-field="formula"]');
    await expect(formula).toHaveAttribute('data-value', priority!);
    await expect(formula).toContainText(`= ${priority}`);
    await expect(formula).toContainText(`Type preference ${tp}`);
    await expect(formula).toContainText('RFC 8445');
  });

  test('the selected pair has succeeded, is nominated, and gathering-ms is a number', async ({
    guarded: page,
  }) => {
    const ice = await connected(page);
    const selectedField = ice.locator('[data-field="selected-pair"]');
    await expect(selectedField).not.toHaveAttribute('data-value', '');
    // Chromium may switch to a better pair while checks go on: compare one consistent snapshot.
    const pair = ice.locator('[data-row="pair"][data-selected="true"]');
    await expect(pair).toHaveCount(1);
    await expect
      .poll(async () => [
        await selectedField.getAttribute('data-value'),
        await pair.getAttribute('data-id'),
      ])
      .toEqual([expect.any(String), expect.any(String)]);
    await expect
      .poll(
        async () =>
          (await selectedField.getAttribute('data-value')) === (await pair.getAttribute('data-id')),
      )
      .toBe(true);
    await expect(pair).toHaveAttribute('data-state', 'succeeded');
    await expect(pair).toHaveAttribute('data-nominated', 'true');
    await expect(pair).toHaveAttribute('data-local-type', 'host');
    await expect(pair).toHaveAttribute('data-remote-type', 'host');
    expect(Number(await pair.getAttribute('data-requests-sent'))).toBeGreaterThan(0);
    expect(Number(await pair.getAttribute('data-responses-received'))).toBeGreaterThan(0);
    expect(BigInt((await pair.getAttribute('data-priority'))!)).toBeGreaterThan(2n ** 32n);
    await expectField(ice, 'ice-role', 'controlling');
    await expect(ice.locator('[data-field="gathering-ms"]')).not.toHaveAttribute('data-value', '');
    const ms = await fieldNumber(ice, 'gathering-ms');
    expect(Number.isFinite(ms)).toBe(true);
    expect(ms).toBeGreaterThanOrEqual(0);
    expect(ms).toBeLessThan(10_000);
  });

  test('an ICE restart changes the ufrag and the same data channel survives', async ({
    guarded: page,
  }) => {
    const ice = await connected(page);
    await ice.locator('[data-action="restart"]').click();
    await expectField(ice, 'channel-survived', true, { timeout: 15_000 });
    await expect(ice).toHaveAttribute('data-state', 'done');
    const before = await fieldValue(ice, 'ufrag-before');
    const after = await fieldValue(ice, 'ufrag-after');
    expect(before).toMatch(/^\S{4,}$/);
    expect(after).toMatch(/^\S{4,}$/);
    expect(after).not.toBe(before);
    // The new generation's candidates and a selected pair of the new ufrag.
    await expect(
      ice.locator(`[data-row="candidate"][data-ufrag="${after}"]`).first(),
    ).toBeVisible();
    await expect(ice.locator('[data-row="pair"][data-selected="true"]')).toContainText(after!);
  });

  test('compare fills both set-up times', async ({ guarded: page }) => {
    const ice = await openLab(page, PAGE, 'ice-explorer');
    await ice.locator('[data-action="compare"]').click();
    await expect(ice).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
    for (const field of ['trickle-ms', 'non-trickle-ms']) {
      const value = await fieldNumber(ice, field);
      expect(value, field).toBeGreaterThan(0);
      expect(value, field).toBeLessThan(10_000);
    }
    await expect(ice.locator('[data-row="setup"]')).toHaveCount(6);
    await expect(ice).toContainText('loopback');
    expect(await openPeerConnections(page)).toBe(0);
  });

  test('reset closes every connection and clears the results', async ({ guarded: page }) => {
    const ice = await runLab(page, PAGE, 'ice-explorer', 'run=1');
    await expect(ice).toHaveAttribute('data-state', 'done');
    expect(await openPeerConnections(page)).toBe(2);
    await ice.locator('[data-action="reset"]').click();
    await expect(ice).toHaveAttribute('data-state', 'idle');
    expect(await openPeerConnections(page)).toBe(0);
    await expect(ice.locator('[data-row="candidate"]')).toHaveCount(0);
    await expectField(ice, 'selected-pair', '');
  });

  test('a server URL that is not one is refused with an explanation, and nothing opens', async ({
    guarded: page,
  }) => {
    const ice = await openLab(page, PAGE, 'ice-explorer');
    await ice.locator('[data-input="ice-servers"]').fill('<img src=x onerror="window.pwned=1">');
    await ice.locator('[data-action="run"]').click();
    await expect(ice).toHaveAttribute('data-state', 'error');
    await expect(ice.getByRole('alert')).toContainText('not a STUN or TURN URL');
    expect(await openPeerConnections(page)).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
    ).toBeUndefined();
  });
});
