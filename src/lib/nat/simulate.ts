// A packet-by-packet, deterministic hole-punching simulation: two hosts behind NATs gather
// candidates from a STUN and a TURN server, exchange them, and run ICE connectivity checks with
// retransmissions and peer-reflexive discovery (RFC 8445 §7). Output is plain data.
import type { NatBehaviour } from './behaviour';
import { endpointText, sameEndpoint, type Endpoint } from './endpoint';
import { EventLoop } from './event-loop';
import {
  FIREWALLED_ROUTERS,
  SimNetwork,
  type AgentName,
  type Delivery,
  type RouterPair,
} from './network';
import { describeOutcome } from './outcome-reason';
import { pairText, SimAgent, simCandidatePriority, type SimPair } from './sim-agent';
import type { SimulationResult } from './simulation-types';
import { TIMING, TOPOLOGY } from './topology';

/**
 * Simulate two hosts behind NATs of the given behaviours trying to connect; deterministic. Each
 * router drops unsolicited packets unless `routers` says `firewall: false` for it (a port clash
 * can then move a mapping, see NatDevice).
 */
export function simulateHolePunching(
  a: NatBehaviour,
  b: NatBehaviour,
  routers: RouterPair = FIREWALLED_ROUTERS,
): SimulationResult {
  const run = new Run(a, b, routers);
  run.start();
  run.drain();
  return describeOutcome(a, b, run.steps, run.agents, routers);
}

class Run extends EventLoop {
  protected readonly net: SimNetwork;
  readonly agents: Record<AgentName, SimAgent> = {
    A: new SimAgent('A', true),
    B: new SimAgent('B', false),
  };
  private readonly generations = new Map<SimPair, number>();

  constructor(a: NatBehaviour, b: NatBehaviour, routers: RouterPair) {
    super();
    this.net = new SimNetwork(a, b, routers);
  }

  start(): void {
    for (const [name, offset] of [
      ['A', 0],
      ['B', 10],
    ] as const) {
      const agent = this.agents[name];
      agent.local.push({
        type: 'host',
        address: this.net.bases[name],
        priority: simCandidatePriority('host'),
        socket: 'base',
      });
      this.at(offset, () => this.gatherSrflx(name));
      this.at(offset + 5, () => this.allocateRelay(name));
    }
    this.at(TIMING.candidatesAtA, () => this.receiveCandidates('A'));
    this.at(TIMING.candidatesAtB, () => this.receiveCandidates('B'));
  }

  private gatherSrflx(name: AgentName): void {
    const packet = this.net.send(name, 'base', TOPOLOGY.stunServer);
    const step = {
      phase: 'gathering',
      kind: 'stun-binding',
      actor: name,
      description: `${name} asks the STUN server for its public address (Binding request, RFC 8489 §6).`,
    } as const;
    this.transmit(packet, step, this.net.bases[name], (arrival) => {
      const reply = this.net.sendFromServer('STUN server', arrival.from);
      const answer = `The STUN server answers: you are ${endpointText(arrival.from)} (XOR-MAPPED-ADDRESS).`;
      this.transmit(
        reply,
        {
          phase: 'gathering',
          kind: 'stun-binding-response',
          actor: 'STUN server',
          description: answer,
        },
        TOPOLOGY.stunServer,
        () => {
          this.agents[name].local.push({
            type: 'srflx',
            address: arrival.from,
            priority: simCandidatePriority('srflx'),
            socket: 'base',
          });
        },
      );
    });
  }

  private allocateRelay(name: AgentName): void {
    const packet = this.net.send(name, 'base', TOPOLOGY.turnServer);
    const step = {
      phase: 'gathering',
      kind: 'turn-allocate',
      actor: name,
      description: `${name} asks the TURN server for a relayed address (Allocate, RFC 8656 §7, long-term credentials).`,
    } as const;
    this.transmit(packet, step, this.net.bases[name], (arrival) => {
      this.net.allocationClients[name] = arrival.from;
      const relay = this.net.relays[name];
      const reply = this.net.sendFromServer('TURN server', arrival.from);
      const answer = `The TURN server allocates ${endpointText(relay)} for ${name} (XOR-RELAYED-ADDRESS, LIFETIME 600 s).`;
      this.transmit(
        reply,
        {
          phase: 'gathering',
          kind: 'turn-allocate-response',
          actor: 'TURN server',
          description: answer,
        },
        TOPOLOGY.turnServer,
        () => {
          this.agents[name].local.push({
            type: 'relay',
            address: relay,
            priority: simCandidatePriority('relay'),
            socket: 'relay',
          });
        },
      );
    });
  }

