// Each peer's DTLS role, read from its own connection's statistics.
import { readDtlsRole, type DtlsRole } from '~/lib/datachannel/streamIds';

/** The `dtlsRole` of `pc`'s transport in getStats (Chromium and Firefox report it). */
export async function dtlsRoleOf(pc: RTCPeerConnection): Promise<DtlsRole> {
  const report = await pc.getStats();
  let role: DtlsRole = 'unknown';
  report.forEach((stat: { type?: string; dtlsRole?: unknown }) => {
    if (stat.type === 'transport' && role === 'unknown') role = readDtlsRole(stat.dtlsRole);
  });
  return role;
}
