import type { Lab } from '../shared/lab';
import { LabStatus, describeError } from '../shared/labStatus.svelte';
import { openLoopback, type Loopback } from '~/rtc/loopback';
import { waitForRelayOutcome } from '~/rtc/relayOutcome';
import { createTimeline, type TimelineEntry } from '~/rtc/timeline';
import { bytesReceived, isAbort, withTimeout } from '~/rtc/wait';
import { parseCandidate } from '~/lib/ice/candidate';
import {
  MAX_ICE_SERVER_URL_LENGTH,
  parseIceServerUrl,
  formatIceServerUrl,
} from '~/lib/ice/ice-server-url';
import { DEV_TURN_SERVER, turnUrlFor } from '~/lib/turn/coturn';
import { findSelectedPair, type StatsRecord } from '~/lib/turn/relay-stats';
import type { IceCandidateErrorInfo, TurnFailure } from '~/lib/turn/turn-errors';
import {
  DEV_TURN_SECRET,
  explainCredentialFailure,
  turnRestSteps,
  type TurnRestSteps,
} from '~/lib/turn/restCredentialSteps';

/** Lifetimes the lab accepts, in seconds: up to a year either way. */
const MAX_LIFETIME = 365 * 24 * 3600;
/** What A sends through the relay once connected: 8 messages of 2 KiB. */
const MESSAGES = 8;
const MESSAGE_BYTES = 2048;

/** Time-limited TURN credentials computed in the page, then proved on a relay-only connection. */
export class TurnCredentialsLab implements Lab {
  readonly status = new LabStatus();
  secret = $state(DEV_TURN_SECRET);
  user = $state('learner');
  /** Seconds from now; negative puts the expiry in the past. */
  lifetime: number | null = $state(3600);
  url = $state(turnUrlFor(DEV_TURN_SERVER, 'udp'));
  steps: TurnRestSteps | null = $state(null);
  /** Why the inputs give no credentials (an impossible lifetime), or empty. */
  inputProblem = $state('');
  /** A's relayed address, `address:port`, once it has one. */
  relayCandidate: string | null = $state(null);
  bytesRelayed: number | null = $state(null);
  errors: IceCandidateErrorInfo[] = $state([]);
  /** `401`, `no-relay`, `timeout`…, empty unless the proof failed. */
  errorCode = $state('');
  entries: TimelineEntry[] = $state([]);
  #computed = '';
  #computing = 0;
  #loopback: Loopback | null = null;

  /** Recomputes the steps from the inputs, with the expiry counted from now; null when they are not valid. */
  async compute(): Promise<TurnRestSteps | null> {
    const ticket = ++this.#computing;
    const key = this.#inputs();
    const lifetime = this.lifetime;
    if (lifetime === null || !Number.isFinite(lifetime) || Math.abs(lifetime) > MAX_LIFETIME) {
      this.steps = null;
      this.#computed = key;
      this.inputProblem = `The lifetime must be a number of seconds between −${MAX_LIFETIME} and ${MAX_LIFETIME}.`;
      return null;
    }
    const steps = await turnRestSteps(this.secret, this.user.trim(), lifetime, Date.now());
    // A later call (the learner typed again, or the view's effect ran) owns what is shown.
    if (ticket === this.#computing) {
      this.inputProblem = '';
      this.steps = steps;
      this.#computed = key;
    }
    return steps;
  }

