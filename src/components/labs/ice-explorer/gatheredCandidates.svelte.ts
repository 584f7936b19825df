import type { Loopback, NegotiationStep, PeerName } from '~/rtc/loopback';
import { hostsHiddenByMdns, toCandidateRow, type CandidateRow } from './candidateRows';
import { roundMs } from './setupTimes';

/**
 * The ICE explorer's first section: the local candidates of both peers as they are gathered,
 * timed from each peer's setLocalDescription, the one whose priority is taken apart, and how
 * long the first gathering took.
 */
export class GatheredCandidates {
  rows: CandidateRow[] = $state.raw([]);
  selectedKey: string | null = $state(null);
  /** Each peer's setLocalDescription to its gathering `complete`, first negotiation only. */
  gatheringMs: Record<PeerName, number | null> = $state({ A: null, B: null });

  readonly selected = $derived(this.rows.find((row) => row.key === this.selectedKey) ?? null);
  /** True when host candidates carry `.local` names, false when raw addresses, null before any. */
  readonly mdns = $derived(hostsHiddenByMdns(this.rows));

  /** 0 for the first negotiation, then one more for each ICE restart. */
  #round = 0;
  /** When each peer's latest setLocalDescription started: its gathering starts there. */
  #sldAt: Record<PeerName, number> = { A: 0, B: 0 };

  /** Hears each negotiation step (pass it as `onStep`): setLocalDescription starts gathering. */
  readonly onStep = (peer: PeerName, step: NegotiationStep, at: number): void => {
    if (step === 'setLocalDescription') this.#sldAt[peer] = at;
  };

  /** When `peer`'s latest setLocalDescription started (`performance.now()`). */
  startedAt(peer: PeerName): number {
    return this.#sldAt[peer];
  }

  /** Candidates from now on belong to a new negotiation (an ICE restart). */
  nextRound(): void {
    this.#round += 1;
  }

  /** Adds a row for every candidate either peer gathers, until the pair closes. */
  watch(loopback: Loopback): void {
    const stop = new AbortController();
    loopback.adopt(() => stop.abort());
    for (const [pc, peer] of [
      [loopback.a, 'A'],
      [loopback.b, 'B'],
    ] as const) {
      pc.addEventListener('icecandidate', (e) => this.#add(peer, e.candidate, pc), {
        signal: stop.signal,
      });
      pc.addEventListener(
        'icegatheringstatechange',
        () => {
          if (pc.iceGatheringState !== 'complete' || this.#round !== 0) return;
          this.gatheringMs[peer] = roundMs(performance.now() - this.#sldAt[peer]);
        },
        { signal: stop.signal },
      );
    }
  }

  /** Shows the priority formula for one candidate. */
  select(key: string): void {
    this.selectedKey = key;
  }

  /** Forgets every candidate and time. */
  clear(): void {
    this.#round = 0;
    this.rows = [];
    this.selectedKey = null;
    this.gatheringMs = { A: null, B: null };
  }

  #add(peer: PeerName, candidate: RTCIceCandidate | null, pc: RTCPeerConnection): void {
    const line = candidate?.candidate;
    if (!line) return;
    const ms = performance.now() - this.#sldAt[peer];
    const row = toCandidateRow(peer, line, ms, this.#round, this.rows.length);
    if (!row) return;
    // Some browsers (Firefox) write no ufrag extension in the candidate line: the candidate
    // object, or else the local description it was gathered for, still says which ufrag it has.
    row.ufrag ||=
      candidate.usernameFragment ??
      /a=ice-ufrag:(\S+)/.exec(pc.localDescription?.sdp ?? '')?.[1] ??
      '';
    this.rows = [...this.rows, row];
    this.selectedKey ??= row.key;
  }
}
