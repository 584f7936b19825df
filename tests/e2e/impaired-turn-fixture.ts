import { mediaLabQuery } from '../../scripts/impairment/banner.ts';
import { NO_IMPAIRMENT, type ImpairmentConditions } from '../../scripts/impairment/conditions.ts';
import {
  startImpairmentProxy,
  type RunningImpairmentProxy,
} from '../../scripts/impairment/proxy.ts';
import { test as turnTest } from './turn-fixture';

/** The course's coturn behind the impairment proxy, as a test sees it. */
export interface ImpairedTurn {
  /** The proxy's `turn:` URL (UDP): use it instead of the server's. */
  url: string;
  username: string;
  credential: string;
  /** The conditions in force (the `impairment` option over no impairment). */
  conditions: ImpairmentConditions;
  /** The proxy itself, for its packet counts (`proxy.stats()`). */
  proxy: RunningImpairmentProxy;
  /** The media lab's query string to send through the relay (`lab=media-lab&relay=1&url=...`). */
  mediaLabQuery: string;
}

/** 5% random loss each way and nothing else, unless a spec says otherwise. */
export const DEFAULT_IMPAIRMENT: Partial<ImpairmentConditions> = { lossPercent: 5 };

/**
 * `test` with a worker-scoped coturn (the TURN fixture's) behind a worker-scoped impairment proxy
 * on a free loopback port. Conditions come from the worker option `impairment`, e.g.
 * `test.use({ impairment: { lossPercent: 5, rateBitsPerSecond: 800_000 } })`; default 5% loss.
 * Without coturn every test using it is skipped with the reason, like the TURN fixture's.
 */
export const test = turnTest.extend<
  Record<never, never>,
  { impairment: Partial<ImpairmentConditions>; impairedTurn: ImpairedTurn }
>({
  impairment: [DEFAULT_IMPAIRMENT, { scope: 'worker', option: true }],
  impairedTurn: [
    async ({ turnServer, impairment }, use) => {
      const { address, port, username, password } = turnServer.settings;
      const conditions = { ...NO_IMPAIRMENT, ...impairment };
      const proxy = await startImpairmentProxy({ conditions, upstream: { address, port } });
      const url = `turn:${proxy.address}:${proxy.port}?transport=udp`;
      const credentials = { url, username, credential: password };
      await use({ ...credentials, conditions, proxy, mediaLabQuery: mediaLabQuery(credentials) });
      await proxy.close();
    },
    { scope: 'worker', timeout: 20_000 },
  ],
});

export { expect } from './fixtures';
