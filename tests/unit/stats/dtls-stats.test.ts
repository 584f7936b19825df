import { describe, expect, it } from 'vitest';
import { describeSelectedPair, dtlsVersionName, summarizeDtls } from '~/lib/stats';
import { loadCertificateCapture } from '../dtls/certificate-fixtures';

const chromium = loadCertificateCapture('chromium');
const firefox = loadCertificateCapture('firefox');

describe('summarizeDtls', () => {
  it('reads state, roles, version and ciphers from a Chromium pair with audio', () => {
    const a = summarizeDtls(chromium.statsA);
    expect(a).toMatchObject({
      dtlsState: 'connected',
      dtlsRole: 'server',
      tlsVersion: 'FEFC',
      dtlsCipher: 'TLS_AES_128_GCM_SHA256',
      srtpCipher: 'SRTP_AES128_CM_HMAC_SHA1_80',
      iceRole: 'controlling',
    });
    expect(summarizeDtls(chromium.statsB)).toMatchObject({
      dtlsRole: 'client',
      iceRole: 'controlled',
    });
    expect(a.selectedPair?.selected).toBe(true);
    expect(a.remoteCertificate?.base64Certificate).toMatch(/^MII/);
  });

  it('reads the same fields from Firefox, which reports no certificate records', () => {
    const a = summarizeDtls(firefox.statsA);
    expect(a).toMatchObject({ dtlsState: 'connected', dtlsRole: 'server', tlsVersion: 'FEFC' });
    expect(a.srtpCipher).toBe('SRTP_AEAD_AES_128_GCM');
    expect(a.selectedPair?.state).toBe('succeeded');
    expect(a.remoteCertificate).toBeUndefined();
  });

  it('gives undefined fields for a report without a transport', () => {
    expect(summarizeDtls([{ id: 'x', type: 'codec' }])).toMatchObject({
      dtlsState: undefined,
      tlsVersion: undefined,
      selectedPair: undefined,
    });
  });
});

describe('dtlsVersionName', () => {
  it('names FEFD DTLS 1.2 and FEFC DTLS 1.3, in either case', () => {
    expect(dtlsVersionName('FEFD')).toBe('DTLS 1.2');
    expect(dtlsVersionName('fefc')).toBe('DTLS 1.3');
    expect(dtlsVersionName('0303')).toBe('unknown version 0303');
    expect(dtlsVersionName(undefined)).toBeUndefined();
  });
});

describe('describeSelectedPair', () => {
  it('writes both ends of the selected pair with type, protocol and port', () => {
    const text = describeSelectedPair(summarizeDtls(chromium.statsA).selectedPair);
    expect(text).toMatch(/^host udp .+:\d+ ↔ host udp .+:\d+$/);
  });
});
