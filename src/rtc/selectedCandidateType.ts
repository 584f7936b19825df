/** The local candidate type of a connection's selected pair, read from getStats(). */
import { findSelectedCandidatePair } from '~/lib/stats';

/** host, srflx, prflx or relay for the pair the connection uses now; null before there is one. */
export async function selectedCandidateType(pc: RTCPeerConnection): Promise<string | null> {
  const report = await pc.getStats();
  const pair = findSelectedCandidatePair([...report.values()]);
  return pair?.local?.candidateType ?? null;
}
