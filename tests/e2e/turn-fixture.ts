import {
  findTurnserver,
  startCourseTurnServer,
  startTurnServer,
  type RunningTurnServer,
} from '../../scripts/turnServer.ts';
import { DEV_TURN_SERVER } from '../../src/lib/turn/coturn.ts';
import { DEV_TURN_SECRET } from '../../src/lib/turn/restCredentialSteps.ts';
import { freePort } from '../freePort';
import { test as guardedTest } from './fixtures';

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
      const server = await startCourseTurnServer();
      await use(server);
      await server.stop();
    },
    { scope: 'worker', timeout: 20_000 },
  ],
});

export { expect } from './fixtures';
export { freePort };

/**
 * `test` with a worker-scoped coturn in shared-secret mode (`use-auth-secret` with the secret the
 * turn-credentials lab uses by default), as `npm run turn -- --secret course-rest-secret` starts
 * it, on a free port of its own. It accepts only time-limited credentials made with that secret.
 */
export const secretTest = test.extend<object, { secretTurnServer: RunningTurnServer }>({
  secretTurnServer: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startTurnServer({
        ...DEV_TURN_SERVER,
        port: await freePort(),
        relayPorts: undefined,
        verbose: false,
        secret: DEV_TURN_SECRET,
      });
      await use(server);
      await server.stop();
    },
    { scope: 'worker', timeout: 20_000 },
  ],
});
