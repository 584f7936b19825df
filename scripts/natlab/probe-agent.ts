// The natlab probe client, run inside a peer namespace behind a NAT router. Each line "probe" on
// stdin runs the RFC 5780 style tests against the probe server and prints one JSON line of
// ProbeAnswers (src/lib/nat/probe-classify.ts). Prints "ready" at start; ends with stdin.
import { createSocket, type Socket } from 'node:dgram';
import { createInterface } from 'node:readline';
import type { ProbeAnswers } from '../../src/lib/nat/probe-classify.ts';
import { PROBE_SERVER, type ProbeReply, type ProbeReplyFrom } from './probe-protocol.ts';

/** How long one request waits for its answer before it is sent again, and how often. */
const WAIT_MS = 150;
const SENDS = 3;

const [a1, a2] = PROBE_SERVER.addresses;
const [p1, p2] = PROBE_SERVER.ports;
let counter = 0;

function bound(): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = createSocket('udp4');
    socket.bind(0, () => resolve(socket));
  });
}

/** Sends a request (again every WAIT_MS, SENDS times); resolves with the mapped source or undefined. */
function ask(
  socket: Socket,
  ip: string,
  port: number,
  replyFrom: ProbeReplyFrom,
): Promise<string | undefined> {
  const id = `${process.pid}-${++counter}`;
  const request = JSON.stringify({ id, replyFrom });
  return new Promise((resolve) => {
    let sent = 0;
    let timer: NodeJS.Timeout | undefined;
    const send = () => {
      if (sent++ === SENDS) return finish(undefined);
      socket.send(request, port, ip);
      timer = setTimeout(send, WAIT_MS);
    };
    const onMessage = (data: Buffer) => {
      const reply = JSON.parse(data.toString()) as ProbeReply;
      if (reply.id === id) finish(reply.mapped);
    };
    const finish = (mapped: string | undefined) => {
      clearTimeout(timer);
      socket.off('message', onMessage);
      resolve(mapped);
    };
    socket.on('message', onMessage);
    send();
  });
}

async function freshAnswer(replyFrom: ProbeReplyFrom): Promise<boolean> {
  const socket = await bound();
  const mapped = await ask(socket, a1, p1, replyFrom);
  socket.close();
  return mapped !== undefined;
}

async function probe(): Promise<ProbeAnswers> {
  const socket = await bound();
  const primary = await ask(socket, a1, p1, 'same');
  const otherPort = await ask(socket, a1, p2, 'same');
  const otherAddress = await ask(socket, a2, p1, 'same');
  const local = socket.address();
  socket.close();
  const [same, otherPortIn, otherBothIn] = await Promise.all([
    freshAnswer('same'),
    freshAnswer('other-port'),
    freshAnswer('other-address-and-port'),
  ]);
  return {
    local: `${process.env.NATLAB_HOST ?? local.address}:${local.port}`,
    servers: { primary: `${a1}:${p1}`, otherPort: `${a1}:${p2}`, otherAddress: `${a2}:${p1}` },
    mapping: { primary, otherPort, otherAddress },
    filtering: { same, otherPort: otherPortIn, otherAddressAndPort: otherBothIn },
  };
}

process.stdout.write('ready\n');
for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() === 'probe') process.stdout.write(`${JSON.stringify(await probe())}\n`);
}
