// The committed real-NAT run (content/natlab/last-run.json) as the chapter and the lab read it:
// the simulator still predicts what the run recorded, and every case finds its cell.
import { describe, expect, it } from 'vitest';
import committed from '../../../content/natlab/last-run.json';
import { findRealCase } from '~/lib/nat/real-nat-lookup';
import type { RealNatRun } from '~/lib/nat/real-nat-run';
import { summariseRealRun } from '~/lib/nat/real-nat-summary';
import { realNatTable } from '~/lib/nat/real-nat-table';
import { simulateHolePunching } from '~/lib/nat/simulate';

const run = committed as RealNatRun;

describe('the committed real-NAT run', () => {
  it('records what the simulator still predicts for each measured pair and its routers', () => {
    for (const c of run.cases) {
      const now = simulateHolePunching(c.a.measured, c.b.measured, {
        a: c.a.router,
        b: c.b.router,
      });
      const name = `${c.a.configured} (firewall ${c.a.router.firewall}) with ${c.b.configured}`;
      expect(now.outcome, name).toBe(c.simulated.outcome);
      expect(now.viaPeerReflexive, name).toBe(c.simulated.viaPeerReflexive);
    }
  });

  it('puts every case in one cell of the chapter table and lets the lab find it', () => {
    const cells = realNatTable(run)
      .flatMap((g) => g.cells.flat())
      .filter((c) => c !== undefined);
    expect(cells.reduce((sum, c) => sum + c.real.length, 0)).toBe(run.cases.length);
    const summary = summariseRealRun(run);
    for (const c of run.cases)
      expect(
        findRealCase(summary, c.a.measured, c.b.measured, { a: c.a.router, b: c.b.router })?.cell
          .outcome,
      ).toBe(c.real.outcome);
  });
});
