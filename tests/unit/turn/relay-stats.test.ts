import { describe, expect, it } from 'vitest';
import { findSelectedPair, type StatsRecord } from '~/lib/turn/relay-stats';

/** Trimmed from peer A's getStats() in Chromium 156, relay-only through a local coturn. */
const chromiumRelay: StatsRecord[] = [
  {
    id: 'CPyasGMwok_36ZuDYUM',
    type: 'candidate-pair',
    bytesReceived: 2582,
    bytesSent: 12629,
    currentRoundTripTime: 0.02,
    localCandidateId: 'IyasGMwok',
    nominated: true,
    remoteCandidateId: 'I36ZuDYUM',
    state: 'succeeded',
    transportId: 'T01',
  },
  {
    id: 'I36ZuDYUM',
    type: 'remote-candidate',
    address: '127.0.0.1',
    candidateType: 'relay',
    port: 49197,
    priority: 50339839,
    protocol: 'udp',
  },
  {
    id: 'IyasGMwok',
    type: 'local-candidate',
    address: '127.0.0.1',
    candidateType: 'relay',
    port: 49195,
    priority: 50339839,
    protocol: 'udp',
    relayProtocol: 'udp',
    url: 'turn:127.0.0.1:3499?transport=udp',
  },
  {
    id: 'T01',
    type: 'transport',
    selectedCandidatePairId: 'CPyasGMwok_36ZuDYUM',
    iceState: 'connected',
  },
];

describe('findSelectedPair', () => {
  it('follows the transport to the selected pair and reads both relay candidates', () => {
    const pair = findSelectedPair(chromiumRelay);
    expect(pair).toMatchObject({
      id: 'CPyasGMwok_36ZuDYUM',
      state: 'succeeded',
      nominated: true,
      local: {
        type: 'relay',
        address: '127.0.0.1',
        port: 49195,
        relayProtocol: 'udp',
        url: 'turn:127.0.0.1:3499?transport=udp',
      },
      remote: { type: 'relay', port: 49197, relayProtocol: undefined },
      bytesSent: 12629,
      bytesReceived: 2582,
      bytesRelayed: 15211,
      roundTripTime: 0.02,
    });
  });

  it('falls back to the nominated, succeeded pair when the transport names none', () => {
    const withoutTransport = chromiumRelay.filter((r) => r.type !== 'transport');
    expect(findSelectedPair(withoutTransport)?.id).toBe('CPyasGMwok_36ZuDYUM');
  });

  it('reads the older `ip` name of the address', () => {
    const older = chromiumRelay.map((r) =>
      r.type === 'local-candidate' ? { ...r, address: undefined, ip: '127.0.0.1' } : r,
    );
    expect(findSelectedPair(older)?.local.address).toBe('127.0.0.1');
  });

  it('returns undefined before any pair is selected, or when a candidate is missing', () => {
    expect(findSelectedPair([])).toBeUndefined();
    expect(
      findSelectedPair(chromiumRelay.filter((r) => r.type !== 'remote-candidate')),
    ).toBeUndefined();
    expect(
      findSelectedPair([
        { id: 'p', type: 'candidate-pair', state: 'in-progress', nominated: false },
      ]),
    ).toBeUndefined();
  });
});
