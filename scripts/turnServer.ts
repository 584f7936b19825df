/**
 * Starts and stops a local coturn for the course: `npm run turn` (scripts/turn.ts) and the
 * end-to-end tests (tests/e2e/turn-fixture.ts) both use this module, with the settings of
 * src/lib/turn/coturn.ts. coturn is Debian's package `coturn` (binary `turnserver`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  checkCoturnSettings,
  coturnArguments,
  DEV_TURN_SERVER,
  explainCoturnLine,
  isCoturnNoise,
  turnUrlFor,
  type CoturnSettings,
} from '../src/lib/turn/coturn.ts';
import { freePort } from '../tests/freePort.ts';

/** A coturn that answers STUN on its port. */
export interface RunningTurnServer {
  settings: CoturnSettings;
  /** `turn:` URLs for UDP and TCP. */
  urls: { udp: string; tcp: string };
  /** Resolves with coturn's exit code (or signal name) when it stops, whoever stopped it. */
  exited: Promise<number | string>;
  /** Stops coturn (SIGTERM, then SIGKILL after 3 s) and removes its state folder. */
  stop(): Promise<void>;
}

/** A problem that stops the server from starting, already in plain words for the terminal. */
export class TurnServerError extends Error {
  override name = 'TurnServerError';
}

const READY_TIMEOUT_MS = 8_000;

/** Whether the `turnserver` binary can be run. */
export function findTurnserver(binary = 'turnserver'): boolean {
  const probe = spawnSync(binary, ['--version'], { stdio: 'ignore' });
  return !probe.error;
}

/**
 * Starts coturn with `settings`, waits until it answers a STUN Binding request on its port, and
 * returns it. `onLog` sees every line coturn prints after it is ready (and fatal lines before).
 */
export async function startTurnServer(
  settings: CoturnSettings,
  onLog: (line: string) => void = () => {},
  binary = 'turnserver',
): Promise<RunningTurnServer> {
  const problems = checkCoturnSettings(settings);
  if (problems.length > 0) throw new TurnServerError(problems.join(' '));
  if (!findTurnserver(binary)) {
    throw new TurnServerError(
      `coturn is not installed: the program “${binary}” was not found. Install it with ` +
        '`sudo apt-get install coturn` (Debian, Ubuntu) and run this again.',
    );
  }
  await ensurePortFree(settings.address, settings.port);

  const stateDir = mkdtempSync(join(tmpdir(), 'course-turn-'));
  const child = spawn(binary, coturnArguments(settings, stateDir), {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let ready = false;
  const early: string[] = [];
  const fatal: string[] = [];
  const onLine = (line: string) => {
    if (isCoturnNoise(line)) return;
    const explained = explainCoturnLine(line);
    if (explained) fatal.push(explained);
    if (ready) onLog(line);
    else early.push(line);
  };
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) onLine(line);
    });
  }
  const exited = new Promise<number | string>((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
    child.on('error', () => resolve('spawn-error'));
  });
  const cleanUp = () => rmSync(stateDir, { recursive: true, force: true });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
      await exited;
      clearTimeout(timer);
    }
    cleanUp();
  };

  const outcome = await Promise.race([
    waitForStun(settings.address, settings.port, READY_TIMEOUT_MS).then((ok) =>
      ok ? 'ready' : 'silent',
    ),
    exited.then(() => 'exited' as const),
  ]);
  if (outcome !== 'ready') {
    await stop();
    const why =
      fatal[0] ??
      (outcome === 'exited'
        ? `coturn stopped at once. Its last words:\n${early.slice(-5).join('\n')}`
        : `coturn did not answer on ${settings.address}:${settings.port} within ${READY_TIMEOUT_MS / 1000} s.`);
    throw new TurnServerError(why);
  }
  ready = true;
  for (const line of fatal) onLog(line);
  return {
    settings,
    urls: { udp: turnUrlFor(settings, 'udp'), tcp: turnUrlFor(settings, 'tcp') },
    exited,
    stop,
  };
}

/**
 * The development server of `npm run turn` (same credentials and realm) on a free loopback port
 * of its own and coturn's default relay range, so that it never clashes with a developer's
 * `npm run turn` on 3478 nor with another test run: the TURN tests and `npm run record:turn`
 * start it this way. `verbose` logs each session's requests to `onLog`.
 */
export async function startCourseTurnServer({
  verbose = false,
  onLog,
}: { verbose?: boolean; onLog?: (line: string) => void } = {}): Promise<RunningTurnServer> {
  const settings: CoturnSettings = {
    ...DEV_TURN_SERVER,
    port: await freePort(),
    relayPorts: undefined,
    verbose,
  };
  return startTurnServer(settings, onLog);
}

/** coturn's version as `turnserver --version` prints it (e.g. `4.6.1`), or `unknown`. */
export function coturnVersion(binary = 'turnserver'): string {
  const probe = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  return `${probe.stdout ?? ''}${probe.stderr ?? ''}`.trim().split('\n')[0] || 'unknown';
}

/**
 * Refuses to start when the port is taken. coturn itself would not notice: it opens its
 * sockets with SO_REUSEPORT, so a second coturn would silently share the port with the first.
 */
async function ensurePortFree(address: string, port: number): Promise<void> {
  const udp = await canBind('udp', address, port);
  const tcp = await canBind('tcp', address, port);
  if (udp && tcp) return;
  const stun = await waitForStun(address, port, 500);
  throw new TurnServerError(
    `Port ${port} on ${address} is already in use (${[udp ? '' : 'UDP', tcp ? '' : 'TCP'].filter(Boolean).join(' and ')})` +
      (stun
        ? ': a STUN/TURN server already answers there. Is `npm run turn` already running in another ' +
          'terminal, or the system coturn service (`sudo systemctl stop coturn`)?'
        : '. Stop the program that holds it, or pick another port.'),
  );
}

/** Whether a socket can bind address:port right now (it is closed again at once). */
function canBind(kind: 'udp' | 'tcp', address: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    if (kind === 'udp') {
      const socket = createSocket('udp4');
      socket.once('error', () => {
        socket.close();
        resolve(false);
      });
      socket.bind(port, address, () => socket.close(() => resolve(true)));
    } else {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, address, () => server.close(() => resolve(true)));
    }
  });
}

/** Sends STUN Binding requests (RFC 8489 §5) every 100 ms until one is answered or time is up. */
export function waitForStun(address: string, port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createSocket('udp4');
    const transactionId = randomBytes(12);
    const request = Buffer.concat([
      Buffer.from([0x00, 0x01, 0x00, 0x00, 0x21, 0x12, 0xa4, 0x42]),
      transactionId,
    ]);
    let done = false;
    const finish = (ok: boolean) => {
      if (done) return;
      done = true;
      clearInterval(timer);
      clearTimeout(deadline);
      socket.close();
      resolve(ok);
    };
    socket.on('message', (msg) => {
      // A Binding success (0x0101) or error (0x0111) response carrying our transaction ID.
      const type = msg.readUInt16BE(0);
      if (
        msg.length >= 20 &&
        (type === 0x0101 || type === 0x0111) &&
        msg.subarray(8, 20).equals(transactionId)
      ) {
        finish(true);
      }
    });
    // ICMP "port unreachable" comes back as an error on a connected-less socket on Linux: ignore it.
    socket.on('error', () => {});
    const send = () => socket.send(request, port, address, () => {});
    const timer = setInterval(send, 100);
    const deadline = setTimeout(() => finish(false), timeoutMs);
    send();
  });
}
