// Build-time only: trims a committed real-NAT run (content/natlab/last-run.json) to the summary
// the simulator lab receives as a prop, so the page carries a few hundred bytes, not the run.
import { behaviourCode } from './behaviour';
import { NFT_BEHAVIOURS } from './nft-behaviours';
import { environmentText, type RealNatCell, type RealNatSummary } from './real-nat-lookup';
import type { RealNatRun } from './real-nat-run';

/** The lab's summary of a run: measured behaviours as codes, firewalls, outcome, candidate types. */
export function summariseRealRun(run: RealNatRun): RealNatSummary {
  const cells: RealNatCell[] = run.cases.map((c) => ({
    a: behaviourCode(c.a.measured),
    b: behaviourCode(c.b.measured),
    firewallA: c.a.router.firewall,
    firewallB: c.b.router.firewall,
    outcome: c.real.outcome,
    selectedA: c.real.selectedA,
    selectedB: c.real.selectedB,
    agree: c.agree,
  }));
  return {
    date: run.date,
    environment: environmentText({
      kernel: run.environment.kernel,
      chromium: run.environment.chromium,
      coturn: run.environment.coturn,
    }),
    buildable: NFT_BEHAVIOURS.map((b) => behaviourCode(b.intended)),
    cells,
  };
}
