/**
 * `npm run natlab`: checks the NAT simulator against real Linux NAT (issue 15). As root it builds
 * network namespaces (a public bridge with coturn and a probe server, two nftables NAT routers,
 * one Chromium peer behind each), and for every pair of behaviours: loads the routers' rules,
 * measures each NAT with the probe (RFC 5780 §4.3/§4.4 style), connects two real Chromium peers
 * through them, reads the selected candidate pair from getStats and compares the outcome with
 * simulateHolePunching() on the measured behaviours. Prints the matrix and a last line
 * "real NAT vs simulator: N/N agree"; exits 1 on any disagreement (or a connected case whose
 * data stopped).
 *
 * Options: --out FILE (the RealNatRun JSON; default a temp file), --write (to
 * content/natlab/last-run.json), --skip-unless-able (not root or a tool missing: say why, exit 0),
 * --only KEY,KEY (only pairs of these behaviours), --pair A:B (only that ordered pair),
 * --capture FILE (pcap of the public bridge), --coturn-log FILE (coturn's verbose log), --record-probes DIR (the probe's answers per
 * behaviour, as the unit tests' fixtures), --keep-going (no exit code on disagreement).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { whyUnable, environment } from './natlab/able.ts';
import { planCases } from './natlab/plan.ts';
import { recordedProbes, runCases } from './natlab/run-cases.ts';
import { leftovers, teardown } from './natlab/teardown.ts';
import { buildRun, reportText } from '../src/lib/nat/natlab-compare.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const reason = whyUnable();
if (reason) {
  console.log(`natlab skipped: ${reason}.`);
  process.exit(args.includes('--skip-unless-able') ? 0 : 1);
}

const CLEAN = 'natlab: torn down, nothing left (namespaces, interfaces, processes).';

/** Leftovers after up to 3 s (killed processes take a moment to go); synchronous for signal handlers. */
function leftoversAfterWaiting(): string[] {
  const tick = new Int32Array(new SharedArrayBuffer(4));
  for (let i = 0; i < 30; i++) {
    if (leftovers().length === 0) break;
    Atomics.wait(tick, 0, 0, 100);
  }
  return leftovers();
}

const work = mkdtempSync(join(tmpdir(), 'natlab-'));
let cleaned = false;
function cleanUp(): void {
  if (cleaned) return;
  cleaned = true;
  teardown();
  rmSync(work, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    console.log(`\nnatlab: ${signal}, tearing down.`);
    cleanUp();
    const left = leftoversAfterWaiting();
    console.log(left.length === 0 ? CLEAN : `natlab: LEFT BEHIND: ${left.join('; ')}`);
    process.exit(130);
  });
process.on('exit', cleanUp);

const began = Date.now();
let code = 0;
let report = '';
try {
  const only = option('--only')?.split(',');
  const pair = option('--pair')?.split(':');
  const cases = await runCases(
    planCases(only).filter((c) => !pair || (c.a.key === pair[0] && c.b.key === pair[1])),
    work,
    (line) => console.log(`${new Date().toISOString().slice(11, 23)} ${line}`),
    { capture: option('--capture'), coturnLog: option('--coturn-log') },
  );
  const seconds = Math.round((Date.now() - began) / 100) / 10;
  const record = buildRun(new Date(began), environment(), seconds, cases);
  const out = args.includes('--write')
    ? join(import.meta.dirname, '..', 'content', 'natlab', 'last-run.json')
    : (option('--out') ?? join(tmpdir(), `natlab-run-${began}.json`));
  writeFileSync(out, `${JSON.stringify(record, null, 2)}\n`);
  const probes = option('--record-probes');
  if (probes)
    for (const [name, answers] of recordedProbes)
      writeFileSync(join(probes, `probe-${name}.json`), `${JSON.stringify(answers, null, 2)}\n`);
  console.log(`natlab: ${cases.length} cases in ${seconds} s; the run's JSON: ${out}`);
  // A connected case whose data stopped is a broken lab (the relay stall of issue 15), not a verdict.
  const stalled = cases.filter((c) => c.real.outcome !== 'failed' && !c.real.dataFlowing).length;
  if (stalled > 0) console.log(`natlab: data stopped in ${stalled} connected case(s).`);
  report = reportText(cases);
  const failing = record.agreeing !== record.total || stalled > 0;
  if (failing && !args.includes('--keep-going')) code = 1;
} catch (error) {
  console.error(
    `natlab failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  code = 1;
}
cleanUp();
const left = leftoversAfterWaiting();
console.log(left.length === 0 ? CLEAN : `natlab: LEFT BEHIND: ${left.join('; ')}`);
// The report last, so its last line is the verdict: "real NAT vs simulator: N/N agree".
if (report) console.log(`\n${report}`);
process.exit(left.length === 0 ? code : 1);
