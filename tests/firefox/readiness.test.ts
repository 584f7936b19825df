import { expect } from 'vitest';
import { field, openPeerConnections, rows, runPreset, text } from './labContract';
import { describeInFirefox, firefoxTest } from './suite';

describeInFirefox('readiness lab in Firefox', () => {
  firefoxTest(
    'finds WebRTC, lists real codecs and reports whether host addresses are hidden',
    async (page) => {
      expect(await runPreset(page, '/chapters/what-is-webrtc/', 'readiness')).toBe('done');
      expect(await field(page, 'readiness', 'webrtc')).toBe('true');
      const video = (await field(page, 'readiness', 'video-codecs'))?.split(',') ?? [];
      expect(video).toEqual(expect.arrayContaining(['VP8']));
      expect((await field(page, 'readiness', 'audio-codecs'))?.split(',')).toContain('opus');
      // Firefox, like Chromium, hides host addresses behind random .local names by default.
      expect(await field(page, 'readiness', 'mdns')).toBe('true');
      expect(await text(page, 'readiness', '[data-field="mdns"]')).toContain('.local');
      const apis = await rows(page, 'readiness', 'api');
      expect(apis.find((r) => r['name'] === 'RTCPeerConnection')?.['present']).toBe('true');
      expect(await openPeerConnections(page)).toBe(0);
    },
  );
});
