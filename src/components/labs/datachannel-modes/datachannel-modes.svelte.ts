import type { Lab } from '../shared/lab';
import { LabStatus, describeError } from '../shared/labStatus.svelte';
import { untilPainted } from '../shared/untilPainted';
import { openLoopback, type Loopback } from '~/rtc/loopback';
import { channelOpen, isAbort, withTimeout } from '~/rtc/wait';
import {
  DEFAULT_CHOICE,
  boundedInteger,
  channelInit,
  choiceFromParams,
  type ChannelChoice,
} from '~/lib/datachannel/channelOptions';
import { readMaxMessageSize } from '~/lib/datachannel/maxMessageSize';
import { mebibytes, median, megabitsPerSecond, percent } from '~/lib/datachannel/rates';
import { browserError, explainBothLimits } from '~/lib/datachannel/refusals';
import { describeStreamId, type DtlsRole, type StreamIdRule } from '~/lib/datachannel/streamIds';
import { planTransfer } from '~/lib/datachannel/transferPlan';
import { dtlsRoleOf } from './dtlsRoles';
import { ProbeResults } from './probeResults.svelte';
import { echoTexts, measureRoundTrips } from './roundTrips';
import { ByteCounter, delivered, pump } from './transfer';

const OPEN_TIMEOUT_MS = 10_000;
/** Round trips measured before the transfer (an odd count: the median is one of them). */
const PINGS = 21;
/** How often the progress is compared with what is drawn. */
const PROGRESS_CHECK_MS = 100;
/** The largest transfer offered, in MiB. */
export const MAX_SIZE_MIB = 256;

/** What the connection itself says about the channel's limits and ids. */
export interface ChannelFacts {
  /** A's limit as the answer's SDP announces it, and whether the attribute was there. */
  sdpMaxMessageSize: number;
  announced: boolean;
  /** pc.sctp.maxMessageSize on A (null when the browser has no RTCSctpTransport). */
  apiMaxMessageSize: number | null;
  roles: { a: DtlsRole; b: DtlsRole };
  answerSetup: string | null;
  streamId: number | null;
  /** The id of a channel B opens through DCEP, to show the other parity. */
  bStreamId: number | null;
  rule: StreamIdRule | null;
}

/** Data channel options, a timed transfer with back-pressure, and the browser's refusals. */
export class DatachannelModesLab implements Lab {
  readonly status = new LabStatus();
  readonly probes = new ProbeResults();
  choice: ChannelChoice = $state({ ...DEFAULT_CHOICE });
  sizeMiB = $state(32);
  facts: ChannelFacts | null = $state(null);
  /** Percent of the bytes received, written at most once per animation frame. */
  progress = $state(0);
  receivedBytes = $state(0);
  totalBytes = $state(0);
  throughputMbps: number | null = $state(null);
  transferMs: number | null = $state(null);
  latencyMs: number | null = $state(null);
  pingsAnswered: number | null = $state(null);
  #loopback: Loopback | null = null;
  #channel: RTCDataChannel | null = null;
  #counter: ByteCounter | null = null;
  #frame = 0;
  #timer: ReturnType<typeof setInterval> | undefined;

  /** Whether the probes may act: a run has opened the channel. */
  get channelReady(): boolean {
    return this.facts !== null && this.#channel?.readyState === 'open';
  }

  /** Opens the pair with the chosen channel, measures round trips, then moves the bytes. */
  async run(): Promise<void> {
    this.#clear();
    const run = this.status.start('Opening two peers and the data channel…');
    await untilPainted();
    if (!run.current) return;
    const choice = $state.snapshot(this.choice);
    const loopback = openLoopback();
    this.#loopback = loopback;
    let channel: RTCDataChannel;
    let remote: RTCDataChannel | Promise<RTCDataChannel>;
    try {
      channel = loopback.a.createDataChannel('transfer', channelInit(choice));
      remote = choice.negotiated
        ? loopback.b.createDataChannel('transfer', channelInit(choice))
        : loopback.remoteChannel;
    } catch (error) {
      this.#close();
      if (choice.reliability === 'both') {
        this.status.fail(explainBothLimits(browserError(error)));
      } else {
        this.status.fail(`The browser refused these options: ${describeError(error)}`);
      }
      return;
    }
    if (choice.reliability === 'both') {
      this.#close();
      this.status.fail(explainBothLimits(null));
      return;
    }
    this.#channel = channel;
    try {
      const [{ answer }] = await Promise.all([
        loopback.negotiate({ signal: run.signal }),
        withTimeout(channelOpen(channel, run.signal), OPEN_TIMEOUT_MS, 'The channel did not open.'),
      ]);
      const receiver = await remote;
      await withTimeout(channelOpen(receiver, run.signal), OPEN_TIMEOUT_MS, 'B never opened.');
      this.#counter = new ByteCounter(receiver);
      loopback.adopt(echoTexts(receiver));
      this.facts = await this.#readFacts(loopback, channel, answer, choice.negotiated);
      if (!run.current) return;

      this.status.announcement = 'Channel open; measuring round trips.';
      const trips = await measureRoundTrips(channel, PINGS, run.signal);
      this.latencyMs = median(trips);
      this.pingsAnswered = trips.length;

      const total = mebibytes(this.sizeMiB);
      const plan = planTransfer(
        total,
        this.facts.apiMaxMessageSize ?? this.facts.sdpMaxMessageSize,
      );
      this.totalBytes = total;
      this.status.announcement = `Sending ${this.sizeMiB} MiB.`;
      const counter = this.#counter;
      const start = performance.now();
      counter.received = 0;
      this.#watchProgress(counter, total);
      let sendingDone = false;
      const arrived = delivered(counter, total, channel, () => sendingDone, run.signal);
      await pump(channel, plan, run.signal);
      sendingDone = true;
      await arrived;
      if (!run.current) return;
      this.#stopWatching();
      this.#show(counter, total, counter.lastAt - start);
      this.status.finish(
        `Moved ${(this.receivedBytes / 1048576).toFixed(1)} MiB at ${this.throughputMbps?.toFixed(0) ?? '—'} Mbit/s; median round trip ${this.latencyMs?.toFixed(2) ?? '—'} ms.`,
      );
    } catch (error) {
      this.#stopWatching();
      if (run.current && !isAbort(error)) this.status.fail(describeError(error));
    }
  }

