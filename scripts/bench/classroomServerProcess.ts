/**
 * The classroom server in a process of its own for the bench, so that its memory is measured
 * apart from the simulated clients: it listens on 127.0.0.1 (a free port), tells the parent its
 * origin, and answers `memory` with process.memoryUsage() (after a collection when --expose-gc).
 */
import { startClassroomServer } from '../classroom/server.ts';

const server = await startClassroomServer({
  dist: process.argv[2] ?? 'dist',
  host: '127.0.0.1',
  port: 0,
});
process.on('message', (message) => {
  if (message === 'memory') {
    (globalThis as { gc?: () => void }).gc?.();
    process.send?.({ memory: process.memoryUsage() });
  } else if (message === 'stop') {
    void server.stop().then(() => process.exit(0));
  }
});
process.send?.({ origin: server.origin, wsUrl: server.wsUrl });
