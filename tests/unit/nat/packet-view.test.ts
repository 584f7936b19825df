import { describe, expect, it } from 'vitest';
import { parseNatBehaviour, type NatBehaviour } from '~/lib/nat/behaviour';
import { dropReason, nodeAt, packetHops, stepEnds } from '~/lib/nat/packet-view';
import { simulateHolePunching } from '~/lib/nat/simulate';
import type { SimulationStep } from '~/lib/nat/simulation-types';

const nat = (text: string): NatBehaviour => parseNatBehaviour(text) as NatBehaviour;

function run(a: string, b: string) {
  const nats = { a: nat(a), b: nat(b) };
  return { nats, steps: simulateHolePunching(nats.a, nats.b).steps };
}

function find(steps: SimulationStep[], test: (s: SimulationStep) => boolean): SimulationStep {
  const step = steps.find(test);
  if (!step) throw new Error('no such step');
  return step;
}

describe('nodeAt', () => {
  it('names the servers, the hosts behind their NATs, the relayed addresses and private addresses', () => {
    expect(nodeAt({ ip: '192.0.2.10', port: 3478 })).toBe('STUN server');
    expect(nodeAt({ ip: '192.0.2.20', port: 3478 })).toBe('TURN server');
    expect(nodeAt({ ip: '192.0.2.20', port: 49152 })).toBe('A');
    expect(nodeAt({ ip: '192.0.2.20', port: 49153 })).toBe('B');
    expect(nodeAt({ ip: '203.0.113.10', port: 40001 })).toBe('A');
    expect(nodeAt({ ip: '192.168.1.2', port: 6000 })).toBe('B');
    expect(nodeAt({ ip: '8.8.8.8', port: 53 })).toBeUndefined();
  });
});

describe('stepEnds', () => {
  it('gives the sender and the node the packet was meant for, even when it was dropped', () => {
    const { steps } = run('eim/apdf', 'eim/apdf');
    expect(stepEnds(steps[0]!)).toEqual({ from: 'A', to: 'STUN server' });
    const toPrivate = find(steps, (s) => s.kind === 'check' && s.droppedBy === 'internet');
    expect(stepEnds(toPrivate)).toEqual({ from: 'A', to: 'B' });
    const response = find(steps, (s) => s.kind === 'stun-binding-response');
    expect(stepEnds(response)).toEqual({ from: 'STUN server', to: 'A' });
  });

  it('gives an event its own agent, and candidates their way through signaling', () => {
    const { steps } = run('eim/eif', 'eim/eif');
    expect(stepEnds(find(steps, (s) => s.kind === 'candidates'))).toEqual({ from: 'B', to: 'A' });
    const succeeded = find(steps, (s) => s.kind === 'pair-succeeded');
    expect(stepEnds(succeeded)).toEqual({ from: succeeded.actor, to: succeeded.actor });
  });
});

describe('dropReason', () => {
  it('returns the reason of a dropped packet and nothing for a delivered one', () => {
    const { steps } = run('eim/apdf', 'eim/apdf');
    const dropped = find(steps, (s) => s.droppedBy === 'NAT B');
    expect(dropReason(dropped)).toMatch(/^NAT B filters by address and port \(APDF\)/);
    expect(dropReason(steps[0]!)).toBeUndefined();
  });
});

describe('packetHops', () => {
  it('says which NAT created a mapping and under which behaviour', () => {
    const { nats, steps } = run('apdm/eif', 'eim/eif');
    const [mapped, arrived] = packetHops(steps[0]!, nats);
    expect(mapped).toMatchObject({ node: 'NAT A', verdict: 'mapped' });
    expect(mapped?.text).toMatch(/^New mapping 10\.0\.0\.2:5000 ⇒ 203\.0\.113\.10:40000/);
    expect(mapped?.text).toContain('address-and-port-dependent mapping');
    expect(arrived).toMatchObject({ node: 'STUN server', verdict: 'arrived' });
    const allocate = find(steps, (s) => s.kind === 'turn-allocate' && s.actor === 'A');
    expect(packetHops(allocate, nats)[0]?.text).toMatch(/^New mapping .* ⇒ 203\.0\.113\.10:40001/);
  });

  it('says which filter dropped a packet and why, and ends the path there', () => {
    const { nats, steps } = run('eim/apdf', 'eim/apdf');
    const dropped = find(steps, (s) => s.kind === 'check' && s.droppedBy === 'NAT B');
    const hops = packetHops(dropped, nats);
    expect(hops.map((h) => h.verdict)).toEqual(['mapped', 'dropped']);
    expect(hops[1]).toMatchObject({ node: 'NAT B' });
    expect(hops[1]?.text).toMatch(/never sent anything to 203\.0\.113\.10:40000\.$/);
  });

  it('explains why a filter let a packet in, per filtering behaviour', () => {
    const apdf = run('eim/apdf', 'eim/apdf');
    const through = find(
      apdf.steps,
      (s) =>
        s.kind === 'check' &&
        s.fate === 'delivered' &&
        s.path.includes('NAT A') &&
        s.path.includes('NAT B'),
    );
    const filter = packetHops(through, apdf.nats).find((h) => h.verdict === 'passed');
    expect(filter?.text).toMatch(
      /address-and-port-dependent filtering\): that mapping had already sent a packet to \d+\.\d+\.\d+\.\d+:\d+\.$/,
    );
    const eif = run('eim/eif', 'eim/eif');
    const response = find(eif.steps, (s) => s.kind === 'stun-binding-response');
    expect(packetHops(response, eif.nats)[0]?.text).toMatch(/admits any sender on a mapped port/);
  });

  it('follows a packet through the TURN relay and filters it as coming from the TURN server', () => {
    const { nats, steps } = run('apdm/apdf', 'apdm/apdf');
    const relayed = find(
      steps,
      (s) => s.fate === 'delivered' && s.wireSource?.port === 49152 && s.path.at(-1) === 'B',
    );
    const hops = packetHops(relayed, nats);
    expect(hops.map((h) => h.verdict)).toEqual(['mapped', 'relayed', 'passed', 'arrived']);
    expect(hops[1]?.text).toContain('from the relayed address 192.0.2.20:49152');
    expect(hops[2]?.text).toContain('192.0.2.20:3478');
  });

  it('returns nothing for an event, which puts no packet on the wire', () => {
    const { nats, steps } = run('eim/eif', 'eim/eif');
    expect(
      packetHops(
        find(steps, (s) => s.kind === 'turn-create-permission'),
        nats,
      ),
    ).toEqual([]);
    expect(packetHops(steps.at(-1)!, nats)).toEqual([]);
  });
});
