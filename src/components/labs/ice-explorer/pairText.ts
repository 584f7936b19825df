// How the pair table and the selected-pair fact write a candidate pair from getStats.
import type { CandidatePairSummary } from '~/lib/stats';

/** One end of a pair: `host udp 1a2b.local:50000`; a withheld address says so. */
export function describePairEnd(end: CandidatePairSummary['local']): string {
  if (!end) return '?';
  const address = end.address || '(address withheld)';
  return `${end.candidateType ?? '?'} ${end.protocol ?? ''} ${address}:${end.port ?? ''}`;
}

/** The selected pair in one line: `host/host over udp, state succeeded, nominated`. */
export function describeSelectedPair(pair: CandidatePairSummary): string {
  const { local, remote } = pair;
  return (
    `${local?.candidateType ?? '?'}/${remote?.candidateType ?? '?'} over ${local?.protocol ?? '?'}, ` +
    `state ${pair.state ?? '?'}, ${pair.nominated ? 'nominated' : 'not nominated'}`
  );
}
