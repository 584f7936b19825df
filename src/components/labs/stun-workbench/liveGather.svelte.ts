import { closePeerConnection } from '~/rtc/registry';
import type { LabStatus } from '../shared/labStatus.svelte';

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
  /** The connection gathering now, if any; `close()` closes it. */
  pc: RTCPeerConnection | null = null;
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
    this.clear();
    const run = this.#status.start('Checking the server URL…');
    // The gathering code and its parsers load with the first gathering: most learners only
    // build and decode.
    const { gatherOnce } = await import('./gatherOnce');
    if (run.current) await gatherOnce(this, run, this.#status);
  }

  /** Closes the connection, if one is open. */
  close(): void {
    if (this.pc) closePeerConnection(this.pc);
    this.pc = null;
    this.gathering = false;
  }

  /** Clears the results and the URL. */
  reset(): void {
    this.close();
    this.url = '';
    this.clear();
  }

  /** Forgets the candidates, errors and timings of the last gathering. */
  clear(): void {
    this.candidates = [];
    this.errors = [];
    this.elapsedMs = null;
    this.server = null;
  }
}
