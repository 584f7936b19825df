import { expect } from 'vitest';
import { act, field, openPeerConnections, rows, runPreset, stateOf, text } from './labContract';
import { describeInFirefox, firefoxTest } from './suite';

const CHAPTER = '/chapters/security-and-transport/';
const ID = 'transport-inspector';

describeInFirefox('transport-inspector lab in Firefox', () => {
  firefoxTest(
    'connects with media, reads version, roles and SRTP, and the fingerprints match',
    async (page) => {
      expect(await runPreset(page, CHAPTER, ID, { media: '1' })).toBe('done');
      expect(await field(page, ID, 'dtls-state')).toBe('connected');
      expect(await field(page, ID, 'tls-version')).toMatch(/^FE(FC|FD)$/);
      expect(await field(page, ID, 'dtls-role')).toBe('A:server,B:client');
      expect(await field(page, ID, 'srtp-cipher')).toMatch(/^SRTP_/);
      expect(await field(page, ID, 'fingerprint-match')).toBe('true');
      const prints = await rows(page, ID, 'fingerprint');
      expect(prints).toHaveLength(3);
      expect(new Set(prints.map((p) => p['value'])).size).toBe(1);
      // Firefox's stats have no certificate records: the lab says where the DER bytes came from.
      expect(await text(page, ID, '[data-row="fingerprint"][data-source="computed"]')).toMatch(
        /DER bytes from (certificate stats|getRemoteCertificates\(\))/,
      );
      expect(await openPeerConnections(page)).toBe(2);
      await act(page, ID, 'reset');
      expect(await stateOf(page, ID, '^idle$')).toBe('idle');
      expect(await openPeerConnections(page)).toBe(0);
    },
  );

  firefoxTest('a tampered fingerprint ends in the explained failure', async (page) => {
    expect(await runPreset(page, CHAPTER, ID, { tamper: '1' })).toBe('done');
    const verdict = await field(page, ID, 'tamper-outcome');
    expect(verdict).toMatch(/^(refused|failed)$/);
    if (verdict === 'failed') expect(await field(page, ID, 'dtls-state')).toBe('failed');
    expect(await text(page, ID, '[data-field="tamper-why"]')).toContain('RFC 8122');
    expect(await field(page, ID, 'fingerprint-match')).toBe('false');
    await act(page, ID, 'reset');
    expect(await openPeerConnections(page)).toBe(0);
  });
});
