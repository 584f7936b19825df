import { createSocket, type Socket } from 'node:dgram';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  NO_IMPAIRMENT,
  type ImpairmentConditions,
} from '../../../scripts/impairment/conditions.ts';
import {
  startImpairmentProxy,
  type RunningImpairmentProxy,
} from '../../../scripts/impairment/proxy.ts';
import { findTurnserver, startCourseTurnServer } from '../../../scripts/turnServer.ts';

const closers: (() => unknown)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A UDP socket on loopback, closed after the test. */
async function socketOnLoopback(): Promise<Socket> {
  const socket = createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  closers.push(() => socket.close());
  return socket;
}

/** An upstream that echoes every datagram and remembers who sent what, when. */
async function echoServer() {
  const socket = await socketOnLoopback();
  const seen: { from: string; bytes: number; at: number }[] = [];
  socket.on('message', (message, from) => {
    seen.push({
      from: `${from.address}:${from.port}`,
      bytes: message.length,
      at: performance.now(),
    });
    socket.send(message, from.port, from.address);
  });
  return { port: socket.address().port, seen };
}

async function proxyTo(port: number, over: Partial<ImpairmentConditions>, idleMs?: number) {
  const proxy = await startImpairmentProxy({
    conditions: { ...NO_IMPAIRMENT, ...over },
    upstream: { address: '127.0.0.1', port },
    ...(idleMs === undefined ? {} : { idleMs }),
  });
  closers.push(() => proxy.close());
  return proxy;
}

/** Sends `count` packets of `bytes` through the proxy, `perTick` every `tickMs`; returns the socket. */
async function send(
  proxy: RunningImpairmentProxy,
  count: number,
  bytes: number,
  perTick = 20,
  tickMs = 5,
) {
  const client = await socketOnLoopback();
  const answers: number[] = [];
  client.on('message', () => answers.push(performance.now()));
  for (let i = 0; i < count; i += 1) {
    client.send(randomBytes(bytes), proxy.port, '127.0.0.1');
    if ((i + 1) % perTick === 0) await wait(tickMs);
  }
  return { client, answers };
}

/** Waits until `check` holds or `ms` pass. */
async function settle(check: () => boolean, ms = 3000) {
  const until = performance.now() + ms;
  while (!check() && performance.now() < until) await wait(20);
}

describe('the impairment proxy, with real UDP sockets', () => {
  it('passes every packet both ways when no condition is set', async () => {
    const upstream = await echoServer();
    const proxy = await proxyTo(upstream.port, {});
    const { answers } = await send(proxy, 200, 100);
    await settle(() => answers.length === 200);
    expect(answers).toHaveLength(200);
    expect(proxy.stats().up).toMatchObject({ packetsIn: 200, packetsOut: 200, lost: 0 });
    expect(proxy.stats().down).toMatchObject({ packetsIn: 200, packetsOut: 200, lost: 0 });
  });

  it('at 5% loss each way, about 10% of 2000 round trips go unanswered, as counted', async () => {
    const upstream = await echoServer();
    const proxy = await proxyTo(upstream.port, { lossPercent: 5, seed: 1 });
    const { answers } = await send(proxy, 2000, 100);
    await settle(() => {
      const { up, down } = proxy.stats();
      return (
        up.packetsIn === 2000 &&
        down.packetsIn === up.packetsOut &&
        answers.length === down.packetsOut
      );
    });
    const { up } = proxy.stats();
    expect(up.packetsIn).toBe(2000);
    expect(up.lost / 2000).toBeGreaterThan(0.035);
    expect(up.lost / 2000).toBeLessThan(0.065);
    const stats = proxy.stats();
    // Everything that left upstream was echoed; 5% of that was lost on the way down.
    expect(stats.down.packetsIn).toBe(stats.up.packetsOut);
    expect(answers.length).toBe(stats.down.packetsOut);
    const unanswered = 1 - answers.length / 2000;
    expect(unanswered).toBeGreaterThan(0.07);
    expect(unanswered).toBeLessThan(0.13);
  });

  it('gives each client its own upstream socket, and forgets clients that fall silent', async () => {
    const upstream = await echoServer();
    const proxy = await proxyTo(upstream.port, {}, 200);
    const a = await send(proxy, 5, 50);
    const b = await send(proxy, 5, 50);
    await settle(() => a.answers.length + b.answers.length === 10);
    expect(new Set(upstream.seen.map((s) => s.from)).size).toBe(2);
    expect(proxy.stats().clients).toBe(2);
    await settle(() => proxy.stats().clients === 0, 2000);
    expect(proxy.stats()).toMatchObject({ clients: 0, clientsSeen: 2 });
  });

  it('adds the delay each way: round trips take at least twice 40 ms', async () => {
    const upstream = await echoServer();
    const proxy = await proxyTo(upstream.port, { delayMs: 40 });
    const started = performance.now();
    const { answers } = await send(proxy, 1, 50);
    await settle(() => answers.length === 1);
    expect(answers[0]! - started).toBeGreaterThanOrEqual(79);
  });

  it('caps 4 Mbit/s offered at 2 Mbit/s, and the bounded queue drops the rest', async () => {
    const upstream = await echoServer();
    const proxy = await proxyTo(upstream.port, { rateBitsPerSecond: 2_000_000, queueMs: 100 });
    await send(proxy, 1000, 1000, 10, 20); // 10 kB every 20 ms, for 2 s
    await settle(() => upstream.seen.length === proxy.stats().up.packetsOut);
    // Measured after the first 50 arrivals: the bucket's initial burst and a late first timer
    // on a busy machine would otherwise skew a two-second window.
    const arrivals = upstream.seen.slice(50);
    const seconds = (arrivals.at(-1)!.at - arrivals[0]!.at) / 1000;
    const rate = ((arrivals.length - 1) * 1000 * 8) / seconds;
    expect(rate).toBeLessThan(2_000_000 * 1.05);
    expect(rate).toBeGreaterThan(2_000_000 * 0.8);
    expect(proxy.stats().up.queueDropped).toBeGreaterThan(300);
  });
});

describe.skipIf(!findTurnserver())('the impairment proxy in front of coturn', () => {
  it('at 5% loss each way, coturn answers about 90% of 300 STUN Binding requests', async () => {
    const server = await startCourseTurnServer();
    closers.push(() => server.stop());
    const proxy = await proxyTo(server.settings.port, { lossPercent: 5, seed: 3 });
    const client = await socketOnLoopback();
    const answered = new Set<string>();
    client.on('message', (message) => {
      if (message.readUInt16BE(0) === 0x0101) answered.add(message.subarray(8, 20).toString('hex'));
    });
    for (let i = 0; i < 300; i += 1) {
      const id = randomBytes(12);
      const header = Buffer.from([0x00, 0x01, 0x00, 0x00, 0x21, 0x12, 0xa4, 0x42]);
      client.send(Buffer.concat([header, id]), proxy.port, '127.0.0.1');
      if (i % 20 === 19) await wait(10);
    }
    // Settled once coturn has answered every request that reached it and the proxy passed on all.
    await settle(() => {
      const { up, down } = proxy.stats();
      return down.packetsIn === up.packetsOut && answered.size === down.packetsOut;
    });
    const share = answered.size / 300;
    expect(share).toBeGreaterThan(0.85);
    expect(share).toBeLessThan(0.95);
    expect(proxy.stats().up.lost + proxy.stats().down.lost).toBe(300 - answered.size);
  }, 20_000);
});
