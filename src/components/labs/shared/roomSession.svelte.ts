/**
 * One page's place in a classroom room (`npm run classroom`): create or join by code, the room's
 * join link, the other device once it said hello, and what went wrong in words. A lab hands the
 * transport to its negotiation when `onPeer` names the other device.
 */
import { formatRoomCode, isRoomCode, normalizeRoomCode } from '~/lib/classroom/roomCode';
import { openRoom, RoomError, type RoomTransport } from '~/rtc/signaling/roomTransport';

/** What the lab does when the room changes. */
export interface RoomSessionEvents {
  /** The other device said hello (its id), or left (null). */
  onPeer(peer: string | null, transport: RoomTransport): void;
  /** Creating, joining or the socket failed: the sentence to show, at the action's alert. */
  onError(message: string, action: 'create-room' | 'join-room'): void;
}

/** A page's room on the classroom server. */
export class RoomSession {
  transport: RoomTransport | null = $state(null);
  code = $state('');
  peer: string | null = $state(null);
  busy = $state(false);
  /** What happened to the room, for people. */
  notice = $state('');
  #generation = 0;

  constructor(
    readonly self: string,
    readonly labId: string,
    readonly events: RoomSessionEvents,
  ) {}

  /** The code as people read it: `K7QM-3XPA`. */
  get displayCode(): string {
    return this.code ? formatRoomCode(this.code) : '';
  }

  /** The link that opens this lab on another device and joins the room. */
  joinUrl(page: { origin: string; pathname: string }): string {
    const query = new URLSearchParams({ lab: this.labId, tab: 'device', room: this.code });
    return `${page.origin}${page.pathname}?${query}`;
  }

  /** Opens a new room. */
  create(): Promise<void> {
    return this.#enter({ create: true }, 'create-room');
  }

  /** Joins the room a learner typed (any case, with or without the dash). */
  join(typed: string): Promise<void> {
    const code = normalizeRoomCode(typed);
    if (!isRoomCode(code)) {
      this.events.onError(
        'A room code has 8 letters and digits, like K7QM-3XPA (no 0, 1, I or O).',
        'join-room',
      );
      return Promise.resolve();
    }
    return this.#enter({ code }, 'join-room');
  }

  /** Leaves the room (the other device hears that this one left). */
  leave(): void {
    this.#generation += 1;
    this.transport?.close();
    this.transport = null;
    this.code = '';
    this.peer = null;
    this.busy = false;
  }

  async #enter(request: { create: true } | { code: string }, action: 'create-room' | 'join-room') {
    this.leave();
    const generation = this.#generation;
    this.busy = true;
    this.notice = '';
    try {
      const transport = await openRoom(request, this.self, {
        onPeer: (peer) => {
          if (generation !== this.#generation) return;
          this.peer = peer;
          this.notice = peer ? '' : 'The other device left the room; it can join again.';
          this.events.onPeer(peer, transport);
        },
        onClosed: (explanation) => {
          if (generation !== this.#generation) return;
          this.leave();
          this.events.onError(explanation, action);
        },
      });
      if (generation !== this.#generation) return transport.close();
      this.transport = transport;
      this.code = transport.code;
    } catch (error) {
      if (generation !== this.#generation) return;
      this.events.onError(error instanceof RoomError ? error.message : String(error), action);
    } finally {
      if (generation === this.#generation) this.busy = false;
    }
  }
}
