// The cases of a natlab run: every ordered pair of the nftables behaviours behind routers with the
// usual firewall, then the finding without drop rules (EIM+APDF on both sides, no firewall).
import { NFT_BEHAVIOURS } from '../../src/lib/nat/nft-behaviours.ts';

/** One router's set-up in a case. */
export interface PlannedSide {
  key: string;
  firewall: boolean;
}

/** One planned case: router A (the offerer's) and router B. */
export interface PlannedCase {
  a: PlannedSide;
  b: PlannedSide;
}

/** The run's cases; `only` keeps pairs of the named behaviours. */
export function planCases(only?: readonly string[]): PlannedCase[] {
  const keys = NFT_BEHAVIOURS.map((b) => b.key).filter((k) => !only || only.includes(k));
  const cases: PlannedCase[] = keys.flatMap((a) =>
    keys.map((b) => ({ a: { key: a, firewall: true }, b: { key: b, firewall: true } })),
  );
  if (keys.includes('eim-apdf'))
    cases.push({
      a: { key: 'eim-apdf', firewall: false },
      b: { key: 'eim-apdf', firewall: false },
    });
  return cases;
}
