import {
  test,
  expect,
  lab,
  hydrated,
  openPeerConnections,
  expectNoAxeViolations,
  THEMES,
  openLab,
  runLab,
  expectField,
  fieldNumber,
  fieldValue,
} from './fixtures';
import type { Locator } from '@playwright/test';

const CHAPTER = '/chapters/sdp/';

/** Every "unknown lines" count in the lab: the lab's total and each SdpView's own. */
async function expectNoUnknownLines(root: Locator): Promise<void> {
  const counts = root.locator('[data-field="unknown-lines"]');
  await expect(counts.first()).toHaveAttribute('data-value', '0');
  for (const count of await counts.all()) await expect(count).toHaveAttribute('data-value', '0');
}

test.describe('sdp-live lab', () => {
  for (const scenario of ['data-only', 'av-data', 'simulcast'] as const) {
    test(`annotates the browser's own ${scenario} offer and answer with no unknown line`, async ({
      guarded: page,
    }) => {
      const live = await openLab(page, CHAPTER, 'sdp-live');
      await live.locator('[data-input="scenario"]').selectOption(scenario);
      await live.locator('[data-action="run"]').click();
      await expect(live).toHaveAttribute('data-state', 'done');
      await expectField(live, 'connection-state', 'connected');
      const offerLines = await fieldNumber(live, 'offer-lines');
      const answerLines = await fieldNumber(live, 'answer-lines');
      expect(offerLines).toBeGreaterThan(10);
      expect(answerLines).toBeGreaterThan(10);
      await expectNoUnknownLines(live);
      const offer = live.locator('[data-sdp-view="sdp-live-offer"]');
      await expect(offer.locator('[data-row="sdp-line"]')).toHaveCount(offerLines);
      await expect(offer.locator('[data-row="sdp-line"][data-known="false"]')).toHaveCount(0);
      await expect(
        offer.locator('[data-row="sdp-line"][data-name="fingerprint"]').first(),
      ).toBeVisible();
      if (scenario !== 'data-only') {
        await expect(offer.locator('[data-row="sdp-line"][data-kind="m"]')).not.toHaveCount(1);
      }
    });
  }

  test('the simulcast preset offers three rids and an a=simulcast line', async ({
    guarded: page,
  }) => {
    const live = await runLab(page, CHAPTER, 'sdp-live', 'scenario=simulcast&run=1');
    await expect(live).toHaveAttribute('data-state', 'done');
    await expect(live.locator('[data-input="scenario"]')).toHaveValue('simulcast');
    const offer = live.locator('[data-sdp-view="sdp-live-offer"]');
    const rids = offer.locator('[data-row="sdp-line"][data-name="rid"]');
    await expect(rids).toHaveCount(3);
    for (const rid of await rids.all()) await expect(rid).toHaveAttribute('data-known', 'true');
    const simulcast = offer.locator('[data-row="sdp-line"][data-name="simulcast"]');
    await expect(simulcast).toHaveCount(1);
    await expect(simulcast).toHaveAttribute('data-known', 'true');
    await expect(simulcast).toContainText('a=simulcast:send q;h;f');
    await expectNoUnknownLines(live);
  });

  test('reset closes both peers and clears the descriptions', async ({ guarded: page }) => {
    const live = await runLab(page, CHAPTER, 'sdp-live', 'scenario=av-data&run=1');
    await expect(live).toHaveAttribute('data-state', 'done');
    expect(await openPeerConnections(page)).toBe(2);
    await live.locator('[data-action="reset"]').click();
    await expect(live).toHaveAttribute('data-state', 'idle');
    expect(await openPeerConnections(page)).toBe(0);
    await expectField(live, 'offer-lines', '');
    await expect(live.locator('[data-sdp-view]')).toHaveCount(0);
  });
});

