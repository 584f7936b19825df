// The natlab probe server, run inside the public namespace: four UDP sockets (two addresses x two
// ports). Each answers a request with the source it saw, from the socket the request asks for.
// Prints "ready" once bound; runs until killed.
import { createSocket, type Socket } from 'node:dgram';
import { PROBE_SERVER, type ProbeReplyFrom, type ProbeRequest } from './probe-protocol.ts';

const sockets = new Map<string, Socket>();
const key = (a: number, p: number) => `${a}/${p}`;

function answerer(address: number, port: number, replyFrom: ProbeReplyFrom): Socket | undefined {
  if (replyFrom === 'same') return sockets.get(key(address, port));
  if (replyFrom === 'other-port') return sockets.get(key(address, 1 - port));
  return sockets.get(key(1 - address, 1 - port));
}

await Promise.all(
  PROBE_SERVER.addresses.flatMap((ip, a) =>
    PROBE_SERVER.ports.map(
      (port, p) =>
        new Promise<void>((resolve) => {
          const socket = createSocket('udp4');
          socket.on('message', (data, from) => {
            const request = JSON.parse(data.toString()) as ProbeRequest;
            const reply = JSON.stringify({
              id: request.id,
              mapped: `${from.address}:${from.port}`,
            });
            answerer(a, p, request.replyFrom)?.send(reply, from.port, from.address);
          });
          sockets.set(key(a, p), socket);
          socket.bind(port, ip, resolve);
        }),
    ),
  ),
);
process.stdout.write('ready\n');
