// The loopback scenarios the SDP labs negotiate: what peer A adds before its offer, what peer B
// does before its answer. Shared by sdp-live and sdp-diff so both show the same descriptions.
import { withTimeout } from '../shared/labStatus.svelte';
import { openLoopback, type Loopback } from '~/rtc/loopback';
import { openSyntheticMedia, type SyntheticMedia } from '~/rtc/syntheticMedia';
import type { Timeline } from '~/rtc/timeline';

/** A scenario's id, as used by `data-input="scenario"` and the `scenario=` preset. */
export type SdpScenarioId = 'data-only' | 'av-data' | 'simulcast' | 'recvonly' | 'reject-video';

/** One scenario: its label and what it teaches. */
export interface SdpScenario {
  id: SdpScenarioId;
  label: string;
  does: string;
}

/** Every scenario, in the order the select lists them. */
export const SDP_SCENARIOS: readonly SdpScenario[] = [
  {
    id: 'data-only',
    label: 'Data channel only',
    does: 'A opens one data channel: one application section.',
  },
  {
    id: 'av-data',
    label: 'Audio + video + data',
    does: 'A sends a synthetic tone and moving pattern and opens a data channel; B sends its own tracks back.',
  },
  {
    id: 'simulcast',
    label: 'Simulcast video + data',
    does: 'A sends the synthetic video as three encodings (rids q, h, f at 1/4, 1/2 and full size) and opens a data channel.',
  },
  {
    id: 'recvonly',
    label: 'Receive only (audio + video) + data',
    does: 'A asks to receive audio and video but sends none; B has nothing to send either.',
  },
  {
    id: 'reject-video',
    label: 'Audio + video + data, no video codec in common',
    does: 'As audio + video + data, but A offers its video only as H.264 and B accepts video only as VP8 (both with setCodecPreferences): no codec in common, so the answer rejects the video section with port 0.',
  },
];

/** Whether `value` names a scenario. */
export function isScenarioId(value: string | null): value is SdpScenarioId {
  return SDP_SCENARIOS.some((s) => s.id === value);
}

/** A negotiated loopback pair with the descriptions it exchanged. */
export interface ScenarioRun {
  loopback: Loopback;
  offer: string;
  answer: string;
  /** A's data channel "chat", and B's end of it once it has arrived. */
  channel: RTCDataChannel | null;
  remoteChannel: RTCDataChannel | null;
  /** Closes the pair and the synthetic source. */
  close(): void;
}

const CONNECT_TIMEOUT_MS = 10_000;

/** Resolves once `pc` is connected; rejects when it fails or closes. */
export function connected(pc: RTCPeerConnection): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (pc.connectionState === 'connected') resolve();
      else if (pc.connectionState === 'failed' || pc.connectionState === 'closed') {
        reject(new Error(`The connection ended in state "${pc.connectionState}".`));
      } else return;
      pc.removeEventListener('connectionstatechange', check);
    };
    pc.addEventListener('connectionstatechange', check);
    check();
  });
}

/** Waits until both peers of a pair are connected, at most 10 s. */
export function bothConnected(loopback: Loopback): Promise<unknown> {
  return withTimeout(
    Promise.all([connected(loopback.a), connected(loopback.b)]),
    CONNECT_TIMEOUT_MS,
    'The two peers did not connect within 10 s.',
  );
}

/** Adds to A what the scenario offers; returns the source it opened, if any. */
function prepareOfferer(a: RTCPeerConnection, id: SdpScenarioId): SyntheticMedia | null {
  if (id === 'data-only') return null;
  if (id === 'recvonly') {
    a.addTransceiver('audio', { direction: 'recvonly' });
    a.addTransceiver('video', { direction: 'recvonly' });
    return null;
  }
  const media = openSyntheticMedia({ audio: id !== 'simulcast' });
  const { stream } = media;
  if (id === 'simulcast') {
    const [video] = stream.getVideoTracks();
    if (video) {
      a.addTransceiver(video, {
        streams: [stream],
        sendEncodings: [
          { rid: 'q', scaleResolutionDownBy: 4 },
          { rid: 'h', scaleResolutionDownBy: 2 },
          { rid: 'f' },
        ],
      });
    }
  } else {
    for (const track of stream.getTracks()) a.addTrack(track, stream);
  }
  if (id === 'reject-video') {
    const video = a.getTransceivers().find((t) => t.sender.track?.kind === 'video');
    video?.setCodecPreferences(videoCodecs(/H264/i) ?? videoCodecs(/VP9|AV1/i) ?? []);
  }
  return media;
}

/** The browser's video codecs whose MIME type matches `pattern`, with RTX; null when none match. */
function videoCodecs(pattern: RegExp): RTCRtpCodec[] | null {
  const codecs = RTCRtpReceiver.getCapabilities('video')?.codecs ?? [];
  const chosen = codecs.filter((c) => pattern.test(c.mimeType));
  return chosen.length ? [...chosen, ...codecs.filter((c) => /rtx/i.test(c.mimeType))] : null;
}

/** What B does between applying the offer and answering it. */
function prepareAnswerer(
  b: RTCPeerConnection,
  id: SdpScenarioId,
  media: SyntheticMedia | null,
): void {
  if (!media || (id !== 'av-data' && id !== 'reject-video')) return;
  // B sends the same synthetic tracks back: addTrack reuses the transceivers the offer created.
  for (const track of media.stream.getTracks()) b.addTrack(track, media.stream);
  if (id === 'reject-video') {
    // B accepts video only as VP8, which A did not offer: no codec in common rejects the section.
    const video = b.getTransceivers().find((t) => t.receiver.track.kind === 'video');
    video?.setCodecPreferences(videoCodecs(/VP8/i) ?? []);
  }
}

/**
 * Opens a loopback pair, negotiates the scenario (A offers, B answers) and waits until both
 * peers are connected. `onOpen` receives the run before anything can fail, so the caller owns
 * its `close()` and can show whatever was negotiated when a later step throws.
 */
export async function runScenario(
  timeline: Timeline,
  id: SdpScenarioId,
  onOpen: (run: ScenarioRun) => void,
): Promise<ScenarioRun> {
  const loopback = openLoopback({ timeline });
  let media: SyntheticMedia | null = null;
  const run: ScenarioRun = {
    loopback,
    offer: '',
    answer: '',
    channel: null,
    remoteChannel: null,
    close() {
      loopback.close();
      media?.close();
    },
  };
  onOpen(run);
  const { a, b } = loopback;
  b.addEventListener('datachannel', (e) => (run.remoteChannel = e.channel), { once: true });
  run.channel = a.createDataChannel('chat');
  media = prepareOfferer(a, id);
  const offer = await a.createOffer();
  await a.setLocalDescription(offer);
  timeline.record('A', 'setLocalDescription', 'offer');
  run.offer = offer.sdp ?? '';
  await b.setRemoteDescription(offer);
  timeline.record('B', 'setRemoteDescription', 'offer');
  prepareAnswerer(b, id, media);
  const answer = await b.createAnswer();
  await b.setLocalDescription(answer);
  timeline.record('B', 'setLocalDescription', 'answer');
  run.answer = answer.sdp ?? '';
  await a.setRemoteDescription(answer);
  timeline.record('A', 'setRemoteDescription', 'answer');
  await bothConnected(loopback);
  return run;
}
