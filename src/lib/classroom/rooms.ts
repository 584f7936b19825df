// The classroom server's rooms, in memory only: a room has a random code, at most two peers, and
// disappears after an hour without a message. Peers are opaque keys (the server's WebSocket
// connections); the clock and the random source are injected so tests control both.
import { isRoomCode, newRoomCode, normalizeRoomCode, type RandomIndex } from './roomCode';

/** What one peer last said about its connection (the instructor page shows it). */
export interface PeerReport {
  connectionState: string;
  /** The selected pair's local candidate type (host, srflx, prflx, relay), or null before one. */
  candidateType: string | null;
}

/** One room as the instructor page sees it: no code, so the page reveals nothing to join. */
export interface RoomSummary {
  /** 1, 2, 3... in order of creation. */
  number: number;
  peers: number;
  reports: PeerReport[];
  idleSeconds: number;
}

/** Why a join was refused. */
export type JoinRefusal = 'unknown-code' | 'room-full';

/** The result of create or join: the room's code and the peers already there. */
export type RoomOutcome<P> =
  { ok: true; code: string; others: P[] } | { ok: false; reason: JoinRefusal | 'server-full' };

/** Settings of a registry; only `randomIndex` is required. */
export interface RoomRegistryOptions {
  /** A cryptographic uniform draw in [0, max), e.g. node:crypto's randomInt. */
  randomIndex: RandomIndex;
  /** Milliseconds since the epoch; Date.now by default. */
  now?: () => number;
  /** A room without any message for this long expires: one hour by default. */
  idleMs?: number;
  /** Peers per room: two by default. */
  capacity?: number;
  /** Rooms at most, so a flood of creates cannot fill the memory: 2000 by default. */
  maxRooms?: number;
}

interface Room<P> {
  number: number;
  lastActivity: number;
  peers: Map<P, PeerReport | null>;
}

/** The rooms of one classroom server. */
export class RoomRegistry<P> {
  readonly idleMs: number;
  readonly capacity: number;
  readonly #rooms = new Map<string, Room<P>>();
  readonly #roomOfPeer = new Map<P, string>();
  readonly #randomIndex: RandomIndex;
  readonly #now: () => number;
  readonly #maxRooms: number;
  #created = 0;

  constructor(options: RoomRegistryOptions) {
    this.#randomIndex = options.randomIndex;
    this.#now = options.now ?? Date.now;
    this.idleMs = options.idleMs ?? 60 * 60 * 1000;
    this.capacity = options.capacity ?? 2;
    this.#maxRooms = options.maxRooms ?? 2000;
  }

  /** Rooms that exist now. */
  get size(): number {
    return this.#rooms.size;
  }

  /** Opens a new room with `peer` in it (leaving any room it was in). */
  create(peer: P): RoomOutcome<P> {
    this.leave(peer);
    if (this.#rooms.size >= this.#maxRooms) return { ok: false, reason: 'server-full' };
    let code = newRoomCode(this.#randomIndex);
    while (this.#rooms.has(code)) code = newRoomCode(this.#randomIndex);
    this.#created += 1;
    this.#rooms.set(code, { number: this.#created, lastActivity: this.#now(), peers: new Map() });
    return this.join(code, peer);
  }

  /** Puts `peer` in the room `typedCode` names, unless it is unknown or full. */
  join(typedCode: string, peer: P): RoomOutcome<P> {
    const code = normalizeRoomCode(typedCode);
    if (this.#roomOfPeer.get(peer) === code) return { ok: true, code, others: this.othersOf(peer) };
    const room = isRoomCode(code) ? this.#rooms.get(code) : undefined;
    if (!room) return { ok: false, reason: 'unknown-code' };
    if (room.peers.size >= this.capacity) return { ok: false, reason: 'room-full' };
    this.leave(peer);
    const others = [...room.peers.keys()];
    room.peers.set(peer, null);
    room.lastActivity = this.#now();
    this.#roomOfPeer.set(peer, code);
    return { ok: true, code, others };
  }

  /** Takes `peer` out of its room; returns the peers left there (a room left empty is gone). */
  leave(peer: P): P[] {
    const code = this.#roomOfPeer.get(peer);
    if (code === undefined) return [];
    this.#roomOfPeer.delete(peer);
    const room = this.#rooms.get(code);
    if (!room) return [];
    room.peers.delete(peer);
    if (room.peers.size === 0) this.#rooms.delete(code);
    return [...room.peers.keys()];
  }

  /** The code of the room `peer` is in, if any. */
  roomOf(peer: P): string | undefined {
    return this.#roomOfPeer.get(peer);
  }

  /** The other peers in `peer`'s room; counts as activity in that room. */
  othersOf(peer: P): P[] {
    const room = this.#roomFor(peer);
    if (!room) return [];
    room.lastActivity = this.#now();
    return [...room.peers.keys()].filter((p) => p !== peer);
  }

  /** Keeps what `peer` said about its connection; false when it is in no room. */
  report(peer: P, report: PeerReport): boolean {
    const room = this.#roomFor(peer);
    if (!room) return false;
    room.peers.set(peer, report);
    room.lastActivity = this.#now();
    return true;
  }

  /** Removes every room idle for `idleMs` or more; returns the peers that were in them. */
  expire(): P[] {
    const now = this.#now();
    const evicted: P[] = [];
    for (const [code, room] of this.#rooms) {
      if (now - room.lastActivity < this.idleMs) continue;
      for (const peer of room.peers.keys()) {
        this.#roomOfPeer.delete(peer);
        evicted.push(peer);
      }
      this.#rooms.delete(code);
    }
    return evicted;
  }

  /** Every room for the instructor page, oldest first, without its code. */
  summaries(): RoomSummary[] {
    const now = this.#now();
    return [...this.#rooms.values()].map((room) => ({
      number: room.number,
      peers: room.peers.size,
      reports: [...room.peers.values()].filter((r): r is PeerReport => r !== null),
      idleSeconds: Math.floor((now - room.lastActivity) / 1000),
    }));
  }

  #roomFor(peer: P): Room<P> | undefined {
    const code = this.#roomOfPeer.get(peer);
    return code === undefined ? undefined : this.#rooms.get(code);
  }
}
