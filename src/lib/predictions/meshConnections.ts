// Mesh lab: how many RTCPeerConnections the page holds for a full mesh of N peers.
import type { PredictionOutcome } from './judge';
import { meshCountOptions } from './options';

/** What the run read: the mesh size and the RTCPeerConnections open in the page. */
export interface MeshCountFacts {
  n: number;
  count: number;
}

/** Judges the predicted formula against the number of connections the page really held. */
export function judgeMeshConnections({ n, count }: MeshCountFacts): PredictionOutcome {
  const links = (n * (n - 1)) / 2;
  const match = meshCountOptions(n).find((o) => o.label.endsWith(`= ${count}`));
  return {
    actual: match?.value ?? `${count}`,
    ...(match ? {} : { actualLabel: `${count} connections` }),
    why:
      `Your browser held ${count} open RTCPeerConnection objects for N = ${n}. ` +
      `A full mesh has N(N − 1)/2 = ${links} links, and an RTCPeerConnection joins exactly two peers, ` +
      `so each link needs one at each end: ${links} × 2 = ${links * 2}, and each peer holds N − 1 = ${n - 1}.`,
  };
}
