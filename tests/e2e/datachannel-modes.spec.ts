import {
  test,
  expect,
  openLab,
  runLab,
  expectField,
  field,
  fieldNumber,
  openPeerConnections,
} from './fixtures';

const CHAPTER = '/chapters/security-and-transport/';
const ID = 'datachannel-modes';

test.describe('datachannel-modes lab', () => {
  test('moves 32 MiB with the progress bar at 100%, then explains both refusals, and reset closes the peers', async ({
    guarded: page,
  }) => {
    test.setTimeout(90_000);
    const lab = await openLab(page, CHAPTER, ID);
    await expect(lab.locator('[data-input="size"]')).toHaveValue('32');
    await lab.locator('[data-action="run"]').click();
    await expect(lab).toHaveAttribute('data-state', 'done', { timeout: 60_000 });

    const bar = page.getByRole('progressbar', { name: 'Received by B' });
    await expect(bar).toHaveAttribute('value', '100');
    await expectField(lab, 'progress', '100');
    await expectField(lab, 'bytes-received', String(32 * 1024 * 1024));
    expect(await fieldNumber(lab, 'throughput-mbps')).toBeGreaterThan(5);
    await expect(field(lab, 'throughput-mbps')).toContainText('Mbit/s');
    const latency = await fieldNumber(lab, 'latency-ms');
    expect(latency).toBeGreaterThan(0);
    expect(latency).toBeLessThan(500);
    await expectField(lab, 'max-message-size', '262144');
    await expect(field(lab, 'max-message-size')).toHaveAttribute('data-sctp', '262144');

    await lab.locator('[data-action="over-limit"]').click();
    await expectField(lab, 'over-limit', 'TypeError');
    await expect(field(lab, 'over-limit')).toContainText('262,145 bytes');
    await expect(field(lab, 'over-limit')).toContainText('still open');
    await expect(lab.locator('[data-action="over-limit"]')).toBeFocused();

    await lab.locator('[data-action="overfill"]').click();
    await expectField(lab, 'queue-limit', 'OperationError');
    await expect(field(lab, 'queue-limit')).toHaveAttribute('data-state', 'open');
    await expect(field(lab, 'queue-limit')).toContainText('16.0 MiB already queued');

    expect(await openPeerConnections(page)).toBe(2);
    await lab.locator('[data-action="reset"]').click();
    await expect(lab).toHaveAttribute('data-state', 'idle');
    expect(await openPeerConnections(page)).toBe(0);
    await expectField(lab, 'progress', '0');
    await expectField(lab, 'over-limit', '');
  });

  test('a negotiated id is explained from each peer’s DTLS role', async ({ guarded: page }) => {
    const lab = await runLab(page, CHAPTER, ID, 'negotiated=1&id=6&size=1&run=1');
    await expect(lab).toHaveAttribute('data-state', 'done');
    await expectField(lab, 'stream-id', '6');
    await expectField(lab, 'dtls-role-a', 'server');
    await expectField(lab, 'dtls-role-b', 'client');
    await expect(field(lab, 'dtls-role-b')).toContainText('a=setup:active');
    await expectField(lab, 'id-rule', 'even');
    await expect(field(lab, 'id-rule')).toContainText('peer B, the DTLS client');
    expect((await fieldNumber(lab, 'stream-id-b')) % 2).toBe(0);
  });

  test('asking for both maxRetransmits and maxPacketLifeTime shows the browser’s refusal, explained', async ({
    guarded: page,
  }) => {
    const lab = await runLab(page, CHAPTER, ID, 'maxRetransmits=2&maxPacketLifeTime=500&run=1');
    await expect(lab).toHaveAttribute('data-state', 'error');
    await expect(lab.locator('[data-input="reliability"]')).toHaveValue('both');
    const alert = lab.getByRole('alert');
    await expect(alert).toContainText('TypeError');
    await expect(alert).toContainText('never both');
    expect(await openPeerConnections(page)).toBe(0);
  });
});
