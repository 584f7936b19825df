/**
 * The seam between a lab's negotiation and whatever carries its messages: two tabs over
 * BroadcastChannel, a room on the classroom server over a WebSocket, or the learner's clipboard.
 * Negotiation code (perfect negotiation) sees only this interface.
 */

/** One signaling message between the two peers of a session; plain JSON on every transport. */
export type SignalMessage =
  /**
   * "I am here": sent on joining, answered once so each side learns the other's id. `glare`
   * (optional) coordinates the signaling lab's "both offer at once": `start` asks the other peer
   * to make an offer now, `ready` says "my offer is set" (each holds its offer until both are).
   */
  | { kind: 'hello'; peer: string; glare?: 'start' | 'ready' }
  /** An offer, an answer or a rollback, exactly as the browser produced it. */
  | { kind: 'description'; peer: string; description: RTCSessionDescriptionInit }
  /** One trickled candidate; `null` says gathering is complete. */
  | { kind: 'candidate'; peer: string; candidate: RTCIceCandidateInit | null }
  /** "I am leaving": the other side closes its connection and waits for a new peer. */
  | { kind: 'bye'; peer: string };

/** Carries signaling messages to the other peer of one session, and hears its messages. */
export interface SignalingTransport {
  /** Sends one message to the other peer (a closed transport drops it). */
  send(message: SignalMessage): void;
  /** Hears every message the other peer sends; returns the function that stops listening. */
  subscribe(listener: (message: SignalMessage) => void): () => void;
  /** Leaves the session: nothing more is sent or heard. Safe to call more than once. */
  close(): void;
}
