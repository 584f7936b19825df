/**
 * coturn beside the classroom server: same host, a free port, shared-secret mode with a secret
 * drawn for this run only, so pages get time-limited credentials from /classroom/turn.json.
 */
import { randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';
import { DEV_TURN_SERVER, type CoturnSettings } from '../../src/lib/turn/coturn.ts';
import { findTurnserver, startTurnServer, type RunningTurnServer } from '../turnServer.ts';
import type { ClassroomTurn } from './instructorRoutes.ts';

/** A port free for both TCP and UDP on `host` right now. */
async function freePortOn(host: string): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, host, () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    const udpFree = await new Promise<boolean>((resolve) => {
      const socket = createSocket('udp4');
      socket.once('error', () => resolve(false));
      socket.bind(port, host, () => socket.close(() => resolve(true)));
    });
    if (port > 0 && udpFree) return port;
  }
  throw new Error(`No free port on ${host} for coturn.`);
}

/** A running coturn and what pages need to use it. */
export interface RunningClassroomTurn {
  server: RunningTurnServer;
  turn: ClassroomTurn;
}

/** Starts coturn on `host` in shared-secret mode; undefined when coturn is not installed. */
export async function startClassroomTurn(
  host: string,
  onLog?: (line: string) => void,
): Promise<RunningClassroomTurn | undefined> {
  if (!findTurnserver()) return undefined;
  const settings: CoturnSettings = {
    ...DEV_TURN_SERVER,
    address: host,
    port: await freePortOn(host),
    relayPorts: undefined,
    verbose: false,
    secret: randomBytes(24).toString('base64url'),
    lan: true,
  };
  const server = await startTurnServer(settings, onLog);
  const secret = settings.secret ?? '';
  return { server, turn: { urls: [server.urls.udp, server.urls.tcp], secret } };
}
