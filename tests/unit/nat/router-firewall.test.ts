import { describe, expect, it } from 'vitest';
import { parseNatBehaviour, type NatBehaviour } from '~/lib/nat/behaviour';
import { computeNatMatrix } from '~/lib/nat/matrix';
import { NatDevice } from '~/lib/nat/nat-device';
import { simulateHolePunching } from '~/lib/nat/simulate';

const nat = (text: string): NatBehaviour => parseNatBehaviour(text) as NatBehaviour;
const open = { a: { firewall: false }, b: { firewall: false } };
const inside = { ip: '10.0.0.2', port: 5000 };
const stun = { ip: '192.0.2.10', port: 3478 };
const peer = { ip: '198.51.100.20', port: 50000 };

// The outcome of every pair with both routers firewalled, as the simulator gave it before the
// router model existed: d direct, p direct through a peer-reflexive candidate, r relay.
const FIREWALLED_MATRIX = `
d d d p p p p p p
d d d p p p p p p
d d d r r r r r r
p p r p p r p p r
p p r p r r p r r
p p r r r r r r r
p p r p p r r r r
p p r p r r r r r
p p r r r r r r r`;

const letters = (routers?: Parameters<typeof computeNatMatrix>[0]) =>
  computeNatMatrix(routers)
    .map((row) =>
      row
        .map((c) => (c.outcome === 'direct' ? (c.viaPeerReflexive ? 'p' : 'd') : c.outcome[0]))
        .join(' '),
    )
    .join('\n');

describe('the router firewall option', () => {
  it('leaves the matrix exactly as it was when both routers drop unsolicited packets (the default)', () => {
    expect(`\n${letters()}`).toBe(FIREWALLED_MATRIX);
    expect(letters({ a: { firewall: true }, b: { firewall: true } })).toBe(letters());
  });

  it('keeps a refused packet as a connection-tracking entry when the router has no firewall, and moves the mapping toward that sender to another port even under EIM', () => {
    const device = new NatDevice('NAT A', '203.0.113.10', nat('eim/apdf'), 40000, false);
    expect(device.outbound(inside, stun).external.port).toBe(40000);
    const refused = device.inbound(peer, 40000);
    expect(refused.accepted).toBe(false);
    expect(device.strays).toEqual([{ port: 40000, remote: '198.51.100.20:50000' }]);
    expect(device.outbound(inside, peer)).toMatchObject({
      external: { port: 40001 },
      created: true,
      clashedPort: 40000,
    });
    expect(device.outbound(inside, stun).external.port).toBe(40000);
    expect(device.outbound(inside, peer).external.port).toBe(40001);
  });

  it('keeps no entry when the firewall drops the packet, so the port stays', () => {
    const device = new NatDevice('NAT A', '203.0.113.10', nat('eim/apdf'), 40000);
    device.outbound(inside, stun);
    device.inbound(peer, 40000);
    expect(device.strays).toEqual([]);
    expect(device.outbound(inside, peer)).toMatchObject({
      external: { port: 40000 },
      clashedPort: undefined,
    });
  });

  it('sends EIM + APDF with EIM + APDF to the relay without drop rules, as real Linux routers did in 3 of 3 runs', () => {
    const result = simulateHolePunching(nat('eim/apdf'), nat('eim/apdf'), open);
    expect(result.outcome).toBe('relay');
    const clash = result.steps.find((s) => s.clashedPort !== undefined);
    expect(clash?.description).toMatch(
      /Port clash: NAT B would send from public port 50000.*picks port 50001.*even though the NAT is endpoint-independent/,
    );
    expect(
      result.steps.some((s) =>
        s.description.includes('With no drop rule the packet reaches the router itself'),
      ),
    ).toBe(true);
    expect(result.reason).toMatch(/no drop rule.*B's port 50000 moved to 50001/);
  });

  it('still connects EIM + APDF pairs directly when only one router lacks drop rules but its port is never taken', () => {
    // A checks first, so only B's router sees an unsolicited packet before sending itself.
    const onlyA = simulateHolePunching(nat('eim/apdf'), nat('eim/apdf'), {
      a: { firewall: false },
      b: { firewall: true },
    });
    expect(onlyA.outcome).toBe('direct');
    expect(onlyA.reason).toMatch(/NAT A had no drop rule, but no unsolicited packet took a port/);
    const onlyB = simulateHolePunching(nat('eim/apdf'), nat('eim/apdf'), {
      a: { firewall: true },
      b: { firewall: false },
    });
    expect(onlyB.outcome).toBe('relay');
  });

  it('never makes a pair fail outright: the relay still works without drop rules', () => {
    for (const row of computeNatMatrix(open))
      for (const cell of row)
        expect(cell.outcome, `${cell.a.mapping}/${cell.a.filtering}`).not.toBe('failed');
  });
});
