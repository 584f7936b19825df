import { expect } from 'vitest';
import {
  act,
  alertText,
  field,
  fieldBecomes,
  input,
  openLab,
  openPeerConnections,
  rows,
  runPreset,
  stateOf,
} from './labContract';
import { describeInFirefox, firefoxTest } from './suite';

const PAGE = '/chapters/ice/';
const ID = 'ice-explorer';

describeInFirefox('ice-explorer lab in Firefox', () => {
  firefoxTest(
    'candidates decode to their priority, a pair is selected, and reset closes all',
    async (page) => {
      expect(await runPreset(page, PAGE, ID)).toBe('done');
      const candidates = await rows(page, ID, 'candidate');
      expect(candidates.length).toBeGreaterThanOrEqual(2);
      expect(new Set(candidates.map((r) => r['peer']))).toEqual(new Set(['A', 'B']));
      for (const row of candidates) {
        const recomposed =
          2 ** 24 * Number(row['typePreference']) +
          2 ** 8 * Number(row['localPreference']) +
          256 -
          Number(row['component']);
        expect(recomposed, JSON.stringify(row)).toBe(Number(row['priority']));
        expect(['host', 'srflx', 'prflx', 'relay']).toContain(row['type']);
      }
      // Firefox hides host addresses behind .local names too, and gathers TCP host candidates.
      expect(await field(page, ID, 'mdns')).toBe('true');
      const hosts = candidates.filter((r) => r['type'] === 'host');
      expect(hosts.every((r) => r['address']?.endsWith('.local'))).toBe(true);
      await fieldBecomes(page, ID, 'selected-pair', /.+/);
      const selected = (await rows(page, ID, 'pair')).filter((p) => p['selected'] === 'true');
      expect(selected).toHaveLength(1);
      expect(selected[0]).toMatchObject({
        state: 'succeeded',
        nominated: 'true',
        localType: 'host',
      });
      expect(BigInt(selected[0]!['priority']!)).toBeGreaterThan(2n ** 32n);
      expect(await field(page, ID, 'ice-role')).toBe('controlling');
      expect(Number(await field(page, ID, 'gathering-ms'))).toBeGreaterThanOrEqual(0);
      expect(await openPeerConnections(page)).toBe(2);
      await act(page, ID, 'reset');
      expect(await stateOf(page, ID, '^idle$')).toBe('idle');
      expect(await openPeerConnections(page)).toBe(0);
    },
  );

  firefoxTest(
    'an ICE restart changes the ufrag and the same data channel survives',
    async (page) => {
      expect(await runPreset(page, PAGE, ID)).toBe('done');
      await act(page, ID, 'restart');
      await fieldBecomes(page, ID, 'channel-survived', 'true');
      const before = await field(page, ID, 'ufrag-before');
      const after = await field(page, ID, 'ufrag-after');
      expect(after).toMatch(/^\S{4,}$/);
      expect(after).not.toBe(before);
      // Firefox's candidate lines carry no ufrag; the rows still say which generation they are.
      const rounds = await rows(page, ID, 'candidate');
      expect(rounds.some((r) => r['ufrag'] === after)).toBe(true);
      expect(rounds.every((r) => r['ufrag'] !== '')).toBe(true);
    },
  );

  firefoxTest('compare fills both set-up times and closes its connections', async (page) => {
    await openLab(page, PAGE, ID);
    await act(page, ID, 'compare');
    expect(await stateOf(page, ID, '^(done|error)$')).toBe('done');
    for (const name of ['trickle-ms', 'non-trickle-ms']) {
      expect(Number(await field(page, ID, name)), name).toBeGreaterThan(0);
    }
    expect(await openPeerConnections(page)).toBe(0);
  });

  firefoxTest('a server URL that is not one is refused and nothing opens', async (page) => {
    await openLab(page, PAGE, ID);
    await input(page, ID, 'ice-servers', 'not a url');
    await act(page, ID, 'run');
    expect(await stateOf(page, ID)).toBe('error');
    expect(await alertText(page, ID)).toContain('not a STUN or TURN URL');
    expect(await openPeerConnections(page)).toBe(0);
  });
});
