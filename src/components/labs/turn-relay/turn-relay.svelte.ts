import type { Lab } from '../shared/lab';
import { LabStatus, describeError } from '../shared/labStatus.svelte';
import { waitForRelayOutcome } from '~/rtc/relayOutcome';
import { openLoopback, type Loopback } from '~/rtc/loopback';
import { createTimeline, type TimelineEntry } from '~/rtc/timeline';
import { bytesReceived, isAbort, withTimeout } from '~/rtc/wait';
import { parseCandidate } from '~/lib/ice/candidate';
import { decodeCandidatePriority } from '~/lib/ice/priority';
import { DEV_TURN_SERVER, turnUrlFor } from '~/lib/turn/coturn';
import { findSelectedPair, type SelectedPair, type StatsRecord } from '~/lib/turn/relay-stats';
import { explainTurnFailure, type IceCandidateErrorInfo } from '~/lib/turn/turn-errors';
import {
  formatIceServerUrl,
  MAX_ICE_SERVER_URL_LENGTH,
  parseIceServerUrl,
} from '~/lib/ice/ice-server-url';

/** A relay candidate one peer gathered, with its priority decoded. */
export interface RelayCandidateRow {
  peer: string;
  line: string;
  address: string;
  port: number;
  protocol: string;
  /** How the browser reaches the TURN server for this candidate (udp, tcp, tls), once known. */
  relayProtocol: string;
  priority: number;
  typePreference: number;
  localPreference: number;
  component: number;
}

/** The payload A sends through the relay: 16 messages of 4 KiB. */
const MESSAGES = 16;
const MESSAGE_BYTES = 4096;

/** A relay-only connection between two peers in this page, through a TURN server. */
export class TurnRelayLab implements Lab {
  readonly status = new LabStatus();
  url = $state(turnUrlFor(DEV_TURN_SERVER, 'udp'));
  username = $state(DEV_TURN_SERVER.username);
  credential = $state(DEV_TURN_SERVER.password);
  /** The URL as handed to the browser, once the lab ran. */
  usedUrl = $state('');
  warnings: string[] = $state([]);
  candidates: RelayCandidateRow[] = $state([]);
  errors: IceCandidateErrorInfo[] = $state([]);
  pair: SelectedPair | null = $state(null);
  openMs: number | null = $state(null);
  delivered: number | null = $state(null);
  /** The failure's code (`401`, `701`, `timeout`...), empty unless the lab ended in error. */
  errorCode = $state('');
  entries: TimelineEntry[] = $state([]);
  #loopback: Loopback | null = null;