  /** The steps shown for the current inputs, computing them first when they are not shown yet. */
  async #shownSteps(): Promise<TurnRestSteps | null> {
    while (this.#computed !== this.#inputs()) {
      if ((await this.compute()) === null) return null;
    }
    return this.steps;
  }

  /** Opens a relay-only pair with the credentials shown, sends data through it, reads stats. */
  async run(): Promise<void> {
    this.#close();
    this.#clearProof();
    const steps = await this.#shownSteps();
    if (!steps) return this.#fail('bad-input', this.inputProblem);
    const parsed = parseIceServerUrl(this.url, 'turn');
    if (!parsed.ok) return this.#fail('bad-url', parsed.error.message);
    const url = formatIceServerUrl(parsed.url);
    const run = this.status.start(`Asking ${url} for a relay with ${steps.username}…`);
    const timeline = createTimeline((e) => this.entries.push(e));
    let loopback: Loopback;
    try {
      loopback = openLoopback({
        timeline,
        config: {
          iceServers: [{ urls: url, username: steps.username, credential: steps.password }],
          iceTransportPolicy: 'relay',
        },
        channel: 'with-rest-credentials',
      });
    } catch (error) {
      return this.#fail(
        'config',
        `The browser refused this configuration: ${describeError(error)}`,
      );
    }
    this.#loopback = loopback;
    const relays = new Map<RTCPeerConnection, number>();
    for (const [name, pc] of [
      ['A', loopback.a],
      ['B', loopback.b],
    ] as const) {
      pc.addEventListener('icecandidate', (e) => {
        const candidate = e.candidate && parseCandidate(e.candidate.candidate).candidate;
        if (!run.current || !candidate || candidate.type !== 'relay') return;
        relays.set(pc, (relays.get(pc) ?? 0) + 1);
        if (name === 'A') this.relayCandidate ??= `${candidate.address}:${candidate.port}`;
      });
      pc.addEventListener('icecandidateerror', (e) => {
        if (!run.current) return;
        const { errorCode, errorText, address, port } = e;
        this.errors.push({ peer: name, errorCode, errorText, url: e.url, address, port });
        timeline.record(name, 'icecandidateerror', `${errorCode} ${errorText}`);
      });
    }
    const started = timeline.elapsed();
    try {
      const channel = loopback.channel!;
      const received = bytesReceived(loopback.b, MESSAGES * MESSAGE_BYTES);
      const count = (pc: RTCPeerConnection) => relays.get(pc) ?? 0;
      const outcome = waitForRelayOutcome([loopback.a, loopback.b], channel, count, run.signal);
      const [, ended] = await Promise.all([loopback.negotiate({ signal: run.signal }), outcome]);
      if (!run.current) return;
      if (ended !== 'open') {
        const kind = ended === 'no-relay' ? 'errors' : ended;
        const waitedMs = timeline.elapsed() - started;
        const failure: TurnFailure = { kind, url, errors: this.errors, waitedMs };
        const { code, message } = explainCredentialFailure(failure, steps.expiresAt, Date.now());
        timeline.record('lab', 'refused', code);
        return this.#fail(code, message);
      }
      timeline.record('A', 'open', 'data channel through the relay');
      for (let i = 0; i < MESSAGES; i += 1) channel.send('c'.repeat(MESSAGE_BYTES));
      await withTimeout(received, 5_000, 'B did not receive all the data within 5 s.');
      const stats = await loopback.a.getStats();
      if (!run.current) return;
      const pair = findSelectedPair([...stats.values()] as StatsRecord[]);
      if (!pair)
        return this.#fail('no-pair', 'The channel opened but getStats() shows no selected pair.');
      this.bytesRelayed = pair.bytesRelayed;
      timeline.record('A', 'getStats', `${pair.bytesRelayed} bytes through ${pair.local.type}`);
      this.status.finish(
        `The server accepted ${steps.username}: A’s relayed address is ${this.relayCandidate}, and ` +
          `${pair.bytesRelayed} bytes went through the relay.`,
      );
    } catch (error) {
      if (run.current && !isAbort(error)) this.#fail('error', describeError(error));
    }
  }

  /** Closes both peers (the allocations are released) and clears the proof. */
  reset(): void {
    this.#close();
    this.#clearProof();
    this.status.reset('Lab reset: both peers closed, the TURN allocations released.');
  }

  /** Applies a URL preset: `secret`, `user`, `lifetime` (seconds, may be negative), `url`. */
  preset(params: URLSearchParams): void {
    const secret = params.get('secret');
    const user = params.get('user');
    const lifetime = params.get('lifetime');
    const url = params.get('url');
    if (secret !== null) this.secret = secret.slice(0, 256);
    if (user !== null) this.user = user.slice(0, 128);
    if (lifetime !== null && lifetime.trim() !== '') this.lifetime = Number(lifetime);
    if (url !== null) this.url = url.slice(0, MAX_ICE_SERVER_URL_LENGTH);
  }

  /** Releases everything when the lab leaves the page. */
  dispose(): void {
    this.#close();
  }

  #inputs(): string {
    return JSON.stringify([this.secret, this.user.trim(), this.lifetime]);
  }

  #fail(code: string, message: string): void {
    this.errorCode = code;
    this.#close();
    this.status.fail(message);
  }

  #clearProof(): void {
    this.relayCandidate = null;
    this.bytesRelayed = null;
    this.errors = [];
    this.errorCode = '';
    this.entries = [];
  }

  #close(): void {
    this.status.stop();
    this.#loopback?.close();
    this.#loopback = null;
  }
}
