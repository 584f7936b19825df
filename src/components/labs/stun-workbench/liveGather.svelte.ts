import type { parseCandidate as ParseCandidate } from '~/lib/ice/candidate';
import { closePeerConnection, createPeerConnection } from '~/rtc/registry';
import { NO_WEBRTC_MESSAGE } from '~/rtc/support';
import { gatheringComplete } from '~/rtc/wait';
import { describeError, type LabStatus } from '../shared/labStatus.svelte';

/** The workbench gives up after this long; the lab must end within 10 s (the brief). */
export const GATHER_TIMEOUT_MS = 8_000;

/** A candidate the browser gathered, as the table shows it. */
export interface GatheredCandidate {
  type: string;
  protocol: string;
  address: string;
  port: number;
  relatedAddress: string;
  relatedPort: number | undefined;
  line: string;
}

/** An icecandidateerror event, as the browser reported it. */
export interface GatherError {
  code: number;
  text: string;
  url: string;
}

/** What the STUN server saw, for the privacy explanation. */
export interface ServerView {
  host: string;
  port: number;
  at: string;
}

/**
 * Opt-in live gathering: one RTCPeerConnection with the single STUN server the learner typed,
 * opened only when asked, closed as soon as gathering ends or times out.
 */
export class LiveGather {
  url = $state('');
  candidates: GatheredCandidate[] = $state([]);
  errors: GatherError[] = $state([]);
  elapsedMs: number | null = $state(null);
  server: ServerView | null = $state(null);
  gathering = $state(false);
  #pc: RTCPeerConnection | null = null;
  readonly #status: LabStatus;

  constructor(status: LabStatus) {
    this.#status = status;
  }

  /** The server-reflexive candidates: the address the server saw. */
  get srflx(): GatheredCandidate[] {
    return this.candidates.filter((c) => c.type === 'srflx');
  }

  /** Asks the server for this browser's public address; ends within GATHER_TIMEOUT_MS. */
  async gather(): Promise<void> {
    this.close();
    this.#clear();
    const run = this.#status.start('Checking the server URL…');
    // The parsers load with the first gathering: most learners only build and decode.
    const [{ formatIceServerUrl, parseIceServerUrl }, { parseCandidate }] = await Promise.all([
      import('~/lib/ice/ice-server-url'),
      import('~/lib/ice/candidate'),
    ]);
    if (!run.current) return;
    const result = parseIceServerUrl(this.url, 'stun');
    if (!result.ok) return this.#status.fail(result.error.message, 'gather');
    if (typeof RTCPeerConnection !== 'function')
      return this.#status.fail(NO_WEBRTC_MESSAGE, 'gather');
    const { host, port } = result.url;
    const url = formatIceServerUrl(result.url, 'as-given');
    this.#status.announcement = `Asking ${url} for your public address…`;
    let pc: RTCPeerConnection;
    try {
      pc = createPeerConnection({ iceServers: [{ urls: url }] });
    } catch (error) {
      return this.#status.fail(
        `The browser refused this server: ${describeError(error)}`,
        'gather',
      );
    }
    this.#pc = pc;
    this.gathering = true;
    const started = performance.now();
    pc.addEventListener('icecandidate', (e) => {
      if (run.current && e.candidate?.candidate) this.#add(e.candidate.candidate, parseCandidate);
    });
    pc.addEventListener('icecandidateerror', (e) => {
      if (run.current) this.errors.push({ code: e.errorCode, text: e.errorText, url: e.url ?? '' });
    });
    try {
      // Something to negotiate, so that setLocalDescription starts gathering (RFC 9429 §3.5.1).
      pc.createDataChannel('stun-probe');
      await pc.setLocalDescription();
      await gatheringComplete(pc, GATHER_TIMEOUT_MS, run.signal);
    } catch (error) {
      if (run.current) {
        this.close();
        this.#status.fail(`Gathering could not start: ${describeError(error)}`, 'gather');
      }
      return;
    } finally {
      // A reset, a decode or a new gather took over: this connection is theirs to forget.
      if (!run.current && this.#pc === pc) this.close();
    }
    if (!run.current) return;
    const timedOut = pc.iceGatheringState !== 'complete';
    this.close();
    this.elapsedMs = Math.round(performance.now() - started);
    this.#report(host, port, timedOut);
  }

  #add(line: string, parse: typeof ParseCandidate): void {
    const { candidate } = parse(line);
    if (!candidate) return;
    this.candidates.push({
      type: candidate.type,
      protocol: candidate.transport,
      address: candidate.address,
      port: candidate.port,
      relatedAddress: candidate.relatedAddress ?? '',
      relatedPort: candidate.relatedPort,
      line,
    });
  }

  #report(host: string, port: number, timedOut: boolean): void {
    const found = this.srflx[0];
    if (found) {
      this.server = { host, port, at: new Date().toLocaleTimeString() };
      this.#status.finish(
        `${host} saw this browser at ${found.address} port ${found.port}: that is your server-reflexive candidate.`,
      );
      return;
    }
    const seconds = (GATHER_TIMEOUT_MS / 1000).toFixed(0);
    const reported = this.errors
      .map((e) => `icecandidateerror ${e.code} “${e.text}”${e.url ? ` for ${e.url}` : ''}`)
      .join('; ');
    const lines = [
      timedOut
        ? `No answer from ${host} port ${port} within ${seconds} s, so no server-reflexive candidate.`
        : `Gathering finished without a server-reflexive candidate from ${host} port ${port}.`,
    ];
    if (reported) lines.push(`The browser reported: ${reported}.`);
    if (this.errors.some((e) => e.code === 701))
      lines.push(
        'Code 701 is outside the STUN error codes on purpose: the browser uses it when none of its local addresses could reach the server (the name did not resolve, or no Binding response came back in time).',
      );
    lines.push(
      'Check the host name and the port (3478 is the usual one), that a STUN server really listens there, and that this network lets UDP out (some company and hotel networks do not).',
    );
    this.#status.fail(lines.join('\n'), 'gather');
  }

  /** Closes the connection, if one is open. */
  close(): void {
    if (this.#pc) closePeerConnection(this.#pc);
    this.#pc = null;
    this.gathering = false;
  }

  /** Clears the results and the URL. */
  reset(): void {
    this.close();
    this.url = '';
    this.#clear();
  }

  #clear(): void {
    this.candidates = [];
    this.errors = [];
    this.elapsedMs = null;
    this.server = null;
  }
}
