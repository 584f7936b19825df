// What a view needs to show one simulation step: where the packet came from and was going, and
// the verdict of every box it crossed (the sender's NAT mapping, the TURN relay, the receiver's
// NAT filter), each with its reason in words. Derived from the step's plain data only.
import { BEHAVIOUR_NAMES, type NatBehaviour } from './behaviour';
import { endpointText, sameEndpoint, type Endpoint } from './endpoint';
import type { SimNode, SimulationStep } from './simulation-types';
import { TOPOLOGY } from './topology';

/** What one box did to a packet. */
export type HopVerdict = 'mapped' | 'relayed' | 'passed' | 'dropped' | 'arrived';

/** One box on a packet's path and what it did, in words. */
export interface PacketHop {
  node: SimNode;
  verdict: HopVerdict;
  text: string;
}

/** The node an address belongs to: a server, or the host behind a NAT, relay or private address. */
export function nodeAt(address: Endpoint): SimNode | undefined {
  if (sameEndpoint(address, TOPOLOGY.stunServer)) return 'STUN server';
  if (sameEndpoint(address, TOPOLOGY.turnServer)) return 'TURN server';
  const a: string[] = [TOPOLOGY.hostA.ip, TOPOLOGY.natA.publicIp];
  const b: string[] = [TOPOLOGY.hostB.ip, TOPOLOGY.natB.publicIp];
  if (sameEndpoint(address, TOPOLOGY.relayA) || a.includes(address.ip)) return 'A';
  if (sameEndpoint(address, TOPOLOGY.relayB) || b.includes(address.ip)) return 'B';
  return undefined;
}

/** Who sent a step and whom it was meant for (for an event, the agent it happened in, twice). */
export function stepEnds(step: SimulationStep): { from: SimNode; to: SimNode } {
  const from = step.path[0] ?? step.actor;
  if (step.destination) return { from, to: nodeAt(step.destination) ?? 'internet' };
  return { from, to: step.path.at(-1) ?? step.actor };
}

const MAPPING_RULE = {
  eim: 'one public port for every destination',
  adm: 'a new public port for each new destination address',
  apdm: 'a new public port for each new destination address and port',
} as const;

/** The reason a packet was dropped, as the simulation wrote it in the step's description. */
export function dropReason(step: SimulationStep): string | undefined {
  if (step.fate !== 'dropped') return undefined;
  const reason = step.description.split(' Dropped: ')[1];
  return reason ? reason.replace(/\.$/, '') : 'dropped';
}

/**
 * The verdict of each box after the sender on a packet's path: which NAT mapped it (new or
 * reused mapping, RFC 4787 §4.1), whether the TURN server relayed it, which NAT's filter passed
 * or dropped it (RFC 4787 §5) and why. Empty for events (no packet on the wire).
 */
export function packetHops(
  step: SimulationStep,
  nats: { a: NatBehaviour; b: NatBehaviour },
): PacketHop[] {
  const hops: PacketHop[] = [];
  if (step.fate === 'event') return hops;
  const behaviourOf = (node: SimNode) => (node === 'NAT A' ? nats.a : nats.b);
  step.path.forEach((node, i) => {
    if (i === 0) return;
    const previous = step.path[i - 1];
    const last = i === step.path.length - 1;
    if (last && step.fate === 'dropped' && step.droppedBy === node) {
      hops.push({ node, verdict: 'dropped', text: capitalise(dropReason(step) ?? 'dropped') });
      return;
    }
    if (node === 'NAT A' || node === 'NAT B') {
      const behaviour = behaviourOf(node);
      if (previous === node.slice(4)) {
        hops.push({ node, verdict: 'mapped', text: mappingText(step, behaviour) });
      } else {
        hops.push({ node, verdict: 'passed', text: filterText(step, node, behaviour, previous) });
      }
      return;
    }
    if (node === 'TURN server' && !last) {
      hops.push({ node, verdict: 'relayed', text: relayText(step) });
      return;
    }
    hops.push({
      node,
      verdict: 'arrived',
      text: `Delivered to ${node.includes('server') ? 'the ' : ''}${node}.`,
    });
  });
  return hops;
}

function mappingText(step: SimulationStep, behaviour: NatBehaviour): string {
  const rule = `${BEHAVIOUR_NAMES[behaviour.mapping]}: ${MAPPING_RULE[behaviour.mapping]}`;
  const viaTurn = isRelay(step.wireSource);
  const toward = viaTurn ? 'the TURN server' : step.destination && endpointText(step.destination);
  if (step.newMapping) {
    return `New mapping ${step.source ? endpointText(step.source) : 'host'} ⇒ ${endpointText(step.newMapping)} toward ${toward} (${rule}).`;
  }
  const port = viaTurn
    ? 'its existing mapping'
    : `its existing mapping ${step.wireSource ? endpointText(step.wireSource) : ''}`.trim();
  return `Reused ${port} toward ${toward} (${rule}).`;
}

function filterText(
  step: SimulationStep,
  node: SimNode,
  behaviour: NatBehaviour,
  previous: SimNode | undefined,
): string {
  // A packet relayed by TURN reaches the NAT from the TURN server's own address.
  const sender = previous === 'TURN server' ? TOPOLOGY.turnServer : step.wireSource;
  const name = BEHAVIOUR_NAMES[behaviour.filtering];
  if (!sender) return `${node}'s filter let it in (${name}).`;
  if (behaviour.filtering === 'eif')
    return `${node}'s filter let it in: ${name} admits any sender on a mapped port.`;
  const what = behaviour.filtering === 'adf' ? sender.ip : endpointText(sender);
  return `${node}'s filter let it in (${name}): that mapping had already sent a packet to ${what}.`;
}

function relayText(step: SimulationStep): string {
  const { destination, wireSource } = step;
  if (isRelay(wireSource) && wireSource) {
    // Sent from the relay socket: out of the sender's allocation (RFC 8656 §11).
    const to = destination ? endpointText(destination) : 'the peer';
    return `The TURN server sent it on to ${to} from the relayed address ${endpointText(wireSource)} (a permission for that IP exists).`;
  }
  // Sent to a relayed address: into the receiver's allocation, if its permissions allow the sender.
  const from = wireSource ? wireSource.ip : 'the sender';
  return `The allocation ${destination ? endpointText(destination) : ''} has a permission for ${from}, so the TURN server relayed it to its client.`.replace(
    '  ',
    ' ',
  );
}

/** Whether an address is one of the TURN relayed addresses. */
function isRelay(address: Endpoint | undefined): boolean {
  return (
    !!address && (sameEndpoint(address, TOPOLOGY.relayA) || sameEndpoint(address, TOPOLOGY.relayB))
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1) + (text.endsWith('.') ? '' : '.');
}
