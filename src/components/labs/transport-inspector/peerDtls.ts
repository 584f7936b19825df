// Reading one peer's DTLS transport: its state changes, its stats, and the certificate the
// other side presented. Everything here only reads; the pair is opened by src/rtc/loopback.
import { base64ToBytes } from '~/lib/dtls';
import { summarizeDtls, type DtlsSummary } from '~/lib/stats';

/** The DTLS transport that carries `pc`'s data channel (and, with BUNDLE, its media). */
export function dtlsTransportOf(pc: RTCPeerConnection): RTCDtlsTransport | null {
  return (
    pc.sctp?.transport ??
    pc.getSenders().find((s) => s.transport)?.transport ??
    pc.getReceivers().find((r) => r.transport)?.transport ??
    null
  );
}

/**
 * Calls `onState` with the transport's state now and after each change; returns the function
 * that stops listening. Nothing happens while `pc` has no DTLS transport yet.
 */
export function watchDtlsState(
  pc: RTCPeerConnection,
  onState: (state: RTCDtlsTransportState) => void,
): () => void {
  const transport = dtlsTransportOf(pc);
  if (!transport) return () => {};
  const controller = new AbortController();
  onState(transport.state);
  transport.addEventListener('statechange', () => onState(transport.state), {
    signal: controller.signal,
  });
  return () => controller.abort();
}

/** One peer's getStats() reduced to its DTLS side. */
export async function readDtls(pc: RTCPeerConnection): Promise<DtlsSummary> {
  return summarizeDtls([...(await pc.getStats()).values()] as unknown[]);
}

/** Where the remote certificate's DER bytes came from. */
export type CertificateOrigin = 'certificate stats' | 'getRemoteCertificates()';

/**
 * The certificate the other peer presented, as DER bytes: from the `certificate` record of the
 * stats when the browser reports one, else from the DTLS transport (a browser whose stats have
 * no certificate records). Null before a handshake has delivered one.
 */
export function remoteCertificate(
  pc: RTCPeerConnection,
  summary: DtlsSummary,
): { der: Uint8Array; origin: CertificateOrigin } | null {
  const base64 = summary.remoteCertificate?.base64Certificate;
  if (base64) return { der: base64ToBytes(base64), origin: 'certificate stats' };
  const first = dtlsTransportOf(pc)?.getRemoteCertificates?.()[0];
  return first ? { der: new Uint8Array(first), origin: 'getRemoteCertificates()' } : null;
}

/** An ECDSA P-256 certificate, as browsers generate by default, held so the lab can read it. */
export function generateCertificate(): Promise<RTCCertificate> {
  const algorithm: EcKeyGenParams = { name: 'ECDSA', namedCurve: 'P-256' };
  return RTCPeerConnection.generateCertificate(algorithm);
}
