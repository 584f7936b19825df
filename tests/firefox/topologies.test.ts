import { expect } from 'vitest';
import {
  act,
  field,
  fieldBecomes,
  input,
  openLab,
  openPeerConnections,
  rows,
  runPreset,
  stateOf,
  text,
} from './labContract';
import { describeInFirefox, firefoxTest } from './suite';

const CHAPTER = '/chapters/topologies/';

describeInFirefox('topology labs in Firefox', () => {
  firefoxTest(
    'the calculator preset n=100 shows 4950 mesh connections and follows typing',
    async (page) => {
      await openLab(page, CHAPTER, 'topology-calculator', { n: '100' });
      expect(await field(page, 'topology-calculator', 'mesh-connections')).toBe('4950');
      expect(await field(page, 'topology-calculator', 'sfu-uplink-kbps')).toBe('1500');
      await input(page, 'topology-calculator', 'n', '3');
      await fieldBecomes(page, 'topology-calculator', 'mesh-connections', '3');
    },
  );

  firefoxTest(
    'a mesh of 3 peers opens 3 links (6 connections), measures each upload, and reset closes all',
    async (page) => {
      expect(await runPreset(page, CHAPTER, 'mesh-lab', { n: '3', kbps: '300' })).toBe('done');
      expect(await field(page, 'mesh-lab', 'mesh-links')).toBe('3');
      expect(await field(page, 'mesh-lab', 'open-connections')).toBe('6');
      expect(await openPeerConnections(page)).toBe(6);
      expect(await field(page, 'mesh-lab', 'predicted-kbps')).toBe('600');
      const peers = await rows(page, 'mesh-lab', 'peer');
      expect(peers).toHaveLength(3);
      for (const peer of peers) expect(Number(peer['measuredKbps'])).toBeGreaterThan(0);
      // What the lab says about qualityLimitationReason follows what this browser reported.
      const limitation = await field(page, 'mesh-lab', 'quality-limitation');
      const explanation = await text(page, 'mesh-lab', '[data-field="explanation"]');
      if (limitation === 'not reported')
        expect(explanation).toContain('no qualityLimitationReason');
      await act(page, 'mesh-lab', 'reset');
      expect(await stateOf(page, 'mesh-lab', '^idle$')).toBe('idle');
      expect(await field(page, 'mesh-lab', 'open-connections')).toBe('0');
      expect(await openPeerConnections(page)).toBe(0);
    },
  );
});
