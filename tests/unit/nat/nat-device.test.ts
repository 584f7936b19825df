import { describe, expect, it } from 'vitest';
import type { NatBehaviour } from '~/lib/nat/behaviour';
import { NatDevice } from '~/lib/nat/nat-device';

const inside = { ip: '10.0.0.2', port: 5000 };
const server = { ip: '192.0.2.10', port: 3478 };
const peerPort1 = { ip: '198.51.100.20', port: 50000 };
const peerPort2 = { ip: '198.51.100.20', port: 50001 };
const other = { ip: '192.0.2.99', port: 7 };
const device = (mapping: NatBehaviour['mapping'], filtering: NatBehaviour['filtering']) =>
  new NatDevice('NAT A', '203.0.113.10', { mapping, filtering }, 40000);

describe('NatDevice', () => {
  it('keeps one public port for every destination with EIM (RFC 4787 §4.1)', () => {
    const nat = device('eim', 'eif');
    expect(nat.outbound(inside, server).external.port).toBe(40000);
    expect(nat.outbound(inside, peerPort1)).toEqual({
      external: { ip: '203.0.113.10', port: 40000 },
      created: false,
    });
  });

  it('gives each destination address its own port with ADM, and each address and port with APDM', () => {
    const adm = device('adm', 'eif');
    adm.outbound(inside, peerPort1);
    expect(adm.outbound(inside, peerPort2).created).toBe(false);
    expect(adm.outbound(inside, server).external.port).toBe(40001);
    const apdm = device('apdm', 'eif');
    apdm.outbound(inside, peerPort1);
    expect(apdm.outbound(inside, peerPort2).external.port).toBe(40001);
  });

  it('filters inbound packets by nothing, address, or address and port (RFC 4787 §5)', () => {
    for (const [filtering, fromSamePortOk, fromOtherPortOk, fromOtherIpOk] of [
      ['eif', true, true, true],
      ['adf', true, true, false],
      ['apdf', true, false, false],
    ] as const) {
      const nat = device('eim', filtering);
      nat.outbound(inside, peerPort1);
      expect(nat.inbound(peerPort1, 40000).accepted, filtering).toBe(fromSamePortOk);
      expect(nat.inbound(peerPort2, 40000).accepted, filtering).toBe(fromOtherPortOk);
      expect(nat.inbound(other, 40000).accepted, filtering).toBe(fromOtherIpOk);
    }
  });

  it('drops packets to a port without a mapping, even with EIF', () => {
    expect(device('eim', 'eif').inbound(other, 40000)).toMatchObject({ accepted: false });
  });
});
