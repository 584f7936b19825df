/**
 * The UDP impairment proxy: listens on a loopback port, gives each client (source address and
 * port) an upstream socket of its own towards the TURN server, so that the server still sees one
 * 5-tuple per client, and passes every packet both ways through an ImpairedLink. Clients silent
 * for `idleMs` in both directions lose their socket (a later packet starts afresh).
 */
import { createSocket, type Socket } from 'node:dgram';
import { performance } from 'node:perf_hooks';
import type { ImpairmentConditions } from './conditions.ts';
import { DeliveryQueue } from './deliveryQueue.ts';
import { ImpairedLink } from './link.ts';
import { emptyDirectionStats, type DirectionStats, type ProxyStats } from './stats.ts';

/** Where the proxy listens, where it forwards, and what it does to packets on the way. */
export interface ImpairmentProxyOptions {
  conditions: ImpairmentConditions;
  upstream: { address: string; port: number };
  /** Loopback address to listen on; default 127.0.0.1. */
  address?: string;
  /** Port to listen on; 0 (default) lets the system pick a free one. */
  port?: number;
  /** A client silent this long in both directions is forgotten; default 120 s. */
  idleMs?: number;
}

/** A proxy that is listening. */
export interface RunningImpairmentProxy {
  address: string;
  port: number;
  conditions: ImpairmentConditions;
  /** A snapshot of the packet counts. */
  stats(): ProxyStats;
  /** Stops listening, closes every upstream socket and drops the packets still in flight. */
  close(): Promise<void>;
}

interface Client {
  socket: Socket;
  up: ImpairedLink;
  down: ImpairedLink;
  upQueue: DeliveryQueue;
  downQueue: DeliveryQueue;
  lastSeen: number;
}

/** Counts one packet in and what happened to it; returns its departure time or null. */
function account(stats: DirectionStats, link: ImpairedLink, bytes: number): number | null {
  stats.packetsIn += 1;
  stats.bytesIn += bytes;
  const verdict = link.offer(performance.now(), bytes);
  if (verdict.kind === 'lost') stats.lost += 1;
  else if (verdict.kind === 'queue-full') stats.queueDropped += 1;
  else return verdict.at;
  return null;
}

/** Starts the proxy and resolves once it listens. */
export async function startImpairmentProxy(
  options: ImpairmentProxyOptions,
): Promise<RunningImpairmentProxy> {
  const { conditions, upstream } = options;
  const address = options.address ?? '127.0.0.1';
  const idleMs = options.idleMs ?? 120_000;
  const up = emptyDirectionStats();
  const down = emptyDirectionStats();
  const clients = new Map<string, Client>();
  let clientsSeen = 0;
  const listener = createSocket('udp4');

  const forget = (key: string) => {
    const client = clients.get(key);
    if (!client) return;
    clients.delete(key);
    client.upQueue.clear();
    client.downQueue.clear();
    client.socket.close();
  };

  const open = (key: string, rinfo: { address: string; port: number }): Client => {
    const socket = createSocket('udp4');
    // A TURN server gone or restarting shows as ICMP errors: ignore them. Sends made while the
    // socket is still binding are queued by Node.
    socket.on('error', () => {});
    socket.bind(0, address);
    const stream = clientsSeen * 2;
    clientsSeen += 1;
    const client: Client = {
      socket,
      up: new ImpairedLink(conditions, stream),
      down: new ImpairedLink(conditions, stream + 1),
      upQueue: new DeliveryQueue(),
      downQueue: new DeliveryQueue(),
      lastSeen: performance.now(),
    };
    socket.on('message', (message, from) => {
      if (from.port !== upstream.port || from.address !== upstream.address) return;
      client.lastSeen = performance.now();
      const at = account(down, client.down, message.length);
      if (at === null) return;
      client.downQueue.push(at, () => {
        down.packetsOut += 1;
        down.bytesOut += message.length;
        listener.send(message, rinfo.port, rinfo.address);
      });
    });
    clients.set(key, client);
    return client;
  };

  listener.on('message', (message, rinfo) => {
    const key = `${rinfo.address}:${rinfo.port}`;
    const client = clients.get(key) ?? open(key, rinfo);
    client.lastSeen = performance.now();
    const at = account(up, client.up, message.length);
    if (at === null) return;
    client.upQueue.push(at, () => {
      up.packetsOut += 1;
      up.bytesOut += message.length;
      client.socket.send(message, upstream.port, upstream.address);
    });
  });
  listener.on('error', () => {});

  await new Promise<void>((resolve, reject) => {
    listener.once('error', reject);
    listener.bind(options.port ?? 0, address, () => {
      listener.off('error', reject);
      resolve();
    });
  });
  const sweeper = setInterval(
    () => {
      const now = performance.now();
      for (const [key, client] of clients) if (now - client.lastSeen > idleMs) forget(key);
    },
    Math.max(50, idleMs / 4),
  );
  sweeper.unref();

  return {
    address,
    port: listener.address().port,
    conditions,
    stats: () => ({
      up: { ...up },
      down: { ...down },
      clients: clients.size,
      clientsSeen,
    }),
    close: async () => {
      clearInterval(sweeper);
      for (const key of [...clients.keys()]) forget(key);
      await new Promise<void>((resolve) => listener.close(() => resolve()));
    },
  };
}
