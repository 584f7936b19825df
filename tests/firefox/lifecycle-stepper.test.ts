import { expect } from 'vitest';
import {
  act,
  alertText,
  field,
  input,
  openLab,
  openPeerConnections,
  runPreset,
  stateOf,
} from './labContract';
import { describeInFirefox, firefoxTest } from './suite';

const CHAPTER = '/chapters/lifecycle/';
const ID = 'lifecycle-stepper';

describeInFirefox('lifecycle-stepper lab in Firefox', () => {
  firefoxTest(
    'run performs every step, both peers connect, and reset closes them',
    async (page) => {
      expect(await runPreset(page, CHAPTER, ID)).toBe('done');
      expect(await field(page, ID, 'a-connection-state')).toBe('connected');
      expect(await field(page, ID, 'b-connection-state')).toBe('connected');
      expect(await field(page, ID, 'a-signaling-state')).toBe('stable');
      expect(await openPeerConnections(page)).toBe(2);
      await act(page, ID, 'reset');
      expect(await stateOf(page, ID, '^idle$')).toBe('idle');
      expect(await openPeerConnections(page)).toBe(0);
    },
  );

  firefoxTest('an answer created before the offer shows Firefox’s own refusal', async (page) => {
    await openLab(page, CHAPTER, ID);
    await input(page, ID, 'allow-out-of-order', true);
    await act(page, ID, 'step-b-create-answer');
    expect(await stateOf(page, ID, '^error$')).toBe('error');
    const alert = await alertText(page, ID);
    expect(alert).toContain('The browser refused');
    expect(alert).toContain('InvalidStateError');
  });
});
