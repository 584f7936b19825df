import { describe, expect, it } from 'vitest';
import fixture from '../../fixtures/natlab/small-run.json';
import type { RealNatRun } from '~/lib/nat/real-nat-run';
import { realNatTable } from '~/lib/nat/real-nat-table';
import { firewallLines, nftRulesViews } from '~/lib/nat/nft-rules-view';
import { NFT_BEHAVIOURS } from '~/lib/nat/nft-behaviours';

const run = fixture as RealNatRun;

describe('realNatTable', () => {
  const groups = realNatTable(run);

  it('puts the firewalled routers first and the routers without drop rules in their own matrix', () => {
    expect(groups.map((g) => [g.firewallA, g.firewallB])).toEqual([
      [true, true],
      [false, false],
    ]);
    expect(groups[1]?.cells).toHaveLength(1);
  });

  it('lays the measured behaviours out in matrix order, with no cell where the run had no pair', () => {
    const [firewalled] = groups;
    expect(firewalled?.rows.map((b) => `${b.mapping}/${b.filtering}`)).toEqual([
      'eim/eif',
      'eim/apdf',
    ]);
    expect(firewalled?.columns.map((b) => `${b.mapping}/${b.filtering}`)).toEqual([
      'eim/apdf',
      'apdm/apdf',
    ]);
    expect(firewalled?.cells[0]?.[0]).toBeUndefined();
    expect(firewalled?.cells[0]?.[1]).toMatchObject({
      real: ['direct'],
      simulated: 'direct',
      simulatedViaPeerReflexive: true,
      selectedA: { local: 'srflx', remote: 'prflx' },
      agree: true,
    });
  });

  it('asks the simulator again with the routers of the case: without drop rules two port-restricted cones need the relay', () => {
    expect(groups[0]?.cells[1]?.[0]).toMatchObject({ simulated: 'direct', agree: true });
    expect(groups[1]?.cells[0]?.[0]).toMatchObject({
      real: ['relay'],
      simulated: 'relay',
      agree: true,
    });
  });

  it('marks a cell that disagrees, and one whose data stalled', () => {
    const changed = structuredClone(run);
    changed.cases[0]!.real.outcome = 'relay';
    changed.cases[0]!.real.dataFlowing = false;
    const cell = realNatTable(changed)[0]?.cells[1]?.[0];
    expect(cell).toMatchObject({
      real: ['relay'],
      simulated: 'direct',
      agree: false,
      dataStalled: true,
    });
  });
});

describe('the nftables rules the chapter prints', () => {
  it('prints each behaviour for the documentation-range example router, without the firewall', () => {
    const views = nftRulesViews();
    expect(views.map((v) => v.key)).toEqual(NFT_BEHAVIOURS.map((b) => b.key));
    expect(views.map((v) => v.key)).toEqual(
      expect.arrayContaining(['eim-eif', 'eim-adf', 'eim-apdf', 'apdm-apdf']),
    );
    for (const view of views) {
      expect(view.rules).toMatch(/^table ip natlab \{/);
      expect(view.rules).not.toContain('drop');
    }
    const rules = (key: string) => views.find((v) => v.key === key)?.rules;
    expect(rules('apdm-apdf')).toContain('masquerade fully-random');
    expect(rules('eim-eif')).toContain('dnat to 10.200.1.2');
  });

  it('prints the firewall once, as the chains a firewalled router adds', () => {
    const lines = firewallLines();
    expect(lines).toMatch(/^ {2}chain forward \{/);
    expect(lines).toContain('iifname "natlab-a-wan" drop');
    expect(lines).toContain('chain input {');
    expect(lines).not.toContain('masquerade');
  });
});
