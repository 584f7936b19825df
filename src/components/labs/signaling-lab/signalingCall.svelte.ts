/**
 * One call between this tab and its peer over any SignalingTransport: an RTCPeerConnection with
 * perfect negotiation, a negotiated data channel (`chat`, id 0, created by both sides: the first
 * side to create it starts the negotiation) and one greeting each way. Everything it shows is
 * state here: the fields, the signal rows and the timeline.
 */
import { roleOf, type NegotiationRole } from '~/lib/signaling/politeness';
import { signalRow, type SignalRow } from '~/lib/signaling/signalRow';
import { closePeerConnection, createPeerConnection } from '~/rtc/registry';
import { holdOutgoing, type HeldTransport } from '~/rtc/signaling/heldTransport';
import {
  attachPerfectNegotiation,
  type PerfectNegotiation,
} from '~/rtc/signaling/perfectNegotiation';
import { recordedTransport } from '~/rtc/signaling/recordedTransport';
import type { SignalMessage, SignalingTransport } from '~/rtc/signaling/transport';
import { createTimeline, type Timeline, type TimelineEntry } from '~/rtc/timeline';

/** The two ends of a call: this peer's id and the other's. */
export interface CallIds {
  self: string;
  peer: string;
  /** The connection's configuration (ICE servers between two devices); none in one machine. */
  config?: RTCConfiguration;
}

/** What the call tells the lab around it. */
export interface CallEvents {
  /** A negotiation began, started here or by the other peer. */
  onStarted?(): void;
  /** A message went each way. */
  onExchanged?(): void;
  /** Something failed: the message to show. */
  onFailed?(message: string): void;
  /** The other peer said bye: the connection is closed. */
  onLeft?(): void;
}

/** A call's state, as the lab shows it. */
export class SignalingCall {
  role: NegotiationRole | null = $state(null);
  signalingState = $state('closed');
  connectionState = $state('closed');
  sent = $state(0);
  received = $state(0);
  rows: SignalRow[] = $state([]);
  entries: TimelineEntry[] = $state([]);
  #ids: CallIds | null = null;
  #events: CallEvents = {};
  #transport: SignalingTransport | null = null;
  #stop: (() => void) | null = null;
  #timeline: Timeline = createTimeline();
  #pc: RTCPeerConnection | null = null;
  #channel: RTCDataChannel | null = null;
  #negotiation: PerfectNegotiation | null = null;
  #held: HeldTransport | null = null;
  #glare = { local: false, peer: false };

  /** How many times this side rolled its own offer back. */
  get rollbacks(): number {
    return this.entries.filter((e) => e.event === 'rollback').length;
  }

  /** How many colliding offers this side ignored. */
  get ignoredOffers(): number {
    return this.entries.filter((e) => e.event === 'ignore offer').length;
  }

  /** Messages sent plus messages received on the data channel. */
  get messages(): number {
    return this.sent + this.received;
  }

  /** The open connection, for a caller that reads its stats (the classroom's report). */
  get connection(): RTCPeerConnection | null {
    return this.#pc;
  }

  /** Whether a transport is attached. */
  get attached(): boolean {
    return this.#transport !== null;
  }

