// The plain data a NAT simulation produces: steps a view can step through, and the outcome.
import type { NatBehaviour } from './behaviour';
import type { Endpoint } from './endpoint';

/** The boxes of the simulated network. */
export type SimNode =
  'A' | 'NAT A' | 'B' | 'NAT B' | 'STUN server' | 'TURN server' | 'signaling' | 'internet';

/** What a step is about. */
export type SimStepKind =
  | 'stun-binding'
  | 'stun-binding-response'
  | 'turn-allocate'
  | 'turn-allocate-response'
  | 'turn-create-permission'
  | 'candidates'
  | 'check'
  | 'check-response'
  | 'prflx-learned'
  | 'pair-succeeded'
  | 'pair-failed'
  | 'outcome';

/** The simulation's phases, in order. */
export type SimPhase = 'gathering' | 'signaling' | 'checks' | 'outcome';

/** One step: a packet and its fate, or an event in an agent (a candidate learned, a pair's state). */
export interface SimulationStep {
  index: number;
  /** Milliseconds since the start: when the packet arrived or was dropped, or when the event happened. */
  time: number;
  /** When the packet was sent (equal to `time` for events). */
  sentAt: number;
  phase: SimPhase;
  kind: SimStepKind;
  /** Who sent the packet or whose event it is. */
  actor: SimNode;
  /** Nodes the packet went through, up to where it stopped; empty for events. */
  path: SimNode[];
  /** Addresses as the sending host wrote them. */
  source: Endpoint | undefined;
  destination: Endpoint | undefined;
  /** The source after the sender's NAT (or the TURN relay), as the receiver sees it. */
  wireSource: Endpoint | undefined;
  /** Set when the sender's NAT created a new mapping for this packet (RFC 4787 §4.1). */
  newMapping: Endpoint | undefined;
  /** The public port the sender's NAT wanted but found taken by a stray entry (a port clash). */
  clashedPort: number | undefined;
  fate: 'delivered' | 'dropped' | 'event';
  /** The node that dropped the packet. */
  droppedBy: SimNode | undefined;
  /** e.g. "host 10.0.0.2:5000 → srflx 198.51.100.20:50000". */
  pair: string | undefined;
  /** 1 for the first transmission of a check, 2 and up for retransmissions. */
  attempt: number | undefined;
  description: string;
}

/** A candidate in the simulation (RFC 8445 §5.1.1). */
export interface SimCandidate {
  type: 'host' | 'srflx' | 'prflx' | 'relay';
  address: Endpoint;
  priority: number;
}

/** The outcome of a simulation and the steps that led to it. */
export interface SimulationResult {
  a: NatBehaviour;
  b: NatBehaviour;
  steps: SimulationStep[];
  /** `direct`: a pair without a relay worked both ways (peer-reflexive included); `relay`: only a TURN pair did. */
  outcome: 'direct' | 'relay' | 'failed';
  /** True when the direct path used a peer-reflexive candidate. */
  viaPeerReflexive: boolean;
  /** The best succeeded pair of each agent, as "local → remote" text. */
  selectedPairs: { a: string | undefined; b: string | undefined };
  /** Why, in words. */
  reason: string;
}