  /** Gathers relay candidates on both peers, connects them through the server, sends data, reads stats. */
  async run(): Promise<void> {
    this.#close();
    this.#clear();
    const parsed = parseIceServerUrl(this.url, 'turn');
    if (!parsed.ok) return this.#fail('bad-url', parsed.error.message);
    if (this.username.trim() === '' || this.credential === '') {
      return this.#fail(
        'no-credentials',
        'A TURN server needs a username and a credential (its password); both fields must be filled in.',
      );
    }
    const url = formatIceServerUrl(parsed.url);
    this.usedUrl = url;
    this.warnings = parsed.warnings.map((warning) => warning.message);
    const run = this.status.start(`Asking ${url} for relay candidates…`);
    const timeline = createTimeline((e) => this.entries.push(e));
    let loopback: Loopback;
    try {
      loopback = openLoopback({
        timeline,
        config: {
          iceServers: [{ urls: url, username: this.username.trim(), credential: this.credential }],
          iceTransportPolicy: 'relay',
        },
        channel: 'through-turn',
      });
    } catch (error) {
      return this.#fail(
        'config',
        `The browser refused this configuration: ${describeError(error)}`,
      );
    }
    this.#loopback = loopback;
    const relays = new Map<RTCPeerConnection, number>([
      [loopback.a, 0],
      [loopback.b, 0],
    ]);
    for (const [name, pc] of [
      ['A', loopback.a],
      ['B', loopback.b],
    ] as const) {
      pc.addEventListener('icecandidate', (e) => {
        if (!e.candidate || !run.current) return;
        const row = toRow(name, e.candidate);
        if (!row) return;
        relays.set(pc, (relays.get(pc) ?? 0) + 1);
        this.candidates.push(row);
      });
      pc.addEventListener('icecandidateerror', (e) => {
        if (!run.current) return;
        this.errors.push({
          peer: name,
          errorCode: e.errorCode,
          errorText: e.errorText,
          url: e.url,
          address: e.address,
          port: e.port,
        });
      });
    }
    const started = timeline.elapsed();
    try {
      const channel = loopback.channel!;
      const received = bytesReceived(loopback.b, MESSAGES * MESSAGE_BYTES);
      const outcome = waitForRelayOutcome(
        [loopback.a, loopback.b],
        channel,
        (pc) => relays.get(pc) ?? 0,
        run.signal,
      );
      // Awaited together: a reset rejects both, and neither rejection may go unhandled.
      const [, ended] = await Promise.all([loopback.negotiate({ signal: run.signal }), outcome]);
      if (!run.current) return;
      if (ended !== 'open') {
        const kind =
          ended === 'checks-failed' ? 'checks-failed' : ended === 'timeout' ? 'timeout' : 'errors';
        const waitedMs = timeline.elapsed() - started;
        const { code, message } = explainTurnFailure({ kind, url, errors: this.errors, waitedMs });
        timeline.record('lab', 'failed', code);
        return this.#fail(code, message);
      }
      this.openMs = timeline.record('A', 'open', 'data channel "through-turn", relay only').t;
      this.status.announcement = `Connected through the relay in ${this.openMs.toFixed(0)} ms; sending data…`;
      const payload = 'r'.repeat(MESSAGE_BYTES);
      for (let i = 0; i < MESSAGES; i += 1) channel.send(payload);
      timeline.record('A', 'send', `${MESSAGES} messages of ${MESSAGE_BYTES} bytes`);
      this.delivered = await withTimeout(
        received,
        5_000,
        'B did not receive all the data within 5 s.',
      );
      timeline.record('B', 'message', `${this.delivered} bytes received`);
      const [statsA, statsB] = await Promise.all([loopback.a.getStats(), loopback.b.getStats()]);
      if (!run.current) return;
      const records = [...statsA.values()] as StatsRecord[];
      this.pair = findSelectedPair(records) ?? null;
      this.#fillRelayProtocols([...records, ...([...statsB.values()] as StatsRecord[])]);
      if (!this.pair)
        return this.#fail(
          'no-pair',
          'The channel opened but getStats() shows no selected candidate pair.',
        );
      timeline.record(
        'A',
        'getStats',
        `selected pair ${this.pair.local.type} ↔ ${this.pair.remote.type}`,
      );
      this.status.finish(
        `Connected through the TURN server in ${this.openMs.toFixed(0)} ms: local ${this.pair.local.type}, ` +
          `remote ${this.pair.remote.type}, ${this.pair.bytesRelayed} bytes relayed.`,
      );
    } catch (error) {
      if (run.current && !isAbort(error)) this.#fail('error', describeError(error));
    }
  }

  /** Closes both peers (their allocations are released) and clears the results. */
  reset(): void {
    this.#close();
    this.#clear();
    this.status.reset('Lab reset: both peers closed, the TURN allocations released.');
  }

  /** Applies a URL preset: `url`, `username`, `credential` (development servers only). */
  preset(params: URLSearchParams): void {
    const url = params.get('url');
    const username = params.get('username');
    const credential = params.get('credential');
    if (url !== null) this.url = url.slice(0, MAX_ICE_SERVER_URL_LENGTH);
    if (username !== null) this.username = username.slice(0, 256);
    if (credential !== null) this.credential = credential.slice(0, 256);
  }

  /** Releases everything when the lab leaves the page. */
  dispose(): void {
    this.#close();
  }

  #fail(code: string, message: string): void {
    this.errorCode = code;
    this.#close();
    this.status.fail(message);
  }

  #fillRelayProtocols(records: readonly StatsRecord[]): void {
    for (const record of records) {
      if (record.type !== 'local-candidate' || typeof record['relayProtocol'] !== 'string')
        continue;
      const address = record['address'] ?? record['ip'];
      for (const row of this.candidates) {
        if (row.address === address && row.port === record['port'])
          row.relayProtocol = record['relayProtocol'];
      }
    }
  }

  #clear(): void {
    this.candidates = [];
    this.errors = [];
    this.warnings = [];
    this.pair = null;
    this.openMs = null;
    this.delivered = null;
    this.errorCode = '';
    this.usedUrl = '';
    this.entries = [];
  }

  /** Stops the current run (its waits reject, its late results are dropped) and closes both peers. */
  #close(): void {
    this.status.stop();
    this.#loopback?.close();
    this.#loopback = null;
  }
}

/** A relay candidate as a table row, or `undefined` for any other type. */
function toRow(peer: string, candidate: RTCIceCandidate): RelayCandidateRow | undefined {
  const parsed = parseCandidate(candidate.candidate).candidate;
  if (!parsed || parsed.type !== 'relay') return undefined;
  const parts = decodeCandidatePriority(parsed.priority);
  // RTCIceCandidate.relayProtocol is in the spec but not in every browser (nor in TypeScript's DOM types).
  const relayProtocol =
    (candidate as RTCIceCandidate & { relayProtocol?: string | null }).relayProtocol ?? '';
  return {
    peer,
    line: candidate.candidate,
    address: parsed.address,
    port: parsed.port,
    protocol: parsed.transport,
    relayProtocol,
    priority: parsed.priority,
    typePreference: parts.typePreference,
    localPreference: parts.localPreference,
    component: parts.componentId,
  };
}
