// Packet delivery through the simulated network: the sender's NAT translation (RFC 4787 §4.1),
// the TURN relay with its permissions (RFC 8656 §9), and the receiver's NAT filter (RFC 4787 §5).
import type { NatBehaviour } from './behaviour';
import { endpointText, sameEndpoint, type Endpoint } from './endpoint';
import { NatDevice } from './nat-device';
import type { RouterModel } from './real-nat-run';
import type { SimNode } from './simulation-types';
import { isPrivateIp, TOPOLOGY } from './topology';

/** Agent names. */
export type AgentName = 'A' | 'B';

/** Which local socket a packet leaves from or arrives at: the host's own socket or its TURN allocation. */
export type LocalSocket = 'base' | 'relay';

/** Where a packet ended up. */
export type Delivery =
  | {
      delivered: true;
      to: AgentName | 'STUN server' | 'TURN server';
      socket: LocalSocket;
      from: Endpoint;
    }
  | { delivered: false; droppedBy: SimNode; reason: string };

/** A packet on its way: translated at send time, delivered at arrival time. */
export interface PacketInFlight {
  path: SimNode[];
  wireSource: Endpoint;
  destination: Endpoint;
  newMapping: Endpoint | undefined;
  /** Set when the packet was already dropped on the sending side. */
  earlyDrop: { droppedBy: SimNode; reason: string } | undefined;
  /** The public port a stray entry took from this packet's mapping (a port clash). */
  clashedPort: number | undefined;
  /** The port clash in words; undefined when there was none. */
  note: string | undefined;
}

/** The routers of both sides: each with its stateful firewall unless told otherwise. */
export interface RouterPair {
  a: RouterModel;
  b: RouterModel;
}

/** Both routers drop unsolicited packets, as a usual home router does. */
export const FIREWALLED_ROUTERS: RouterPair = { a: { firewall: true }, b: { firewall: true } };

/** The NATs, the TURN allocations and their permissions of one run. */
export class SimNetwork {
  readonly nats: Record<AgentName, NatDevice>;
  readonly bases: Record<AgentName, Endpoint> = { A: TOPOLOGY.hostA, B: TOPOLOGY.hostB };
  readonly relays: Record<AgentName, Endpoint> = { A: TOPOLOGY.relayA, B: TOPOLOGY.relayB };
  /** Public endpoint each agent's allocation is reached at (its NAT mapping toward the TURN server). */
  readonly allocationClients: Partial<Record<AgentName, Endpoint>> = {};
  /** IP addresses each allocation lets in (RFC 8656 §9: permissions are per IP address). */
  readonly permissions: Record<AgentName, string[]> = { A: [], B: [] };

  constructor(a: NatBehaviour, b: NatBehaviour, routers: RouterPair = FIREWALLED_ROUTERS) {
    const { natA, natB } = TOPOLOGY;
    this.nats = {
      A: new NatDevice('NAT A', natA.publicIp, a, natA.firstPort, routers.a.firewall),
      B: new NatDevice('NAT B', natB.publicIp, b, natB.firstPort, routers.b.firewall),
    };
  }

  /** Send from an agent's socket: translate through its NAT now (and through TURN for the relay socket). */
  send(agent: AgentName, socket: LocalSocket, destination: Endpoint): PacketInFlight {
    const nat = this.nats[agent];
    const turn = TOPOLOGY.turnServer;
    const firstHop = socket === 'relay' ? turn : destination;
    const { external, created, clashedPort } = nat.outbound(this.bases[agent], firstHop);
    const path: SimNode[] = [agent, nat.name as SimNode];
    const newMapping = created ? external : undefined;
    const note =
      clashedPort === undefined
        ? undefined
        : `Port clash: ${nat.name} would send from public port ${clashedPort}, but that port already has a connection-tracking entry with ${endpointText(firstHop)} (left by an earlier unsolicited packet from there), so the 5-tuple is taken and it picks port ${external.port}: a new mapping${nat.behaviour.mapping === 'eim' ? ' even though the NAT is endpoint-independent' : ''}.`;
    if (socket === 'base')
      return {
        path,
        wireSource: external,
        destination,
        newMapping,
        earlyDrop: undefined,
        clashedPort,
        note,
      };
    path.push('TURN server');
    // RFC 8656 §11.2: a Send indication to a peer without a permission is discarded.
    const earlyDrop = this.permissions[agent].includes(destination.ip)
      ? undefined
      : {
          droppedBy: 'TURN server' as SimNode,
          reason: `the TURN server has no permission for ${destination.ip} on ${agent}'s allocation`,
        };
    return {
      path,
      wireSource: this.relays[agent],
      destination,
      newMapping,
      earlyDrop,
      clashedPort,
      note,
    };
  }

  /** Send from a server (STUN or TURN) to a public endpoint. */
  sendFromServer(server: 'STUN server' | 'TURN server', destination: Endpoint): PacketInFlight {
    const source = server === 'STUN server' ? TOPOLOGY.stunServer : TOPOLOGY.turnServer;
    return {
      path: [server],
      wireSource: source,
      destination,
      newMapping: undefined,
      earlyDrop: undefined,
      clashedPort: undefined,
      note: undefined,
    };
  }

  /** Deliver a packet at its arrival time: servers, NAT filters, relays, or nowhere. */
  deliver(packet: PacketInFlight): Delivery {
    if (packet.earlyDrop) return { delivered: false, ...packet.earlyDrop };
    const { destination, wireSource, path } = packet;
    if (sameEndpoint(destination, TOPOLOGY.stunServer))
      return this.arrive(path, 'STUN server', 'base', wireSource);
    if (sameEndpoint(destination, TOPOLOGY.turnServer))
      return this.arrive(path, 'TURN server', 'base', wireSource);
    for (const agent of ['A', 'B'] as const) {
      const nat = this.nats[agent];
      if (destination.ip === nat.publicIp) {
        path.push(nat.name as SimNode);
        const result = nat.inbound(wireSource, destination.port);
        if (!result.accepted)
          return { delivered: false, droppedBy: nat.name as SimNode, reason: result.reason };
        return this.arrive(path, agent, 'base', wireSource);
      }
      if (sameEndpoint(destination, this.relays[agent])) {
        if (path.at(-1) !== 'TURN server') path.push('TURN server');
        if (!this.permissions[agent].includes(wireSource.ip)) {
          return {
            delivered: false,
            droppedBy: 'TURN server',
            reason: `${agent}'s allocation has no permission for ${wireSource.ip} (RFC 8656 §9)`,
          };
        }
        const client = this.allocationClients[agent];
        if (!client)
          return {
            delivered: false,
            droppedBy: 'TURN server',
            reason: `${agent} has no allocation`,
          };
        path.push(nat.name as SimNode);
        const result = nat.inbound(TOPOLOGY.turnServer, client.port);
        if (!result.accepted)
          return { delivered: false, droppedBy: nat.name as SimNode, reason: result.reason };
        return this.arrive(path, agent, 'relay', wireSource);
      }
    }
    path.push('internet');
    const why = isPrivateIp(destination.ip)
      ? 'is a private address in another network: no route'
      : 'is nobody';
    return {
      delivered: false,
      droppedBy: 'internet',
      reason: `${endpointText(destination)} ${why}`,
    };
  }

  private arrive(
    path: SimNode[],
    to: AgentName | 'STUN server' | 'TURN server',
    socket: LocalSocket,
    from: Endpoint,
  ): Delivery {
    path.push(to);
    return { delivered: true, to, socket, from };
  }
}
