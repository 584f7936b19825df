// The data channel of the "by hand" connection: a greeting each way once it opens, then whatever
// the learner types; counts and the last message received, for the view.

/** The by-hand connection's data channel, as the view reads it. */
export class ByHandChannel {
  sent = $state(0);
  received = $state(0);
  lastReceived = $state('');
  open = $state(false);
  #channel: RTCDataChannel | null = null;
  #onChange: () => void = () => {};

  /** Whether a message went each way. */
  get exchanged(): boolean {
    return this.sent > 0 && this.received > 0;
  }

  /** Follows `channel`: sends `hello` when it opens; `onChange` hears each message. */
  attach(channel: RTCDataChannel, hello: string, onChange: () => void): void {
    this.detach();
    this.#channel = channel;
    this.#onChange = onChange;
    channel.addEventListener('open', () => {
      if (channel !== this.#channel) return;
      this.open = true;
      this.send(hello);
    });
    channel.addEventListener('close', () => {
      if (channel === this.#channel) this.open = false;
    });
    channel.addEventListener('message', (event: MessageEvent) => {
      if (channel !== this.#channel) return;
      this.received += 1;
      this.lastReceived = String(event.data);
      this.#onChange();
    });
  }

  /** Sends `text` when the channel is open; returns whether it went. */
  send(text: string): boolean {
    if (!this.#channel || this.#channel.readyState !== 'open') return false;
    this.#channel.send(text);
    this.sent += 1;
    this.#onChange();
    return true;
  }

  /** Forgets the channel (its connection is closing) and clears the counts. */
  detach(): void {
    this.#channel = null;
    this.#onChange = () => {};
    this.open = false;
    this.sent = 0;
    this.received = 0;
    this.lastReceived = '';
  }
}
