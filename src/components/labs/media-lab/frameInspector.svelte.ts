// The frame inspector's state: which API the browser has, the frames listed during the last
// recording window, and the key frame that answered the learner's request.
import type { FrameReport, FrameRow } from './frameMessages';
import { encodedTransformKind, type EncodedTransformKind } from './encodedTransforms';
import type { attachFrameTap, FrameTap } from './frameTap';
import type { MediaSession } from './mediaSession';

/** How long one inspection lists frames. */
export const RECORD_MS = 4000;
const MAX_ROWS = 400;

/** Lists B's encoded video frames for a few seconds, on demand. */
export class FrameInspector {
  /** Null until the lab has run in a browser (the server render knows nothing of it). */
  kind: EncodedTransformKind | undefined = $state(undefined);
  rows: FrameRow[] = $state([]);
  recording = $state(false);
  /** When the last key frame request left, in the recording's milliseconds; null: none. */
  requestedAt: number | null = $state(null);
  /** Why a request could not be made, in words ('' when it went). */
  keyFrameProblem = $state('');
  /** Why the tap could not attach in this run ('' when it did). */
  attachProblem = $state('');
  #stop: ReturnType<typeof setTimeout> | undefined;
  #tap: FrameTap | null = null;
  #attach: typeof attachFrameTap | null = null;
  #session: MediaSession | null = null;
  #startedAt = 0;

  /** The first key frame that arrived after the request, if any. */
  get answeredBy(): FrameRow | undefined {
    const asked = this.requestedAt;
    if (asked === null) return undefined;
    return this.rows.find((row) => row.type === 'key' && row.at >= asked);
  }

  /** Detects the API (in the browser only). */
  detect(): void {
    this.kind = encodedTransformKind();
  }

  /** Loads the tap's code before a run negotiates (prepare must not wait for it). */
  async load(): Promise<void> {
    const kind = encodedTransformKind();
    this.kind = kind;
    if (kind && !this.#attach) this.#attach = (await import('./frameTap')).attachFrameTap;
  }

  /**
   * Attaches the tap to B's video receiver, synchronously, between B's setRemoteDescription and
   * its answer (see frameTap.ts for why). A failure leaves media untouched and is kept to explain
   * why the inspector cannot list frames.
   */
  prepare(session: MediaSession): void {
    this.close();
    if (!this.kind || !this.#attach) return;
    try {
      this.#tap = this.#attach(this.kind, receiverOf(session), session.frameHook, (r) =>
        this.#hear(r),
      );
      this.#session = session;
    } catch (error) {
      this.attachProblem = `The frame inspector could not attach: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  /** Lists the frames of the next few seconds. */
  inspect(session: MediaSession): void {
    if (!this.#tap || this.#session !== session) return;
    this.rows = [];
    this.requestedAt = null;
    this.keyFrameProblem = '';
    this.recording = true;
    this.#startedAt = performance.now();
    this.#tap.record(RECORD_MS);
    clearTimeout(this.#stop);
    this.#stop = setTimeout(() => (this.recording = false), RECORD_MS + 500);
  }

  /** Asks the sender for a key frame while a new recording window lists what arrives. */
  requestKeyFrame(session: MediaSession): void {
    this.inspect(session);
    if (!this.#tap) return;
    this.requestedAt = Math.round(performance.now() - this.#startedAt);
    if (!this.#tap.requestKeyFrame()) {
      this.keyFrameProblem =
        'The encoded frames could not be reached, so no key frame was requested.';
    }
  }

  /** Detaches (the tap ends with the connection it watched) and clears the list. */
  close(): void {
    clearTimeout(this.#stop);
    this.attachProblem = '';
    this.#tap?.close();
    this.#tap = null;
    this.#session = null;
    this.rows = [];
    this.recording = false;
    this.requestedAt = null;
    this.keyFrameProblem = '';
  }

  #hear(report: FrameReport): void {
    if (report.kind === 'frame') {
      if (this.rows.length < MAX_ROWS) this.rows.push(report.row);
    } else if (report.kind === 'recording-ended') {
      this.recording = false;
    } else if (report.kind === 'key-frame-requested' && report.error) {
      this.keyFrameProblem = `The key frame request failed: ${report.error}`;
    }
  }
}

/** B's receiver of the video A sends. */
function receiverOf(session: MediaSession): RTCRtpReceiver {
  const { b } = session.loopback;
  const video = b.getReceivers().find((r) => r.track.kind === 'video');
  if (!video) throw new Error('B has no video receiver yet.');
  return video;
}
