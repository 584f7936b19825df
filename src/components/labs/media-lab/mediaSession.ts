// One run of the media lab: a source (synthetic or the camera), a loopback pair where A sends
// video and audio and B only receives, the codec preference applied before each offer, and the
// sender's limits (maxBitrate, scaleResolutionDownBy, scalabilityMode) applied with setParameters.
import { openLoopback, type Loopback, type Negotiated } from '~/rtc/loopback';
import { openSyntheticMedia, type SyntheticMedia } from '~/rtc/syntheticMedia';
import { preferCodec } from './codecChoice';
import { encodedTransformKind, pipeEncodedStreams, type FrameHook } from './encodedTransforms';

/** A TURN server to force the media through (iceTransportPolicy 'relay'). */
export interface RelaySettings {
  url: string;
  username: string;
  credential: string;
}

/** What the sender is asked to respect. */
export interface SenderLimits {
  /** kbit/s; null for no cap. */
  maxBitrateKbps: number | null;
  /** 1 = full size, 2 = half width and height… */
  scale: number;
  /** `L1T2`, `L1T3`, `L3T3`…; '' to leave it to the browser. */
  scalabilityMode: string;
}

/** An open pair sending media from A to B. */
export interface MediaSession {
  loopback: Loopback;
  local: MediaStream;
  /** What B receives, growing as its tracks arrive. */
  remote: MediaStream;
  video: RTCRtpTransceiver;
  /** Older Chromium only: where B's video frames are shown to the frame inspector. */
  frameHook: FrameHook | null;
  /**
   * Applies the codec preference (empty: the browser's order) and negotiates; `beforeAnswer`
   * runs once B has its receivers and before any media flows.
   */
  negotiate(codec: string, signal?: AbortSignal, beforeAnswer?: () => void): Promise<Negotiated>;
  close(): void;
}

/** Opens the source and the pair (not negotiated yet). `source` is opened before any peer. */
export async function openMediaSession(
  source: () => Promise<SyntheticMedia> | SyntheticMedia,
  relay: RelaySettings | null,
): Promise<MediaSession> {
  const media = await source();
  // Older Chromium exposes encoded frames only if the connection is created asking for them.
  const frameHook: FrameHook | null =
    encodedTransformKind() === 'encoded-streams' ? { current: null } : null;
  const config: RTCConfiguration & { encodedInsertableStreams?: boolean } = relay
    ? {
        iceServers: [{ urls: relay.url, username: relay.username, credential: relay.credential }],
        iceTransportPolicy: 'relay',
      }
    : {};
  if (frameHook) config.encodedInsertableStreams = true;
  let loopback: Loopback;
  try {
    loopback = openLoopback({ config });
  } catch (error) {
    media.close();
    throw error;
  }
  loopback.adopt(media.close);
  const { a, b } = loopback;
  const remote = new MediaStream();
  b.addEventListener('track', (event) => {
    remote.addTrack(event.track);
    if (frameHook) {
      const video = event.track.kind === 'video';
      pipeEncodedStreams(
        event.receiver,
        video ? (frame) => frameHook.current?.(frame) ?? true : undefined,
      );
    }
  });
  const [videoTrack] = media.stream.getVideoTracks();
  const video = a.addTransceiver(videoTrack ?? 'video', {
    direction: 'sendonly',
    streams: [media.stream],
  });
  for (const track of media.stream.getAudioTracks()) {
    a.addTransceiver(track, { direction: 'sendonly', streams: [media.stream] });
  }
  if (frameHook) for (const sender of a.getSenders()) pipeEncodedStreams(sender);
  return {
    loopback,
    local: media.stream,
    remote,
    video,
    frameHook,
    negotiate(codec, signal, beforeAnswer) {
      // An empty list gives the browser its own order back.
      if ('setCodecPreferences' in video)
        video.setCodecPreferences(codec ? preferCodec(codec) : []);
      return loopback.negotiate({
        ...(signal ? { signal } : {}),
        ...(beforeAnswer ? { beforeAnswer } : {}),
      });
    },
    close: () => loopback.close(),
  };
}

/** The synthetic source at a size that keeps the machine's encoder busy but not overloaded. */
export function syntheticSource(animate: boolean): SyntheticMedia {
  return openSyntheticMedia({ width: 640, height: 360, frameRate: 30, animate });
}

/**
 * Applies the limits to the video sender. Returns what the browser refused, in words ('' when it
 * took everything): a scalabilityMode it does not support is retried without one.
 */
export async function applySenderLimits(
  sender: RTCRtpSender,
  limits: SenderLimits,
): Promise<string> {
  const attempt = async (withMode: boolean) => {
    const parameters = sender.getParameters();
    const [encoding] = parameters.encodings;
    if (!encoding) return;
    if (limits.maxBitrateKbps) encoding.maxBitrate = Math.round(limits.maxBitrateKbps * 1000);
    else delete encoding.maxBitrate;
    encoding.scaleResolutionDownBy = limits.scale;
    const mode = encoding as RTCRtpEncodingParameters & { scalabilityMode?: string };
    if (withMode && limits.scalabilityMode) mode.scalabilityMode = limits.scalabilityMode;
    await sender.setParameters(parameters);
  };
  if (!limits.scalabilityMode) {
    await attempt(false);
    return '';
  }
  try {
    await attempt(true);
    return '';
  } catch (error) {
    await attempt(false);
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return `This browser refused scalabilityMode ${limits.scalabilityMode} for this codec (${reason}); the other limits were applied.`;
  }
}
