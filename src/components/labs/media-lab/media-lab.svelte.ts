import type { Lab } from '../shared/lab';
import { LabStatus, describeError } from '../shared/labStatus.svelte';
import { untilPainted } from '../shared/untilPainted';
import { bothConnected, isAbort, withTimeout } from '~/rtc/wait';
import { StatsRecording } from '~/lib/stats/course-export';
import { mediaRatesBetween, type MediaRates } from '~/lib/stats/media-rates';
import {
  readReceiveSnapshot,
  readSendSnapshot,
  type ReceiveSnapshot,
  type SendSnapshot,
} from '~/lib/stats/media-stats';
import { openCamera } from './cameraSource';
import { videoCodecChoices, type CodecChoice } from './codecChoice';
import { FrameInspector } from './frameInspector.svelte';
import { MediaSettings } from './mediaSettings.svelte';
import { appendPoint, emptySeries, type MediaSeries } from './mediaSeries';
import {
  applySenderLimits,
  openMediaSession,
  syntheticSource,
  type MediaSession,
} from './mediaSession';
import { videoPayloadOrder, type OfferedPayload } from './offerPayloads';

/** Media must flow this long, with bitrate and frames, before the run counts as done. */
export const FLOW_MS = 3000;
const POLL_MS = 1000;

/** A codec change the stats showed: at which second of the run, from what to what. */
export interface CodecChange {
  second: number;
  from: string;
  to: string;
}

/** Video and audio from A to B in this page, read from getStats() every second. */
export class MediaLabLab implements Lab {
  readonly status = new LabStatus();
  readonly settings = new MediaSettings();
  readonly inspector = new FrameInspector();
  codecs: CodecChoice[] = $state([]);
  local: MediaStream | null = $state.raw(null);
  remote: MediaStream | null = $state.raw(null);
  offerOrder: OfferedPayload[] = $state([]);
  sent: SendSnapshot | null = $state.raw(null);
  received: ReceiveSnapshot | null = $state.raw(null);
  rates: MediaRates | null = $state.raw(null);
  series: MediaSeries = $state.raw(emptySeries());
  codecChanges: CodecChange[] = $state([]);
  /** Charts frozen (the figures beside them keep moving). */
  paused = $state(false);
  /** What the browser refused of the sender's limits, in words. */
  limitsNote = $state('');
  readonly #recording = new StatsRecording('media-lab');
  #session: MediaSession | null = null;
  #timer: ReturnType<typeof setInterval> | undefined;
  #startedAt = 0;
  #flowing: (() => void) | null = null;

  /** The open session, for the frame inspector. */
  get session(): MediaSession | null {
    return this.#session;
  }

  /** Reads what this browser offers (called once the view is in a browser). */
  detect(): void {
    this.codecs = videoCodecChoices();
    this.inspector.detect();
  }

