import { LabStatus, describeError, withTimeout } from '../shared/labStatus.svelte';
import { detectWebRtcSupport, type WebRtcSupport } from '~/rtc/support';
import { closePeerConnection, createPeerConnection } from '~/rtc/registry';

/** The codec names a browser can send, from RTCRtpSender.getCapabilities, without duplicates. */
function senderCodecs(kind: 'audio' | 'video'): string[] {
  const codecs = RTCRtpSender.getCapabilities?.(kind)?.codecs ?? [];
  return [...new Set(codecs.map((c) => c.mimeType.replace(/^(audio|video)\//, '')))];
}

/**
 * Gathers one host candidate from a throwaway connection (no server involved) and tells whether
 * the browser hid its address behind an mDNS `.local` name.
 */
async function probeHostCandidate(): Promise<string> {
  const pc = createPeerConnection();
  try {
    pc.createDataChannel('probe');
    const found = new Promise<string>((resolve) => {
      pc.addEventListener('icecandidate', (e) => {
        if (!e.candidate) resolve('');
        else if (e.candidate.type === 'host' && e.candidate.address) resolve(e.candidate.address);
      });
    });
    await pc.setLocalDescription();
    return await withTimeout(found, 5000, 'No host candidate was gathered within 5 seconds.');
  } finally {
    closePeerConnection(pc);
  }
}

/** The readiness check: which WebRTC APIs exist, the codecs, and whether mDNS hides addresses. */
export class ReadinessLab {
  readonly status = new LabStatus();
  support: WebRtcSupport | null = $state(null);
  audioCodecs: string[] = $state([]);
  videoCodecs: string[] = $state([]);
  hostAddress: string | null = $state(null);
  readonly mdns = $derived(this.hostAddress === null ? null : this.hostAddress.endsWith('.local'));

  /** Runs every check; each one reports what it found. */
  async run(): Promise<void> {
    this.status.start('Checking this browser…');
    this.support = detectWebRtcSupport();
    if (this.support.senderCapabilities) {
      this.audioCodecs = senderCodecs('audio');
      this.videoCodecs = senderCodecs('video');
    }
    try {
      this.hostAddress = await probeHostCandidate();
      const host = this.hostAddress
        ? this.mdns
          ? 'host addresses are hidden behind mDNS names'
          : 'host addresses are visible'
        : 'no host candidate was gathered';
      this.status.finish(`Check complete: WebRTC is available; ${host}.`);
    } catch (error) {
      this.status.fail(`The host-candidate probe failed: ${describeError(error)}`);
    }
  }

  /** Clears the results. */
  reset(): void {
    this.support = null;
    this.audioCodecs = [];
    this.videoCodecs = [];
    this.hostAddress = null;
    this.status.reset();
  }
}
