// The DTLS and SRTP side of getStats() (W3C webrtc-stats RTCTransportStats and
// RTCCertificateStats): the handshake's state, role, version and ciphers, the ICE role, the
// selected pair, and both certificates. Builds on the ICE reducers of this folder.
import { findSelectedCandidatePair, type CandidatePairSummary } from './candidate-pairs';
import { indexStats, stringField, type StatsRecord } from './stats-record';
import { summarizeTransports } from './transport-stats';

/** One certificate as getStats() reports it. */
export interface CertificateSummary {
  id: string;
  /** The browser's own fingerprint of it, colon-hex (`fingerprint`). */
  fingerprint: string | undefined;
  fingerprintAlgorithm: string | undefined;
  /** The DER bytes, base64 (`base64Certificate`). */
  base64Certificate: string | undefined;
}

/** What one peer's report says about its DTLS transport. */
export interface DtlsSummary {
  transportId: string | undefined;
  /** `new`, `connecting`, `connected`, `closed` or `failed`. */
  dtlsState: string | undefined;
  /** `client`, `server` or `unknown` (before the handshake). */
  dtlsRole: string | undefined;
  /** The negotiated version as the record layer writes it: `FEFD` (1.2) or `FEFC` (1.3). */
  tlsVersion: string | undefined;
  dtlsCipher: string | undefined;
  /** The SRTP protection profile; undefined without media. */
  srtpCipher: string | undefined;
  iceRole: string | undefined;
  selectedPair: CandidatePairSummary | undefined;
  localCertificate: CertificateSummary | undefined;
  remoteCertificate: CertificateSummary | undefined;
}

const DTLS_VERSIONS: Readonly<Record<string, string>> = {
  FEFF: 'DTLS 1.0',
  FEFD: 'DTLS 1.2',
  FEFC: 'DTLS 1.3',
};

/**
 * A record-layer version code in words: DTLS counts down from FEFF (1.0), skipping 1.1, so
 * FEFD is 1.2 and FEFC is 1.3 (RFC 6347 §4.1, RFC 9147 §5.3).
 */
export function dtlsVersionName(code: string | undefined): string | undefined {
  if (code === undefined) return undefined;
  return DTLS_VERSIONS[code.toUpperCase()] ?? `unknown version ${code}`;
}

/**
 * The DTLS transport of one report: the one that carries the selected pair when there are
 * several, else the first. Every field is undefined when the browser does not report it.
 */
export function summarizeDtls(records: Iterable<unknown>): DtlsSummary {
  const byId = indexStats(records);
  const selectedPair = findSelectedCandidatePair(byId.values());
  const transports = summarizeTransports(byId.values());
  const transport =
    transports.find((t) => t.id === selectedPair?.transportId) ?? transports[0] ?? undefined;
  const record = transport === undefined ? undefined : byId.get(transport.id);
  return {
    transportId: transport?.id,
    dtlsState: transport?.dtlsState,
    dtlsRole: stringField(record, 'dtlsRole'),
    tlsVersion: stringField(record, 'tlsVersion')?.toUpperCase(),
    dtlsCipher: stringField(record, 'dtlsCipher'),
    srtpCipher: stringField(record, 'srtpCipher'),
    iceRole: transport?.iceRole ?? selectedPair?.iceRole,
    selectedPair,
    localCertificate: certificate(byId, stringField(record, 'localCertificateId')),
    remoteCertificate: certificate(byId, stringField(record, 'remoteCertificateId')),
  };
}

function certificate(
  byId: Map<string, StatsRecord>,
  id: string | undefined,
): CertificateSummary | undefined {
  const record = id === undefined ? undefined : byId.get(id);
  if (record?.type !== 'certificate') return undefined;
  return {
    id: record.id,
    fingerprint: stringField(record, 'fingerprint'),
    fingerprintAlgorithm: stringField(record, 'fingerprintAlgorithm'),
    base64Certificate: stringField(record, 'base64Certificate'),
  };
}

/** The selected pair in one line: `host udp 192.0.2.1:50000 ↔ host udp 192.0.2.1:50001`. */
export function describeSelectedPair(pair: CandidatePairSummary | undefined): string | undefined {
  if (!pair) return undefined;
  const end = (c: CandidatePairSummary['local']) =>
    c
      ? `${c.candidateType ?? '?'} ${c.protocol ?? '?'} ${c.address ?? '(hidden)'}:${c.port ?? '?'}`
      : '?';
  return `${end(pair.local)} ↔ ${end(pair.remote)}`;
}
