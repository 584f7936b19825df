// Which encoded-frame API this browser has, and the older Chromium path wired in at the start:
// with `encodedInsertableStreams: true` every sender and receiver of the connection must have its
// frames piped by the page (createEncodedStreams), or no media flows at all.

/** `script-transform` (RTCRtpScriptTransform, the standard), `encoded-streams` (older Chromium), or null. */
export type EncodedTransformKind = 'script-transform' | 'encoded-streams' | null;

/** The encoded-frame API the frame inspector will use here. */
export function encodedTransformKind(): EncodedTransformKind {
  if (typeof RTCRtpScriptTransform === 'function') return 'script-transform';
  if (typeof RTCRtpSender !== 'undefined' && 'createEncodedStreams' in RTCRtpSender.prototype) {
    return 'encoded-streams';
  }
  return null;
}

/**
 * Where the older path hands each received video frame while the inspector listens; returning
 * false drops the frame before the decoder.
 */
export interface FrameHook {
  current: ((frame: RTCEncodedVideoFrame) => boolean) | null;
}

type WithStreams = {
  createEncodedStreams(): { readable: ReadableStream; writable: WritableStream };
};

/** Pipes one sender's or receiver's frames through, showing each to `look` (false: dropped). */
export function pipeEncodedStreams(
  endpoint: RTCRtpSender | RTCRtpReceiver,
  look?: (frame: RTCEncodedVideoFrame) => boolean,
): void {
  const { readable, writable } = (endpoint as unknown as WithStreams).createEncodedStreams();
  const tap = new TransformStream({
    transform(frame, controller) {
      if (look?.(frame as RTCEncodedVideoFrame) !== false) controller.enqueue(frame);
    },
  });
  void readable
    .pipeThrough(tap)
    .pipeTo(writable)
    .catch(() => {});
}
