import { expect } from 'vitest';
import {
  act,
  field,
  fieldBecomes,
  openPeerConnections,
  rows,
  runPreset,
  stateOf,
  text,
} from './labContract';
import { describeInFirefox, firefoxTest } from './suite';

const CHAPTER = '/chapters/sdp/';
const ID = 'sdp-diff';

describeInFirefox('sdp-diff lab in Firefox', () => {
  firefoxTest('explains the DTLS roles, the data section and an ICE restart', async (page) => {
    expect(await runPreset(page, CHAPTER, ID)).toBe('done');
    expect(await field(page, ID, 'dtls-roles')).toBe('actpass->active');
    expect(await text(page, ID, '[data-field="dtls-roles"]')).toContain('B is the DTLS client');
    const data = (await rows(page, ID, 'section')).filter((s) => s['kind'] === 'application');
    expect(data).toHaveLength(1);
    expect(data[0]?.['codecs']).toBe('webrtc-datachannel');
    expect(data[0]?.['sctpPort']).toBe('5000');
    expect(Number(data[0]?.['maxMessageSize'])).toBeGreaterThanOrEqual(65536);
    expect(await field(page, ID, 'ice-restart')).toBe('false');
    const before = await field(page, ID, 'ufrag');
    await act(page, ID, 'restart');
    await fieldBecomes(page, ID, 'ice-restart', 'true');
    expect(await stateOf(page, ID, '^done$')).toBe('done');
    expect(await field(page, ID, 'ufrag')).not.toBe(before);
    await fieldBecomes(page, ID, 'channel-after-restart', 'true');
  });

  firefoxTest(
    'an answer with no video codec in common rejects that section with port 0',
    async (page) => {
      expect(await runPreset(page, CHAPTER, ID, { scenario: 'reject-video' })).toBe('done');
      const sections = await rows(page, ID, 'section');
      const video = sections.find((s) => s['kind'] === 'video');
      expect(video?.['rejected']).toBe('true');
      expect(video?.['codecs']).toBe('');
      const audio = sections.find((s) => s['kind'] === 'audio');
      expect(audio?.['rejected']).toBe('false');
      expect(audio?.['direction']).toBe('sendrecv');
      expect(audio?.['codecs']).toMatch(/opus\/\d+/);
      expect(await openPeerConnections(page)).toBe(2);
      await act(page, ID, 'reset');
      expect(await stateOf(page, ID, '^idle$')).toBe('idle');
      expect(await openPeerConnections(page)).toBe(0);
    },
  );
});
