import { describe, expect, it } from 'vitest';
import { judgeAnswerCodec } from '~/lib/predictions/answerCodec';
import { judgeDtlsClient } from '~/lib/predictions/dtlsClient';
import { judgeSelectedType } from '~/lib/predictions/iceSelectedType';
import { judgeMeshConnections } from '~/lib/predictions/meshConnections';
import { judgeMungedOffer } from '~/lib/predictions/mungedOffer';
import { judgeNatOutcome } from '~/lib/predictions/natDirectOrRelay';
import { judgeOpenTime, openTimeRange } from '~/lib/predictions/openTime';
import { codecOptions, meshCountOptions } from '~/lib/predictions/options';
import { judgeStreamIdParity } from '~/lib/predictions/streamIdParity';

describe('judgeSelectedType', () => {
  it('takes A’s side of the pair as the outcome and explains mDNS and a prflx remote', () => {
    const o = judgeSelectedType({
      local: 'host',
      remote: 'prflx',
      protocol: 'udp',
      mdns: true,
      servers: false,
    });
    expect(o.actual).toBe('host');
    expect(o.why).toContain('host ↔ prflx over udp');
    expect(o.why).toContain('.local');
    expect(o.why).toContain('peer reflexive');
  });

  it('explains a relay pair without claiming host is the only type', () => {
    const o = judgeSelectedType({
      local: 'relay',
      remote: 'relay',
      protocol: 'udp',
      mdns: false,
      servers: true,
    });
    expect(o.actual).toBe('relay');
    expect(o.why).toContain('TURN');
    expect(o.why).not.toContain('only type');
  });
});

describe('judgeNatOutcome', () => {
  it('labels the outcome as the simulator’s and keeps its reason', () => {
    const o = judgeNatOutcome({
      outcome: 'relay',
      reason: 'B filters by port.',
      viaPeerReflexive: false,
      natA: 'A1',
      natB: 'B1',
    });
    expect(o.actual).toBe('relay');
    expect(o.why).toMatch(/^In the simulator/);
    expect(o.why).toContain('B filters by port.');
  });
});

describe('judgeDtlsClient', () => {
  const sdp = {
    offerSetup: 'actpass',
    answerSetup: 'active',
    sentence: 'B answered active.',
    sdpOfferer: 'server' as const,
  };

  it('reads the client from the stats when the browser reports dtlsRole', () => {
    const o = judgeDtlsClient({ ...sdp, statsA: 'server', statsB: 'client' });
    expect(o.actual).toBe('B');
    expect(o.why).toContain('reports A as DTLS server');
  });

  it('falls back to the SDP when the stats have no dtlsRole, and says so', () => {
    const o = judgeDtlsClient({ ...sdp, statsA: undefined, statsB: undefined });
    expect(o.actual).toBe('B');
    expect(o.why).toContain('does not report dtlsRole');
  });

  it('says it could not tell when neither source decides', () => {
    const o = judgeDtlsClient({
      ...sdp,
      sdpOfferer: undefined,
      statsA: undefined,
      statsB: undefined,
    });
    expect(o.actual).toBe('unknown');
  });
});

describe('judgeMungedOffer', () => {
  const ok = { verdict: 'accepted', message: '', why: 'Nothing changed that matters.' };
  it('counts a refusal on either side as refused, quoting the browser', () => {
    const bad = { verdict: 'OperationError', message: 'Failed to parse', why: 'Grammar.' };
    const a = judgeMungedOffer({ local: bad, remote: ok, connection: '', edit: 'x' });
    const b = judgeMungedOffer({ local: ok, remote: bad, connection: '', edit: 'x' });
    expect([a.actual, b.actual]).toEqual(['refused', 'refused']);
    expect(a.why).toContain('A’s setLocalDescription');
    expect(b.why).toContain('B’s setRemoteDescription');
    expect(b.why).toContain('Failed to parse');
  });

  it('counts both acceptances as accepted and reports the connection', () => {
    const o = judgeMungedOffer({ local: ok, remote: ok, connection: 'connected', edit: 'no edit' });
    expect(o.actual).toBe('accepted');
    expect(o.why).toContain('connected');
  });
});

describe('judgeAnswerCodec', () => {
  it('takes the sender’s codec and notes when it is not the first one offered', () => {
    const o = judgeAnswerCodec({ sent: 'vp9', offered: ['AV1/90000', 'VP9/90000'], preferred: '' });
    expect(o.actual).toBe('VP9');
    expect(o.why).toContain('listed AV1 first');
    expect(o.why).toContain('not the one in use');
  });

  it('mentions the learner’s own preference', () => {
    const o = judgeAnswerCodec({ sent: 'H264', offered: ['H264/90000'], preferred: 'H264' });
    expect(o.why).toContain('You chose H264');
  });
});

describe('codecOptions', () => {
  it('offers each codec name once, upper-cased as the value', () => {
    expect(codecOptions(['VP8', 'av1'])).toEqual([
      { value: 'VP8', label: 'VP8' },
      { value: 'AV1', label: 'av1' },
    ]);
  });
});

describe('judgeMeshConnections', () => {
  it('matches the count to the formula that gives it, for every size', () => {
    for (let n = 2; n <= 8; n++) {
      expect(judgeMeshConnections({ n, count: n * (n - 1) }).actual).toBe('ends');
    }
    expect(judgeMeshConnections({ n: 4, count: 6 }).actual).toBe('links');
  });

  it('reports a count no formula gives as it is', () => {
    const o = judgeMeshConnections({ n: 4, count: 13 });
    expect(o.actual).toBe('13');
    expect(o.actualLabel).toBe('13 connections');
  });
});

describe('meshCountOptions', () => {
  it('works each formula out for the chosen N', () => {
    expect(meshCountOptions(4).map((o) => o.label)).toEqual([
      'N − 1 = 3',
      'N(N − 1)/2 = 6',
      'N(N − 1) = 12',
    ]);
  });
});

describe('judgeStreamIdParity', () => {
  it('derives the parity from the id and ties it to A’s DTLS role', () => {
    const o = judgeStreamIdParity({
      streamId: 1,
      roleA: 'server',
      answerSetup: 'active',
      negotiated: false,
    });
    expect(o.actual).toBe('odd');
    expect(o.why).toContain('DTLS server');
    expect(
      judgeStreamIdParity({ streamId: 0, roleA: 'client', answerSetup: null, negotiated: false })
        .actual,
    ).toBe('even');
  });

  it('says the page chose the id of a negotiated channel', () => {
    const o = judgeStreamIdParity({
      streamId: 6,
      roleA: 'server',
      answerSetup: 'active',
      negotiated: true,
    });
    expect(o.actual).toBe('even');
    expect(o.why).toContain('negotiated: true');
  });
});

describe('openTimeRange', () => {
  it('puts the edges of each range where the labels say', () => {
    expect([99.9, 100, 1000, 1000.1].map(openTimeRange)).toEqual([
      'under-100',
      '100-1000',
      '100-1000',
      'over-1000',
    ]);
  });
});

describe('judgeOpenTime', () => {
  it('names the measured time as the outcome', () => {
    const o = judgeOpenTime(23.46);
    expect(o.actual).toBe('under-100');
    expect(o.actualLabel).toBe('23.5 ms');
    expect(o.why).toContain('23.5 ms');
  });
});
