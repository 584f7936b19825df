// The lab's fingerprint check: three fingerprints of the remote peer's certificate compared.
import { normalizeFingerprint } from './fingerprint';

/** Where each of the three fingerprints comes from. */
export type FingerprintSource = 'computed' | 'sdp' | 'certificate';

/** The three fingerprints, each undefined when this browser did not give it. */
export type FingerprintSet = Record<FingerprintSource, string | undefined>;

/** What comparing them found. */
export interface FingerprintComparison {
  /** True when at least two are known and all known ones are equal; false when two differ. */
  match: boolean | undefined;
  /**
   * The sources whose value differs from the certificate's own (hashed here, else as its
   * RTCCertificate gives it): normally the signaled one is the odd one out.
   */
  differing: FingerprintSource[];
  /** Index of the first byte (0-based) where a differing value departs from the reference. */
  firstDifferentByte: number | undefined;
}

const ORDER: readonly FingerprintSource[] = ['computed', 'sdp', 'certificate'];

/**
 * Compares the fingerprints that are known: equal (case and spacing ignored) is a match; with
 * fewer than two known there is nothing to compare and `match` is undefined.
 */
export function compareFingerprints(set: FingerprintSet): FingerprintComparison {
  const known = ORDER.filter((s) => set[s] !== undefined).map((s) => ({
    source: s,
    value: normalizeFingerprint(set[s]!),
  }));
  if (known.length < 2) return { match: undefined, differing: [], firstDifferentByte: undefined };
  // The certificate is the ground truth; the SDP is the claim being checked against it.
  const reference = known.find((k) => k.source !== 'sdp') ?? known[0]!;
  const differing = known.filter((k) => k.value !== reference.value).map((k) => k.source);
  const other = known.find((k) => k.value !== reference.value);
  return {
    match: differing.length === 0,
    differing,
    firstDifferentByte: other ? firstDifference(reference.value, other.value) : undefined,
  };
}

function firstDifference(a: string, b: string): number {
  const left = a.split(':');
  const right = b.split(':');
  const index = left.findIndex((byte, i) => byte !== right[i]);
  return index === -1 ? Math.min(left.length, right.length) : index;
}
