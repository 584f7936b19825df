// The 9x9 matrix of all NAT behaviour pairs, each cell computed by the same simulator.
import { ALL_NAT_BEHAVIOURS, type NatBehaviour } from './behaviour';
import { FIREWALLED_ROUTERS, type RouterPair } from './network';
import { simulateHolePunching } from './simulate';
import type { SimulationResult } from './simulation-types';

/** One cell: the two behaviours and what the simulation found (without its steps). */
export interface MatrixCell {
  a: NatBehaviour;
  b: NatBehaviour;
  outcome: SimulationResult['outcome'];
  viaPeerReflexive: boolean;
  reason: string;
}

/** Simulate every pair of the nine behaviours; rows are A's behaviour, columns B's, in ALL_NAT_BEHAVIOURS order. */
export function computeNatMatrix(routers: RouterPair = FIREWALLED_ROUTERS): MatrixCell[][] {
  return ALL_NAT_BEHAVIOURS.map((a) =>
    ALL_NAT_BEHAVIOURS.map((b) => {
      const { outcome, viaPeerReflexive, reason } = simulateHolePunching(a, b, routers);
      return { a, b, outcome, viaPeerReflexive, reason };
    }),
  );
}
