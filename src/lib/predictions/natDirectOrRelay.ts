// NAT simulator: whether the simulated pair of NATs connects directly or only through the relay.
// The outcome is the simulator's (a model of RFC 4787 NATs), never the learner's own network.
import type { PredictionOutcome } from './judge';

/** What the simulation of the chosen pair of NATs concluded. */
export interface NatOutcomeFacts {
  outcome: 'direct' | 'relay' | 'failed';
  reason: string;
  viaPeerReflexive: boolean;
  natA: string;
  natB: string;
}

const NAMES = { direct: 'directly', relay: 'only through the relay', failed: 'not at all' };

/** Judges the prediction against the simulator's outcome, labelled as the simulator's. */
export function judgeNatOutcome(facts: NatOutcomeFacts): PredictionOutcome {
  const via = facts.viaPeerReflexive
    ? ' The direct path used a peer-reflexive candidate: an address learned from a check, not gathered.'
    : '';
  return {
    actual: facts.outcome,
    actualLabel: NAMES[facts.outcome],
    why: `In the simulator (a model, not your own network), NAT A ${facts.natA} and NAT B ${facts.natB} connect ${NAMES[facts.outcome]}: ${facts.reason}${via}`,
  };
}
