// ICE explorer: which candidate type A's side of the selected pair has, judged from getStats.
import type { PredictionOutcome } from './judge';

/** What the ICE explorer's run showed: A's selected pair as getStats reported it. */
export interface SelectedPairFacts {
  local: string;
  remote: string;
  protocol: string;
  /** Whether the browser hid host addresses behind mDNS names (null: unknown). */
  mdns: boolean | null;
  /** Whether the learner configured a STUN or TURN server. */
  servers: boolean;
}

const BECAUSE: Record<string, string> = {
  host: 'A and B run in this tab on one machine, so A’s host candidate reaches B directly; host candidates carry the highest type preference (126, RFC 8445 §5.1.2.2), so the host pair is checked first and nominated.',
  srflx:
    'A’s side is the address a STUN server saw: the server you configured answered, and that pair won the checks.',
  prflx:
    'A’s side is an address that A first learned from a connectivity check’s response (XOR-MAPPED-ADDRESS) rather than from gathering (RFC 8445 §7.2.5.3.1).',
  relay:
    'A’s side is an address on the TURN server you configured: the checks succeeded only through it, or a policy allowed nothing else.',
};

/** Judges the prediction of A's selected candidate type against the pair getStats reported. */
export function judgeSelectedType(facts: SelectedPairFacts): PredictionOutcome {
  const parts = [
    `Your browser’s getStats() on A reports the selected pair as ${facts.local} ↔ ${facts.remote} over ${facts.protocol}.`,
    BECAUSE[facts.local] ?? `A’s side has the type ${facts.local}.`,
  ];
  if (facts.local === 'host' && !facts.servers)
    parts.push('With no server configured, host is the only type A can gather.');
  if (facts.mdns === true)
    parts.push(
      'Your browser hid its host addresses behind random .local names (mDNS); they are still host candidates.',
    );
  if (facts.remote === 'prflx')
    parts.push(
      'B’s side is peer reflexive: A met B’s address in B’s check before B’s candidate for it was known or resolved.',
    );
  return { actual: facts.local, why: parts.join(' ') };
}
