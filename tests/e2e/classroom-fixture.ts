import { createServer } from 'node:net';
import type { Browser, Page } from '@playwright/test';
import {
  startClassroomTurn,
  type RunningClassroomTurn,
} from '../../scripts/classroom/classroomTurn';
import { startClassroomServer, type RunningClassroom } from '../../scripts/classroom/server';
import { test as guardedTest } from './fixtures';

/** The classroom server's ports for tests (4430-4439: this checkout's share). */
export const CLASSROOM_PORTS = [4430, 4439] as const;

/** The first port of 4430-4439 free on 127.0.0.1 right now. */
export async function classroomPort(): Promise<number> {
  for (let port = CLASSROOM_PORTS[0]; port <= CLASSROOM_PORTS[1]; port += 1) {
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('Ports 4430-4439 are all taken on 127.0.0.1.');
}

/** A running classroom server and, where coturn is installed, its TURN server. */
export interface ClassroomFixture {
  server: RunningClassroom;
  turn: RunningClassroomTurn | undefined;
}

/**
 * `test` on the classroom server (worker-scoped, 127.0.0.1, port 4430-4439, over COURSE_DIST),
 * with coturn beside it in shared-secret mode where it is installed. `baseURL` is the classroom's
 * origin, so the guarded page treats it as the local origin.
 */
export const test = guardedTest.extend<object, { classroom: ClassroomFixture }>({
  classroom: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const turn = await startClassroomTurn('127.0.0.1');
      const server = await startClassroomServer({
        dist: process.env['COURSE_DIST'] ?? 'dist',
        host: '127.0.0.1',
        port: await classroomPort(),
        ...(turn ? { turn: turn.turn } : {}),
      });
      await use({ server, turn });
      await server.stop();
      await turn?.server.stop();
    },
    { scope: 'worker', timeout: 20_000 },
  ],
  baseURL: async ({ classroom }, use) => use(classroom.server.origin),
});

export { expect } from './fixtures';

/** A page in a browser context of its own (another "device"), collecting console errors. */
export async function device(
  browser: Browser,
  origin: string,
): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ baseURL: origin });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  return { page, problems };
}
