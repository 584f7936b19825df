/**
 * Records every UDP datagram of this Node process, in both directions, by wrapping
 * dgram.Socket.prototype.send and the socket's 'message' emission. Install it before the
 * WebRTC peer (werift) is imported, so its sockets are tapped from the first STUN check.
 */
import dgram from 'node:dgram';

/** One datagram as seen on the Node peer's socket. */
export interface TappedDatagram {
  /** Milliseconds since the tap was installed (performance.now based). */
  at: number;
  direction: 'out' | 'in';
  local: { address: string; port: number };
  remote: { address: string; port: number };
  bytes: Uint8Array;
}

/** Start recording; returns the live list the tap appends to. */
export function installUdpTap(): TappedDatagram[] {
  const recorded: TappedDatagram[] = [];
  const t0 = performance.now();
  const proto = dgram.Socket.prototype as unknown as {
    send: (...args: unknown[]) => void;
    emit: (event: string | symbol, ...args: unknown[]) => boolean;
  };
  const localOf = (socket: dgram.Socket) => {
    try {
      const a = socket.address();
      return { address: a.address, port: a.port };
    } catch {
      return { address: '0.0.0.0', port: 0 };
    }
  };
  const originalSend = proto.send;
  proto.send = function (this: dgram.Socket, ...args: unknown[]) {
    const msg = args[0];
    // send(msg, [offset, length,] port, address, cb): find the port and address after the buffer.
    const rest = args.slice(1).filter((a) => typeof a !== 'function');
    const numbers = rest.filter((a) => typeof a === 'number') as number[];
    const address = rest.find((a) => typeof a === 'string') as string | undefined;
    let bytes: Uint8Array;
    if (Array.isArray(msg)) bytes = Buffer.concat(msg as Buffer[]);
    else bytes = Buffer.from(msg as Buffer);
    if (numbers.length >= 3)
      bytes = bytes.subarray(numbers[0] as number, (numbers[0] as number) + (numbers[1] as number));
    const port = numbers[numbers.length - 1] ?? 0;
    recorded.push({
      at: performance.now() - t0,
      direction: 'out',
      local: localOf(this),
      remote: { address: address ?? '127.0.0.1', port },
      bytes: Uint8Array.from(bytes),
    });
    return originalSend.apply(this, args);
  };
  const originalEmit = proto.emit;
  proto.emit = function (this: dgram.Socket, event: string | symbol, ...args: unknown[]) {
    if (event === 'message') {
      const [msg, rinfo] = args as [Buffer, dgram.RemoteInfo];
      recorded.push({
        at: performance.now() - t0,
        direction: 'in',
        local: localOf(this),
        remote: { address: rinfo.address, port: rinfo.port },
        bytes: Uint8Array.from(msg),
      });
    }
    return originalEmit.call(this, event, ...args);
  };
  return recorded;
}
