/**
 * turn: starts the course's local TURN server (coturn) on loopback with the development
 * credentials, prints what the `turn-relay` lab needs, streams coturn's session log, and stops
 * cleanly on Ctrl-C or SIGTERM (exit code 0).
 * With network conditions (`--loss 5 --delay 40 --jitter 20 --rate 800k`, see
 * scripts/impairment/) it also starts a UDP impairment proxy on the next port and prints its URL.
 * Usage: npm run turn [-- --port <n>] [-- --quiet] [-- --loss <%> --delay <ms> ...]
 */
import { DEV_TURN_SERVER, type CoturnSettings } from '../src/lib/turn/coturn.ts';
import { impairmentBanner } from './impairment/banner.ts';
import {
  IMPAIRMENT_USAGE,
  parseImpairmentArgs,
  type ParsedImpairmentArgs,
} from './impairment/conditions.ts';
import { startImpairmentProxy, type RunningImpairmentProxy } from './impairment/proxy.ts';
import { formatStats } from './impairment/stats.ts';
import { startTurnServer, TurnServerError, type RunningTurnServer } from './turnServer.ts';

const USAGE = `usage: npm run turn [-- --port <number>] [-- --quiet] [-- --secret <shared secret>] [-- ${IMPAIRMENT_USAGE}]`;
const STATS_EVERY_MS = 10_000;

/** Reads `--port <n>`, `--quiet` and the impairment flags; returns them or a usage message. */
function parseArgs(
  all: readonly string[],
): { settings: CoturnSettings; impairment: ParsedImpairmentArgs } | string {
  const impairment = parseImpairmentArgs(all);
  if (typeof impairment === 'string') return `turn: ${impairment}; ${USAGE}`;
  const args = impairment.rest;
  const settings: CoturnSettings = { ...DEV_TURN_SERVER };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--quiet') settings.verbose = false;
    else if (arg === '--secret') {
      // Shared-secret mode (use-auth-secret): time-limited credentials, src/lib/turn/restCredentials.ts.
      settings.secret = args[i + 1];
      i += 1;
    } else if (arg === '--port') {
      settings.port = Number(args[i + 1]);
      i += 1;
    } else
      return arg === '--help' || arg === '-h' ? USAGE : `turn: unknown option ${arg}; ${USAGE}`;
  }
  return { settings, impairment };
}

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if (typeof parsed === 'string') {
    console.log(parsed);
    return parsed === USAGE ? 0 : 1;
  }
  const { settings, impairment } = parsed;
  let server: RunningTurnServer | undefined;
  let proxy: RunningImpairmentProxy | undefined;
  let stopping = false;
  let stopRequested = '';
  const stop = async (why: string) => {
    if (stopping) return;
    stopping = true;
    if (proxy) {
      console.log(`\n${formatStats(proxy.stats()).replace(/^/gm, 'proxy | final ')}`);
      await proxy.close();
    }
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
  const { username, password, realm, address, port, secret } = server.settings;
  const lab = new URLSearchParams(
    secret
      ? { lab: 'turn-credentials', url: server.urls.udp, secret }
      : { lab: 'turn-relay', url: server.urls.udp, username, credential: password },
  );
  console.log(
    [
      '',
      `Local TURN server (coturn) listening on ${address}:${port}, UDP and TCP, loopback only.`,
      '',
      `  URL         ${server.urls.udp}`,
      `              ${server.urls.tcp}`,
      `  username    ${secret ? '<expiry in Unix seconds>:<any name> (shared-secret mode)' : username}`,
      `  credential  ${secret ? 'base64(HMAC-SHA1(secret, username))' : password}`,
      `  realm       ${realm}`,
      '',
      'These are development credentials, published with the course: never reuse them on a real server.',
      secret
        ? 'The lab “Time-limited TURN credentials” in chapter 13 signs credentials with this secret; with `npm run dev`:'
        : 'The lab “Relay a connection through TURN” in chapter 5 uses them by default; with `npm run dev`:',
      `  http://localhost:4321/chapters/${secret ? 'in-production' : 'turn'}/?${lab}`,
      'Each allocation is logged below (401, ALLOCATE, CREATE_PERMISSION, CHANNEL_BIND, REFRESH). Ctrl-C stops the server.',
      '',
    ].join('\n'),
  );
  if (impairment.conditions) {
    const proxyPort = impairment.proxyPort ?? port + 1;
    try {
      proxy = await startImpairmentProxy({
        conditions: impairment.conditions,
        upstream: { address, port },
        address,
        port: proxyPort,
      });
    } catch (error) {
      console.error(
        `turn: the impairment proxy cannot listen on ${address}:${proxyPort} (${(error as Error).message}); pick another with --proxy-port.`,
      );
      await server.stop();
      return 1;
    }
    const running = proxy;
    const url = `turn:${address}:${running.port}?transport=udp`;
    const upstream = `${address}:${port}`;
    const details = {
      conditions: running.conditions,
      url,
      username,
      credential: password,
      upstream,
    };
    console.log(impairmentBanner(details));
    let last = '';
    setInterval(() => {
      const now = formatStats(running.stats());
      if (now !== last) console.log(now.replace(/^/gm, 'proxy | '));
      last = now;
    }, STATS_EVERY_MS).unref();
  }

  const code = await server.exited;
  if (stopping) return new Promise(() => {}); // stop() exits once the state folder is gone
  // Ctrl-C in a terminal reaches coturn too (same process group): that is a normal stop.
  if (code === 'SIGINT' || code === 'SIGTERM') {
    await stop('Ctrl-C');
    return 0;
  }
  console.error(`turn: coturn stopped on its own (exit ${code}).`);
  await proxy?.close();
  await server.stop();
  return 1;
}

process.exitCode = await main();
