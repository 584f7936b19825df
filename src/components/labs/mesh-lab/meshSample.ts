// One getStats() read of every peer of the mesh, all at the same moment.
import { sumOutboundVideo, type OutboundRecord, type OutboundVideo } from '~/lib/topology';
import type { Mesh } from './meshNetwork';

/** A peer's outbound video at one moment (`at`: performance.now(), ms). */
export interface PeerSample extends OutboundVideo {
  at: number;
}

/** Reads every end of every peer and sums each peer's outbound video records. */
export async function sampleMesh(mesh: Mesh): Promise<PeerSample[]> {
  const reports = await Promise.all(
    mesh.peers.map((peer) => Promise.all(peer.ends.map((pc) => pc.getStats()))),
  );
  const at = performance.now();
  return reports.map((peerReports) => {
    const records: OutboundRecord[] = [];
    for (const report of peerReports)
      report.forEach((record: OutboundRecord) => records.push(record));
    return { at, ...sumOutboundVideo(records) };
  });
}
