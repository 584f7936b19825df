// How a candidate reads in one cell: `host udp 192.0.2.1:50000`.
import type { CandidateStatsSummary } from '~/lib/stats/ice-candidate-stats';

/** The candidate's type, protocol and address in one line; `?` where the dump has no value. */
export function candidateText(c: CandidateStatsSummary | undefined): string {
  if (!c) return '?';
  const relay = c.relayProtocol ? ` (to TURN over ${c.relayProtocol})` : '';
  return `${c.candidateType ?? '?'} ${c.protocol ?? '?'} ${c.address ?? '(hidden)'}:${c.port ?? '?'}${relay}`;
}
