import { LabStatus, describeError, withTimeout } from '../shared/labStatus.svelte';
import { readIceCredentials } from '~/lib/ice/ice-credentials';
import { needsTurnCredentials, parseIceServerUrls } from '~/lib/ice/ice-server-urls';
import {
  summarizeCandidatePairs,
  summarizeTransports,
  type CandidatePairSummary,
  type TransportIceSummary,
} from '~/lib/stats';
import { createTimeline, type TimelineEntry } from '~/rtc/timeline';
import { toCandidateRow, type CandidateRow } from './candidateRows';
import { channelOpen, openIcePair, type IcePair, type PeerName } from './icePair';
import { measureSetup, median, type SetupMeasurement } from './measureSetup';

const OPEN_TIMEOUT_MS = 20_000;
const SELECT_TIMEOUT_MS = 10_000;
const STATS_EVERY_MS = 500;

/**
 * The ICE explorer: a real pair in this page, its candidates decoded as they trickle in, the
 * candidate pairs from getStats with the selected one, trickle against non-trickle set-up
 * times, and an ICE restart under a data channel that stays open.
 */
export class IceExplorerLab {
  readonly status = new LabStatus();
  /** STUN/TURN URLs the learner typed; empty means no server is contacted. */
  serversText = $state('');
  username = $state('');
  credential = $state('');
  /** Whose getStats the pair table shows. */
  pairsPeer: PeerName = $state('A');
  candidates: CandidateRow[] = $state.raw([]);
  selectedKey: string | null = $state(null);
  pairs: CandidatePairSummary[] = $state.raw([]);
  transport: TransportIceSummary | null = $state.raw(null);
  gatheringMs: Record<PeerName, number | null> = $state({ A: null, B: null });
  openMs: number | null = $state(null);
  connected = $state(false);
  busy = $state(false);
  ufragBefore: { ufrag: string; pwd: string } | null = $state(null);
  ufragAfter: { ufrag: string; pwd: string } | null = $state(null);
  channelSurvived: boolean | null = $state(null);
  restartMessage: string | null = $state(null);
  compareRuns: SetupMeasurement[] = $state.raw([]);
  trickleMs: number | null = $state(null);
  nonTrickleMs: number | null = $state(null);
  comparedWithServers = $state(false);
  entries: TimelineEntry[] = $state([]);

  readonly selectedCandidate = $derived(
    this.candidates.find((row) => row.key === this.selectedKey) ?? null,
  );
  readonly selectedPair = $derived(this.pairs.find((pair) => pair.selected) ?? null);
  /** True when host candidates carry `.local` names, false when raw addresses, null before any host candidate. */
  readonly mdns = $derived.by(() => {
    const hosts = this.candidates.filter((row) => row.type === 'host');
    if (hosts.length === 0) return null;
    return hosts.some((row) => row.addressKind === 'mdns');
  });

  #pair: IcePair | null = null;
  #session = 0;
  #round = 0;
  #sldAt: Record<PeerName, number> = { A: 0, B: 0 };
  #poll: ReturnType<typeof setInterval> | undefined;
  #compare: AbortController | null = null;
  #remoteChannel: RTCDataChannel | null = null;

