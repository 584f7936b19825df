// Compares real Chromium peers behind real Linux NATs with the simulator: one RealNatCase per
// pair (the simulator run on the behaviours the probe *measured*), the printed report and its
// last line. Pure; scripts/natlab.ts gathers the inputs.
import { natLabel } from './behaviour';
import type { RealNatCase, RealNatRun, RealNatSide, RealSelectedPair } from './real-nat-run';
import { simulateHolePunching } from './simulate';

/** The outcome a pair of selected candidate pairs means: relay when either side uses a relay. */
export function realOutcome(
  connected: boolean,
  selectedA: RealSelectedPair | undefined,
  selectedB: RealSelectedPair | undefined,
): RealNatCase['real']['outcome'] {
  if (!connected || !selectedA) return 'failed';
  const relayed = [selectedA, selectedB].some((p) => p?.local === 'relay' || p?.remote === 'relay');
  return relayed ? 'relay' : 'direct';
}

/** One case: the simulator's prediction for the measured sides beside what real peers did. */
export function compareCase(
  a: RealNatSide,
  b: RealNatSide,
  real: RealNatCase['real'],
): RealNatCase {
  const sim = simulateHolePunching(a.measured, b.measured, { a: a.router, b: b.router });
  const simulated = { outcome: sim.outcome, viaPeerReflexive: sim.viaPeerReflexive };
  return { a, b, simulated, real, agree: simulated.outcome === real.outcome };
}

const pairText = (p: RealSelectedPair | undefined) => (p ? `${p.local}→${p.remote}` : '—');
const sideText = (s: RealNatSide) =>
  `${s.configured}${s.router.firewall ? '' : ' (no firewall)'} = ${natLabel(s.measured)}`;

/** The last line of the report: "real NAT vs simulator: N/N agree". */
export function summaryLine(cases: readonly RealNatCase[]): string {
  return `real NAT vs simulator: ${cases.filter((c) => c.agree).length}/${cases.length} agree`;
}

/** Rows A (the offerer) by columns B of the firewalled cases, each cell "simulated/real". */
export function matrixText(cases: readonly RealNatCase[]): string {
  const grid = cases.filter((c) => c.a.router.firewall && c.b.router.firewall);
  const keys = [...new Set(grid.flatMap((c) => [c.a.configured, c.b.configured]))];
  const width = Math.max(11, ...keys.map((k) => k.length)) + 2;
  const cell = (a: string, b: string) => {
    const c = grid.find((x) => x.a.configured === a && x.b.configured === b);
    if (!c) return '';
    return `${c.simulated.outcome}/${c.real.outcome}${c.agree ? '' : ' !'}`;
  };
  const cellWidth = Math.max(16, width);
  const lines = [
    'Rows: router A (offerer), columns: router B; each cell simulated/real, ! = disagree',
    ''.padEnd(width) + keys.map((k) => k.padEnd(cellWidth)).join(''),
    ...keys.map((a) => a.padEnd(width) + keys.map((b) => cell(a, b).padEnd(cellWidth)).join('')),
  ];
  return lines.map((l) => l.trimEnd()).join('\n');
}

/** One line per case: sides as measured, both outcomes, selected pairs, time to connect, data. */
export function caseLines(cases: readonly RealNatCase[]): string[] {
  return cases.map((c) => {
    const connect = c.real.connectMs === undefined ? 'never connected' : `${c.real.connectMs} ms`;
    const data = c.real.dataFlowing ? 'data flowing' : 'DATA STOPPED';
    const prflx = c.simulated.viaPeerReflexive ? ' via prflx' : '';
    return `${c.agree ? 'agree   ' : 'DISAGREE'} A ${sideText(c.a)} | B ${sideText(c.b)} | simulated ${c.simulated.outcome}${prflx}, real ${c.real.outcome} (A ${pairText(c.real.selectedA)}, B ${pairText(c.real.selectedB)}, ${connect}, ${data})`;
  });
}

/** The whole printed report, ending with the summary line. */
export function reportText(cases: readonly RealNatCase[]): string {
  return [matrixText(cases), '', ...caseLines(cases), '', summaryLine(cases)].join('\n');
}

/** The run as committed to content/natlab/last-run.json. */
export function buildRun(
  date: Date,
  environment: RealNatRun['environment'],
  durationSeconds: number,
  cases: RealNatCase[],
): RealNatRun {
  return {
    date: date.toISOString(),
    environment,
    durationSeconds,
    cases,
    agreeing: cases.filter((c) => c.agree).length,
    total: cases.length,
  };
}
