// The shape of one `npm run natlab` run: real Linux NAT routers (network namespaces and
// nftables) measured by a probe, real Chromium peers behind them, and the simulator's prediction
// for the measured behaviours. The runner writes it; the NAT chapter and simulator read it.
import type { NatBehaviour } from './behaviour';

/** A candidate type as getStats() reports it (RFC 8445 §5.1.1). */
export type RealCandidateType = 'host' | 'srflx' | 'prflx' | 'relay';

/** What a router does with an unsolicited inbound packet. */
export interface RouterModel {
  /**
   * true: a stateful firewall drops it (the usual router); false: Linux without drop rules, where
   * the packet reaches the router's own stack and its conntrack entry can take the port a later
   * outbound mapping would have used (a port clash).
   */
  firewall: boolean;
}

/** One NAT router of a case: the nftables behaviour configured and what the probe measured. */
export interface RealNatSide {
  /** Key into the runner's behaviour table, e.g. "eim-apdf". */
  configured: string;
  /** Mapping and filtering as the probe measured them just before the case. */
  measured: NatBehaviour;
  router: RouterModel;
}

/** The selected candidate pair as one peer's getStats() reported it. */
export interface RealSelectedPair {
  local: RealCandidateType;
  remote: RealCandidateType;
}

/** One pair of NATs: the simulator's prediction and what real Chromium peers did. */
export interface RealNatCase {
  a: RealNatSide;
  b: RealNatSide;
  simulated: {
    outcome: 'direct' | 'relay' | 'failed';
    viaPeerReflexive: boolean;
  };
  real: {
    outcome: 'direct' | 'relay' | 'failed';
    /** Peer A's selected pair (A is the offerer and ICE-controlling agent). */
    selectedA: RealSelectedPair | undefined;
    selectedB: RealSelectedPair | undefined;
    /** From the offer to `connected`, milliseconds; undefined when it never connected. */
    connectMs: number | undefined;
    /** Whether data-channel messages still arrived both ways a few seconds after connecting. */
    dataFlowing: boolean;
  };
  /** simulated.outcome === real.outcome. */
  agree: boolean;
}

/** A whole run, as committed to content/natlab/last-run.json. */
export interface RealNatRun {
  /** ISO date and time of the run. */
  date: string;
  environment: { kernel: string; chromium: string; coturn: string; nft: string };
  durationSeconds: number;
  cases: RealNatCase[];
  agreeing: number;
  total: number;
}
