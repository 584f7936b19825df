// One simulated ICE agent's candidates and check list (RFC 8445 §5.1, §6.1.2), using the same
// priority arithmetic as src/lib/ice.
import {
  encodeCandidatePriority,
  pairPriority,
  RECOMMENDED_TYPE_PREFERENCES,
} from '../ice/priority';
import { endpointText, sameEndpoint, type Endpoint } from './endpoint';
import type { AgentName, LocalSocket } from './network';
import type { SimCandidate } from './simulation-types';

/** A local candidate and the socket its checks leave from (srflx checks leave from the base: RFC 8445 §6.1.2.4). */
export interface LocalCandidate extends SimCandidate {
  socket: LocalSocket;
}

/** A candidate pair and its check state (RFC 8445 §6.1.2.6). */
export interface SimPair {
  local: LocalCandidate;
  remote: SimCandidate;
  priority: bigint;
  state: 'waiting' | 'in-progress' | 'succeeded' | 'failed';
  attempts: number;
}

/** RFC 8445 §5.1.2.1 priority with the recommended type preferences, local preference 65535, component 1. */
export function simCandidatePriority(type: SimCandidate['type']): number {
  return encodeCandidatePriority({
    typePreference: RECOMMENDED_TYPE_PREFERENCES[type],
    localPreference: 65_535,
    componentId: 1,
  });
}

/** "host 10.0.0.2:5000 → srflx 198.51.100.20:50000". */
export function pairText(pair: Pick<SimPair, 'local' | 'remote'>): string {
  return `${pair.local.type} ${endpointText(pair.local.address)} → ${pair.remote.type} ${endpointText(pair.remote.address)}`;
}

/** Whether a pair avoids the TURN relay on both ends. */
export function isDirectPair(pair: Pick<SimPair, 'local' | 'remote'>): boolean {
  return pair.local.type !== 'relay' && pair.remote.type !== 'relay';
}

/** An agent's candidates, pairs and triggered-check queue. */
export class SimAgent {
  readonly local: LocalCandidate[] = [];
  readonly remote: SimCandidate[] = [];
  readonly pairs: SimPair[] = [];
  readonly triggered: SimPair[] = [];
  pacerRunning = false;

  constructor(
    readonly name: AgentName,
    readonly controlling: boolean,
  ) {}

  /** Add a remote candidate and pair it with the local host and relay candidates. */
  addRemote(candidate: SimCandidate): void {
    this.remote.push(candidate);
    for (const local of this.local) if (local.type !== 'srflx') this.pairFor(local, candidate);
  }

  /** The pair for a local and remote candidate, created (waiting) when new. */
  pairFor(local: LocalCandidate, remote: SimCandidate): SimPair {
    const existing = this.pairs.find((p) => p.local === local && p.remote === remote);
    if (existing) return existing;
    const [g, d] = this.controlling
      ? [local.priority, remote.priority]
      : [remote.priority, local.priority];
    const pair: SimPair = {
      local,
      remote,
      priority: pairPriority(g, d),
      state: 'waiting',
      attempts: 0,
    };
    this.pairs.push(pair);
    this.pairs.sort((x, y) => (x.priority === y.priority ? 0 : x.priority > y.priority ? -1 : 1));
    return pair;
  }

  /** The local candidate checks from this socket are sent from (host for the base). */
  localFor(socket: LocalSocket): LocalCandidate | undefined {
    return this.local.find((c) => (socket === 'relay' ? c.type === 'relay' : c.type === 'host'));
  }

  /** The remote candidate with this address, if known. */
  remoteAt(address: Endpoint): SimCandidate | undefined {
    return this.remote.find((c) => sameEndpoint(c.address, address));
  }

  /** Next pair to check: a triggered one first, else the highest-priority waiting pair (RFC 8445 §6.1.4.2). */
  nextPair(): SimPair | undefined {
    while (this.triggered.length > 0) {
      const pair = this.triggered.shift() as SimPair;
      if (pair.state === 'waiting') return pair;
    }
    return this.pairs.find((p) => p.state === 'waiting');
  }

  /** The best succeeded pair, optionally only among direct ones. */
  bestSucceeded(directOnly: boolean): SimPair | undefined {
    return this.pairs.find((p) => p.state === 'succeeded' && (!directOnly || isDirectPair(p)));
  }
}
