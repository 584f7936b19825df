/**
 * classroom: serves the built course and the classroom's signaling endpoint from one Node process
 * on the instructor's machine, bound to its LAN address, so learners' devices connect in pairs
 * ("With another device" in the signaling lab). Where coturn is installed it runs beside it in
 * shared-secret mode, and pages fetch time-limited TURN credentials from /classroom/turn.json.
 * Rooms live in memory only; nothing is written to disk. Ctrl-C or SIGTERM stops it (exit 0).
 * Usage: npm run classroom [-- --host <address>] [-- --port <n>] [-- --dist <folder>] [-- --no-turn]
 */
import { parseArgs } from 'node:util';
import { CLASSROOM_MESSAGE_LIMIT } from '../src/lib/classroom/protocol.ts';
import { ROOM_CODE_BITS } from '../src/lib/classroom/roomCode.ts';
import { CLASSROOM_RATE_LIMIT } from '../src/lib/classroom/tokenBucket.ts';
import { startClassroomTurn, type RunningClassroomTurn } from './classroom/classroomTurn.ts';
import { lanAddress } from './classroom/lanAddress.ts';
import { startClassroomServer, type RunningClassroom } from './classroom/server.ts';
import { terminalQr } from './classroom/terminalQr.ts';
import { distFolder } from './site/previewSite.ts';
import { TurnServerError } from './turnServer.ts';

const USAGE =
  'usage: npm run classroom [-- --host <address>] [-- --port <n>] [-- --dist <folder>] [-- --no-turn]';

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        host: { type: 'string' },
        port: { type: 'string', default: '0' },
        dist: { type: 'string' },
        'no-turn': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    console.error(`classroom: ${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const host = values.host ?? lanAddress() ?? '127.0.0.1';
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    console.error(`classroom: --port must be a whole number from 0 to 65535.\n${USAGE}`);
    return 1;
  }
  let server: RunningClassroom | undefined;
  let turn: RunningClassroomTurn | undefined;
  let stopping = false;
  const stop = async (why: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nclassroom: ${why}: closing the rooms and stopping...`);
    await server?.stop();
    await turn?.server.stop();
    console.log('classroom: stopped. No room or message was kept.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('Ctrl-C'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  if (!values['no-turn']) {
    try {
      turn = await startClassroomTurn(host);
    } catch (error) {
      const why = error instanceof TurnServerError ? error.message : String(error);
      console.log(`classroom: coturn did not start (${why}); going on without TURN.`);
    }
  }
  try {
    server = await startClassroomServer({
      dist: values.dist ?? distFolder(),
      host,
      port,
      ...(turn ? { turn: turn.turn } : {}),
    });
  } catch (error) {
    console.error(`classroom: ${(error as Error).message}`);
    await turn?.server.stop();
    return 1;
  }
  const url = `${server.origin}/`;
  const colour = process.stdout.isTTY === true;
  console.log(
    [
      '',
      `Classroom mode: the course and its signaling server on ${server.origin}`,
      '',
      ...terminalQr(url, colour).map((line) => `  ${line}`),
      '',
      `  Learners open   ${url}  (same network; scan the code above)`,
      `  Your page       ${server.origin}/classroom/  (rooms, devices, candidate types, live)`,
      `  Signaling       ${server.wsUrl}`,
      turn
        ? `  TURN            ${turn.turn.urls.join('  ')} (credentials for 4 h from /classroom/turn.json)`
        : `  TURN            not started${values['no-turn'] ? ' (--no-turn)' : ' (coturn is not installed: sudo apt-get install coturn)'}`,
      '',
      `Rooms: ${ROOM_CODE_BITS}-bit codes, 2 devices each, gone after 1 h idle; messages up to ` +
        `${CLASSROOM_MESSAGE_LIMIT / 1024} KiB, ${CLASSROOM_RATE_LIMIT.capacity} at once and ` +
        `${CLASSROOM_RATE_LIMIT.refillPerSecond}/s per device. Kept in memory only, never on disk.`,
      values.host === undefined && host === '127.0.0.1'
        ? 'No LAN address found: only this machine can connect (pass --host <address>).'
        : 'Learners need the same network (a guest Wi-Fi that isolates clients will not do).',
      'Ctrl-C stops it.',
      '',
    ].join('\n'),
  );
  if (turn) {
    const code = await turn.server.exited;
    if (!stopping) {
      // Ctrl-C in a terminal reaches coturn too (same process group): that is a normal stop.
      await stop(code === 'SIGINT' || code === 'SIGTERM' ? 'Ctrl-C' : `coturn stopped (${code})`);
    }
  }
  return new Promise(() => {});
}

process.exitCode = await main();
