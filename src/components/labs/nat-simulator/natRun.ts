// The NAT simulator's words and presets, as plain data: how an outcome reads, where the step
// control may go, and what a link's `?lab=nat-simulator&a=…&b=…&step=…` asks for.
import { parseNatBehaviour, type NatBehaviour } from '~/lib/nat/behaviour';
import type { SimulationResult, SimulationStep } from '~/lib/nat/simulation-types';

/** An outcome as the learner reads it: direct (through a peer-reflexive candidate), relay, none. */
export function outcomeText(
  result: Pick<SimulationResult, 'outcome' | 'viaPeerReflexive'>,
): string {
  if (result.outcome === 'direct') {
    return result.viaPeerReflexive ? 'direct, through a peer-reflexive candidate' : 'direct';
  }
  return result.outcome === 'relay' ? 'relay needed' : 'no path';
}

/** `index` as a step of a run of `total` steps: a whole number from 0 to total - 1. */
export function clampStep(index: number, total: number): number {
  return Math.max(0, Math.min(total - 1, Math.trunc(index) || 0));
}

/** What the live region says for the step on screen (`index` counts from 0). */
export function stepAnnouncement(step: SimulationStep | undefined, index: number, total: number) {
  return `Step ${index + 1} of ${total}: ${step?.description ?? ''}`;
}

/** What a link asks the lab for. Sides it could not read are named in `error`. */
export interface NatPreset {
  a?: NatBehaviour;
  b?: NatBehaviour;
  /** `fwA=0` / `fwB=0`: that side's router has no firewall (1 turns it back on). */
  firewallA?: boolean;
  firewallB?: boolean;
  /** The step to open after the run, from 0 (the link's `step` counts from 1). */
  step?: number;
  error?: string;
}

/** Longest side text read from a link: enough for any behaviour, short enough for the alert. */
const MAX_SIDE_TEXT = 40;

const SWITCH: Record<string, boolean> = { '0': false, off: false, '1': true, on: true };

/** Reads `a=eim/apdf&b=apdm/apdf&fwA=0&step=15` (step only with run=1). Nothing here throws. */
export function parseNatPreset(params: URLSearchParams): NatPreset {
  const preset: NatPreset = {};
  const problems: string[] = [];
  for (const side of ['a', 'b'] as const) {
    const text = params.get(side)?.slice(0, MAX_SIDE_TEXT);
    if (text === undefined) continue;
    const behaviour = parseNatBehaviour(text);
    if (behaviour) preset[side] = behaviour;
    else problems.push(`${side}=${text}`);
  }
  const errors: string[] = [];
  if (problems.length > 0) {
    errors.push(
      `The link's preset ${problems.join(' and ')} is not a NAT behaviour, so the lab kept its ` +
        'own choice. Write mapping/filtering, for example a=eim/apdf: mapping eim, adm or apdm; ' +
        'filtering eif, adf or apdf.',
    );
  }
  const switches: string[] = [];
  for (const side of ['A', 'B'] as const) {
    const text = params.get(`fw${side}`)?.slice(0, MAX_SIDE_TEXT);
    if (text === undefined) continue;
    const on = SWITCH[text.toLowerCase()];
    if (on === undefined) switches.push(`fw${side}=${text}`);
    else preset[`firewall${side}`] = on;
  }
  if (switches.length > 0) {
    errors.push(
      `The link's ${switches.join(' and ')} is not a firewall setting, so the lab kept its own: ` +
        'write fwA=0 for a router without a firewall, fwA=1 for one with it.',
    );
  }
  if (errors.length > 0) preset.error = errors.join(' ');
  const step = Number(params.get('step'));
  if (params.get('run') === '1' && Number.isInteger(step) && step > 0) preset.step = step - 1;
  return preset;
}
