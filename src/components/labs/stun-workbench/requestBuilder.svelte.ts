import { bytesToHex } from '~/lib/hex';
import type { StunByteSegment } from '~/lib/stun/stun-message';
import { encodeCandidatePriority } from '~/lib/ice/priority';
import { LabStatus } from '../shared/labStatus.svelte';

/** A peer-reflexive candidate's priority, as an ICE check carries it (RFC 8445 §7.1.1). */
const PRFLX_PRIORITY = encodeCandidatePriority({
  typePreference: 110,
  localPreference: 65_535,
  componentId: 1,
});

/** The Binding request builder: which attributes to add, and the bytes they make. */
export class RequestBuilder {
  software = $state(false);
  softwareText = $state('webrtc-course workbench');
  username = $state(false);
  /** ICE: "remote-ufrag:local-ufrag" (RFC 8445 §7.2.2). */
  usernameText = $state('Rx7q:Lk2w');
  priority = $state(false);
  priorityValue = $state(PRFLX_PRIORITY);
  iceControlling = $state(false);
  useCandidate = $state(false);
  integrity = $state(false);
  password = $state('');
  fingerprint = $state(false);

  bytes: Uint8Array | null = $state(null);
  segments: StunByteSegment[] = $state([]);
  problem = $state('');
  transactionIdHex = $state('');
  #transactionId: Uint8Array | null = null;
  #tieBreaker = 0n;
  /** Only its run tokens: the latest build wins, without touching the lab's own status. */
  readonly #builds = new LabStatus();

  /** The request's bytes as spaced hex, for the decoder. */
  get hex(): string {
    return this.bytes ? bytesToHex(this.bytes, ' ') : '';
  }

  /** Draws a new random transaction ID and ICE tie-breaker (RFC 8489 §5, RFC 8445 §7.1.3), then rebuilds. */
  async renew(): Promise<void> {
    // The encoder loads with the first request built, not with the chapter.
    const { randomTransactionId } = await import('~/lib/stun/binding');
    this.#transactionId = randomTransactionId();
    const tie = randomTransactionId();
    this.#tieBreaker = tie.slice(0, 8).reduce((acc, byte) => (acc << 8n) | BigInt(byte), 0n);
    this.transactionIdHex = bytesToHex(this.#transactionId);
    return this.build();
  }

  /** Encodes the request with the ticked attributes; the latest call wins. */
  async build(): Promise<void> {
    if (!this.#transactionId) return this.renew();
    const build = this.#builds.newRun();
    const priority = Number(this.priorityValue);
    if (
      this.priority &&
      !(Number.isInteger(priority) && priority >= 1 && priority <= 2 ** 31 - 1)
    ) {
      this.problem = 'PRIORITY must be a whole number from 1 to 2147483647 (RFC 8445 §5.1.2.1).';
      return;
    }
    if (this.integrity && this.password === '') {
      this.problem =
        'MESSAGE-INTEGRITY needs a password: type the short-term password (the remote ice-pwd in ICE).';
      return;
    }
    try {
      const { buildBindingRequest } = await import('~/lib/stun/binding');
      const built = await buildBindingRequest({
        transactionId: this.#transactionId,
        ...(this.software ? { software: this.softwareText.slice(0, 127) } : {}),
        ...(this.username ? { username: this.usernameText.slice(0, 256) } : {}),
        ...(this.priority ? { priority } : {}),
        ...(this.iceControlling ? { iceControlling: this.#tieBreaker } : {}),
        useCandidate: this.useCandidate,
        ...(this.integrity ? { password: this.password } : {}),
        fingerprint: this.fingerprint,
      });
      if (!build.current) return;
      this.bytes = built.bytes;
      this.segments = built.segments;
      this.problem = '';
    } catch (error) {
      if (build.current)
        this.problem = `This request cannot be encoded: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  /** Back to a bare Binding request with a fresh transaction ID. */
  reset(): Promise<void> {
    this.software = false;
    this.username = false;
    this.priority = false;
    this.priorityValue = PRFLX_PRIORITY;
    this.iceControlling = false;
    this.useCandidate = false;
    this.integrity = false;
    this.password = '';
    this.fingerprint = false;
    return this.renew();
  }
}