test.describe('sdp-diff lab', () => {
  test('explains DTLS roles actpass->active, the data section and an ICE restart', async ({
    guarded: page,
  }) => {
    const diff = await openLab(page, CHAPTER, 'sdp-diff');
    await expect(diff.locator('[data-action="restart"]')).toBeDisabled();
    await diff.locator('[data-action="run"]').click();
    await expect(diff).toHaveAttribute('data-state', 'done');
    await expectField(diff, 'dtls-roles', 'actpass->active');
    await expect(diff.locator('[data-field="dtls-roles"]')).toContainText('B is the DTLS client');
    const data = diff.locator('[data-row="section"][data-kind="application"]');
    await expect(data).toHaveCount(1);
    await expect(data).toHaveAttribute('data-codecs', 'webrtc-datachannel');
    await expect(data).toHaveAttribute('data-sctp-port', '5000');
    const max = Number(await data.getAttribute('data-max-message-size'));
    expect(max).toBeGreaterThanOrEqual(65536);
    await expect(data).toHaveAttribute('data-rejected', 'false');
    await expectField(diff, 'bundle', 0);
    await expectField(diff, 'ice-restart', false);

    const before = await fieldValue(diff, 'ufrag');
    await diff.locator('[data-action="restart"]').click();
    await expectField(diff, 'ice-restart', true);
    await expect(diff).toHaveAttribute('data-state', 'done');
    const after = await fieldValue(diff, 'ufrag');
    expect(after).not.toBe(before);
    await expect(diff.locator('[data-row="restart-note"]').first()).toContainText('ICE restart');
    await expectField(diff, 'channel-after-restart', true);
  });

  test('an answer with no video codec in common rejects that section with port 0 and keeps the others', async ({
    guarded: page,
  }) => {
    const diff = await runLab(page, CHAPTER, 'sdp-diff', 'scenario=reject-video&run=1');
    await expect(diff).toHaveAttribute('data-state', 'done');
    const video = diff.locator('[data-row="section"][data-kind="video"]');
    await expect(video).toHaveAttribute('data-rejected', 'true');
    await expect(video).toHaveAttribute('data-codecs', '');
    const audio = diff.locator('[data-row="section"][data-kind="audio"]');
    await expect(audio).toHaveAttribute('data-rejected', 'false');
    await expect(audio).toHaveAttribute('data-direction', 'sendrecv');
    await expect(audio).toHaveAttribute('data-codecs', /opus\/\d+/);
    await expect(diff.locator('[data-row="note"]', { hasText: 'port 0' })).toHaveCount(1);
    expect(await openPeerConnections(page)).toBe(2);
    await diff.locator('[data-action="reset"]').click();
    await expect(diff).toHaveAttribute('data-state', 'idle');
    expect(await openPeerConnections(page)).toBe(0);
  });
});

