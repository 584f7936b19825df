// The chapter's "checked on real NAT" table as plain data: a committed run's cases grouped by the
// routers' firewall settings, laid out as a matrix of measured behaviours, each cell holding what
// real Chromium peers did beside what the simulator says for the same behaviours and routers.
import { ALL_NAT_BEHAVIOURS, type NatBehaviour } from './behaviour';
import type { RealNatCase, RealNatRun, RealSelectedPair } from './real-nat-run';
import { simulateHolePunching } from './simulate';

type Outcome = RealNatCase['real']['outcome'];

/** One cell: every case of the run for this pair and these routers (usually one). */
export interface RealTableCell {
  a: NatBehaviour;
  b: NatBehaviour;
  /** The real outcome of each case, in run order. */
  real: Outcome[];
  /** Peer A's selected pair in the first case. */
  selectedA: RealSelectedPair | undefined;
  /** The simulator's outcome now, for the measured behaviours and these routers. */
  simulated: Outcome;
  simulatedViaPeerReflexive: boolean;
  /** Every case's real outcome equals the simulated one. */
  agree: boolean;
  /** Some case connected but its data channel stopped carrying messages. */
  dataStalled: boolean;
}

/** The cases run with one firewall setting, as a matrix (rows A, columns B). */
export interface RealTableGroup {
  firewallA: boolean;
  firewallB: boolean;
  rows: NatBehaviour[];
  columns: NatBehaviour[];
  /** cells[row][column]; undefined where the run has no such pair. */
  cells: (RealTableCell | undefined)[][];
}

const same = (x: NatBehaviour, y: NatBehaviour) =>
  x.mapping === y.mapping && x.filtering === y.filtering;
const inMatrixOrder = (list: NatBehaviour[]) =>
  ALL_NAT_BEHAVIOURS.filter((b) => list.some((x) => same(x, b)));

function cellFor(cases: RealNatCase[], routers: { a: boolean; b: boolean }): RealTableCell {
  const first = cases[0] as RealNatCase;
  const { a, b } = { a: first.a.measured, b: first.b.measured };
  const simulation = simulateHolePunching(a, b, {
    a: { firewall: routers.a },
    b: { firewall: routers.b },
  });
  const real = cases.map((c) => c.real.outcome);
  return {
    a,
    b,
    real,
    selectedA: first.real.selectedA,
    simulated: simulation.outcome,
    simulatedViaPeerReflexive: simulation.viaPeerReflexive,
    agree: real.every((r) => r === simulation.outcome),
    dataStalled: cases.some((c) => c.real.outcome !== 'failed' && !c.real.dataFlowing),
  };
}

/** Group a run's cases by firewall setting (firewalled first) and lay each group out as a matrix. */
export function realNatTable(run: RealNatRun): RealTableGroup[] {
  const keys = [...new Set(run.cases.map((c) => `${c.a.router.firewall}/${c.b.router.firewall}`))];
  keys.sort((x, y) => (x === 'true/true' ? -1 : y === 'true/true' ? 1 : x < y ? 1 : -1));
  return keys.map((key) => {
    const [firewallA, firewallB] = key.split('/').map((v) => v === 'true') as [boolean, boolean];
    const cases = run.cases.filter(
      (c) => c.a.router.firewall === firewallA && c.b.router.firewall === firewallB,
    );
    const rows = inMatrixOrder(cases.map((c) => c.a.measured));
    const columns = inMatrixOrder(cases.map((c) => c.b.measured));
    const cells = rows.map((a) =>
      columns.map((b) => {
        const found = cases.filter((c) => same(c.a.measured, a) && same(c.b.measured, b));
        return found.length > 0 ? cellFor(found, { a: firewallA, b: firewallB }) : undefined;
      }),
    );
    return { firewallA, firewallB, rows, columns, cells };
  });
}
