/**
 * The classroom server under a class's load, on 127.0.0.1 only: `rooms` rooms, two WebSocket
 * clients each, the first sending `messages` signals one after another and the second echoing
 * each back. Measures each round trip, the server process's memory before the clients connect
 * and once every message went through, and checks that every message reached its own room only.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { WebSocket } from 'ws';

/** What the bench measured. */
export interface ClassroomBench {
  rooms: number;
  messages: number;
  /** Round trips in ms, sorted. */
  roundTrips: number[];
  /** Messages a client received that carried another room's tag (must be 0). */
  foreign: number;
  /** Messages received in all (rooms × 2 × messages when none was lost). */
  delivered: number;
  before: NodeJS.MemoryUsage;
  after: NodeJS.MemoryUsage;
}

type Reply = { origin?: string; wsUrl?: string; memory?: NodeJS.MemoryUsage };

function ask(child: ChildProcess, question: string | null, key: keyof Reply): Promise<Reply> {
  return new Promise((resolve) => {
    const listen = (reply: Reply) => {
      if (reply[key] === undefined) return;
      child.off('message', listen);
      resolve(reply);
    };
    child.on('message', listen);
    if (question) child.send(question);
  });
}

function connect(
  url: string,
): Promise<{ socket: WebSocket; next: (kind: string) => Promise<any> }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    const waiting = new Map<string, (message: any) => void>();
    socket.on('message', (data) => {
      const message = JSON.parse(String(data));
      const wake = waiting.get(message.kind);
      waiting.delete(message.kind);
      wake?.(message);
    });
    socket.once('error', reject);
    socket.once('open', () =>
      resolve({
        socket,
        next: (kind) => new Promise((done) => waiting.set(kind, done)),
      }),
    );
  });
}

/** One room: its two clients, the round trips of its first client, and what reached whom. */
async function room(url: string, index: number, messages: number, result: ClassroomBench) {
  const first = await connect(url);
  const entered = first.next('room');
  first.socket.send('{"kind":"create"}');
  const { code } = await entered;
  const second = await connect(url);
  const joined = second.next('room');
  second.socket.send(JSON.stringify({ kind: 'join', code }));
  await joined;
  const tag = `room-${index}`;
  const check = (message: any) => {
    result.delivered += 1;
    if (!String(message.message?.candidate?.candidate).startsWith(`${tag}:`)) result.foreign += 1;
  };
  second.socket.on('message', (data) => {
    const message = JSON.parse(String(data));
    if (message.kind !== 'signal') return;
    check(message);
    second.socket.send(
      JSON.stringify({ kind: 'signal', message: { ...message.message, peer: 'b' } }),
    );
  });
  let answered: (() => void) | null = null;
  first.socket.on('message', (data) => {
    const message = JSON.parse(String(data));
    if (message.kind !== 'signal') return;
    check(message);
    answered?.();
  });
  for (let i = 0; i < messages; i += 1) {
    const candidate = { candidate: `${tag}:${i}`, sdpMid: '0', sdpMLineIndex: 0 };
    const back = new Promise<void>((done) => (answered = done));
    const sent = performance.now();
    first.socket.send(
      JSON.stringify({ kind: 'signal', message: { kind: 'candidate', peer: 'a', candidate } }),
    );
    await back;
    result.roundTrips.push(performance.now() - sent);
  }
  return [first.socket, second.socket];
}

/** Runs the load on a classroom server started over `dist` in a child process. */
export async function benchClassroom(
  dist: string,
  rooms = 200,
  messages = 50,
): Promise<ClassroomBench> {
  const child = fork(join(import.meta.dirname, 'classroomServerProcess.ts'), [dist], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    const { wsUrl } = await ask(child, null, 'wsUrl');
    const before = (await ask(child, 'memory', 'memory')).memory!;
    const result: ClassroomBench = {
      rooms,
      messages,
      roundTrips: [],
      foreign: 0,
      delivered: 0,
      before,
      after: before,
    };
    const sockets = (
      await Promise.all(Array.from({ length: rooms }, (_, i) => room(wsUrl!, i, messages, result)))
    ).flat();
    result.after = (await ask(child, 'memory', 'memory')).memory!;
    for (const socket of sockets) socket.close();
    result.roundTrips.sort((a, b) => a - b);
    return result;
  } finally {
    child.send('stop');
    await new Promise((done) => child.once('exit', done));
  }
}

/** The value below which `share` of the sorted values lie (nearest rank). */
export function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN;
}
