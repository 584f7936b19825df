import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import {
  act,
  countBecomes,
  field,
  fieldBecomes,
  input,
  openLab,
  rows,
  runPreset,
  stateOf,
} from './labContract';
import { describeInFirefox, firefoxTest } from './suite';

const TOOL = '/tools/sdp/';
const ID = 'sdp-explain';
const lineCount = (sdp: string) => sdp.replace(/\r?\n$/, '').split(/\r?\n/).length;

describeInFirefox('sdp-explain lab in Firefox', () => {
  firefoxTest(
    'a preset offer is explained with no unknown line, one row per line',
    async (page) => {
      const offer = readFileSync(
        resolve(import.meta.dirname, '../fixtures/sdp/chromium-gathered-offer.sdp'),
        'utf8',
      );
      expect(await runPreset(page, TOOL, ID, { sdp: offer })).toBe('done');
      expect((await rows(page, ID, 'sdp-line')).length).toBe(lineCount(offer));
      expect(await field(page, ID, 'unknown-lines')).toBe('0');
    },
  );

  firefoxTest('Firefox’s own offer, pasted, is explained with no unknown line', async (page) => {
    await openLab(page, TOOL, ID);
    const offer = await page.evaluate(async () => {
      const pc = new RTCPeerConnection();
      pc.addTransceiver('audio');
      pc.addTransceiver('video');
      pc.createDataChannel('x');
      const { sdp } = await pc.createOffer();
      pc.close();
      return sdp ?? '';
    });
    await input(page, ID, 'sdp', offer);
    await act(page, ID, 'run');
    expect(await stateOf(page, ID)).toBe('done');
    await countBecomes(page, ID, '[data-row="sdp-line"]', lineCount(offer));
    const lines = await rows(page, ID, 'sdp-line');
    expect(lines.length).toBe(lineCount(offer));
    expect(lines.filter((l) => l['known'] === 'false').map((l) => l['name'])).toEqual([]);
    await fieldBecomes(page, ID, 'unknown-lines', '0');
    await act(page, ID, 'reset');
    expect(await stateOf(page, ID, '^idle$')).toBe('idle');
    expect(await rows(page, ID, 'sdp-line')).toEqual([]);
  });
});
