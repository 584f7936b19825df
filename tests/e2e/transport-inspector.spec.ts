import {
  test,
  expect,
  expectField,
  expectNoAxeViolationsInBothThemes,
  field,
  fieldValue,
  openLab,
  openPeerConnections,
  runLab,
} from './fixtures';
import { countLiveTracks, liveTracks } from './failure-modes-probes';

const CHAPTER = '/chapters/security-and-transport/';
const ID = 'transport-inspector';

test.describe('transport-inspector lab', () => {
  test('connects, reads the handshake and finds the three fingerprints equal', async ({
    guarded: page,
  }) => {
    const lab = await runLab(page, CHAPTER, ID);
    await expect(lab).toHaveAttribute('data-state', 'done');
    await expectField(lab, 'dtls-state', 'connected');
    await expectField(lab, 'tls-version', /^FE(FC|FD)$/);
    await expect(field(lab, 'tls-version')).toContainText(/DTLS 1\.[23]/);
    await expectField(lab, 'dtls-role', 'A:server,B:client');
    await expect(lab.locator('[data-field="dtls-role-why"]')).toContainText(
      'B answered a=setup:active',
    );
    await expectField(lab, 'ice-role', 'A:controlling,B:controlled');
    await expectField(lab, 'dtls-cipher', /^TLS_/);
    await expectField(lab, 'fingerprint-match', 'true');
    const prints = lab.locator('[data-row="fingerprint"]');
    await expect(prints).toHaveCount(3);
    const values = await prints.evaluateAll((rows) =>
      rows.map((r) => r.getAttribute('data-value')),
    );
    expect(values[0]).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(new Set(values).size).toBe(1);
    expect(await fieldValue(lab, 'selected-pair')).not.toBe('');
    const connectedRow = lab.locator(
      '[data-row="dtls-state"][data-peer="A"][data-state="connected"]',
    );
    await expect(connectedRow).toHaveCount(1);
    expect(Number(await connectedRow.getAttribute('data-ms'))).toBeGreaterThan(0);
  });

  test('with media the SRTP profile is read, and reset closes every connection and track', async ({
    guarded: page,
  }) => {
    await countLiveTracks(page);
    const lab = await runLab(page, CHAPTER, ID, { media: '1', run: '1' });
    await expect(lab).toHaveAttribute('data-state', 'done');
    await expectField(lab, 'srtp-cipher', /^SRTP_/);
    expect(await openPeerConnections(page)).toBe(2);
    expect(await liveTracks(page)).toBeGreaterThan(0);
    await lab.locator('[data-action="reset"]').click();
    await expect(lab).toHaveAttribute('data-state', 'idle');
    expect(await openPeerConnections(page)).toBe(0);
    await expectField(lab, 'dtls-state', '');
    // Received tracks end when the connection closes, a task later in Chromium.
    await expect.poll(() => liveTracks(page)).toBe(0);
  });

  test('a tampered fingerprint ends in the explained failure, never a hang, and the result is accessible', async ({
    guarded: page,
  }) => {
    const lab = await openLab(page, CHAPTER, ID);
    await lab.locator('[data-input="tamper"]').check();
    await lab.locator('[data-action="run"]').click();
    await expect(lab).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
    const verdict = await fieldValue(lab, 'tamper-outcome');
    expect(verdict).toMatch(/^(refused|failed)$/);
    if (verdict === 'failed') await expectField(lab, 'dtls-state', 'failed');
    await expect(lab.locator('[data-field="tamper-why"]')).toContainText('RFC 8122');
    await expectField(lab, 'fingerprint-match', 'false');
    await expect(lab.locator('[data-row="fingerprint"][data-source="sdp"]')).toHaveClass(/differs/);
    await expectNoAxeViolationsInBothThemes(page, ['[data-lab="transport-inspector"]']);
    await lab.locator('[data-action="reset"]').click();
    expect(await openPeerConnections(page)).toBe(0);
  });
});