  private receiveCandidates(name: AgentName): void {
    const agent = this.agents[name];
    const other = this.agents[name === 'A' ? 'B' : 'A'];
    const list = other.local.map((c) => `${c.type} ${endpointText(c.address)}`).join(', ');
    this.record({
      phase: 'signaling',
      kind: 'candidates',
      actor: 'signaling',
      path: [other.name, 'signaling', name],
      description: `${name} receives ${other.name}'s candidates through signaling: ${list}.`,
    });
    for (const candidate of other.local)
      if (!agent.remoteAt(candidate.address))
        agent.addRemote({
          type: candidate.type,
          address: candidate.address,
          priority: candidate.priority,
        });
    // With TURN, a permission for every remote IP before checks from the relay (RFC 8656 §9).
    const ips = [...new Set(agent.remote.map((c) => c.address.ip))];
    this.net.permissions[name].push(...ips);
    this.record({
      phase: 'signaling',
      kind: 'turn-create-permission',
      actor: name,
      path: [name, `NAT ${name}` as const, 'TURN server'],
      description: `${name} installs TURN permissions for ${ips.join(', ')} (CreatePermission, RFC 8656 §9).`,
    });
    this.ensurePacer(agent);
  }

  private ensurePacer(agent: SimAgent): void {
    if (agent.pacerRunning || this.finished) return;
    agent.pacerRunning = true;
    const tick = () => {
      const pair = agent.nextPair();
      if (!pair || this.finished) {
        agent.pacerRunning = false;
        return;
      }
      this.startCheck(agent, pair);
      this.at(this.now + TIMING.pacing, tick);
    };
    this.at(this.now, tick);
  }

  private startCheck(agent: SimAgent, pair: SimPair): void {
    pair.state = 'in-progress';
    const generation = (this.generations.get(pair) ?? 0) + 1;
    this.generations.set(pair, generation);
    const current = () => pair.state === 'in-progress' && this.generations.get(pair) === generation;
    TIMING.retransmissions.forEach((offset, i) => {
      this.at(this.now + offset, () => current() && this.sendCheck(agent, pair, i + 1, generation));
    });
    const giveUp = (TIMING.retransmissions.at(-1) ?? 0) + 4 * TIMING.latency;
    this.at(this.now + giveUp, () => {
      if (!current()) return;
      pair.state = 'failed';
      this.record({
        phase: 'checks',
        kind: 'pair-failed',
        actor: agent.name,
        pair: pairText(pair),
        description: `${agent.name} gives up on ${pairText(pair)}: no response after ${TIMING.retransmissions.length} transmissions.`,
      });
    });
  }

  private sendCheck(agent: SimAgent, pair: SimPair, attempt: number, generation: number): void {
    const packet = this.net.send(agent.name, pair.local.socket, pair.remote.address);
    const retry = attempt > 1 ? ` (retransmission ${attempt - 1})` : '';
    const step = {
      phase: 'checks',
      kind: 'check',
      actor: agent.name,
      pair: pairText(pair),
      attempt,
      description: `${agent.name} sends a connectivity check on ${pairText(pair)}${retry}.`,
    } as const;
    const source = pair.local.socket === 'relay' ? pair.local.address : this.net.bases[agent.name];
    this.transmit(packet, step, source, (arrival) => {
      if (arrival.to === 'A' || arrival.to === 'B')
        this.answerCheck(this.agents[arrival.to], arrival, agent, pair, generation);
    });
  }

