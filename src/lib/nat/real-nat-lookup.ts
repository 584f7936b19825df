// What the simulator lab needs from a real-NAT run: one small record per measured pair, found by
// the pair of behaviours and the routers' firewall settings the learner picked.
import { behaviourCode, natLabel, type NatBehaviour } from './behaviour';
import type { RouterPair } from './network';
import type { RealNatCase, RealSelectedPair } from './real-nat-run';

/** One measured case, trimmed to what the lab shows. Behaviours are "eim/apdf" codes. */
export interface RealNatCell {
  a: string;
  b: string;
  firewallA: boolean;
  firewallB: boolean;
  outcome: RealNatCase['real']['outcome'];
  selectedA: RealSelectedPair | undefined;
  selectedB: RealSelectedPair | undefined;
  agree: boolean;
}

/** A run as the lab receives it (a prop from the chapter). */
export interface RealNatSummary {
  /** ISO date and time of the run. */
  date: string;
  /** "Linux 6.x, Chromium 1xx, coturn 4.x": where it ran. */
  environment: string;
  /** Behaviours the runner can build with nftables, as "eim/apdf" codes. */
  buildable: string[];
  cells: RealNatCell[];
}

/** A measured pair found for the learner's choice; `swapped` when it was measured with A and B exchanged. */
export interface RealNatMatch {
  cell: RealNatCell;
  swapped: boolean;
  /** How many cases of the run measured this pair with these routers. */
  runs: number;
}

/** The measured cases for this pair and these routers, trying the swapped pair when the exact one is missing. */
export function findRealCase(
  summary: RealNatSummary,
  a: NatBehaviour,
  b: NatBehaviour,
  routers: RouterPair,
): RealNatMatch | undefined {
  const matching = (x: NatBehaviour, y: NatBehaviour, fx: boolean, fy: boolean) =>
    summary.cells.filter(
      (c) =>
        c.a === behaviourCode(x) &&
        c.b === behaviourCode(y) &&
        c.firewallA === fx &&
        c.firewallB === fy,
    );
  const exact = matching(a, b, routers.a.firewall, routers.b.firewall);
  if (exact[0]) return { cell: exact[0], swapped: false, runs: exact.length };
  const swapped = matching(b, a, routers.b.firewall, routers.a.firewall);
  if (swapped[0]) return { cell: swapped[0], swapped: true, runs: swapped.length };
  return undefined;
}

/** Why a pair is not in the run, in words: a behaviour Linux rules cannot give (ADM when none is built), one the lab does not build, or a pair not run. */
export function whyNotMeasured(summary: RealNatSummary, a: NatBehaviour, b: NatBehaviour): string {
  const sides = [
    ['A', a],
    ['B', b],
  ] as const;
  const missing = sides.filter(([, x]) => !summary.buildable.includes(behaviourCode(x)));
  if (missing.length === 0)
    return 'Not measured: the last real run did not include this pair with these firewall settings.';
  const admBuilt = summary.buildable.some((c) => c.startsWith('adm/'));
  const adm = missing.filter(([, x]) => x.mapping === 'adm').map(([n]) => `NAT ${n}`);
  if (adm.length > 0 && !admBuilt)
    return `Not measured: ${adm.join(' and ')} uses address-dependent mapping, which has no simple nftables rule, so the real-NAT lab cannot build it with Linux.`;
  const which = missing.map(([n, x]) => `NAT ${n} (${natLabel(x)})`).join(' and ');
  const built = summary.buildable.map((c) => c.replace('/', ' + ').toUpperCase()).join(', ');
  return `Not measured: the real-NAT lab builds only ${built} with Linux rules, not ${which}.`;
}

/** "srflx → srflx": the candidate types of a selected pair, local first. */
export function selectedPairText(pair: RealSelectedPair | undefined): string {
  return pair ? `${pair.local} → ${pair.remote}` : 'none';
}

/** "2026-12-01 08:12 UTC" from the run's ISO date (the same text on every machine). */
export function runDateText(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** "Linux 6.1, nftables v1.0.6, Chromium 130.0.0.0, coturn 4.6.1" from the run's tool versions, without repeated names. */
export function environmentText(env: {
  kernel: string;
  chromium: string;
  coturn: string;
  nft?: string;
}): string {
  const bare = (text: string, name: string) =>
    text
      .replace(new RegExp(`^${name}\\s+`, 'i'), '')
      .replace(/\s+built on .*$/, '')
      .replace(/\s*\(.*\)$/, '')
      .trim();
  const parts = [`Linux ${bare(env.kernel, 'Linux')}`];
  if (env.nft) parts.push(`nftables ${bare(env.nft, 'nftables')}`);
  parts.push(`Chromium ${bare(env.chromium, 'Chromium')}`, `coturn ${bare(env.coturn, 'coturn')}`);
  return parts.join(', ');
}
