// How the ICE explorer writes a candidate pair from getStats for the learner.
import { describe, expect, it } from 'vitest';
import type { CandidatePairSummary } from '~/lib/stats';
import type { CandidateStatsSummary } from '~/lib/stats';
import { describePairEnd, describeSelectedPair } from '~/components/labs/ice-explorer/pairText';

/** A candidate as summarised from getStats; only the fields the text uses matter. */
function end(fields: Partial<CandidateStatsSummary>): CandidateStatsSummary {
  return {
    id: 'I1',
    isRemote: false,
    candidateType: 'host',
    protocol: 'udp',
    address: undefined,
    port: undefined,
    priority: undefined,
    foundation: undefined,
    tcpType: undefined,
    usernameFragment: undefined,
    relayProtocol: undefined,
    url: undefined,
    ...fields,
  };
}

/** A pair as summarised from getStats; only the fields the text uses matter. */
function pair(fields: Partial<CandidatePairSummary>): CandidatePairSummary {
  return {
    id: 'CP1',
    state: 'succeeded',
    nominated: true,
    selected: true,
    priority: undefined,
    reportedPriority: undefined,
    rttMs: undefined,
    requestsSent: 0,
    requestsReceived: 0,
    responsesSent: 0,
    responsesReceived: 0,
    bytesSent: 0,
    bytesReceived: 0,
    local: end({}),
    remote: end({ isRemote: true }),
    iceRole: 'controlling',
    transportId: 'T01',
    ...fields,
  };
}

describe('describePairEnd', () => {
  it('writes type, protocol, address and port', () => {
    const local = end({ address: 'f3a1.local', port: 50_000 });
    expect(describePairEnd(local)).toBe('host udp f3a1.local:50000');
  });

  it('says the address is withheld when the browser reports none (mDNS host, remote prflx)', () => {
    const prflx = end({ candidateType: 'prflx', address: undefined, port: 61_000 });
    expect(describePairEnd(prflx)).toBe('prflx udp (address withheld):61000');
  });

  it('writes a question mark for a candidate missing from the report', () => {
    expect(describePairEnd(undefined)).toBe('?');
  });
});

describe('describeSelectedPair', () => {
  it('names both candidate types, the protocol, the check state and the nomination', () => {
    const relayed = pair({ remote: end({ candidateType: 'relay', isRemote: true }) });
    expect(describeSelectedPair(relayed)).toBe('host/relay over udp, state succeeded, nominated');
  });

  it('says when the pair is not nominated yet', () => {
    const checking = pair({ state: 'in-progress', nominated: false });
    expect(describeSelectedPair(checking)).toBe(
      'host/host over udp, state in-progress, not nominated',
    );
  });
});
