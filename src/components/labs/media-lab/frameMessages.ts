// What the frame inspector's worker (or the main-thread fallback) reports about each encoded
// frame, and the commands it takes. Shared by both sides, so no DOM or worker types here.

/** One encoded video frame as it reached the receiver, before decoding. */
export interface FrameRow {
  /** `key` (decodable alone) or `delta` (needs the frames before it); `empty` exists too. */
  type: string;
  /** Encoded size in bytes. */
  size: number;
  /** The RTP timestamp (90 kHz clock for video, RFC 3550 §5.1). */
  rtpTimestamp: number | undefined;
  ssrc: number | undefined;
  payloadType: number | undefined;
  /** Milliseconds since the inspection started. */
  at: number;
}

/** From the page to the worker. */
export type FrameCommand = { command: 'record'; ms: number } | { command: 'key-frame' };

/** From the worker to the page. */
export type FrameReport =
  | { kind: 'frame'; row: FrameRow }
  | { kind: 'recording-ended' }
  | { kind: 'key-frame-requested'; error: string };

/** The fields a frame's getMetadata() and the frame itself give, read defensively. */
export function describeFrame(
  frame: { type?: string; data: ArrayBuffer; timestamp?: number; getMetadata(): object },
  at: number,
): FrameRow {
  const metadata = frame.getMetadata() as {
    synchronizationSource?: number;
    payloadType?: number;
    rtpTimestamp?: number;
  };
  return {
    type: frame.type ?? 'unknown',
    size: frame.data.byteLength,
    rtpTimestamp: metadata.rtpTimestamp ?? frame.timestamp,
    ssrc: metadata.synchronizationSource,
    payloadType: metadata.payloadType,
    at: Math.round(at),
  };
}
