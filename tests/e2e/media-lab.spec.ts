// The media lab in Chromium with its synthetic source: media flows, the codec follows the
// learner's choice, the frame inspector lists key and delta frames, reset leaves nothing open,
// and through the impairment proxy at 5% loss the receiver counts lost packets and sends NACKs.
import type { Locator, Page } from '@playwright/test';
import { countLiveTracks, liveTracks } from './failure-modes-probes';
import {
  expect,
  expectField,
  expectNoAxeViolationsInBothThemes,
  field,
  fieldNumber,
  fieldValue,
  openPeerConnections,
  runLab,
  test,
} from './fixtures';
import { test as impairedTest } from './impaired-turn-fixture';

const CHAPTER = '/chapters/media/';
const ID = 'media-lab';
// Media must flow for 3 s before done; a loaded machine needs room around that.
const PATIENT = { timeout: 30_000 };

/** The lab after a run with `preset`, waited until done. */
async function running(page: Page, preset: Record<string, string> = {}): Promise<Locator> {
  const lab = await runLab(page, CHAPTER, ID, preset, PATIENT);
  await expect(lab).toHaveAttribute('data-state', 'done');
  return lab;
}

/** Waits until a numeric field is above `floor`; returns the value. */
async function numberAbove(lab: Locator, name: string, floor: number, timeout = 20_000) {
  await expect
    .poll(() => fieldNumber(lab, name), { timeout, message: name })
    .toBeGreaterThan(floor);
  return fieldNumber(lab, name);
}

test.describe('media-lab in Chromium', () => {
  test.setTimeout(60_000);

  test('sends the synthetic source, still under reduced motion: B receives a non-zero bitrate and frame rate, shown beside the charts', async ({
    guarded: page,
  }) => {
    // A learner who asks for less motion gets a still pattern; its clock still ticks, so frames
    // still flow (a canvas that never changes would give the track no frames at all).
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const lab = await running(page);
    expect(await fieldNumber(lab, 'bitrate-kbps')).toBeGreaterThan(0);
    expect(await fieldNumber(lab, 'fps')).toBeGreaterThan(0);
    expect(await fieldNumber(lab, 'frames-decoded')).toBeGreaterThan(0);
    await expectField(lab, 'audio-codec', /^opus$/i);
    await expectField(lab, 'packets-lost', '0');
    expect(await fieldNumber(lab, 'rtt-ms')).toBeGreaterThanOrEqual(0);
    await expectField(lab, 'quality-limitation', /^(none|bandwidth|cpu|other)$/);
    // Each chart's canvas is hidden from screen readers; its values are text beside it.
    const charts = lab.locator('figure.chart');
    await expect(charts).toHaveCount(4);
    await expect(charts.first().locator('.plot')).toHaveAttribute('aria-hidden', 'true');
    await expect(charts.first().locator('canvas')).toHaveCount(1);
    await expect(charts.first()).toContainText(/received: [\d,.]+ kbit\/s/);
    await expect(lab.locator('video[data-video="received"]')).toHaveJSProperty('paused', false);
  });

  test('a codec switch moves the codec to the front of the offer and changes video-codec', async ({
    guarded: page,
  }) => {
    const lab = await running(page, { codec: 'VP8' });
    await expectField(lab, 'video-codec', 'VP8');
    await expectField(lab, 'offer-video-order', /^VP8 /);
    await lab.locator('[data-input="codec"]').selectOption('VP9');
    await expectField(lab, 'offer-video-order', /^VP9 /);
    await expectField(lab, 'video-codec', 'VP9', { timeout: 15_000 });
    await expect(
      lab.locator('[data-row="codec-change"][data-from="VP8"][data-to="VP9"]'),
    ).toBeVisible();
    // The bitrate cap is applied to the running sender.
    await lab.locator('[data-input="max-bitrate"]').fill('150');
    await lab.locator('[data-action="apply-limits"]').click();
    await expect
      .poll(() => fieldNumber(lab, 'sent-kbps'), { timeout: 15_000, message: 'capped bitrate' })
      .toBeLessThan(200);
  });

  test('the frame inspector lists key and delta frames, a requested key frame arrives with a PLI, and the running lab passes axe in both themes', async ({
    guarded: page,
  }) => {
    const lab = await running(page);
    await expectField(lab, 'frame-api', 'script-transform');
    const pliBefore = await fieldNumber(lab, 'pli-count');
    await lab.locator('[data-action="request-key-frame"]').click();
    await expect(lab.locator('[data-row="frame"][data-type="key"]').first()).toBeAttached({
      timeout: 10_000,
    });
    await expect(lab.locator('[data-row="frame"][data-type="delta"]').first()).toBeAttached();
    const key = lab.locator('[data-row="frame"][data-type="key"]').first();
    expect(Number(await key.getAttribute('data-size'))).toBeGreaterThan(0);
    expect(Number(await key.getAttribute('data-ssrc'))).toBeGreaterThan(0);
    expect(Number(await key.getAttribute('data-payload-type'))).toBeGreaterThan(0);
    expect(Number(await key.getAttribute('data-rtp-timestamp'))).toBeGreaterThan(0);
    expect(Number(await fieldValue(lab, 'key-frame-after-ms'))).toBeGreaterThanOrEqual(0);
    await numberAbove(lab, 'pli-count', pliBefore, 10_000);
    // The running lab, with its charts and listed frames, in both themes.
    await expectNoAxeViolationsInBothThemes(page, ['[data-lab="media-lab"]']);
  });

  test('without RTCRtpScriptTransform (older Chromium) the inspector reads encoded streams, and a dropped delta frame brings a PLI and a key frame', async ({
    guarded: page,
  }) => {
    await page.addInitScript(() => {
      delete (window as { RTCRtpScriptTransform?: unknown }).RTCRtpScriptTransform;
    });
    const lab = await running(page);
    await expectField(lab, 'frame-api', 'encoded-streams');
    const pliBefore = await fieldNumber(lab, 'pli-count');
    await lab.locator('[data-action="request-key-frame"]').click();
    await expect(lab.locator('[data-row="frame"][data-type="key"]').first()).toBeAttached({
      timeout: 10_000,
    });
    await numberAbove(lab, 'pli-count', pliBefore, 10_000);
  });

  test('reset closes every connection and stops every track', async ({ guarded: page }) => {
    await countLiveTracks(page);
    const lab = await running(page);
    expect(await openPeerConnections(page)).toBe(2);
    expect(await liveTracks(page)).toBeGreaterThan(0);
    await lab.locator('[data-action="reset"]').click();
    await expect(lab).toHaveAttribute('data-state', 'idle');
    expect(await openPeerConnections(page)).toBe(0);
    await expect.poll(() => liveTracks(page)).toBe(0);
    await expect(field(lab, 'bitrate-kbps')).toHaveAttribute('data-value', '');
    await expect(lab.locator('figure.chart')).toHaveCount(0);
  });
});

impairedTest.describe('media-lab through the impaired relay (5% loss each way)', () => {
  impairedTest.setTimeout(60_000);

  impairedTest('B counts lost packets and sends NACKs', async ({ guarded: page, impairedTurn }) => {
    const preset = Object.fromEntries(new URLSearchParams(impairedTurn.mediaLabQuery));
    delete preset['lab'];
    const lab = await running(page, preset);
    await numberAbove(lab, 'packets-lost', 0);
    await numberAbove(lab, 'nack-count', 0);
  });
});
