import type { Lab } from '../shared/lab';
import { LabStatus, describeError } from '../shared/labStatus.svelte';
import { detectWebRtcSupport, type WebRtcSupport } from '~/rtc/support';
import { isAbort } from '~/rtc/wait';
import { probeHostCandidate } from './hostProbe';
import { codecNames, describeHostAddress, hidesHostAddress } from './readinessReport';

/** The codec names this browser can send, from RTCRtpSender.getCapabilities. */
function senderCodecs(kind: 'audio' | 'video'): string[] {
  return codecNames(RTCRtpSender.getCapabilities?.(kind)?.codecs ?? []);
}

/** The readiness check: which WebRTC APIs exist, the codecs, and whether mDNS hides addresses. */
export class ReadinessLab implements Lab {
  readonly status = new LabStatus();
  support: WebRtcSupport | null = $state(null);
  audioCodecs: string[] = $state([]);
  videoCodecs: string[] = $state([]);
  /** The first host candidate's address: null while checking, '' when none was gathered. */
  hostAddress: string | null = $state(null);
  readonly mdns = $derived(hidesHostAddress(this.hostAddress));

  /** Runs every check; each one reports what it found. */
  async run(): Promise<void> {
    this.#clear();
    const run = this.status.start('Checking this browser…');
    this.support = detectWebRtcSupport();
    if (this.support.senderCapabilities) {
      this.audioCodecs = senderCodecs('audio');
      this.videoCodecs = senderCodecs('video');
    }
    try {
      const address = await probeHostCandidate(run.signal);
      if (!run.current) return;
      this.hostAddress = address;
      this.status.finish(`Check complete: WebRTC is available; ${describeHostAddress(address)}.`);
    } catch (error) {
      if (run.current && !isAbort(error)) {
        this.status.fail(`The host-candidate probe failed: ${describeError(error)}`);
      }
    }
  }

  /** Clears the results (a probe still gathering is stopped and its connection closed). */
  reset(): void {
    this.#clear();
    this.status.reset();
  }

  /** Stops a probe still gathering when the lab leaves the page. */
  dispose(): void {
    this.status.stop();
  }

  #clear(): void {
    this.support = null;
    this.audioCodecs = [];
    this.videoCodecs = [];
    this.hostAddress = null;
  }
}
