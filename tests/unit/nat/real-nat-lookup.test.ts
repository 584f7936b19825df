import { describe, expect, it } from 'vitest';
import fixture from '../../fixtures/natlab/small-run.json';
import { parseNatBehaviour, type NatBehaviour } from '~/lib/nat/behaviour';
import {
  environmentText,
  findRealCase,
  runDateText,
  selectedPairText,
  whyNotMeasured,
} from '~/lib/nat/real-nat-lookup';
import type { RealNatRun } from '~/lib/nat/real-nat-run';
import { summariseRealRun } from '~/lib/nat/real-nat-summary';
import { NFT_BEHAVIOURS } from '~/lib/nat/nft-behaviours';

const nat = (text: string): NatBehaviour => parseNatBehaviour(text) as NatBehaviour;
const firewalled = { a: { firewall: true }, b: { firewall: true } };
const open = { a: { firewall: false }, b: { firewall: false } };
const FOUR = ['eim/eif', 'eim/adf', 'eim/apdf', 'apdm/apdf'];
/** The fixture's summary with the four behaviours the lab first built (no ADM). */
const summary = { ...summariseRealRun(fixture as RealNatRun), buildable: FOUR };

describe('the real-NAT summary the lab receives', () => {
  it('keeps one small cell per case, keyed by the measured behaviours and the firewalls', () => {
    expect(summary.cells).toHaveLength(4);
    expect(summary.cells[1]).toEqual({
      a: 'eim/apdf',
      b: 'apdm/apdf',
      firewallA: true,
      firewallB: true,
      outcome: 'relay',
      selectedA: { local: 'relay', remote: 'srflx' },
      selectedB: { local: 'srflx', remote: 'relay' },
      agree: true,
    });
    expect(summary.environment).toBe('Linux 6.1.0-test, Chromium 130.0.0.0, coturn 4.6.1');
    expect(summariseRealRun(fixture as RealNatRun).buildable).toEqual(
      NFT_BEHAVIOURS.map((b) => `${b.intended.mapping}/${b.intended.filtering}`),
    );
  });
});

describe('findRealCase', () => {
  it('finds the pair with the same firewall settings, and only with them', () => {
    expect(findRealCase(summary, nat('eim/apdf'), nat('eim/apdf'), firewalled)?.cell.outcome).toBe(
      'direct',
    );
    expect(findRealCase(summary, nat('eim/apdf'), nat('eim/apdf'), open)?.cell.outcome).toBe(
      'relay',
    );
    expect(
      findRealCase(summary, nat('eim/apdf'), nat('eim/apdf'), {
        a: { firewall: false },
        b: { firewall: true },
      }),
    ).toBeUndefined();
  });

  it('uses a pair measured the other way round, and says so', () => {
    const match = findRealCase(summary, nat('apdm/apdf'), nat('eim/eif'), firewalled);
    expect(match).toMatchObject({ swapped: true, runs: 1, cell: { outcome: 'direct' } });
    expect(findRealCase(summary, nat('eim/eif'), nat('apdm/apdf'), firewalled)?.swapped).toBe(
      false,
    );
  });
});

describe('whyNotMeasured', () => {
  it('names address-dependent mapping as the behaviour Linux cannot build with a simple rule', () => {
    expect(whyNotMeasured(summary, nat('adm/adf'), nat('eim/eif'))).toMatch(
      /NAT A uses address-dependent mapping, which has no simple nftables rule/,
    );
  });

  it('names the ADM behaviours the lab does build when it builds some', () => {
    const withAdm = { ...summary, buildable: [...FOUR, 'adm/apdf'] };
    expect(whyNotMeasured(withAdm, nat('adm/adf'), nat('eim/eif'))).toMatch(
      /builds only .*ADM \+ APDF.* not NAT A \(ADM \+ ADF\)/,
    );
    expect(whyNotMeasured(withAdm, nat('adm/apdf'), nat('eim/eif'))).toMatch(/did not include/);
  });

  it('names a behaviour the lab does not build, and a buildable pair the run skipped', () => {
    expect(whyNotMeasured(summary, nat('eim/apdf'), nat('apdm/eif'))).toMatch(
      /builds only EIM \+ EIF, EIM \+ ADF, EIM \+ APDF, APDM \+ APDF .*not NAT B \(APDM \+ EIF\)/,
    );
    expect(whyNotMeasured(summary, nat('eim/adf'), nat('eim/adf'))).toMatch(
      /did not include this pair/,
    );
  });
});

describe('texts', () => {
  it('writes candidate types local first, and the run date in UTC', () => {
    expect(selectedPairText({ local: 'srflx', remote: 'prflx' })).toBe('srflx → prflx');
    expect(selectedPairText(undefined)).toBe('none');
    expect(runDateText('2026-01-02T03:04:05.000Z')).toBe('2026-01-02 03:04 UTC');
    expect(runDateText('yesterday')).toBe('yesterday');
  });
});

describe('environmentText', () => {
  it('names each tool once, without build notes', () => {
    expect(
      environmentText({
        kernel: '6.18.44-fc-v782',
        chromium: 'Chromium 156.0.8078.108 built on Debian GNU/Linux 12 (bookworm)',
        coturn: '4.6.1',
        nft: 'nftables v1.0.6 (Lester Gooch #5)',
      }),
    ).toBe('Linux 6.18.44-fc-v782, nftables v1.0.6, Chromium 156.0.8078.108, coturn 4.6.1');
  });
});
