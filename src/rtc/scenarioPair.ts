// The loopback scenarios the SDP labs negotiate: what peer A adds before its offer and what
// peer B does before its answer. The offer/answer itself is the pair's own `negotiate`.
import { openLoopback, type Loopback, type Negotiated } from './loopback';
import { openSyntheticMedia, type SyntheticMedia } from './syntheticMedia';
import type { Timeline } from './timeline';

/** Every scenario id, in the order a picker lists them. */
export const SDP_SCENARIO_IDS = [
  'data-only',
  'av-data',
  'simulcast',
  'recvonly',
  'reject-video',
] as const;

/** A scenario's id, as used by `data-input="scenario"` and the `scenario=` preset. */
export type SdpScenarioId = (typeof SDP_SCENARIO_IDS)[number];

/** A pair set up for a scenario, not negotiated yet; `loopback.close()` also stops its media. */
export interface ScenarioPair {
  loopback: Loopback;
  /** A offers, B answers (B adds what the scenario has it send first); resolves with the SDPs. */
  negotiate(signal?: AbortSignal): Promise<Negotiated>;
}

/** The browser's video codecs whose MIME type matches `pattern`, with RTX; null when none match. */
function videoCodecs(pattern: RegExp): RTCRtpCodec[] | null {
  const codecs = RTCRtpReceiver.getCapabilities('video')?.codecs ?? [];
  const chosen = codecs.filter((c) => pattern.test(c.mimeType));
  return chosen.length ? [...chosen, ...codecs.filter((c) => /rtx/i.test(c.mimeType))] : null;
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
 * Opens a loopback pair for scenario `id`: A's data channel "chat", then the tracks or
 * transceivers the scenario adds. Throws the browser's error if that fails (nothing stays open).
 */
export function openScenarioPair(id: SdpScenarioId, timeline?: Timeline): ScenarioPair {
  const loopback = openLoopback(timeline ? { timeline, channel: 'chat' } : { channel: 'chat' });
  let media: SyntheticMedia | null;
  try {
    media = prepareOfferer(loopback.a, id);
  } catch (error) {
    loopback.close();
    throw error;
  }
  if (media) loopback.adopt(() => media?.close());
  return {
    loopback,
    negotiate: (signal) =>
      loopback.negotiate({
        beforeAnswer: (b) => prepareAnswerer(b, id, media),
        ...(signal ? { signal } : {}),
      }),
  };
}
