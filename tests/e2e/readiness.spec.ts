import { test, expect, openPeerConnections, runLab, expectField, fieldValue } from './fixtures';

test.describe('readiness lab', () => {
  test('finds WebRTC, lists real codecs and sees mDNS names hiding host addresses', async ({
    guarded: page,
  }) => {
    const ready = await runLab(page, '/chapters/what-is-webrtc/', 'readiness', 'run=1');
    await expect(ready).toHaveAttribute('data-state', 'done');
    await expectField(ready, 'webrtc', true);
    const video = await fieldValue(ready, 'video-codecs');
    expect(video?.split(',')).toEqual(expect.arrayContaining(['VP8', 'VP9', 'AV1']));
    const audio = await fieldValue(ready, 'audio-codecs');
    expect(audio?.split(',')).toContain('opus');
    // Chromium hides host addresses behind random .local names unless told otherwise.
    await expectField(ready, 'mdns', true);
    await expect(ready.locator('[data-field="mdns"]')).toContainText('.local');
    await expect(ready.locator('[data-row="api"][data-name="RTCPeerConnection"]')).toHaveAttribute(
      'data-present',
      'true',
    );
    expect(await openPeerConnections(page)).toBe(0);
  });
});
