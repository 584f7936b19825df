// What the learner chose before or during a run: source, codec, sender limits, relay.
import { DEV_TURN_SERVER, turnUrlFor } from '~/lib/turn/coturn';
import type { RelaySettings, SenderLimits } from './mediaSession';

/** Resolution scales offered (scaleResolutionDownBy). */
export const SCALES = [1, 2, 4] as const;

/** Scalability modes offered (W3C webrtc-svc); '' leaves the choice to the browser. */
export const SCALABILITY_MODES = ['', 'L1T1', 'L1T2', 'L1T3', 'L3T3'] as const;

/** The media lab's settings, each a `data-input` of the view and a preset parameter. */
export class MediaSettings {
  camera = $state(false);
  codec = $state('');
  /** kbit/s; null: no cap. */
  maxBitrateKbps: number | null = $state(null);
  scale = $state(1);
  scalabilityMode = $state('');
  relay = $state(false);
  turnUrl = $state(turnUrlFor(DEV_TURN_SERVER, 'udp'));
  turnUsername = $state(DEV_TURN_SERVER.username);
  turnCredential = $state(DEV_TURN_SERVER.password);
  /** The synthetic pattern stands still when the learner asks for less motion. */
  reducedMotion = $state(false);

  /** The sender limits as mediaSession takes them. */
  limits(): SenderLimits {
    return {
      maxBitrateKbps: this.maxBitrateKbps && this.maxBitrateKbps > 0 ? this.maxBitrateKbps : null,
      scale: this.scale,
      scalabilityMode: this.scalabilityMode,
    };
  }

  /** The TURN server as typed. */
  relaySettings(): RelaySettings {
    return {
      url: this.turnUrl.trim(),
      username: this.turnUsername,
      credential: this.turnCredential,
    };
  }

  /** `codec=VP9`, `maxBitrate=300` (kbit/s), `scale=2`, `scalability=L1T3`, `relay=1`, `url=` (a TURN URL), `username=`, `credential=` */
  preset(params: URLSearchParams): void {
    const codec = params.get('codec');
    if (codec && /^[A-Za-z0-9-]{2,16}$/.test(codec)) this.codec = codec.toUpperCase();
    const max = Number(params.get('maxBitrate'));
    if (Number.isFinite(max) && max > 0) this.maxBitrateKbps = Math.min(Math.round(max), 50_000);
    const scale = Number(params.get('scale'));
    if ((SCALES as readonly number[]).includes(scale)) this.scale = scale;
    const mode = params.get('scalability') ?? '';
    if ((SCALABILITY_MODES as readonly string[]).includes(mode)) this.scalabilityMode = mode;
    if (params.get('relay') === '1') this.relay = true;
    const turn = params.get('url');
    if (turn && /^turns?:/.test(turn)) this.turnUrl = turn.slice(0, 512);
    for (const [name, field] of [
      ['username', 'turnUsername'],
      ['credential', 'turnCredential'],
    ] as const) {
      const value = params.get(name);
      if (value) this[field] = value.slice(0, 256);
    }
  }
}
