import { describe, expect, it } from 'vitest';
import {
  buildRun,
  caseLines,
  compareCase,
  matrixText,
  realOutcome,
  reportText,
  summaryLine,
} from '~/lib/nat/natlab-compare';
import type { RealNatCase, RealNatSide } from '~/lib/nat/real-nat-run';

const side = (key: string, firewall = true): RealNatSide => {
  const [mapping, filtering] = key.split('-') as ['eim' | 'apdm', 'eif' | 'adf' | 'apdf'];
  return { configured: key, measured: { mapping, filtering }, router: { firewall } };
};
const direct: RealNatCase['real'] = {
  outcome: 'direct',
  selectedA: { local: 'srflx', remote: 'srflx' },
  selectedB: { local: 'srflx', remote: 'srflx' },
  connectMs: 640,
  dataFlowing: true,
};
const relayed: RealNatCase['real'] = {
  outcome: 'relay',
  selectedA: { local: 'relay', remote: 'prflx' },
  selectedB: { local: 'prflx', remote: 'relay' },
  connectMs: 910,
  dataFlowing: true,
};

describe('realOutcome', () => {
  it('is relay when either side selected a pair with a relay candidate, direct otherwise', () => {
    expect(realOutcome(true, direct.selectedA, direct.selectedB)).toBe('direct');
    expect(
      realOutcome(true, { local: 'prflx', remote: 'srflx' }, { local: 'srflx', remote: 'relay' }),
    ).toBe('relay');
  });

  it('is failed when the peers never connected or A has no selected pair', () => {
    expect(realOutcome(false, direct.selectedA, direct.selectedB)).toBe('failed');
    expect(realOutcome(true, undefined, direct.selectedB)).toBe('failed');
  });
});

describe('compareCase', () => {
  it('runs the simulator on the measured behaviours and agrees when the outcomes match', () => {
    const c = compareCase(side('eim-apdf'), side('eim-apdf'), direct);
    expect(c.simulated).toEqual({ outcome: 'direct', viaPeerReflexive: false });
    expect(c.agree).toBe(true);
  });

  it('predicts the relay for EIM+APDF on both sides without a firewall (the port clash)', () => {
    const c = compareCase(side('eim-apdf', false), side('eim-apdf', false), relayed);
    expect(c.simulated.outcome).toBe('relay');
    expect(c.agree).toBe(true);
  });

  it('disagrees when the real peers did something else', () => {
    const c = compareCase(side('apdm-apdf'), side('apdm-apdf'), direct);
    expect(c.simulated.outcome).toBe('relay');
    expect(c.agree).toBe(false);
  });

  it('marks a direct path through a peer-reflexive candidate', () => {
    expect(compareCase(side('eim-eif'), side('apdm-apdf'), direct).simulated.viaPeerReflexive).toBe(
      true,
    );
  });
});

describe('the printed report', () => {
  const cases = [
    compareCase(side('eim-apdf'), side('eim-apdf'), direct),
    compareCase(side('eim-apdf'), side('apdm-apdf'), relayed),
    compareCase(side('apdm-apdf'), side('eim-apdf'), relayed),
    compareCase(side('apdm-apdf'), side('apdm-apdf'), direct),
    compareCase(side('eim-apdf', false), side('eim-apdf', false), relayed),
  ];

  it('ends with the agreement line', () => {
    expect(summaryLine(cases)).toBe('real NAT vs simulator: 4/5 agree');
    expect(reportText(cases).split('\n').at(-1)).toBe('real NAT vs simulator: 4/5 agree');
  });

  it('lays the firewalled cases out as rows A by columns B, marking the disagreement', () => {
    const rows = matrixText(cases).split('\n');
    expect(rows[1]?.trim().split(/\s+/)).toEqual(['eim-apdf', 'apdm-apdf']);
    expect(rows[2]?.split(/\s+/)).toEqual(['eim-apdf', 'direct/direct', 'relay/relay']);
    expect(rows[3]?.split(/\s+/)).toEqual(['apdm-apdf', 'relay/relay', 'relay/direct', '!']);
    expect(rows).toHaveLength(4);
  });

  it('writes one line per case with both outcomes, the selected pairs and the data check', () => {
    const lines = caseLines(cases);
    expect(lines[1]).toBe(
      'agree    A eim-apdf = EIM + APDF | B apdm-apdf = APDM + APDF | simulated relay, real relay (A relay→prflx, B prflx→relay, 910 ms, data flowing)',
    );
    expect(lines[3]?.startsWith('DISAGREE')).toBe(true);
    expect(lines[4]).toContain('A eim-apdf (no firewall) = EIM + APDF');
  });

  it('says when a case never connected and the data stopped', () => {
    const failed = compareCase(side('eim-apdf'), side('apdm-apdf'), {
      outcome: 'failed',
      selectedA: undefined,
      selectedB: undefined,
      connectMs: undefined,
      dataFlowing: false,
    });
    expect(caseLines([failed])[0]).toContain(
      'real failed (A —, B —, never connected, DATA STOPPED)',
    );
  });

  it('builds the run record with its counts', () => {
    const run = buildRun(
      new Date('2026-12-01T08:00:00Z'),
      { kernel: 'k', chromium: 'c', coturn: 't', nft: 'n' },
      121.5,
      cases,
    );
    expect(run).toMatchObject({
      date: '2026-12-01T08:00:00.000Z',
      durationSeconds: 121.5,
      agreeing: 4,
      total: 5,
    });
  });
});
