import { expect } from 'vitest';
import {
  act,
  field,
  input,
  openLab,
  openPeerConnections,
  rows,
  runPreset,
  stateOf,
} from './labContract';
import { describeInFirefox, firefoxTest } from './suite';

const CHAPTER = '/chapters/what-is-webrtc/';
const ID = 'hello-loopback';

describeInFirefox('hello-loopback lab in Firefox', () => {
  firefoxTest('connects two peers and B receives the typed message, with a time', async (page) => {
    await openLab(page, CHAPTER, ID);
    await input(page, ID, 'message', 'Bonjour, B');
    await act(page, ID, 'run');
    expect(await stateOf(page, ID)).toBe('done');
    expect(await field(page, ID, 'message')).toBe('Bonjour, B');
    const ms = Number(await field(page, ID, 'open-ms'));
    expect(ms).toBeGreaterThan(0);
    expect(ms).toBeLessThan(10_000);
    const events = await rows(page, ID, 'event');
    expect(events.some((e) => e['event'] === 'connectionstatechange')).toBe(true);
  });

  firefoxTest('a preset sends its text, and reset closes both peers', async (page) => {
    expect(await runPreset(page, CHAPTER, ID, { text: 'Preset hi' })).toBe('done');
    expect(await field(page, ID, 'message')).toBe('Preset hi');
    expect(await openPeerConnections(page)).toBe(2);
    await act(page, ID, 'reset');
    expect(await stateOf(page, ID, '^idle$')).toBe('idle');
    expect(await openPeerConnections(page)).toBe(0);
    expect(await field(page, ID, 'message')).toBe('');
  });
});
