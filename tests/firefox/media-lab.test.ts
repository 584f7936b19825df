import { expect } from 'vitest';
import {
  act,
  field,
  fieldBecomes,
  openPeerConnections,
  rows,
  runPreset,
  stateOf,
} from './labContract';
import { describeInFirefox, firefoxTest } from './suite';

const CHAPTER = '/chapters/media/';
const ID = 'media-lab';

describeInFirefox('media-lab in Firefox', () => {
  firefoxTest(
    'sends the synthetic source with a bitrate and a frame rate, lists key and delta frames, and reset closes both peers',
    async (page) => {
      expect(await runPreset(page, CHAPTER, ID)).toBe('done');
      expect(Number(await field(page, ID, 'bitrate-kbps'))).toBeGreaterThan(0);
      expect(Number(await field(page, ID, 'fps'))).toBeGreaterThan(0);
      expect(await field(page, ID, 'video-codec')).toMatch(/^(VP8|VP9|H264|AV1)$/);
      expect(await field(page, ID, 'audio-codec')).toMatch(/^opus$/i);
      // Firefox reports neither a bandwidth estimate nor a quality limitation: the lab says so.
      expect(await field(page, ID, 'offer-video-order')).toMatch(/^\w+ /);
      expect(await field(page, ID, 'frame-api')).toBe('script-transform');
      await act(page, ID, 'request-key-frame');
      await fieldBecomes(page, ID, 'key-frame-after-ms', /^\d+$/);
      // Ten frames are a third of a second at 30 fps: a delta frame is among them.
      await fieldBecomes(page, ID, 'frame-count', /^([1-9]\d+)$/);
      const types = new Set((await rows(page, ID, 'frame')).map((f) => f['type']));
      expect([...types].sort()).toEqual(expect.arrayContaining(['delta', 'key']));
      expect(await openPeerConnections(page)).toBe(2);
      await act(page, ID, 'reset');
      expect(await stateOf(page, ID, '^idle$')).toBe('idle');
      expect(await openPeerConnections(page)).toBe(0);
      expect(await field(page, ID, 'bitrate-kbps')).toBe('');
    },
  );
});
