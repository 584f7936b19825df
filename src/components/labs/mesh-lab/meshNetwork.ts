// A real full mesh inside one tab: one synthetic source per peer, one loopback pair per link.
// Link (i, j) is two RTCPeerConnections, peer i's end (`a`) and peer j's end (`b`), each sending
// its owner's track: the same track goes into each of a peer's N-1 connections, and each
// connection runs its own encoder, as in a real mesh.
import { openLoopback, type Loopback } from '~/rtc/loopback';
import { openSyntheticMedia, type SyntheticMedia } from '~/rtc/syntheticMedia';
import { bothConnected } from '~/rtc/wait';

/** A small picture keeps N(N-1) encoders affordable on a laptop. */
export const MESH_VIDEO = { width: 320, height: 180, frameRate: 15 } as const;

/** One participant: its source and its ends of every link. */
export interface MeshPeer {
  index: number;
  source: SyntheticMedia;
  ends: RTCPeerConnection[];
}

/** The mesh: its peers, its links, and one close for all of it. */
export interface Mesh {
  peers: MeshPeer[];
  links: Loopback[];
  close(): void;
}

/** Creates N sources and the N(N-1)/2 links between them, not yet negotiated. */
export function createMesh(n: number): Mesh {
  const peers: MeshPeer[] = [];
  const links: Loopback[] = [];
  const close = () => {
    for (const link of links) link.close();
    for (const peer of peers) peer.source.close();
  };
  try {
    for (let i = 0; i < n; i++) {
      peers.push({
        index: i,
        source: openSyntheticMedia({ ...MESH_VIDEO, audio: false }),
        ends: [],
      });
    }
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const link = openLoopback();
        links.push(link);
        peers[i]!.ends.push(link.a);
        peers[j]!.ends.push(link.b);
      }
    }
  } catch (error) {
    close();
    throw error;
  }
  return { peers, links, close };
}

/** Negotiates every link (both ends send their owner's video) and waits until all are connected. */
export async function connectMesh(
  mesh: Mesh,
  signal: AbortSignal,
  timeoutMs = 20_000,
): Promise<void> {
  const trackOf = (pc: RTCPeerConnection) => {
    const owner = mesh.peers.find((peer) => peer.ends.includes(pc))!;
    const stream = owner.source.stream;
    return { track: stream.getVideoTracks()[0]!, stream };
  };
  await Promise.all(
    mesh.links.map(async (link) => {
      const mine = trackOf(link.a);
      link.a.addTrack(mine.track, mine.stream);
      await link.negotiate({
        signal,
        // B's track takes the transceiver the offer created: one sendrecv m-line per link.
        beforeAnswer: (b) => {
          const theirs = trackOf(b);
          b.addTrack(theirs.track, theirs.stream);
        },
      });
      await bothConnected(link.a, link.b, timeoutMs, signal);
    }),
  );
}

/** Caps every video sender of the mesh at `kbps` (RTCRtpSender.setParameters, maxBitrate). */
export async function capBitrate(mesh: Mesh, kbps: number): Promise<void> {
  const senders = mesh.peers.flatMap((peer) => peer.ends.flatMap((pc) => pc.getSenders()));
  await Promise.all(
    senders
      .filter((sender) => sender.track?.kind === 'video')
      .map(async (sender) => {
        const parameters = sender.getParameters();
        if (!parameters.encodings?.length) parameters.encodings = [{}];
        for (const encoding of parameters.encodings) encoding.maxBitrate = kbps * 1000;
        await sender.setParameters(parameters);
      }),
  );
}