  /** Opens the source and the pair, sends for a few seconds, and stays live until reset. */
  async run(): Promise<void> {
    this.#clear();
    if (this.codecs.length === 0) this.detect();
    const run = this.status.start('Opening the source and two peers…');
    await untilPainted();
    if (!run.current) return;
    const { settings } = this;
    try {
      const source = settings.camera ? openCamera : () => syntheticSource(!settings.reducedMotion);
      const session = await openMediaSession(
        source,
        settings.relay ? settings.relaySettings() : null,
      );
      if (!run.current) return session.close();
      this.#session = session;
      this.local = session.local;
      this.remote = session.remote;
      await this.inspector.load();
      const { offer } = await session.negotiate(settings.codec, run.signal, () =>
        this.inspector.prepare(session),
      );
      this.offerOrder = videoPayloadOrder(offer);
      await bothConnected(
        session.loopback.a,
        session.loopback.b,
        settings.relay ? 15_000 : 10_000,
        run.signal,
      );
      this.limitsNote = await applySenderLimits(session.video.sender, settings.limits());
      if (!run.current) return;
      this.status.announcement = 'Connected; waiting for media to flow for a few seconds…';
      const flowing = new Promise<void>((resolve) => (this.#flowing = resolve));
      this.#startPolling();
      await withTimeout(
        flowing,
        20_000,
        'Connected, but no video frames arrived at B within 20 s.',
      );
      if (!run.current) return;
      const kbps = Math.round(this.rates?.receivedKbps ?? 0);
      this.status.finish(
        `Media flowing: ${kbps} kbit/s of ${this.sent?.videoCodec ?? 'video'} at ${Math.round(this.rates?.fps ?? 0)} frames per second.`,
      );
    } catch (error) {
      if (!run.current || isAbort(error)) return;
      const relay = settings.relay
        ? ' Through the relay: is the TURN server running (npm run turn), and are its URL and credentials right?'
        : '';
      this.#close();
      this.status.fail(describeError(error) + relay);
    }
  }

  /** Switches the video codec of a running pair: new preference, new offer and answer. */
  async changeCodec(name: string): Promise<void> {
    this.settings.codec = name;
    const session = this.#session;
    if (!session || this.status.phase !== 'done') return;
    try {
      const { offer } = await session.negotiate(name);
      this.offerOrder = videoPayloadOrder(offer);
    } catch (error) {
      this.status.fail(describeError(error), 'codec');
    }
  }

  /** Applies the bitrate cap, scale and scalability mode to a running sender. */
  async applyLimits(): Promise<void> {
    const session = this.#session;
    if (!session || this.status.phase !== 'done') return;
    try {
      this.limitsNote = await applySenderLimits(session.video.sender, this.settings.limits());
    } catch (error) {
      this.status.fail(describeError(error), 'apply-limits');
    }
  }

  /** Closes both peers, stops every track and clears the figures. */
  reset(): void {
    this.#clear();
    this.status.reset('Lab reset: both peers closed, every track stopped.');
  }

  /** Applies a URL preset: codec, maxBitrate, scale, scalability, relay, turn. */
  preset(params: URLSearchParams): void {
    this.settings.preset(params);
  }

  /** Releases everything when the lab leaves the page. */
  dispose(): void {
    this.status.stop();
    this.#close();
  }

  #startPolling(): void {
    this.#startedAt = performance.now();
    let busy = false;
    this.#timer = setInterval(() => {
      if (busy) return;
      busy = true;
      // A poll that races a reset reads a closed connection: nothing to show.
      void this.#poll()
        .catch(() => {})
        .finally(() => (busy = false));
    }, POLL_MS);
  }

  async #poll(): Promise<void> {
    const session = this.#session;
    if (!session) return;
    const [a, b] = await Promise.all([
      session.loopback.a.getStats(),
      session.loopback.b.getStats(),
    ]);
    if (session !== this.#session) return;
    const now = Date.now();
    this.#recording.add('A (sender)', now, a.values());
    this.#recording.add('B (receiver)', now, b.values());
    const sent = readSendSnapshot(a.values());
    const received = readReceiveSnapshot(b.values());
    const second = Math.round((performance.now() - this.#startedAt) / 1000);
    if (this.sent?.videoCodec && sent.videoCodec && sent.videoCodec !== this.sent.videoCodec) {
      this.codecChanges = [
        ...this.codecChanges,
        { second, from: this.sent.videoCodec, to: sent.videoCodec },
      ];
    }
    const rates =
      this.sent && this.received
        ? mediaRatesBetween([this.sent, sent], [this.received, received])
        : null;
    this.sent = sent;
    this.received = received;
    if (!rates) return;
    this.rates = rates;
    if (!this.paused) {
      this.series = appendPoint(this.series, second, {
        sentKbps: rates.sentKbps,
        receivedKbps: rates.receivedKbps,
        estimateKbps: sent.availableOutgoingKbps,
        fps: rates.fps,
        lost: rates.lostPerSecond,
        nacks: rates.nacksPerSecond,
        plis: rates.plisPerSecond,
        rttMs: sent.rttMs,
        jitterMs: received.jitterMs,
      });
    }
    const flowed = performance.now() - this.#startedAt >= FLOW_MS;
    if (flowed && (rates.receivedKbps ?? 0) > 0 && (rates.fps ?? 0) > 0) {
      this.#flowing?.();
      this.#flowing = null;
    }
  }

  #clear(): void {
    this.#close();
    this.offerOrder = [];
    this.sent = null;
    this.received = null;
    this.rates = null;
    this.series = emptySeries();
    this.codecChanges = [];
    this.limitsNote = '';
    this.#recording.clear();
  }

  /** The run's getStats() samples as the course's stats export (JSON), for /tools/stats/. */
  exportStats(): string | undefined {
    const file = this.#recording.toExport(navigator.userAgent);
    return file === undefined ? undefined : JSON.stringify(file);
  }

  #close(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    this.#flowing = null;
    this.inspector.close();
    this.#session?.close();
    this.#session = null;
    this.local = null;
    this.remote = null;
  }
}
