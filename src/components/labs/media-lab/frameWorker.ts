// The frame inspector's worker (WebRTC Encoded Transform): every encoded video frame B receives
// passes through here unchanged; while a recording window is open each one is described to the
// page, and a key-frame command asks the sender for one (RTCP PLI/FIR) via sendKeyFrameRequest.
import { describeFrame, type FrameCommand, type FrameReport } from './frameMessages';

/** The parts of the worker's RTCRtpScriptTransformer this file uses. */
interface Transformer {
  readable: ReadableStream<EncodedFrame>;
  writable: WritableStream<EncodedFrame>;
  sendKeyFrameRequest?(): Promise<void>;
}
type EncodedFrame = Parameters<typeof describeFrame>[0];

const scope = self as unknown as {
  onrtctransform: ((event: { transformer: Transformer }) => void) | null;
  onmessage: ((event: MessageEvent<FrameCommand>) => void) | null;
  postMessage(report: FrameReport): void;
};

let transformer: Transformer | null = null;
let start = 0;
let until = 0;

scope.onrtctransform = (event) => {
  transformer = event.transformer;
  const tap = new TransformStream<EncodedFrame, EncodedFrame>({
    transform(frame, controller) {
      const now = performance.now();
      if (now < until) scope.postMessage({ kind: 'frame', row: describeFrame(frame, now - start) });
      else if (until > 0) {
        until = 0;
        scope.postMessage({ kind: 'recording-ended' });
      }
      controller.enqueue(frame);
    },
  });
  void transformer.readable
    .pipeThrough(tap)
    .pipeTo(transformer.writable)
    .catch(() => {});
};

scope.onmessage = (event) => {
  const message = event.data;
  if (message.command === 'record') {
    start = performance.now();
    until = start + message.ms;
    return;
  }
  const request = transformer?.sendKeyFrameRequest;
  if (!transformer || !request) {
    scope.postMessage({
      kind: 'key-frame-requested',
      error: 'This browser’s transform has no sendKeyFrameRequest().',
    });
    return;
  }
  request.call(transformer).then(
    () => scope.postMessage({ kind: 'key-frame-requested', error: '' }),
    (error: unknown) => scope.postMessage({ kind: 'key-frame-requested', error: String(error) }),
  );
};
