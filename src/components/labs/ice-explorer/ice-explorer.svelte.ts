import type { Lab } from '../shared/lab';
import { LabStatus, describeError } from '../shared/labStatus.svelte';
import { readIceCredentials, type IceCredentials } from '~/lib/ice/ice-credentials';
import {
  summarizeCandidatePairs,
  summarizeTransports,
  type CandidatePairSummary,
  type TransportIceSummary,
} from '~/lib/stats';
import { openLoopback, type Loopback, type PeerName } from '~/rtc/loopback';
import { createTimeline, type TimelineEntry } from '~/rtc/timeline';
import { channelOpen, isAbort, nextMessage, withTimeout } from '~/rtc/wait';
import { GatheredCandidates } from './gatheredCandidates.svelte';
import { iceConfiguration } from './iceConfig';
import { statsRecords, waitForSelectedPair } from './selectedPair';
import { roundMs } from './setupTimes';
import { TrickleComparison } from './trickleComparison.svelte';

const OPEN_TIMEOUT_MS = 20_000;
const SELECT_TIMEOUT_MS = 10_000;
const MESSAGE_TIMEOUT_MS = 5000;
const STATS_EVERY_MS = 500;

/**
 * The ICE explorer: a real pair in this page, its candidates decoded as they trickle in, the
 * candidate pairs from getStats with the selected one, trickle against non-trickle set-up
 * times, and an ICE restart under a data channel that stays open.
 */
export class IceExplorerLab implements Lab {
  readonly status = new LabStatus();
  /** STUN/TURN URLs the learner typed; empty means no server is contacted. */
  serversText = $state('');
  username = $state('');
  credential = $state('');
  /** Whose getStats the pair table shows. */
  pairsPeer: PeerName = $state('A');
  /** Section 1: the candidates both peers gather. */
  readonly candidates = new GatheredCandidates();
  pairs: CandidatePairSummary[] = $state.raw([]);
  transport: TransportIceSummary | null = $state.raw(null);
  openMs: number | null = $state(null);
  connected = $state(false);
  ufragBefore: IceCredentials | null = $state(null);
  ufragAfter: IceCredentials | null = $state(null);
  channelSurvived: boolean | null = $state(null);
  restartMessage: string | null = $state(null);
  /** Section 3: trickle against waiting for gathering, on fresh pairs. */
  readonly comparison = new TrickleComparison();
  entries: TimelineEntry[] = $state([]);

  readonly selectedPair = $derived(this.pairs.find((pair) => pair.selected) ?? null);

  #loopback: Loopback | null = null;
  #remoteChannel: RTCDataChannel | null = null;
  /** The offer signaling carried last: its ufrag is the one a restart replaces. */
  #offer = '';

  /** Opens the pair with trickle ICE, shows candidates as they come, and waits for a selected pair. */
  async run(): Promise<void> {
    const config = this.#config();
    if (!config) return;
    this.#close();
    this.#clear();
    const run = this.status.start('Opening two peers; candidates appear as they are gathered…');
    const timeline = createTimeline((e) => this.entries.push(e));
    try {
      const loopback = openLoopback({ timeline, config, channel: 'ice-explorer' });
      this.#loopback = loopback;
      this.candidates.watch(loopback);
      const channel = loopback.channel!;
      channel.addEventListener('close', () => {
        if (this.#loopback === loopback) this.channelSurvived = false;
      });
      const negotiated = await loopback.negotiate({
        signal: run.signal,
        onStep: this.candidates.onStep,
      });
      this.#offer = negotiated.offer;
      const opened = channelOpen(channel, run.signal);
      await withTimeout(opened, OPEN_TIMEOUT_MS, 'The data channel did not open within 20 s.');
      this.openMs = roundMs(performance.now() - this.candidates.startedAt('A'));
      const remote = loopback.remoteChannel;
      this.#remoteChannel = await withTimeout(
        remote,
        MESSAGE_TIMEOUT_MS,
        'B never saw the channel.',
      );
      this.connected = true;
      this.#pollStats(loopback);
      const selected = await waitForSelectedPair(loopback.a, {
        timeoutMs: SELECT_TIMEOUT_MS,
        signal: run.signal,
      });
      await this.#refresh(loopback);
      if (!run.current) return;
      this.status.finish(
        `Connected: ${this.candidates.rows.length} candidates so far; the selected pair is ` +
          `${selected.local?.candidateType}/${selected.remote?.candidateType}.`,
      );
    } catch (error) {
      if (run.current && !isAbort(error)) this.status.fail(describeError(error));
    }
  }

