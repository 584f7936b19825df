import { describe, expect, it } from 'vitest';
import { deriveDtlsRoles, sdpSetup } from '~/lib/dtls';
import { summarizeDtls } from '~/lib/stats';
import { loadCertificateCapture } from './certificate-fixtures';

describe('sdpSetup', () => {
  it('reads actpass from real offers and active from real answers', () => {
    for (const browser of ['chromium', 'firefox'] as const) {
      const capture = loadCertificateCapture(browser);
      expect(sdpSetup(capture.offer)).toBe('actpass');
      expect(sdpSetup(capture.answer)).toBe('active');
    }
  });

  it('returns undefined for a description without a=setup or with an unknown value', () => {
    expect(sdpSetup('v=0\r\n')).toBeUndefined();
    expect(sdpSetup('a=setup:sideways\r\n')).toBeUndefined();
  });
});

describe('deriveDtlsRoles', () => {
  it('makes an active answerer the client, as both browsers’ stats report', () => {
    for (const browser of ['chromium', 'firefox'] as const) {
      const capture = loadCertificateCapture(browser);
      const roles = deriveDtlsRoles(sdpSetup(capture.offer), sdpSetup(capture.answer));
      expect(roles.answerer).toBe(summarizeDtls(capture.statsB).dtlsRole);
      expect(roles.offerer).toBe(summarizeDtls(capture.statsA).dtlsRole);
    }
  });

  it('says which setup values decided it, with the RFCs', () => {
    const { sentence } = deriveDtlsRoles('actpass', 'active');
    expect(sentence).toContain('A offered a=setup:actpass');
    expect(sentence).toContain('B answered a=setup:active');
    expect(sentence).toContain('B sends the first handshake message as the DTLS client');
    expect(sentence).toContain('RFC 8842');
  });

  it('makes a passive answerer the server and the offerer the client', () => {
    expect(deriveDtlsRoles('actpass', 'passive')).toMatchObject({
      offerer: 'client',
      answerer: 'server',
    });
  });

  it('gives no role for an answer that does not choose one', () => {
    const roles = deriveDtlsRoles('actpass', 'actpass');
    expect(roles.offerer).toBeUndefined();
    expect(roles.sentence).toContain('must say active or passive');
  });
});
