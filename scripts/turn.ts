/**
 * turn: starts the course's local TURN server (coturn) on loopback with the development
 * credentials, prints what the `turn-relay` lab needs, streams coturn's session log, and stops
 * cleanly on Ctrl-C or SIGTERM (exit code 0).
 * Usage: npm run turn [-- --port <n>] [-- --quiet]
 */
import { DEV_TURN_SERVER, type CoturnSettings } from '../src/lib/turn/coturn.ts';
import { startTurnServer, TurnServerError, type RunningTurnServer } from './turnServer.ts';

const USAGE = 'usage: npm run turn [-- --port <number>] [-- --quiet]';

/** Reads `--port <n>` and `--quiet`; returns the settings or a usage message. */
function parseArgs(args: readonly string[]): CoturnSettings | string {
  const settings: CoturnSettings = { ...DEV_TURN_SERVER };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--quiet') settings.verbose = false;
    else if (arg === '--port') {
      settings.port = Number(args[i + 1]);
      i += 1;
    } else
      return arg === '--help' || arg === '-h' ? USAGE : `turn: unknown option ${arg}; ${USAGE}`;
  }
  return settings;
}

async function main(): Promise<number> {
  const settings = parseArgs(process.argv.slice(2));
  if (typeof settings === 'string') {
    console.log(settings);
    return settings === USAGE ? 0 : 1;
  }
  let server: RunningTurnServer | undefined;
  let stopping = false;
  let stopRequested = '';
  const stop = async (why: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nturn: ${why}: stopping coturn...`);
    await server?.stop();
    console.log('turn: stopped.');
    process.exit(0);
  };
  // Installed before coturn starts, so that Ctrl-C during start-up also ends cleanly.
  const onSignal = (why: string) => {
    if (server) void stop(why);
    else stopRequested = why;
  };
  process.on('SIGINT', () => onSignal('Ctrl-C'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  try {
    server = await startTurnServer(settings, (line) => console.log(`coturn | ${line}`));
  } catch (error) {
    if (stopRequested) {
      console.log(`turn: ${stopRequested}: stopped before coturn was ready.`);
      return 0;
    }
    console.error(error instanceof TurnServerError ? `turn: ${error.message}` : error);
    return 1;
  }
  if (stopRequested) {
    await stop(stopRequested);
    return 0;
  }
  const { username, password, realm, address, port } = server.settings;
  const lab = new URLSearchParams({
    lab: 'turn-relay',
    url: server.urls.udp,
    username,
    credential: password,
  });
  console.log(
    [
      '',
      `Local TURN server (coturn) listening on ${address}:${port}, UDP and TCP, loopback only.`,
      '',
      `  URL         ${server.urls.udp}`,
      `              ${server.urls.tcp}`,
      `  username    ${username}`,
      `  credential  ${password}`,
      `  realm       ${realm}`,
      '',
      'These are development credentials, published with the course: never reuse them on a real server.',
      'The lab “Relay a connection through TURN” in chapter 5 uses them by default; with `npm run dev`:',
      `  http://localhost:4321/chapters/turn/?${lab}`,
      'Each allocation is logged below (401, ALLOCATE, CREATE_PERMISSION, CHANNEL_BIND, REFRESH). Ctrl-C stops the server.',
      '',
    ].join('\n'),
  );

  const code = await server.exited;
  if (stopping) return new Promise(() => {}); // stop() exits once the state folder is gone
  // Ctrl-C in a terminal reaches coturn too (same process group): that is a normal stop.
  if (code === 'SIGINT' || code === 'SIGTERM') {
    await stop('Ctrl-C');
    return 0;
  }
  console.error(`turn: coturn stopped on its own (exit ${code}).`);
  await server.stop();
  return 1;
}

process.exitCode = await main();
