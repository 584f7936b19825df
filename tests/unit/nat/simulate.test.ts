import { describe, expect, it } from 'vitest';
import {
  ALL_NAT_BEHAVIOURS,
  FILTERING_BEHAVIOURS,
  parseNatBehaviour,
  type NatBehaviour,
} from '~/lib/nat/behaviour';
import { simulateHolePunching } from '~/lib/nat/simulate';

const nat = (text: string): NatBehaviour => parseNatBehaviour(text) as NatBehaviour;

describe('simulateHolePunching', () => {
  it('connects two EIM NATs directly whatever their filtering, without peer-reflexive candidates', () => {
    for (const fa of FILTERING_BEHAVIOURS) {
      for (const fb of FILTERING_BEHAVIOURS) {
        const result = simulateHolePunching(
          { mapping: 'eim', filtering: fa },
          { mapping: 'eim', filtering: fb },
        );
        expect(result.outcome, `${fa}/${fb}`).toBe('direct');
        expect(result.viaPeerReflexive).toBe(false);
      }
    }
  });

  it('connects APDM to EIM + EIF or EIM + ADF directly through a peer-reflexive candidate', () => {
    for (const other of ['eim/eif', 'eim/adf']) {
      for (const symmetric of ['apdm/eif', 'apdm/adf', 'apdm/apdf']) {
        for (const [a, b] of [
          [symmetric, other],
          [other, symmetric],
        ] as const) {
          const result = simulateHolePunching(nat(a), nat(b));
          expect(result.outcome, `${a} with ${b}`).toBe('direct');
          expect(result.viaPeerReflexive, `${a} with ${b}`).toBe(true);
          expect(result.steps.some((s) => s.kind === 'prflx-learned')).toBe(true);
        }
      }
    }
  });

  it('needs a relay for APDM with EIM + APDF (port-restricted cone) on the other side', () => {
    for (const symmetric of ['apdm/eif', 'apdm/adf', 'apdm/apdf']) {
      expect(simulateHolePunching(nat(symmetric), nat('eim/apdf')).outcome).toBe('relay');
      expect(simulateHolePunching(nat('eim/apdf'), nat(symmetric)).outcome).toBe('relay');
    }
  });

  it('needs a relay when both NATs are APDM, whatever their filtering', () => {
    for (const fa of FILTERING_BEHAVIOURS) {
      for (const fb of FILTERING_BEHAVIOURS) {
        expect(
          simulateHolePunching(
            { mapping: 'apdm', filtering: fa },
            { mapping: 'apdm', filtering: fb },
          ).outcome,
        ).toBe('relay');
      }
    }
  });

  it('explains a relay outcome with the filter that dropped the checks', () => {
    const result = simulateHolePunching(nat('eim/apdf'), nat('apdm/apdf'));
    expect(result.reason).toMatch(/^Relay needed/);
    expect(result.reason).toMatch(
      /NAT B's filter \(address-and-port-dependent filtering\) dropped \d+ check packets/,
    );
    expect(result.selectedPairs.a).toMatch(/relay/);
  });

  it('records which filter dropped each lost packet and the NAT mapping a packet created', () => {
    const { steps } = simulateHolePunching(nat('eim/apdf'), nat('eim/apdf'));
    const firstDrop = steps.find((s) => s.kind === 'check' && s.droppedBy === 'NAT B');
    expect(firstDrop?.description).toMatch(/APDF/);
    expect(firstDrop?.path).toEqual(['A', 'NAT A', 'NAT B']);
    const firstBinding = steps[0];
    expect(firstBinding).toMatchObject({
      kind: 'stun-binding',
      newMapping: { ip: '203.0.113.10', port: 40000 },
      fate: 'delivered',
    });
  });

  it('retransmits a check that gets no answer before giving up on its pair', () => {
    const { steps } = simulateHolePunching(nat('apdm/apdf'), nat('apdm/apdf'));
    const attempts = steps
      .filter(
        (s) => s.kind === 'check' && s.pair === 'host 10.0.0.2:5000 → srflx 198.51.100.20:50000',
      )
      .map((s) => s.attempt);
    expect(attempts).toEqual([1, 2, 3, 4, 5]);
    expect(
      steps.some(
        (s) =>
          s.kind === 'pair-failed' && s.pair === 'host 10.0.0.2:5000 → srflx 198.51.100.20:50000',
      ),
    ).toBe(true);
  });

  it('goes through gathering, signaling, checks and outcome in time order, ending with the outcome', () => {
    const { steps } = simulateHolePunching(nat('eim/eif'), nat('apdm/apdf'));
    const phases = steps.map((s) => s.phase);
    expect([...new Set(phases)]).toEqual(['gathering', 'signaling', 'checks', 'outcome']);
    steps.forEach((s, i) => expect(s.index).toBe(i));
    for (let i = 1; i < steps.length; i += 1)
      expect(steps[i]!.time).toBeGreaterThanOrEqual(steps[i - 1]!.time);
    expect(steps.at(-1)?.kind).toBe('outcome');
  });

  it('is deterministic and returns plain data', () => {
    const first = simulateHolePunching(nat('adm/adf'), nat('apdm/eif'));
    const second = simulateHolePunching(nat('adm/adf'), nat('apdm/eif'));
    expect(second).toEqual(first);
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
  });

  it('ends every one of the 81 combinations in direct or relay, never in failure', () => {
    for (const a of ALL_NAT_BEHAVIOURS)
      for (const b of ALL_NAT_BEHAVIOURS)
        expect(simulateHolePunching(a, b).outcome).not.toBe('failed');
  });
});
