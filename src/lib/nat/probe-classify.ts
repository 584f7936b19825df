// Classifies a NAT from the natlab probe's recorded answers, in the manner of RFC 5780: §4.3
// (mapping: one internal socket asks a server at address1:port1, address1:port2 and
// address2:port1 what source it sees, and the answers are compared) and §4.4 (filtering: fresh
// sockets ask the server to answer from another port, or from another address and port, and
// whether the answer gets in is noted). Pure: the probe itself runs in scripts/natlab/.
import type { FilteringBehaviour, MappingBehaviour, NatBehaviour } from './behaviour';

/** What the probe recorded for one NAT ("ip:port" strings; undefined: no answer). */
export interface ProbeAnswers {
  /** The internal socket of the mapping tests. */
  local: string;
  /** The server endpoints the mapping tests went to. */
  servers: { primary: string; otherPort: string; otherAddress: string };
  /** The source each server endpoint saw for that one socket. */
  mapping: {
    primary: string | undefined;
    otherPort: string | undefined;
    otherAddress: string | undefined;
  };
  /** Whether an answer came back to a fresh socket, per endpoint the server answered from. */
  filtering: { same: boolean; otherPort: boolean; otherAddressAndPort: boolean };
}

/** The probe's verdict: the behaviour (undefined when the answers make no sense) and why. */
export interface ProbeVerdict {
  behaviour: NatBehaviour | undefined;
  evidence: string[];
}

function classifyMapping(answers: ProbeAnswers, evidence: string[]): MappingBehaviour | undefined {
  const { primary, otherPort, otherAddress } = answers.mapping;
  const { servers } = answers;
  const seen = (to: string, mapped: string | undefined) =>
    `${to} saw ${mapped ?? 'nothing (no answer)'}`;
  evidence.push(
    `From ${answers.local}: ${seen(servers.primary, primary)}, ${seen(servers.otherPort, otherPort)}, ${seen(servers.otherAddress, otherAddress)}.`,
  );
  if (!primary || !otherPort || !otherAddress) {
    evidence.push('A mapping test got no answer: the probe cannot tell the mapping.');
    return undefined;
  }
  if (primary !== otherPort) {
    evidence.push('Another server port saw another mapping: address-and-port-dependent mapping.');
    return 'apdm';
  }
  if (primary !== otherAddress) {
    evidence.push(
      'Same address, same mapping; another address, another one: address-dependent mapping.',
    );
    return 'adm';
  }
  evidence.push('Every destination saw the same mapping: endpoint-independent mapping.');
  return 'eim';
}

function classifyFiltering(
  answers: ProbeAnswers,
  evidence: string[],
): FilteringBehaviour | undefined {
  const { same, otherPort, otherAddressAndPort } = answers.filtering;
  const got = (yes: boolean) => (yes ? 'got in' : 'was dropped');
  evidence.push(
    `Answers to fresh sockets: from the same endpoint ${got(same)}, from another port ${got(otherPort)}, from another address and port ${got(otherAddressAndPort)}.`,
  );
  if (!same) {
    evidence.push('Not even the plain answer got in: the probe cannot tell the filtering.');
    return undefined;
  }
  if (otherAddressAndPort) {
    if (!otherPort) evidence.push('Odd: another address got in but another port did not.');
    return 'eif';
  }
  return otherPort ? 'adf' : 'apdf';
}

/** Mapping (RFC 5780 §4.3) and filtering (§4.4) from the recorded answers, with the evidence in words. */
export function classifyProbe(answers: ProbeAnswers): ProbeVerdict {
  const evidence: string[] = [];
  const mapping = classifyMapping(answers, evidence);
  const filtering = classifyFiltering(answers, evidence);
  return { behaviour: mapping && filtering ? { mapping, filtering } : undefined, evidence };
}
