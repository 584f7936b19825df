import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { StatsRecord } from '~/lib/stats';

/** One capture written by tests/fixtures/certificates/capture.mjs. */
export interface CertificateCapture {
  label: string;
  userAgent: string;
  offer: string;
  answer: string;
  fingerprintsA: { algorithm: string; value: string }[];
  fingerprintsB: { algorithm: string; value: string }[];
  /** B's certificate (DER, base64) as A's RTCDtlsTransport.getRemoteCertificates() gave it. */
  remoteCertificatesA: string[];
  statsA: StatsRecord[];
  statsB: StatsRecord[];
}

/** Loads the Chromium or the Firefox capture. */
export function loadCertificateCapture(browser: 'chromium' | 'firefox'): CertificateCapture {
  const path = resolve(
    import.meta.dirname,
    '../../fixtures/certificates',
    `${browser}-loopback.json`,
  );
  return JSON.parse(readFileSync(path, 'utf8')) as CertificateCapture;
}
