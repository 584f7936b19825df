// Topology counts for a call of N people (RFC 7667 §3.4 mesh, §3.7 SFU), from the course's formulas.
import { meshFigures, sfuFigures } from '../topology/formulas';
import type { Rng } from './rng';
import type { Exercise } from './types';

/** A call of N participants: mesh connections, uploads per peer in a mesh, streams an SFU sends out. */
export async function generateTopologyCounts(rng: Rng): Promise<Exercise> {
  const n = rng.next() < 0.7 ? rng.int(3, 12) : rng.int(13, 60);
  const mesh = meshFigures(n, 1);
  const sfu = sfuFigures(n, 1);
  const sfuOut = n * sfu.downloadsPerClient;
  return {
    kind: 'topology-counts',
    source: 'random',
    givens: [
      { name: 'n', label: 'Participants (N)', value: String(n) },
      {
        name: 'assumption',
        label: 'Each sends',
        value: 'one video stream, and everyone receives everyone else',
      },
    ],
    question: 'Count the connections and streams of this call in a full mesh and through an SFU.',
    fields: [
      {
        name: 'mesh-connections',
        label: 'Mesh: connections',
        hint: 'a whole number',
        format: 'integer',
        expected: String(mesh.connections),
      },
      {
        name: 'mesh-uploads',
        label: 'Mesh: streams each peer uploads',
        hint: 'a whole number',
        format: 'integer',
        expected: String(mesh.uploadsPerClient),
      },
      {
        name: 'sfu-out',
        label: 'SFU: streams the server sends out',
        hint: 'a whole number',
        format: 'integer',
        expected: String(sfuOut),
      },
    ],
    steps: [
      `Mesh connections: one per pair of people, N(N−1)/2 = ${n} × ${n - 1} / 2 = ${mesh.connections}`,
      `Mesh uploads: each peer sends its stream once per connection, N − 1 = ${mesh.uploadsPerClient}`,
      `SFU: each of the ${n} uploads once; the server forwards each stream to the N − 1 others: N(N−1) = ${n} × ${n - 1} = ${sfuOut}`,
    ],
  };
}
