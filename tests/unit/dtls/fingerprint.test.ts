import { describe, expect, it } from 'vitest';
import {
  base64ToBytes,
  compareFingerprints,
  flipFingerprintByte,
  formatFingerprint,
  normalizeFingerprint,
  sdpFingerprints,
  sha256Fingerprint,
} from '~/lib/dtls';
import { summarizeDtls } from '~/lib/stats';
import { loadCertificateCapture } from './certificate-fixtures';

const chromium = loadCertificateCapture('chromium');
const firefox = loadCertificateCapture('firefox');

describe('sha256Fingerprint', () => {
  it('hashes the remote certificate from Chromium certificate stats to the answer’s a=fingerprint', async () => {
    const remote = summarizeDtls(chromium.statsA).remoteCertificate;
    const computed = await sha256Fingerprint(base64ToBytes(remote!.base64Certificate!));
    expect(computed).toBe(sdpFingerprints(chromium.answer)[0]!.value);
    expect(computed).toBe(remote!.fingerprint);
  });

  it('hashes the certificate Firefox’s DTLS transport received to the answer’s a=fingerprint', async () => {
    const computed = await sha256Fingerprint(base64ToBytes(firefox.remoteCertificatesA[0]!));
    expect(computed).toBe(sdpFingerprints(firefox.answer)[0]!.value);
  });

  it('gives another hash for the offerer’s own certificate', async () => {
    const local = summarizeDtls(chromium.statsA).localCertificate;
    const computed = await sha256Fingerprint(base64ToBytes(local!.base64Certificate!));
    expect(computed).toBe(sdpFingerprints(chromium.offer)[0]!.value);
    expect(computed).not.toBe(sdpFingerprints(chromium.answer)[0]!.value);
  });
});

describe('formatFingerprint', () => {
  it('writes upper-case hex pairs joined by colons', () => {
    expect(formatFingerprint(new Uint8Array([0, 10, 255]))).toBe('00:0A:FF');
  });
});

describe('normalizeFingerprint', () => {
  it('makes getFingerprints()’ lower-case value equal to the SDP’s', () => {
    for (const capture of [chromium, firefox]) {
      expect(normalizeFingerprint(capture.fingerprintsB[0]!.value)).toBe(
        sdpFingerprints(capture.answer)[0]!.value,
      );
    }
  });
});

describe('sdpFingerprints', () => {
  it('finds the sha-256 fingerprint lines of a real Firefox answer', () => {
    const found = sdpFingerprints(firefox.answer);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.algorithm).toBe('sha-256');
    expect(found[0]!.value.split(':')).toHaveLength(32);
  });
});

describe('flipFingerprintByte', () => {
  it('changes only the first byte of every fingerprint line, the same way in each', () => {
    const tampered = flipFingerprintByte(chromium.answer);
    const before = sdpFingerprints(chromium.answer);
    const after = sdpFingerprints(tampered);
    expect(after).toHaveLength(before.length);
    for (const [i, line] of after.entries()) {
      expect(line.value).not.toBe(before[i]!.value);
      expect(line.value.slice(2)).toBe(before[i]!.value.slice(2));
    }
    expect(new Set(after.map((f) => f.value)).size).toBe(1);
    expect(tampered.replace(/^a=fingerprint.*$/gm, '')).toBe(
      chromium.answer.replace(/^a=fingerprint.*$/gm, ''),
    );
  });

  it('leaves an SDP without a fingerprint as it is', () => {
    expect(flipFingerprintByte('v=0\r\ns=-\r\n')).toBe('v=0\r\ns=-\r\n');
  });
});

describe('compareFingerprints', () => {
  it('matches the three fingerprints of the Chromium capture', async () => {
    const remote = summarizeDtls(chromium.statsA).remoteCertificate!;
    const result = compareFingerprints({
      computed: await sha256Fingerprint(base64ToBytes(remote.base64Certificate!)),
      sdp: sdpFingerprints(chromium.answer)[0]!.value,
      certificate: chromium.fingerprintsB[0]!.value,
    });
    expect(result).toEqual({ match: true, differing: [], firstDifferentByte: undefined });
  });

  it('finds the tampered SDP fingerprint the odd one out, from byte 0', async () => {
    const result = compareFingerprints({
      computed: await sha256Fingerprint(base64ToBytes(firefox.remoteCertificatesA[0]!)),
      sdp: sdpFingerprints(flipFingerprintByte(firefox.answer))[0]!.value,
      certificate: firefox.fingerprintsB[0]!.value,
    });
    expect(result.match).toBe(false);
    expect(result.differing).toEqual(['sdp']);
    expect(result.firstDifferentByte).toBe(0);
  });

  it('marks the signaled fingerprint when the certificate never arrived', () => {
    const result = compareFingerprints({ computed: undefined, sdp: 'AB:CD', certificate: 'AA:CD' });
    expect(result).toEqual({ match: false, differing: ['sdp'], firstDifferentByte: 0 });
  });

  it('compares nothing when fewer than two fingerprints are known', () => {
    const one = { computed: undefined, sdp: 'AA:BB', certificate: undefined };
    expect(compareFingerprints(one).match).toBeUndefined();
  });
});
