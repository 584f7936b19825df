import { expect } from 'vitest';
import { act, field, input, openPeerConnections, runPreset, stateOf, text } from './labContract';
import { describeInFirefox, firefoxTest } from './suite';

const PAGE = '/chapters/nat/';
const ID = 'nat-simulator';

describeInFirefox('nat-simulator lab in Firefox', () => {
  firefoxTest('the catalog’s presets reach the outcomes they promise', async (page) => {
    expect(await runPreset(page, PAGE, ID, { a: 'eim/apdf', b: 'apdm/apdf' })).toBe('done');
    expect(await field(page, ID, 'outcome')).toBe('relay');
    expect(await text(page, ID, '[data-field="reason"]')).toContain(
      'address-and-port-dependent filtering',
    );
    expect(await runPreset(page, PAGE, ID, { a: 'eim/eif', b: 'apdm/apdf' })).toBe('done');
    expect(await field(page, ID, 'outcome')).toBe('direct');
    expect(await field(page, ID, 'via-peer-reflexive')).toBe('true');
    expect(await runPreset(page, PAGE, ID, { a: 'eim/apdf', b: 'eim/apdf' })).toBe('done');
    expect(await field(page, ID, 'outcome')).toBe('direct');
    expect(await text(page, ID, '[data-field="reason"]')).toContain('endpoint-independent mapping');
    await act(page, ID, 'reset');
    expect(await stateOf(page, ID, '^idle$')).toBe('idle');
    expect(await field(page, ID, 'outcome')).toBeNull();
    expect(await openPeerConnections(page)).toBe(0);
  });

  firefoxTest(
    'the router firewall switch turns two port-restricted cones from direct to relay',
    async (page) => {
      expect(await runPreset(page, PAGE, ID, { a: 'eim/apdf', b: 'eim/apdf', fwA: '0' })).toBe(
        'done',
      );
      // A checks first, so only B's router meets an unsolicited packet: A's missing firewall is harmless.
      expect(await field(page, ID, 'outcome')).toBe('direct');
      expect(await text(page, ID, '[data-field="reason"]')).toContain('NAT A had no drop rule');
      await input(page, ID, 'b-firewall', false);
      expect(await field(page, ID, 'outcome')).toBeNull();
      await act(page, ID, 'run');
      expect(await stateOf(page, ID)).toBe('done');
      expect(await field(page, ID, 'outcome')).toBe('relay');
      expect(await text(page, ID, '[data-field="reason"]')).toContain(
        "B's port 50000 moved to 50001",
      );
      expect(await field(page, ID, 'real-outcome')).toMatch(/^(direct|relay|failed)$/);
    },
  );
});
