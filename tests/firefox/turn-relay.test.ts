import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, expect } from 'vitest';
import {
  findTurnserver,
  startCourseTurnServer,
  type RunningTurnServer,
} from '../../scripts/turnServer.ts';
import { launchFirefox } from './browser';
import { FIREFOX_MISSING } from './firefoxPath';
import {
  act,
  alertText,
  countBecomes,
  field,
  openPeerConnections,
  rows,
  runPreset,
  stateOf,
  text,
} from './labContract';
import { describeInFirefox, firefoxTest } from './suite';

const CHAPTER = '/chapters/turn/';
const ID = 'turn-relay';
const COTURN_MISSING = findTurnserver()
  ? null
  : 'coturn is not installed (`sudo apt-get install coturn`)';
if (COTURN_MISSING && !FIREFOX_MISSING)
  console.log(`firefox: the TURN lab's tests are skipped: ${COTURN_MISSING}.`);

/**
 * Firefox leaves loopback addresses out of ICE unless `media.peerconnection.ice.loopback` is
 * true (its default is false): a TURN server on 127.0.0.1 is then refused at once with a 701.
 */
const LOOPBACK_ICE = { 'media.peerconnection.ice.loopback': true };

describeInFirefox('turn-relay lab in Firefox, through a real coturn', () => {
  let server: RunningTurnServer | undefined;
  let loopbackFirefox: Promise<Browser> | undefined;
  beforeAll(async () => {
    server = await startCourseTurnServer();
  });
  afterAll(async () => {
    await (await loopbackFirefox?.catch(() => undefined))?.close();
    await server?.stop();
  });
  /** A second Firefox with loopback ICE allowed (a pref is fixed for a browser's lifetime). */
  const withLoopback = () => (loopbackFirefox ??= launchFirefox(LOOPBACK_ICE));
  const turnUrl = (transport: 'udp' | 'tcp') => server!.urls[transport];

  firefoxTest(
    'stock Firefox refuses the loopback server at once, and the lab says what to do',
    async (page) => {
      const started = Date.now();
      expect(await runPreset(page, CHAPTER, ID, { url: turnUrl('udp') })).toBe('error');
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(await field(page, ID, 'error-code')).toBe('loopback-refused');
      const alert = await alertText(page, ID);
      expect(alert).toContain('media.peerconnection.ice.loopback');
      expect(alert).toContain('about:config');
      expect(await openPeerConnections(page)).toBe(0);
      // No server was reached: the lab says what to run and offers the recorded run.
      expect(await text(page, ID, '[data-hint="no-server"]')).toContain('npm run turn');
      await act(page, ID, 'show-recording');
      await countBecomes(page, ID, '[data-recorded="true"] [data-row="recorded-candidate"]', 2);
      expect(await text(page, ID, '[data-recorded="true"] h4')).toBe(
        'Recorded run — not your connection',
      );
      expect(await rows(page, ID, 'candidate')).toEqual([]);
    },
    { skip: COTURN_MISSING, allowedConsoleErrors: [/ICE failed|TURN|STUN/i] },
  );

  firefoxTest(
    'with loopback ICE allowed, two relay-only peers connect and relay the data',
    async (page) => {
      expect(await runPreset(page, CHAPTER, ID, { url: turnUrl('udp') })).toBe('done');
      expect(await field(page, ID, 'local-candidate-type')).toBe('relay');
      expect(await field(page, ID, 'remote-candidate-type')).toBe('relay');
      expect(Number(await field(page, ID, 'bytes-relayed'))).toBeGreaterThan(64 * 1024);
      expect(await field(page, ID, 'delivered-bytes')).toBe(String(64 * 1024));
      expect(await field(page, ID, 'relay-protocol')).toBe('udp');
      const candidates = await rows(page, ID, 'candidate');
      expect(new Set(candidates.map((c) => c['peer']))).toEqual(new Set(['A', 'B']));
      expect(candidates[0]?.['address']).toBe('127.0.0.1');
      expect(await openPeerConnections(page)).toBe(2);
      await act(page, ID, 'reset');
      expect(await stateOf(page, ID, '^idle$')).toBe('idle');
      expect(await openPeerConnections(page)).toBe(0);
      expect(await field(page, ID, 'bytes-relayed')).toBe('');
    },
    { skip: COTURN_MISSING, browser: withLoopback, timeout: 180_000 },
  );

  firefoxTest(
    'with loopback ICE allowed, it also relays over TCP',
    async (page) => {
      expect(await runPreset(page, CHAPTER, ID, { url: turnUrl('tcp') })).toBe('done');
      expect(await field(page, ID, 'local-candidate-type')).toBe('relay');
      expect(await field(page, ID, 'relay-protocol')).toBe('tcp');
    },
    { skip: COTURN_MISSING, browser: withLoopback },
  );

  firefoxTest(
    'with loopback ICE allowed, a wrong password ends in a 401 that names the password',
    async (page) => {
      const started = Date.now();
      expect(await runPreset(page, CHAPTER, ID, { url: turnUrl('udp'), credential: 'wrong' })).toBe(
        'error',
      );
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(await field(page, ID, 'error-code')).toBe('401');
      expect(await alertText(page, ID)).toContain('password');
      expect(await openPeerConnections(page)).toBe(0);
    },
    {
      skip: COTURN_MISSING,
      browser: withLoopback,
      allowedConsoleErrors: [/ICE failed|TURN|STUN/i],
    },
  );
});
