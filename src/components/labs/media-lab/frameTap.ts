// Loaded only when the learner opens the frame inspector: attaches to B's video receiver and
// reports each encoded frame for a few seconds. RTCRtpScriptTransform runs the tap in a worker
// and can ask the sender for a key frame; the older Chromium path taps on the main thread.
import { describeFrame, type FrameCommand, type FrameReport } from './frameMessages';
import type { EncodedTransformKind, FrameHook } from './encodedTransforms';

/** An attached inspector. */
export interface FrameTap {
  /** Reports frames for `ms` milliseconds from now. */
  record(ms: number): void;
  /** Asks the sender for a key frame; false when this path has no way to. */
  requestKeyFrame(): boolean;
  close(): void;
}

/**
 * Attaches the tap the browser supports to `receiver`; `onReport` hears every report. Call it in
 * the same task as B's setRemoteDescription: Chromium 156 let frames bypass a receiver transform
 * set even 300 ms later (before any frame had flowed), and a module worker lost the rtctransform
 * event or crashed the tab, so the worker is a classic one (the bundle is an IIFE, same origin).
 */
export function attachFrameTap(
  kind: Exclude<EncodedTransformKind, null>,
  receiver: RTCRtpReceiver,
  hook: FrameHook | null,
  onReport: (report: FrameReport) => void,
): FrameTap {
  if (kind === 'encoded-streams') return attachOnMainThread(hook, onReport);
  const worker = new Worker(new URL('./frameWorker.ts', import.meta.url));
  worker.onmessage = (event: MessageEvent<FrameReport>) => onReport(event.data);
  receiver.transform = new RTCRtpScriptTransform(worker, { side: 'receive' });
  const send = (command: FrameCommand) => worker.postMessage(command);
  return {
    record: (ms) => send({ command: 'record', ms }),
    requestKeyFrame: () => {
      send({ command: 'key-frame' });
      return true;
    },
    close: () => {
      worker.terminate();
    },
  };
}

function attachOnMainThread(
  hook: FrameHook | null,
  onReport: (report: FrameReport) => void,
): FrameTap {
  let start = 0;
  let until = 0;
  let dropNext = false;
  if (hook) {
    hook.current = (frame) => {
      const now = performance.now();
      // A key frame request on this path: one delta frame never reaches the decoder, which then
      // cannot decode what follows and asks the sender for a key frame itself (an RTCP PLI).
      if (dropNext && frame.type === 'delta') {
        dropNext = false;
        return false;
      }
      if (now < until) onReport({ kind: 'frame', row: describeFrame(frame, now - start) });
      else if (until > 0) {
        until = 0;
        onReport({ kind: 'recording-ended' });
      }
      return true;
    };
  }
  return {
    record(ms) {
      start = performance.now();
      until = start + ms;
    },
    requestKeyFrame: () => {
      dropNext = hook !== null;
      return dropNext;
    },
    close() {
      if (hook) hook.current = null;
    },
  };
}
