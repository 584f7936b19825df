import { describe, expect, it } from 'vitest';
import { isDirectPair, pairText, SimAgent, simCandidatePriority } from '~/lib/nat/sim-agent';

const host = {
  type: 'host' as const,
  address: { ip: '10.0.0.2', port: 5000 },
  priority: simCandidatePriority('host'),
  socket: 'base' as const,
};
const relay = {
  type: 'relay' as const,
  address: { ip: '192.0.2.20', port: 49152 },
  priority: simCandidatePriority('relay'),
  socket: 'relay' as const,
};
const remoteSrflx = {
  type: 'srflx' as const,
  address: { ip: '198.51.100.20', port: 50000 },
  priority: simCandidatePriority('srflx'),
};

describe('simCandidatePriority', () => {
  it('uses the RFC 8445 recommended type preferences', () => {
    expect(simCandidatePriority('host')).toBe(126 * 2 ** 24 + 65535 * 256 + 255);
    expect(simCandidatePriority('relay')).toBe(65535 * 256 + 255);
  });
});

describe('SimAgent', () => {
  it('pairs a new remote candidate with its host and relay candidates, highest pair priority first', () => {
    const agent = new SimAgent('A', true);
    agent.local.push(host, relay);
    agent.addRemote(remoteSrflx);
    expect(agent.pairs.map((p) => p.local.type)).toEqual(['host', 'relay']);
    expect(agent.nextPair()?.local).toBe(host);
  });

  it('serves triggered checks before ordinary ones', () => {
    const agent = new SimAgent('B', false);
    agent.local.push(host, relay);
    agent.addRemote(remoteSrflx);
    const relayPair = agent.pairs[1]!;
    agent.triggered.push(relayPair);
    expect(agent.nextPair()).toBe(relayPair);
  });
});

describe('pairText', () => {
  it('writes local and remote candidate types and addresses', () => {
    expect(pairText({ local: host, remote: remoteSrflx })).toBe(
      'host 10.0.0.2:5000 → srflx 198.51.100.20:50000',
    );
  });
});

describe('isDirectPair', () => {
  it('is false as soon as one side is a relay', () => {
    expect(isDirectPair({ local: host, remote: remoteSrflx })).toBe(true);
    expect(isDirectPair({ local: relay, remote: remoteSrflx })).toBe(false);
  });
});
