// The fingerprint check's three rows: the remote certificate hashed here, the fingerprint the
// SDP carried, and the one the sender's RTCCertificate gives.
import {
  compareFingerprints,
  normalizeFingerprint,
  sdpFingerprints,
  sha256Fingerprint,
  type FingerprintComparison,
  type FingerprintSource,
} from '~/lib/dtls';
import type { CertificateOrigin } from './peerDtls';

/** One of the three fingerprints, as the table shows it. */
export interface FingerprintRow {
  source: FingerprintSource;
  label: string;
  /** Colon-hex, upper case; undefined when this browser did not give it. */
  value: string | undefined;
  /** Where it came from, or why it is missing. */
  note: string;
}

/** What the fingerprint check found. */
export interface FingerprintCheck {
  rows: FingerprintRow[];
  comparison: FingerprintComparison;
}

/** Computes the SHA-256 of `der` (if any) and compares the three fingerprints. */
export async function checkFingerprints(input: {
  der: { der: Uint8Array; origin: CertificateOrigin } | null;
  remoteSdp: string;
  certificate: RTCCertificate;
}): Promise<FingerprintCheck> {
  const computed = input.der ? await sha256Fingerprint(input.der.der) : undefined;
  const signaled = sdpFingerprints(input.remoteSdp).find((f) => f.algorithm === 'sha-256');
  const own = input.certificate.getFingerprints().find((f) => f.algorithm === 'sha-256')?.value;
  const rows: FingerprintRow[] = [
    {
      source: 'computed',
      label: 'SHA-256 of B’s certificate, hashed in this page',
      value: computed,
      note: input.der
        ? `WebCrypto over ${input.der.der.length} DER bytes from ${input.der.origin}`
        : 'none reported: the handshake did not complete',
    },
    {
      source: 'sdp',
      label: 'a=fingerprint in the answer A applied',
      value: signaled ? normalizeFingerprint(signaled.value) : undefined,
      note: signaled ? 'what signaling carried' : 'the answer has no sha-256 fingerprint',
    },
    {
      source: 'certificate',
      label: 'B’s RTCCertificate.getFingerprints()',
      value: own ? normalizeFingerprint(own) : undefined,
      note: own ? 'the certificate B was created with' : 'no sha-256 fingerprint given',
    },
  ];
  const comparison = compareFingerprints({
    computed: rows[0]!.value,
    sdp: rows[1]!.value,
    certificate: rows[2]!.value,
  });
  return { rows, comparison };
}
