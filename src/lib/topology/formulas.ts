// What each way of building a group call costs, counted per client and at the server. Every
// formula here assumes the simplest call the chapter describes: N participants, each sending ONE
// video stream (audio left out), and everyone receiving everyone else (no pagination, no
// last-N, no one muted). Bitrates are in kbit/s and are what the encoder is asked for, not what
// the wire carries (RTP, SRTP and UDP headers add a few per cent on top).

/** The figures of one topology for one call size, in streams and in kbit/s. */
export interface TopologyFigures {
  /** Transport connections (RTCPeerConnections between two parties, counted once per link). */
  connections: number;
  /** One-way media streams crossing the network, counted over the whole call. */
  oneWayStreams: number;
  /** Streams each client encodes and uploads. */
  uploadsPerClient: number;
  /** Streams each client receives and decodes. */
  downloadsPerClient: number;
  uplinkKbps: number;
  downlinkKbps: number;
  /** What a media server takes in (0 without a server). */
  serverIngressKbps: number;
  /** What a media server sends out (0 without a server). */
  serverEgressKbps: number;
}

/** Checks a call size: a whole number of at least 2 participants. */
export function assertParticipants(n: number): void {
  if (!Number.isInteger(n) || n < 2)
    throw new RangeError(`A call needs 2 or more participants, not ${n}.`);
}

/**
 * Full mesh (RFC 7667 §3.4): every pair of participants has one connection, so N(N-1)/2
 * connections (each of N people is one end of N-1 links; each link has two ends). Each peer
 * encodes and uploads its stream once per link, N-1 times, and receives N-1 streams. Each link
 * carries one stream each way, so N(N-1) one-way streams. No server.
 */
export function meshFigures(n: number, kbps: number): TopologyFigures {
  assertParticipants(n);
  const others = n - 1;
  return {
    connections: (n * others) / 2,
    oneWayStreams: n * others,
    uploadsPerClient: others,
    downloadsPerClient: others,
    uplinkKbps: others * kbps,
    downlinkKbps: others * kbps,
    serverIngressKbps: 0,
    serverEgressKbps: 0,
  };
}

/**
 * Selective forwarding unit (RFC 7667 §3.7): each participant has one connection, to the
 * server (N in all; some SFUs use two), and uploads its stream once. The server forwards each of
 * the N incoming streams to the N-1 others: N uplinks in, N(N-1) forwarded streams out. With
 * simulcast each sender uploads every layer (`layersKbps`, highest first) and, in this model,
 * every receiver gets the LOWEST layer of each other participant (a grid of thumbnails).
 */
export function sfuFigures(
  n: number,
  kbps: number,
  layersKbps: readonly number[] = [kbps],
): TopologyFigures {
  assertParticipants(n);
  const others = n - 1;
  const upload = layersKbps.reduce((sum, layer) => sum + layer, 0);
  const forwarded = Math.min(...layersKbps);
  return {
    connections: n,
    oneWayStreams: n * layersKbps.length + n * others,
    uploadsPerClient: layersKbps.length,
    downloadsPerClient: others,
    uplinkKbps: upload,
    downlinkKbps: others * forwarded,
    serverIngressKbps: n * upload,
    serverEgressKbps: n * others * forwarded,
  };
}

/**
 * Multipoint control unit (RFC 7667 §3.6, the mixer): each participant has one connection to
 * the server, uploads one stream and receives ONE mixed stream, assumed here to be encoded at
 * the same bitrate as a single participant's. The server decodes N streams and encodes N mixes
 * (each leaves out its receiver's own picture), so ingress and egress are both N streams.
 */
export function mcuFigures(n: number, kbps: number): TopologyFigures {
  assertParticipants(n);
  return {
    connections: n,
    oneWayStreams: 2 * n,
    uploadsPerClient: 1,
    downloadsPerClient: 1,
    uplinkKbps: kbps,
    downlinkKbps: kbps,
    serverIngressKbps: n * kbps,
    serverEgressKbps: n * kbps,
  };
}

/**
 * Simulcast layers for a top bitrate: the top layer, then a third and a tenth of it (the
 * chapter's 1500 / 500 / 150 kbit/s for 720p / 360p / 180p), highest first, rounded to kbit/s.
 */
export function simulcastLayers(topKbps: number, count: 1 | 2 | 3 = 3): number[] {
  return [1, 1 / 3, 1 / 10].slice(0, count).map((share) => Math.round(topKbps * share));
}