  /** Attaches the call to `transport` between `ids.self` and `ids.peer` (a fresh connection). */
  attach(transport: SignalingTransport, ids: CallIds, events: CallEvents = {}): void {
    this.detach();
    this.#ids = ids;
    this.#events = events;
    this.role = roleOf(ids.self, ids.peer);
    this.#timeline = createTimeline((entry) => this.entries.push(entry));
    this.#transport = recordedTransport(transport, (message, direction) =>
      this.rows.push(signalRow(message, direction)),
    );
    this.#stop = this.#transport.subscribe((message) => this.#hear(message));
    this.#note('peer', `${ids.peer}: this tab is ${this.role}`);
    this.#open(false);
  }

  /** This side starts: creating the data channel fires negotiationneeded. */
  start(): void {
    if (!this.#pc || this.#channel) return;
    this.#events.onStarted?.();
    this.#createChannel();
  }

  /**
   * Both sides offer at once: a fresh connection on each side whose offer is held until the
   * other side says its own offer is set, so the two offers cross for certain.
   */
  glare(): void {
    if (!this.#transport || !this.#ids) return;
    this.#transport.send({ kind: 'hello', peer: this.#ids.self, glare: 'start' });
    this.#beginGlare();
  }

  /** Closes the connection and stops listening (the transport belongs to the caller). */
  detach(): void {
    this.#closePeer();
    this.#stop?.();
    this.#stop = null;
    this.#transport?.close();
    this.#transport = null;
    this.#ids = null;
    this.role = null;
  }

  /** Detaches and clears what the call showed. */
  clear(): void {
    this.detach();
    this.rows = [];
    this.entries = [];
  }

  /** Writes a lab note into the timeline (the transport's events, the lab's choices). */
  note(event: string, detail = ''): void {
    this.#note(event, detail);
  }

  #note(event: string, detail: string): void {
    this.#timeline.record('lab', event, detail);
  }

  #hear(message: SignalMessage): void {
    if (message.kind === 'bye') {
      this.#closePeer();
      this.#note('bye', 'the other peer left: connection closed');
      return this.#events.onLeft?.();
    }
    if (message.kind === 'hello' && message.glare === 'start') return this.#beginGlare();
    if (message.kind === 'hello' && message.glare === 'ready') {
      this.#glare.peer = true;
      return this.#releaseWhenBoth();
    }
    // The other side started: this side's channel must exist before its offer is applied.
    if (message.kind === 'description' && !this.#channel && this.#pc) {
      this.#events.onStarted?.();
      this.#createChannel();
    }
  }

  #beginGlare(): void {
    this.#note('both offer', 'each tab holds its offer until the other tab has set its own');
    this.#glare = { local: false, peer: false };
    this.#open(true);
    this.#events.onStarted?.();
    this.#createChannel();
  }

  #releaseWhenBoth(): void {
    if (!this.#held || !this.#glare.local || !this.#glare.peer) return;
    this.#note('release', `both offers are set: sending ${this.#held.held} held messages`);
    this.#held.release();
  }

  /** A new connection with perfect negotiation; `hold`: its messages wait for release. */
  #open(hold: boolean): void {
    const transport = this.#transport;
    const ids = this.#ids;
    if (!transport || !ids || !this.role) return;
    this.#closePeer();
    const pc = createPeerConnection(ids.config);
    this.#pc = pc;
    this.#held = hold ? holdOutgoing(transport) : null;
    this.#negotiation = attachPerfectNegotiation(pc, this.#held ?? transport, {
      self: ids.self,
      polite: this.role === 'polite',
      timeline: this.#timeline,
      onLocalOffer: () => {
        if (!this.#held || this.#glare.local) return;
        this.#glare.local = true;
        this.#note('hold', 'offer set, held back; telling the other tab');
        transport.send({ kind: 'hello', peer: ids.self, glare: 'ready' });
        this.#releaseWhenBoth();
      },
      onError: (error) => this.#events.onFailed?.(describe(error)),
    });
    const sync = () => {
      this.signalingState = pc.signalingState;
      this.connectionState = pc.connectionState;
      if (pc.connectionState === 'failed') {
        this.#events.onFailed?.('The connection failed: ICE found no working pair of candidates.');
      }
    };
    pc.addEventListener('signalingstatechange', sync);
    pc.addEventListener('connectionstatechange', sync);
    sync();
  }

  #createChannel(): void {
    const pc = this.#pc;
    if (!pc || this.#channel) return;
    const channel = pc.createDataChannel('chat', { negotiated: true, id: 0 });
    this.#channel = channel;
    channel.addEventListener('open', () => {
      if (this.#channel !== channel) return;
      const text = `Hello from the ${this.role} tab`;
      channel.send(text);
      this.sent++;
      this.#timeline.record(this.role ?? 'lab', 'send', text);
      this.#checkExchanged();
    });
    channel.addEventListener('message', (e: MessageEvent) => {
      if (this.#channel !== channel) return;
      this.received++;
      this.#timeline.record(this.role ?? 'lab', 'message', String(e.data));
      this.#checkExchanged();
    });
  }

  #checkExchanged(): void {
    if (this.sent > 0 && this.received > 0) this.#events.onExchanged?.();
  }

  #closePeer(): void {
    this.#negotiation?.close();
    this.#negotiation = null;
    this.#held?.close();
    this.#held = null;
    this.#channel?.close();
    this.#channel = null;
    if (this.#pc) closePeerConnection(this.#pc);
    this.#pc = null;
    this.signalingState = 'closed';
    this.connectionState = 'closed';
    this.sent = 0;
    this.received = 0;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