  private answerCheck(
    receiver: SimAgent,
    arrival: Delivery & { delivered: true },
    sender: SimAgent,
    senderPair: SimPair,
    generation: number,
  ): void {
    const local = receiver.localFor(arrival.socket);
    if (!local) return;
    let remote = receiver.remoteAt(arrival.from);
    const prflxCount = receiver.remote.filter((c) => c.type === 'prflx').length;
    if (!remote && prflxCount >= TIMING.maxPeerReflexive) {
      // Simulation limit: two APDM NATs would otherwise chase new ports for ever (see TIMING).
      this.record({
        phase: 'checks',
        kind: 'prflx-learned',
        actor: receiver.name,
        description: `${receiver.name} answers a check from yet another new address ${endpointText(arrival.from)} but adds no more peer-reflexive candidates (simulation limit ${TIMING.maxPeerReflexive}).`,
      });
    }
    if (!remote && prflxCount < TIMING.maxPeerReflexive) {
      // RFC 8445 §7.3.1.3: a check from an unknown address reveals a peer-reflexive candidate.
      remote = { type: 'prflx', address: arrival.from, priority: simCandidatePriority('prflx') };
      receiver.remote.push(remote);
      this.record({
        phase: 'checks',
        kind: 'prflx-learned',
        actor: receiver.name,
        description: `${receiver.name} learns a peer-reflexive candidate ${endpointText(arrival.from)}: the check came from an address ${sender.name} never signalled.`,
      });
    }
    const reply = this.net.send(receiver.name, arrival.socket, arrival.from);
    const step = {
      phase: 'checks',
      kind: 'check-response',
      actor: receiver.name,
      pair: pairText(senderPair),
      description: `${receiver.name} answers the check (success response, XOR-MAPPED-ADDRESS ${endpointText(arrival.from)}).`,
    } as const;
    this.transmit(reply, step, local.address, (back) => {
      if (back.to === sender.name)
        this.completeCheck(sender, senderPair, generation, back, arrival.from);
    });
    // RFC 8445 §7.3.1.4: answer with a triggered check on the same pair, seen from this side.
    if (!remote) return;
    const pair = receiver.pairFor(local, remote);
    if (pair.state === 'waiting' || pair.state === 'failed') {
      pair.state = 'waiting';
      receiver.triggered.push(pair);
      this.ensurePacer(receiver);
    }
  }

  private completeCheck(
    agent: SimAgent,
    pair: SimPair,
    generation: number,
    back: Delivery & { delivered: true },
    mapped: Endpoint,
  ): void {
    if (pair.state !== 'in-progress' || this.generations.get(pair) !== generation) return;
    if (!sameEndpoint(back.from, pair.remote.address) || back.socket !== pair.local.socket) {
      // RFC 8445 §7.2.5.2.1: the response must come from where the request went.
      pair.state = 'failed';
      this.record({
        phase: 'checks',
        kind: 'pair-failed',
        actor: agent.name,
        pair: pairText(pair),
        description: `${agent.name}'s check on ${pairText(pair)} fails: the response came from ${endpointText(back.from)}, not ${endpointText(pair.remote.address)} (non-symmetric, RFC 8445 §7.2.5.2.1).`,
      });
      return;
    }
    pair.state = 'succeeded';
    const known =
      agent.local.some((c) => sameEndpoint(c.address, mapped)) || pair.local.socket === 'relay';
    if (!known) {
      agent.local.push({
        type: 'prflx',
        address: mapped,
        priority: simCandidatePriority('prflx'),
        socket: 'base',
      });
      this.record({
        phase: 'checks',
        kind: 'prflx-learned',
        actor: agent.name,
        description: `${agent.name} learns its own peer-reflexive address ${endpointText(mapped)}: NAT ${agent.name} used a new port toward the peer.`,
      });
    }
    this.record({
      phase: 'checks',
      kind: 'pair-succeeded',
      actor: agent.name,
      pair: pairText(pair),
      description: `${agent.name}'s check on ${pairText(pair)} succeeds.`,
    });
    if (this.agents.A.bestSucceeded(true) && this.agents.B.bestSucceeded(true))
      this.finished = true;
  }
}
