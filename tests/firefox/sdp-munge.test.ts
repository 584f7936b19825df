import { expect } from 'vitest';
import {
  act,
  alertText,
  field,
  fieldBecomes,
  openLab,
  openPeerConnections,
  rows,
  runPreset,
  stateOf,
  text,
} from './labContract';
import { describeInFirefox, firefoxTest } from './suite';

const CHAPTER = '/chapters/sdp/';
const ID = 'sdp-munge';

describeInFirefox('sdp-munge lab in Firefox', () => {
  firefoxTest(
    'an unknown attribute is accepted on both sides and the pair connects',
    async (page) => {
      expect(await runPreset(page, CHAPTER, ID, { edit: 'unknown-attribute' })).toBe('done');
      expect(await field(page, ID, 'local-result')).toBe('accepted');
      expect(await field(page, ID, 'remote-result')).toBe('accepted');
      expect(await text(page, ID, '[data-field="remote-result"]')).toContain('RFC 8866 §5.13');
      await fieldBecomes(page, ID, 'connection', 'connected');
      expect(await openPeerConnections(page)).toBe(2);
      await act(page, ID, 'reset');
      expect(await stateOf(page, ID, '^idle$')).toBe('idle');
      expect(await openPeerConnections(page)).toBe(0);
    },
  );

  firefoxTest(
    'a removed fingerprint is refused on both sides with Firefox’s error, explained',
    async (page) => {
      expect(await runPreset(page, CHAPTER, ID, { edit: 'break-fingerprint' })).toBe('error');
      expect(await field(page, ID, 'local-result')).toBe('InvalidAccessError');
      expect(await field(page, ID, 'remote-result')).toBe('InvalidAccessError');
      const alert = await alertText(page, ID);
      expect(alert).toContain('A refused setLocalDescription');
      expect(alert).toContain('B refused setRemoteDescription');
      expect(alert).toContain('no fingerprint attribute');
      expect(alert).toContain('RFC 8122');
      expect(await field(page, ID, 'connection')).toBe('not attempted');
    },
  );

  firefoxTest(
    'a changed fingerprint is accepted by both, and the failed handshake is explained',
    async (page) => {
      // Firefox, unlike Chromium, does not compare its own fingerprint in setLocalDescription.
      expect(await runPreset(page, CHAPTER, ID, { edit: 'change-fingerprint' })).toBe('error');
      expect(await field(page, ID, 'local-result')).toBe('accepted');
      expect(await field(page, ID, 'remote-result')).toBe('accepted');
      expect(await field(page, ID, 'connection')).toBe('failed');
      const alert = await alertText(page, ID);
      expect(alert).toContain('DTLS handshake');
      expect(alert).toContain('RFC 8122');
      const observed = await rows(page, ID, 'observed-outcome');
      expect(observed.map((r) => [r['local'], r['remote']])).toEqual([['accepted', 'accepted']]);
      expect(await text(page, ID, 'caption')).toContain('What Firefox did');
    },
    { allowedConsoleErrors: [/ICE failed|DTLS|certificate|fingerprint/i] },
  );

  firefoxTest(
    'a broken rtpmap is tolerated as a grammar error; a removed codec is accepted',
    async (page) => {
      await openLab(page, CHAPTER, ID);
      await act(page, ID, 'edit-malformed-line');
      await act(page, ID, 'run');
      // Firefox's parser lets the line through where Chromium's refuses it with OperationError.
      expect(await stateOf(page, ID)).toBe('done');
      expect(await field(page, ID, 'local-result')).toBe('accepted');
      expect(await field(page, ID, 'remote-result')).toBe('accepted');
      const why = await text(page, ID, '[data-field="remote-result"]');
      expect(why).toContain('the SDP grammar does not allow');
      expect(why).not.toContain('codec was removed');

      await act(page, ID, 'edit-remove-codec');
      await act(page, ID, 'run');
      expect(await stateOf(page, ID)).toBe('done');
      await fieldBecomes(page, ID, 'connection', 'connected');
      expect(await field(page, ID, 'local-result')).toBe('accepted');
      expect(await text(page, ID, '[data-field="remote-result"]')).toContain('codec was removed');
      expect((await rows(page, ID, 'observed-outcome')).length).toBe(2);
    },
  );
});
