import type { Locator, Page } from '@playwright/test';
import {
  test,
  expect,
  lab,
  openLab,
  openPeerConnections,
  expectField,
  expectNoAxeViolationsInBothThemes,
  fieldValue,
} from './fixtures';

const CHAPTER = '/chapters/signaling/';
const ID = 'signaling-lab';

/** The events of a tab's timeline, in order. */
function events(root: Locator): Promise<string[]> {
  return root
    .locator('[data-row="event"]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event') ?? ''));
}

/** Fails the test on console errors and uncaught exceptions of the second tab too. */
function guardSecondTab(tab: Page, problems: string[]): void {
  tab.on('console', (m) => m.type() === 'error' && problems.push(`tab 2: ${m.text()}`));
  tab.on('pageerror', (e) => problems.push(`tab 2 uncaught: ${e.message}`));
}

test.describe('signaling-lab between two tabs', () => {
  test('Run opens a second tab that connects; both offering at once rolls back on the polite tab only, then a closed tab is reported', async ({
    guarded: page,
  }) => {
    test.setTimeout(40_000);
    const problems: string[] = [];
    const first = await openLab(page, CHAPTER, ID);
    await expectField(first, 'pairing', 'alone');
    const [tab] = await Promise.all([
      page.context().waitForEvent('page'),
      first.locator('[data-action="run"]').click(),
    ]);
    guardSecondTab(tab, problems);
    const second = lab(tab, ID);
    await expect(first).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
    await expect(second).toHaveAttribute('data-state', 'done');
    for (const root of [first, second]) {
      await expectField(root, 'pairing', 'paired');
      await expectField(root, 'connection-state', 'connected');
      await expectField(root, 'signaling-state', 'stable');
      await expectField(root, 'messages-exchanged', 2);
    }
    const roles = [await fieldValue(first, 'role'), await fieldValue(second, 'role')];
    expect([...roles].sort()).toEqual(['impolite', 'polite']);
    // Run connected from the first tab: its offer went out, the second tab answered.
    await expect(
      first.locator('[data-row="signal"][data-type="offer"][data-direction="out"]'),
    ).toHaveCount(1);
    await expect(
      second.locator('[data-row="signal"][data-type="answer"][data-direction="out"]'),
    ).toHaveCount(1);
    const bytes = Number(
      await first.locator('[data-row="signal"][data-type="offer"]').getAttribute('data-bytes'),
    );
    expect(bytes).toBeGreaterThan(200);

    await first.locator('[data-action="glare"]').click();
    await expect(first).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
    await expect(second).toHaveAttribute('data-state', 'done');
    const [polite, impolite] = roles[0] === 'polite' ? [first, second] : [second, first];
    await expectField(polite, 'rollbacks', 1);
    await expectField(impolite, 'rollbacks', 0);
    for (const root of [first, second]) {
      await expectField(root, 'connection-state', 'connected');
      await expectField(root, 'messages-exchanged', 2);
      // Each tab sent an offer after the glare request, and received the other's.
      await expect(root.locator('[data-row="signal"][data-type="glare-ready"]')).toHaveCount(2);
    }
    const politeSteps = await events(polite);
    const rolled = politeSteps.lastIndexOf('rollback');
    expect(politeSteps.slice(politeSteps.lastIndexOf('release'))).toEqual(
      expect.arrayContaining(['receive', 'collision', 'rollback', 'setRemoteDescription']),
    );
    expect(politeSteps.lastIndexOf('collision')).toBeLessThan(rolled);
    expect(politeSteps.lastIndexOf('setRemoteDescription')).toBeGreaterThan(rolled);
    await expect(polite.locator('[data-row="event"][data-event="rollback"]')).toContainText(
      'have-local-offer → stable',
    );
    const impoliteSteps = await events(impolite);
    expect(impoliteSteps).toContain('ignore offer');
    expect(impoliteSteps).not.toContain('rollback');
    // The connected lab, its rows and its timeline, in both themes.
    await expectNoAxeViolationsInBothThemes(page, ['[data-lab="signaling-lab"]']);

    await tab.close({ runBeforeUnload: true });
    // The first tab stays in its session, waiting for a new second tab.
    await expectField(first, 'pairing', 'waiting');
    await expect(first.locator('[data-field="pairing"]')).toContainText('The other tab left');
    expect(await openPeerConnections(page)).toBe(0);
    expect(problems).toEqual([]);
  });

  test('reset closes both tabs’ connections and tells the other tab, which can connect again', async ({
    guarded: page,
  }) => {
    const first = await openLab(page, CHAPTER, ID);
    const [tab] = await Promise.all([
      page.context().waitForEvent('page'),
      first.locator('[data-action="open-tab"]').click(),
    ]);
    const second = lab(tab, ID);
    await expectField(first, 'pairing', 'paired');
    await expectField(second, 'pairing', 'paired');
    // Either side may start: here the second tab offers.
    await second.locator('[data-action="connect"]').click();
    await expect(second).toHaveAttribute('data-state', 'done');
    await expect(first).toHaveAttribute('data-state', 'done');
    expect(await openPeerConnections(page)).toBe(1);
    await first.locator('[data-action="reset"]').click();
    await expect(first).toHaveAttribute('data-state', 'idle');
    await expectField(second, 'pairing', 'waiting');
    expect(await openPeerConnections(page)).toBe(0);
    expect(await openPeerConnections(tab)).toBe(0);
    await expect(first.locator('[data-row="signal"]')).toHaveCount(0);
    // Run finds the tab that is still listening instead of opening a third one.
    await first.locator('[data-action="run"]').click();
    await expect(first).toHaveAttribute('data-state', 'done');
    expect(page.context().pages()).toHaveLength(2);
    await tab.close();
  });

  test('without BroadcastChannel the lab explains why the tabs cannot meet, and opens none', async ({
    guarded: page,
  }) => {
    await page.addInitScript(() => {
      delete (window as unknown as Record<string, unknown>)['BroadcastChannel'];
    });
    const root = await openLab(page, CHAPTER, ID);
    await root.locator('[data-action="open-tab"]').click();
    await expect(root).toHaveAttribute('data-state', 'error');
    await expect(root.getByRole('alert')).toContainText('no BroadcastChannel');
    await expect(root.getByRole('alert')).toContainText('“by hand” tab works without it');
    expect(page.context().pages()).toHaveLength(1);
  });
});