test.describe('sdp-munge lab', () => {
  test('an unknown attribute is accepted on both sides and the pair connects', async ({
    guarded: page,
  }) => {
    const munge = await openLab(page, CHAPTER, 'sdp-munge');
    await munge.locator('[data-action="edit-unknown-attribute"]').click();
    await expect(munge.locator('[data-input="offer"]')).toHaveValue(
      /a=x-course-note:added by hand/,
    );
    await expect(munge.locator('[data-row="changed-line"][data-change="added"]')).toHaveCount(1);
    await munge.locator('[data-action="run"]').click();
    await expectField(munge, 'local-result', 'accepted');
    await expectField(munge, 'remote-result', 'accepted');
    await expect(munge.locator('[data-field="remote-result"]')).toContainText('RFC 8866 §5.13');
    await expectField(munge, 'connection', 'connected');
    await expect(munge).toHaveAttribute('data-state', 'done');
    await expect(munge.getByRole('alert')).toHaveText('');
  });

  test('a removed fingerprint is refused on both sides with the browser’s error, explained', async ({
    guarded: page,
  }) => {
    const munge = await openLab(page, CHAPTER, 'sdp-munge');
    await munge.locator('[data-action="edit-break-fingerprint"]').click();
    await expect(munge.locator('[data-input="offer"]')).not.toHaveValue(/a=fingerprint/);
    await munge.locator('[data-action="run"]').click();
    await expect(munge).toHaveAttribute('data-state', 'error');
    await expectField(munge, 'local-result', /Error$/);
    await expectField(munge, 'remote-result', /Error$/);
    const alert = munge.getByRole('alert');
    await expect(alert).toContainText('A refused setLocalDescription');
    await expect(alert).toContainText('B refused setRemoteDescription');
    await expect(alert).toContainText(/fingerprint/i);
    await expect(alert).toContainText('RFC 8122');
    await expectField(munge, 'connection', 'not attempted');
  });

  test('a changed fingerprint is refused by A but accepted by B', async ({ guarded: page }) => {
    const munge = await runLab(page, CHAPTER, 'sdp-munge', 'edit=change-fingerprint&run=1');
    await expect(munge).toHaveAttribute('data-state', 'error');
    await expect(munge.locator('[data-field="local-result"]')).not.toHaveAttribute(
      'data-value',
      'accepted',
    );
    await expectField(munge, 'remote-result', 'accepted');
    await expect(munge.getByRole('alert')).toContainText('A refused setLocalDescription');
  });

  test('a malformed line is refused with the parser’s message; a removed codec is accepted', async ({
    guarded: page,
  }) => {
    const munge = await openLab(page, CHAPTER, 'sdp-munge');
    await munge.locator('[data-action="edit-malformed-line"]').click();
    await munge.locator('[data-action="run"]').click();
    await expect(munge).toHaveAttribute('data-state', 'error');
    await expectField(munge, 'remote-result', 'OperationError');
    await expect(munge.getByRole('alert')).toContainText('a=rtpmap:');

    await munge.locator('[data-action="edit-remove-codec"]').click();
    await expect(munge.locator('[data-input="offer"]')).not.toHaveValue(/opus/);
    await munge.locator('[data-action="run"]').click();
    await expectField(munge, 'connection', 'connected');
    await expectField(munge, 'local-result', 'accepted');
    await expect(munge.locator('[data-field="remote-result"]')).toContainText('codec was removed');
  });

  test('reset closes both peers and empties the box', async ({ guarded: page }) => {
    const munge = await runLab(page, CHAPTER, 'sdp-munge', 'edit=unknown-attribute&run=1');
    await expect(munge).toHaveAttribute('data-state', 'done');
    await expectField(munge, 'connection', 'connected');
    expect(await openPeerConnections(page)).toBe(2);
    await munge.locator('[data-action="reset"]').click();
    await expect(munge).toHaveAttribute('data-state', 'idle');
    expect(await openPeerConnections(page)).toBe(0);
    await expect(munge.locator('[data-input="offer"]')).toHaveValue('');
  });
});

for (const theme of THEMES) {
  test(`the three SDP labs with results on screen have no WCAG 2.2 AA violation in the ${theme} theme`, async ({
    guarded: page,
  }) => {
    // Three labs full of results, scanned by axe twice: slower than one click, so more time.
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    const live = await runLab(page, CHAPTER, 'sdp-live', 'run=1');
    await expect(live).toHaveAttribute('data-state', 'done');

    const diff = lab(page, 'sdp-diff');
    await diff.scrollIntoViewIfNeeded();
    await hydrated(diff);
    await diff.locator('[data-input="scenario"]').selectOption('reject-video');
    await diff.locator('[data-action="run"]').click();
    await expect(diff).toHaveAttribute('data-state', 'done', { timeout: 20_000 });

    const munge = lab(page, 'sdp-munge');
    await munge.scrollIntoViewIfNeeded();
    await hydrated(munge);
    await munge.locator('[data-action="edit-change-fingerprint"]').click();
    await munge.locator('[data-action="run"]').click();
    await expect(munge).toHaveAttribute('data-state', 'error', { timeout: 20_000 });

    await expectNoAxeViolations(page, theme, [
      '[data-lab="sdp-live"]',
      '[data-lab="sdp-diff"]',
      '[data-lab="sdp-munge"]',
    ]);
  });
}

test('the munging lab works from the keyboard alone', async ({ guarded: page }) => {
  const munge = await openLab(page, CHAPTER, 'sdp-munge');
  await munge.locator('[data-action="create-offer"]').focus();
  await page.keyboard.press('Enter');
  await expect(munge.locator('[data-input="offer"]')).toHaveValue(/^v=0/);
  await munge.locator('[data-action="edit-unknown-attribute"]').focus();
  await page.keyboard.press('Space');
  await expect(munge.locator('[data-row="changed-line"][data-change="added"]')).toHaveCount(1);
  await munge.locator('[data-action="run"]').focus();
  await page.keyboard.press('Enter');
  await expectField(munge, 'local-result', 'accepted');
  await expect(munge.getByRole('status').last()).toContainText(/accepted/);
});
