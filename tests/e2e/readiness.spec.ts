import { test, expect, lab, openPeerConnections } from './fixtures';

test.describe('readiness lab', () => {
  test('finds WebRTC, lists real codecs and sees mDNS names hiding host addresses', async ({
    guarded: page,
  }) => {
    await page.goto('/chapters/what-is-webrtc/?lab=readiness&run=1');
    const ready = lab(page, 'readiness');
    await expect(ready).toHaveAttribute('data-state', 'done');
    await expect(ready.locator('[data-field="webrtc"]')).toHaveAttribute('data-value', 'true');
    const video = await ready.locator('[data-field="video-codecs"]').getAttribute('data-value');
    expect(video?.split(',')).toEqual(expect.arrayContaining(['VP8', 'VP9', 'AV1']));
    const audio = await ready.locator('[data-field="audio-codecs"]').getAttribute('data-value');
    expect(audio?.split(',')).toContain('opus');
    // Chromium hides host addresses behind random .local names unless told otherwise.
    await expect(ready.locator('[data-field="mdns"]')).toHaveAttribute('data-value', 'true');
    await expect(ready.locator('[data-field="mdns"]')).toContainText('.local');
    await expect(ready.locator('[data-row="api"][data-name="RTCPeerConnection"]')).toHaveAttribute(
      'data-present',
      'true',
    );
    expect(await openPeerConnections(page)).toBe(0);
  });
});
