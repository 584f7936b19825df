import { describe, expect, it } from 'vitest';
import { SimNetwork } from '~/lib/nat/network';
import { TOPOLOGY } from '~/lib/nat/topology';

const eimApdf = { mapping: 'eim', filtering: 'apdf' } as const;

describe('SimNetwork', () => {
  it('delivers a STUN request through NAT A with the mapped source address', () => {
    const net = new SimNetwork(eimApdf, eimApdf);
    const packet = net.send('A', 'base', TOPOLOGY.stunServer);
    expect(packet.newMapping).toEqual({ ip: '203.0.113.10', port: 40000 });
    expect(net.deliver(packet)).toEqual({
      delivered: true,
      to: 'STUN server',
      socket: 'base',
      from: { ip: '203.0.113.10', port: 40000 },
    });
  });

  it('drops at the receiving NAT when its filter has not been opened', () => {
    const net = new SimNetwork(eimApdf, eimApdf);
    net.deliver(net.send('B', 'base', TOPOLOGY.stunServer));
    const result = net.deliver(net.send('A', 'base', { ip: '198.51.100.20', port: 50000 }));
    expect(result).toMatchObject({ delivered: false, droppedBy: 'NAT B' });
  });

  it('drops packets to a private address of the other network in the internet', () => {
    const net = new SimNetwork(eimApdf, eimApdf);
    expect(net.deliver(net.send('A', 'base', TOPOLOGY.hostB))).toMatchObject({
      delivered: false,
      droppedBy: 'internet',
    });
  });

  it('relays through TURN only to and from permitted IP addresses', () => {
    const net = new SimNetwork(eimApdf, eimApdf);
    net.deliver(net.send('A', 'base', TOPOLOGY.turnServer));
    net.allocationClients.A = { ip: '203.0.113.10', port: 40000 };
    const toRelay = () => net.deliver(net.send('B', 'base', TOPOLOGY.relayA));
    expect(toRelay()).toMatchObject({ delivered: false, droppedBy: 'TURN server' });
    net.permissions.A.push('198.51.100.20');
    expect(toRelay()).toMatchObject({ delivered: true, to: 'A', socket: 'relay' });
  });
});
