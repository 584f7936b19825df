// Foundations, RFC 8445 §5.1.1.3: candidates share a foundation when they have the same type,
// the same base IP address, the same STUN/TURN server and the same transport protocol.
// The frozen-candidates algorithm (RFC 8445 §6.1.2.6) unfreezes one pair per foundation first.
import type { IceCandidate } from './candidate-types';

/** Candidates that share one foundation, in input order. */
export interface FoundationGroup {
  foundation: string;
  /** Types seen in the group: one value when the sender follows RFC 8445 §5.1.1.3. */
  types: string[];
  /** Transports seen in the group (lower-case). */
  transports: string[];
  candidates: IceCandidate[];
}

/** Group candidates by foundation, groups ordered by first appearance (RFC 8445 §5.1.1.3). */
export function groupCandidatesByFoundation(
  candidates: readonly IceCandidate[],
): FoundationGroup[] {
  const groups = new Map<string, FoundationGroup>();
  for (const candidate of candidates) {
    let group = groups.get(candidate.foundation);
    if (!group) {
      group = { foundation: candidate.foundation, types: [], transports: [], candidates: [] };
      groups.set(candidate.foundation, group);
    }
    if (!group.types.includes(candidate.type)) group.types.push(candidate.type);
    if (!group.transports.includes(candidate.transport)) group.transports.push(candidate.transport);
    group.candidates.push(candidate);
  }
  return [...groups.values()];
}

/** Whether a group breaks RFC 8445 §5.1.1.3 by mixing candidate types or transports under one foundation. */
export function isInconsistentFoundationGroup(group: FoundationGroup): boolean {
  return group.types.length > 1 || group.transports.length > 1;
}

/** The foundation of a candidate pair: the local and remote foundations joined (RFC 8445 §6.1.2.6). */
export function pairFoundation(
  local: Pick<IceCandidate, 'foundation'>,
  remote: Pick<IceCandidate, 'foundation'>,
): string {
  return `${local.foundation}:${remote.foundation}`;
}