  /** Sends one message one byte over pc.sctp.maxMessageSize (see ProbeResults). */
  sendOverLimit(): void {
    if (!this.#channel || !this.facts) return;
    this.probes.overLimit(
      this.#channel,
      this.facts.apiMaxMessageSize ?? this.facts.sdpMaxMessageSize,
    );
  }

  /** Queues past the browser's buffer without waiting (see ProbeResults). */
  overfill(): void {
    if (this.#channel) this.probes.overfill(this.#channel);
  }

  /** Closes both peers and clears the results. */
  reset(): void {
    this.#clear();
    this.status.reset('Lab reset: both peers closed.');
  }

  /** URL preset: mode, maxRetransmits, maxPacketLifeTime, negotiated, id, size (MiB). */
  preset(params: URLSearchParams): void {
    this.choice = choiceFromParams((name) => params.get(name));
    this.sizeMiB = boundedInteger(params.get('size'), 1, MAX_SIZE_MIB, this.sizeMiB);
  }

  /** Releases everything when the lab leaves the page. */
  dispose(): void {
    this.status.stop();
    this.#close();
  }

  async #readFacts(
    loopback: Loopback,
    channel: RTCDataChannel,
    answer: string,
    negotiated: boolean,
  ): Promise<ChannelFacts> {
    const fromB = loopback.b.createDataChannel('from-b');
    const [a, b] = await Promise.all([
      dtlsRoleOf(loopback.a),
      dtlsRoleOf(loopback.b),
      withTimeout(channelOpen(fromB), OPEN_TIMEOUT_MS, "B's channel did not open."),
    ]);
    const sdp = readMaxMessageSize(answer);
    const roles = { a, b };
    return {
      sdpMaxMessageSize: sdp.bytes,
      announced: sdp.announced,
      apiMaxMessageSize: loopback.a.sctp?.maxMessageSize ?? null,
      roles,
      answerSetup: /^a=setup:(\w+)/m.exec(answer)?.[1] ?? null,
      streamId: channel.id,
      bStreamId: fromB.id,
      rule: channel.id === null ? null : describeStreamId(channel.id, negotiated, roles),
    };
  }

  // The progress bar follows the counter through a cheap timer that asks for a frame only when a
  // new whole percent is due: at most one update per animation frame (and 10 a second), and no
  // frame at all in between. Asking for a frame on every vsync instead kept the page's main
  // thread busy painting for the whole transfer (Chromium trace: 506 frames against 124, idle
  // time near zero) and cost the transfer about a fifth of the bare script's throughput.
  #watchProgress(counter: ByteCounter, total: number): void {
    this.#timer = setInterval(() => {
      if (this.#frame !== 0 || percent(counter.received, total) === this.progress) return;
      this.#frame = requestAnimationFrame(() => {
        this.#frame = 0;
        this.progress = percent(counter.received, total);
        this.receivedBytes = counter.received;
      });
    }, PROGRESS_CHECK_MS);
  }

  #stopWatching(): void {
    clearInterval(this.#timer);
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  #show(counter: ByteCounter, total: number, ms: number): void {
    this.receivedBytes = Math.min(counter.received, total);
    this.progress = percent(this.receivedBytes, total);
    this.transferMs = ms;
    this.throughputMbps = megabitsPerSecond(this.receivedBytes, ms);
  }

  #clear(): void {
    this.#stopWatching();
    this.#close();
    this.facts = null;
    this.progress = 0;
    this.receivedBytes = 0;
    this.totalBytes = 0;
    this.throughputMbps = null;
    this.transferMs = null;
    this.latencyMs = null;
    this.pingsAnswered = null;
    this.probes.clear();
  }

  #close(): void {
    this.#stopWatching();
    this.#counter?.stop();
    this.#counter = null;
    this.#channel = null;
    this.#loopback?.close();
    this.#loopback = null;
  }
}
