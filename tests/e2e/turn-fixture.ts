import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';
import { DEV_TURN_SERVER, type CoturnSettings } from '../../src/lib/turn/coturn.ts';
import {
  findTurnserver,
  startTurnServer,
  type RunningTurnServer,
} from '../../scripts/turnServer.ts';
import { test as guardedTest } from './fixtures';

/**
 * `test` with a worker-scoped coturn, started from the same settings as `npm run turn` (same
 * credentials and realm) but on a free port of its own, so that it never clashes with a
 * developer's `npm run turn` on 3478 nor with another worker or checkout running the suite.
 */
/** Why the TURN tests cannot run here, or null when coturn is installed. */
export const COTURN_MISSING = findTurnserver()
  ? null
  : 'coturn is not installed (`sudo apt-get install coturn`; .ci/run does this on CI)';

/**
 * `test` with a worker-scoped coturn, started from the same settings as `npm run turn` (same
 * credentials and realm) but on a free port of its own, so that it never clashes with a
 * developer's `npm run turn` on 3478 nor with another worker or checkout running the suite.
 * Without coturn every test using it is skipped with the reason (the run prints it once too).
 */
export const test = guardedTest.extend<{ needsCoturn: void }, { turnServer: RunningTurnServer }>({
  needsCoturn: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, testInfo) => {
      testInfo.skip(COTURN_MISSING !== null, COTURN_MISSING ?? '');
      await use();
    },
    { auto: true },
  ],
  turnServer: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const port = await freePort();
      const settings: CoturnSettings = {
        ...DEV_TURN_SERVER,
        port,
        relayPorts: undefined,
        verbose: false,
      };
      const server = await startTurnServer(settings);
      await use(server);
      await server.stop();
    },
    { scope: 'worker', timeout: 20_000 },
  ],
});

export { expect } from './fixtures';

/** A loopback port free for both UDP and TCP right now (the kernel picks it). */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    const udpFree = await new Promise<boolean>((resolve) => {
      const socket = createSocket('udp4');
      socket.once('error', () => resolve(false));
      socket.bind(port, '127.0.0.1', () => socket.close(() => resolve(true)));
    });
    if (port > 0 && udpFree) return port;
  }
  throw new Error('No free loopback port for the test TURN server.');
}
