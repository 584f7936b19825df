// Turning a finished run into its outcome and a reason in words.
import { BEHAVIOUR_NAMES, natLabel, type NatBehaviour } from './behaviour';
import { pairText, type SimAgent } from './sim-agent';
import type { SimulationResult, SimulationStep } from './simulation-types';
import type { AgentName, RouterPair } from './network';

/** Decide the outcome from the agents' succeeded pairs, append the outcome step, and explain it. */
export function describeOutcome(
  a: NatBehaviour,
  b: NatBehaviour,
  steps: SimulationStep[],
  agents: Record<AgentName, SimAgent>,
  routers: RouterPair,
): SimulationResult {
  const directA = agents.A.bestSucceeded(true);
  const directB = agents.B.bestSucceeded(true);
  const anyA = agents.A.bestSucceeded(false);
  const anyB = agents.B.bestSucceeded(false);
  const outcome = directA && directB ? 'direct' : anyA && anyB ? 'relay' : 'failed';
  const learnedOwnPrflx =
    agents.A.local.some((c) => c.type === 'prflx') ||
    agents.B.local.some((c) => c.type === 'prflx');
  const viaPeerReflexive =
    outcome === 'direct' &&
    (directA?.remote.type === 'prflx' || directB?.remote.type === 'prflx' || learnedOwnPrflx);
  const selected = outcome === 'direct' ? [directA, directB] : [anyA, anyB];
  const reason =
    explain(outcome, viaPeerReflexive, { A: a, B: b }, steps) + firewallNote(routers, steps);
  const time = steps.at(-1)?.time ?? 0;
  steps.push({
    index: steps.length,
    time,
    sentAt: time,
    phase: 'outcome',
    kind: 'outcome',
    actor: 'signaling',
    path: [],
    source: undefined,
    destination: undefined,
    wireSource: undefined,
    newMapping: undefined,
    clashedPort: undefined,
    fate: 'event',
    droppedBy: undefined,
    pair: undefined,
    attempt: undefined,
    description: `Outcome: ${outcome}. ${reason}`,
  });
  return {
    a,
    b,
    steps,
    outcome,
    viaPeerReflexive,
    selectedPairs: {
      a: selected[0] && pairText(selected[0]),
      b: selected[1] && pairText(selected[1]),
    },
    reason,
  };
}

function explain(
  outcome: SimulationResult['outcome'],
  viaPeerReflexive: boolean,
  nats: Record<AgentName, NatBehaviour>,
  steps: SimulationStep[],
): string {
  const filterDrops = (['A', 'B'] as const)
    .map((name) => ({
      name,
      count: steps.filter((s) => s.kind.startsWith('check') && s.droppedBy === `NAT ${name}`)
        .length,
    }))
    .filter((d) => d.count > 0)
    .map(
      (d) =>
        `NAT ${d.name}'s filter (${BEHAVIOUR_NAMES[nats[d.name].filtering]}) dropped ${d.count} check packet${d.count > 1 ? 's' : ''}`,
    );
  const eim = (['A', 'B'] as const).filter((name) => nats[name].mapping === 'eim');
  if (outcome === 'direct' && !viaPeerReflexive) {
    const punched =
      filterDrops.length > 0
        ? ` Early checks were dropped (${filterDrops.join('; ')}) until each side had sent its own check and so opened its filter: hole punching.`
        : '';
    return `Direct: ${eim.map((n) => `NAT ${n}`).join(' and ')} kept the same public port toward every destination (endpoint-independent mapping), so the server-reflexive addresses learned from the STUN server also worked toward the peer.${punched}`;
  }
  if (outcome === 'direct') {
    const moved = (['A', 'B'] as const).filter((name) => nats[name].mapping !== 'eim');
    const movers = moved.map((n) => `NAT ${n} (${natLabel(nats[n])})`).join(' and ');
    return `Direct through a peer-reflexive candidate: ${movers} gave the checks toward the peer a new public port, not the one the STUN server saw. The other side's filter let such a check in, so the port was learned from the check itself (RFC 8445 §7.3.1.3) and answered.`;
  }
  const nonSymmetric = steps.filter(
    (s) => s.kind === 'pair-failed' && s.description.includes('non-symmetric'),
  ).length;
  const why = [
    ...filterDrops,
    ...(nonSymmetric > 0
      ? [
          `${nonSymmetric} check${nonSymmetric > 1 ? 's' : ''} failed because the answer came back from yet another new port`,
        ]
      : []),
  ];
  const summary = why.length > 0 ? why.join('; ') : 'no direct check got an answer';
  if (outcome === 'relay' && clashes(steps).length > 0) {
    return `Relay needed: no direct pair worked (${summary}). A port clash gave a check a new public port the other side's filter did not know, so the agents used a pair through the TURN relay, which both can reach.`;
  }
  if (outcome === 'relay') {
    return `Relay needed: no direct pair worked (${summary}). The NATs picked new ports per destination faster than the filters could be opened for them, so the agents used a pair through the TURN relay, which both can reach.`;
  }
  return `No pair worked at all (${summary}).`;
}

function clashes(steps: SimulationStep[]): SimulationStep[] {
  return steps.filter((s) => s.clashedPort !== undefined && s.newMapping !== undefined);
}

/** A sentence on routers without a firewall: the port clashes they caused, or that none happened. */
function firewallNote(routers: RouterPair, steps: SimulationStep[]): string {
  const open = (['A', 'B'] as const).filter((n) => !routers[n === 'A' ? 'a' : 'b'].firewall);
  if (open.length === 0) return '';
  const routerText = open.map((n) => `NAT ${n}`).join(' and ');
  const moved = clashes(steps).map(
    (s) => `${s.actor}'s port ${s.clashedPort} moved to ${s.newMapping?.port}`,
  );
  if (moved.length === 0)
    return ` ${routerText} had no drop rule, but no unsolicited packet took a port this side used later.`;
  return ` ${routerText} had no drop rule: an unsolicited packet reached the router and its connection-tracking entry took a port this side needed (${moved.join('; ')}).`;
}
