// What the failure-mode specs install in a page before its scripts run: a getUserMedia that
// always refuses, a handshake slowed down enough to leave or reset a lab in the middle of it, and
// a counter of the media tracks still live. Each lives on `window.failureProbe` for the tests.
import type { Locator, Page } from '@playwright/test';

/** What the init scripts expose to the tests. */
interface FailureProbe {
  /** How many times a script asked for the camera or microphone. */
  userMediaRequests: number;
  /** Media tracks created in the page (sources, clones, received) that are still live. */
  liveTracks(): number;
}

declare global {
  interface Window {
    failureProbe?: FailureProbe;
  }
}

/** Makes `navigator.mediaDevices.getUserMedia` reject as when the learner clicks "Block". */
export async function denyUserMedia(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const probe = (window.failureProbe ??= { userMediaRequests: 0, liveTracks: () => 0 });
    if (!navigator.mediaDevices) return;
    navigator.mediaDevices.getUserMedia = () => {
      probe.userMediaRequests += 1;
      return Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
    };
  });
}

/**
 * Delays every `setRemoteDescription` by `ms`, as a slow signaling path would delay the offer
 * and the answer: a run then lasts long enough to be left or reset while it is still running.
 */
export async function slowHandshake(page: Page, ms = 600): Promise<void> {
  await page.addInitScript((delay) => {
    if (typeof RTCPeerConnection !== 'function') return;
    const native = RTCPeerConnection.prototype.setRemoteDescription;
    RTCPeerConnection.prototype.setRemoteDescription = function (
      this: RTCPeerConnection,
      ...args: Parameters<typeof native>
    ) {
      return new Promise<void>((resolve) => setTimeout(resolve, delay)).then(() =>
        native.apply(this, args),
      );
    } as typeof native;
  }, ms);
}

/**
 * Records every media track the page creates: canvas and WebAudio sources, clones, camera
 * tracks, and the tracks its connections receive. `liveTracks()` counts those not ended yet.
 */
export async function countLiveTracks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const tracks = new Set<MediaStreamTrack>();
    const probe = (window.failureProbe ??= { userMediaRequests: 0, liveTracks: () => 0 });
    probe.liveTracks = () => [...tracks].filter((t) => t.readyState === 'live').length;
    const recordStream = (stream: MediaStream) => {
      for (const track of stream.getTracks()) tracks.add(track);
      return stream;
    };
    const capture = HTMLCanvasElement.prototype.captureStream;
    HTMLCanvasElement.prototype.captureStream = function (this: HTMLCanvasElement, rate?: number) {
      return recordStream(capture.call(this, rate));
    };
    const destination = AudioContext.prototype.createMediaStreamDestination;
    AudioContext.prototype.createMediaStreamDestination = function (this: AudioContext) {
      const node = destination.call(this);
      recordStream(node.stream);
      return node;
    };
    const clone = MediaStreamTrack.prototype.clone;
    MediaStreamTrack.prototype.clone = function (this: MediaStreamTrack) {
      const copy = clone.call(this);
      tracks.add(copy);
      return copy;
    };
    const userMedia = navigator.mediaDevices?.getUserMedia?.bind(navigator.mediaDevices);
    if (userMedia) {
      navigator.mediaDevices.getUserMedia = (c) => userMedia(c).then(recordStream);
    }
    if (typeof RTCPeerConnection !== 'function') return;
    const receiverTrack = Object.getOwnPropertyDescriptor(RTCRtpReceiver.prototype, 'track');
    Object.defineProperty(RTCRtpReceiver.prototype, 'track', {
      ...receiverTrack,
      get(this: RTCRtpReceiver) {
        const track = receiverTrack?.get?.call(this) as MediaStreamTrack;
        tracks.add(track);
        return track;
      },
    });
    const Native = RTCPeerConnection;
    window.RTCPeerConnection = class extends Native {
      constructor(config?: RTCConfiguration) {
        super(config);
        this.addEventListener('track', (e) => tracks.add(e.track));
      }
    };
  });
}

/** How many recorded media tracks are still live (0 before `countLiveTracks` is installed). */
export function liveTracks(page: Page): Promise<number> {
  return page.evaluate(() => window.failureProbe?.liveTracks() ?? 0);
}

/** How many times the page asked for the camera or microphone. */
export function userMediaRequests(page: Page): Promise<number> {
  return page.evaluate(() => window.failureProbe?.userMediaRequests ?? 0);
}

/** What a lab shows, as data: its state, alert, every field with a value, and its rows per kind. */
export async function labSnapshot(root: Locator): Promise<Record<string, string>> {
  return root.evaluate((el) => {
    const shown: Record<string, string> = {
      state: el.getAttribute('data-state') ?? '',
      alert: el.querySelector('[role="alert"]')?.textContent?.trim() ?? '',
    };
    for (const f of el.querySelectorAll('[data-field]')) {
      // A field with no value shows nothing: the prediction's verdict slot, for one, appears
      // empty when its question loads, which may be after this snapshot.
      if (!f.getAttribute('data-value')) continue;
      const name = `field ${f.getAttribute('data-field')}`;
      shown[name] =
        `${shown[name] === undefined ? '' : `${shown[name]}|`}${f.getAttribute('data-value') ?? ''}`;
    }
    for (const r of el.querySelectorAll('[data-row]')) {
      const name = `rows ${r.getAttribute('data-row')}`;
      shown[name] = String(Number(shown[name] ?? 0) + 1);
    }
    return shown;
  });
}