  /** Opens the pair with trickle ICE, shows candidates as they come, and waits for a selected pair. */
  async run(): Promise<void> {
    const config = this.#config();
    if (!config) return;
    this.#closeAll();
    this.#clear();
    const session = ++this.#session;
    this.status.start('Opening two peers; candidates appear as they are gathered…');
    const timeline = createTimeline((e) => this.entries.push(e));
    try {
      const pair = openIcePair({
        config,
        trickle: true,
        timeline,
        events: {
          onSetLocalDescription: (peer, at) => (this.#sldAt[peer] = at),
          onCandidate: (peer, line, at) => this.#addCandidate(peer, line, at),
          onGatheringComplete: (peer, at) => {
            if (this.#round === 0) {
              this.gatheringMs[peer] = Math.round((at - this.#sldAt[peer]) * 10) / 10;
            }
          },
        },
      });
      this.#pair = pair;
      pair.channel.addEventListener('close', () => {
        if (this.#pair === pair) this.channelSurvived = false;
      });
      const opened = channelOpen(pair.channel);
      await pair.negotiate();
      await withTimeout(opened, OPEN_TIMEOUT_MS, 'The data channel did not open within 20 s.');
      if (session !== this.#session) return;
      this.openMs = Math.round((performance.now() - this.#sldAt.A) * 10) / 10;
      this.#remoteChannel = await withTimeout(pair.remoteChannel, 5000, 'B never saw the channel.');
      this.connected = true;
      this.#startPolling(session);
      const selected = await this.#waitForSelectedPair(session, undefined);
      this.status.finish(
        `Connected: ${this.candidates.length} candidates so far; the selected pair is ` +
          `${selected.local?.candidateType}/${selected.remote?.candidateType}.`,
      );
    } catch (error) {
      if (session === this.#session) this.status.fail(describeError(error));
    }
  }

  /** restartIce() on A and a new offer/answer; then a message through the same data channel. */
  async restart(): Promise<void> {
    const pair = this.#pair;
    const session = this.#session;
    if (!pair || !this.connected || this.busy) return;
    this.busy = true;
    this.status.start('Restarting ICE: new credentials, new candidates, new checks…');
    this.channelSurvived = null;
    this.restartMessage = null;
    try {
      this.ufragBefore = readIceCredentials(pair.a.localDescription?.sdp ?? '') ?? null;
      this.#round += 1;
      pair.a.restartIce();
      await pair.negotiate();
      const after = readIceCredentials(pair.a.localDescription?.sdp ?? '');
      this.ufragAfter = after ?? null;
      if (!after || after.ufrag === this.ufragBefore?.ufrag) {
        throw new Error('The new offer kept the old ufrag: the browser did not restart ICE.');
      }
      await this.#waitForSelectedPair(session, after.ufrag);
      const remote = this.#remoteChannel!;
      const text = `Sent after the ICE restart (ufrag ${after.ufrag}), over the same channel.`;
      const arrived = new Promise<string>((resolve) => {
        remote.addEventListener('message', (m) => resolve(String(m.data)), { once: true });
      });
      pair.channel.send(text);
      const got = await withTimeout(
        arrived,
        5000,
        'B received nothing over the channel within 5 s.',
      );
      if (session !== this.#session) return;
      this.restartMessage = got;
      this.channelSurvived = pair.channel.readyState === 'open' && got === text;
      this.status.finish(
        `ICE restarted: ufrag ${this.ufragBefore?.ufrag} became ${after.ufrag}; the data channel stayed open.`,
      );
    } catch (error) {
      if (session === this.#session) {
        this.channelSurvived = pair.channel.readyState === 'open' ? null : false;
        this.status.fail(describeError(error));
      }
    } finally {
      this.busy = false;
    }
  }

  /** Sets up fresh pairs with and without trickle, alternately, and compares open times. */
  async compare(): Promise<void> {
    const config = this.#config();
    if (!config || this.busy) return;
    this.busy = true;
    this.#compare?.abort();
    const controller = new AbortController();
    this.#compare = controller;
    const withServers = (config.iceServers?.length ?? 0) > 0;
    const rounds = withServers ? 1 : 3;
    this.compareRuns = [];
    this.trickleMs = null;
    this.nonTrickleMs = null;
    this.status.start(
      withServers
        ? 'Comparing: a trickle set-up, then one that waits for gathering (a slow server makes this one wait)…'
        : `Comparing: ${rounds} set-ups with trickle and ${rounds} without, alternately…`,
    );
    try {
      for (let i = 0; i < rounds; i += 1) {
        for (const trickle of [true, false]) {
          const run = await measureSetup(config, trickle, controller.signal);
          if (controller.signal.aborted) return;
          this.compareRuns = [...this.compareRuns, run];
        }
      }
      const times = (trickle: boolean) =>
        this.compareRuns.filter((r) => r.trickle === trickle).map((r) => r.openMs);
      this.trickleMs = median(times(true));
      this.nonTrickleMs = median(times(false));
      this.comparedWithServers = withServers;
      this.status.finish(
        `Channel open with trickle after ${this.trickleMs} ms, without trickle after ${this.nonTrickleMs} ms.`,
      );
    } catch (error) {
      if (!controller.signal.aborted) this.status.fail(describeError(error));
    } finally {
      if (this.#compare === controller) {
        this.#compare = null;
        this.busy = false;
      }
    }
  }

  /** Shows the priority formula for one candidate. */
  select(key: string): void {
    this.selectedKey = key;
  }

  /** Closes every connection and clears every result. */
  reset(): void {
    this.#closeAll();
    this.#clear();
    this.compareRuns = [];
    this.trickleMs = null;
    this.nonTrickleMs = null;
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
    this.#closeAll();
  }

  #config(): RTCConfiguration | null {
    const { urls, problems } = parseIceServerUrls(this.serversText);
    if (problems.length > 0) {
      this.status.fail(problems.join('\n'));
      return null;
    }
    if (urls.length === 0) return {};
    if (needsTurnCredentials(urls) && (!this.username || !this.credential)) {
      this.status.fail('A TURN server needs a username and a credential: fill in both fields.');
      return null;
    }
    const server: RTCIceServer = { urls };
    if (this.username) server.username = this.username;
    if (this.credential) server.credential = this.credential;
    return { iceServers: [server] };
  }

  #addCandidate(peer: PeerName, line: string | null, at: number): void {
    if (!line) return;
    const row = toCandidateRow(
      peer,
      line,
      at - this.#sldAt[peer],
      this.#round,
      this.candidates.length,
    );
    if (!row) return;
    this.candidates = [...this.candidates, row];
    this.selectedKey ??= row.key;
  }

  #startPolling(session: number): void {
    clearInterval(this.#poll);
    void this.#refresh(session);
    this.#poll = setInterval(() => void this.#refresh(session), STATS_EVERY_MS);
  }

  async #refresh(session: number): Promise<void> {
    const pair = this.#pair;
    if (!pair || session !== this.#session) return;
    const pc = this.pairsPeer === 'A' ? pair.a : pair.b;
    try {
      const records = [...(await pc.getStats()).values()] as unknown[];
      if (session !== this.#session) return;
      this.pairs = summarizeCandidatePairs(records);
      this.transport = summarizeTransports(records)[0] ?? null;
    } catch {
      // A report requested just before reset can fail on the closed peer; the next one won't come.
    }
  }

  /** Polls A's stats until it has a succeeded, selected pair (with the given local ufrag, if any). */
  async #waitForSelectedPair(
    session: number,
    ufrag: string | undefined,
  ): Promise<CandidatePairSummary> {
    const pair = this.#pair!;
    const found = (async () => {
      for (;;) {
        if (session !== this.#session) throw new DOMException('Reset.', 'AbortError');
        const records = [...(await pair.a.getStats()).values()] as unknown[];
        const selected = summarizeCandidatePairs(records).find((p) => p.selected);
        if (
          selected?.state === 'succeeded' &&
          (ufrag === undefined || selected.local?.usernameFragment === ufrag)
        ) {
          await this.#refresh(session);
          return selected;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    return withTimeout(found, SELECT_TIMEOUT_MS, 'No candidate pair was selected within 10 s.');
  }

  #closeAll(): void {
    this.#session += 1;
    clearInterval(this.#poll);
    this.#poll = undefined;
    this.#compare?.abort();
    this.#compare = null;
    this.#pair?.close();
    this.#pair = null;
    this.#remoteChannel = null;
    this.busy = false;
  }

  #clear(): void {
    this.#round = 0;
    this.candidates = [];
    this.selectedKey = null;
    this.pairs = [];
    this.transport = null;
    this.gatheringMs = { A: null, B: null };
    this.openMs = null;
    this.connected = false;
    this.ufragBefore = null;
    this.ufragAfter = null;
    this.channelSurvived = null;
    this.restartMessage = null;
    this.entries = [];
  }
}
