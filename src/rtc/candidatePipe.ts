/** One peer's ICE candidates on their way to the other, as signaling would carry them. */
export interface CandidatePipe {
  /** Candidates gathered but not delivered yet. */
  readonly pending: readonly RTCIceCandidateInit[];
  /** How many candidates have been handed to the receiver. */
  readonly delivered: number;
  /**
   * Hands every queued candidate to the receiver. The browser refuses candidates before the
   * receiver has a remote description: that error is passed on and the candidates stay queued.
   */
  deliver(): Promise<void>;
  /** Stops listening for candidates. */
  stop(): void;
}

/**
 * Carries `from`'s candidates to `to.addIceCandidate`: automatically as soon as `to` has a remote
 * description (`auto: true`), or only when `deliver()` is called (a lab's manual step).
 */
export function pipeCandidates(
  from: RTCPeerConnection,
  to: RTCPeerConnection,
  options: { auto: boolean; onChange?: () => void },
): CandidatePipe {
  const pending: RTCIceCandidateInit[] = [];
  let delivered = 0;
  const controller = new AbortController();
  const changed = () => options.onChange?.();

  // Every queued candidate is handed over at once: the browser applies addIceCandidate calls in
  // the order they were made, and waiting for each before the next made the pair slower to
  // connect than two peers wired directly. A refused candidate goes back to the queue, in order.
  const deliver = async () => {
    if (to.signalingState === 'closed') return;
    const batch = pending.splice(0);
    const results = await Promise.allSettled(batch.map((c) => to.addIceCandidate(c)));
    const refused = batch.filter((_, i) => results[i]!.status === 'rejected');
    delivered += batch.length - refused.length;
    pending.unshift(...refused);
    changed();
    const failure = results.find((r) => r.status === 'rejected');
    if (failure) throw failure.reason;
  };
  const deliverWhenReady = () => {
    if (to.remoteDescription) deliver().catch(() => {});
  };

  // The end-of-gathering event (a null candidate) is not forwarded: the receiver needs only the
  // candidates, and the labs show the end of gathering in the timeline instead.
  from.addEventListener(
    'icecandidate',
    (e) => {
      if (!e.candidate) return;
      pending.push(e.candidate.toJSON());
      changed();
      if (options.auto) deliverWhenReady();
    },
    { signal: controller.signal },
  );
  if (options.auto) {
    to.addEventListener('signalingstatechange', deliverWhenReady, { signal: controller.signal });
  }
  return {
    pending,
    get delivered() {
      return delivered;
    },
    deliver,
    stop: () => controller.abort(),
  };
}