  /** An ICE restart offer from A (new ufrag and pwd); then a message through the same channel. */
  async restart(): Promise<void> {
    const loopback = this.#loopback;
    const remote = this.#remoteChannel;
    if (!loopback || !remote || !this.connected || this.status.phase === 'running') return;
    const channel = loopback.channel!;
    const run = this.status.start('Restarting ICE: new credentials, new candidates, new checks…');
    this.channelSurvived = null;
    this.restartMessage = null;
    try {
      const before = readIceCredentials(this.#offer) ?? null;
      this.ufragBefore = before;
      this.candidates.nextRound();
      const negotiated = await loopback.negotiate({
        iceRestart: true,
        signal: run.signal,
        onStep: this.candidates.onStep,
      });
      this.#offer = negotiated.offer;
      const after = readIceCredentials(negotiated.offer) ?? null;
      this.ufragAfter = after;
      if (!after || after.ufrag === before?.ufrag) {
        throw new Error('The new offer kept the old ufrag: the browser did not restart ICE.');
      }
      await waitForSelectedPair(loopback.a, {
        ufrag: after.ufrag,
        timeoutMs: SELECT_TIMEOUT_MS,
        signal: run.signal,
      });
      await this.#refresh(loopback);
      const text = `Sent after the ICE restart (ufrag ${after.ufrag}), over the same channel.`;
      const arrived = nextMessage(remote);
      channel.send(text);
      const message = 'B received nothing over the channel within 5 s.';
      const got = String(await withTimeout(arrived, MESSAGE_TIMEOUT_MS, message));
      if (!run.current) return;
      this.restartMessage = got;
      this.channelSurvived = channel.readyState === 'open' && got === text;
      this.status.finish(
        `ICE restarted: ufrag ${before?.ufrag} became ${after.ufrag}; the data channel stayed open.`,
      );
    } catch (error) {
      if (!run.current || isAbort(error)) return;
      this.channelSurvived = channel.readyState === 'open' ? null : false;
      this.status.fail(describeError(error));
    }
  }

  /** Sets up fresh pairs with and without trickle, alternately, and compares open times. */
  async compare(): Promise<void> {
    if (this.status.phase === 'running') return;
    const config = this.#config();
    if (config) await this.comparison.measure(config, this.status);
  }

  /** Closes every connection and clears every result. */
  reset(): void {
    this.#close();
    this.#clear();
    this.comparison.clear();
    this.status.reset('Lab reset: every connection closed.');
  }

  /** URL preset: `servers=` fills the server field, `peer=B` shows B's pairs. */
  preset(params: URLSearchParams): void {
    const servers = params.get('servers');
    if (servers) this.serversText = servers.slice(0, 500);
    if (params.get('peer') === 'B') this.pairsPeer = 'B';
  }

  /** Releases everything when the lab leaves the page. */
  dispose(): void {
    this.status.stop();
    this.#close();
  }

  #config(): RTCConfiguration | null {
    const result = iceConfiguration({
      servers: this.serversText,
      username: this.username,
      credential: this.credential,
    });
    if ('config' in result) return result.config;
    this.status.fail(result.problem);
    return null;
  }

  /** Refreshes the pair table every half second for as long as the pair is open. */
  #pollStats(loopback: Loopback): void {
    void this.#refresh(loopback);
    const timer = setInterval(() => void this.#refresh(loopback), STATS_EVERY_MS);
    loopback.adopt(() => clearInterval(timer));
  }

  async #refresh(loopback: Loopback): Promise<void> {
    const pc = this.pairsPeer === 'A' ? loopback.a : loopback.b;
    try {
      const records = await statsRecords(pc);
      if (this.#loopback !== loopback) return;
      this.pairs = summarizeCandidatePairs(records);
      this.transport = summarizeTransports(records)[0] ?? null;
    } catch {
      // A report requested just before reset can fail on the closed peer; the next one won't come.
    }
  }

  #close(): void {
    this.#loopback?.close();
    this.#loopback = null;
    this.#remoteChannel = null;
    this.#offer = '';
  }

  #clear(): void {
    this.candidates.clear();
    this.pairs = [];
    this.transport = null;
    this.openMs = null;
    this.connected = false;
    this.ufragBefore = null;
    this.ufragAfter = null;
    this.channelSurvived = null;
    this.restartMessage = null;
    this.entries = [];
  }
}
