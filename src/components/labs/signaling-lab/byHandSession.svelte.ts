/**
 * The "by hand" mode of `signaling-lab`: the learner is the signaling channel. This tab either
 * creates an offer (then applies the answer pasted back) or applies a pasted offer (then shows
 * its answer). Non-trickle: each description is read after ICE gathering, so it carries every
 * candidate and one copy each way is enough.
 *
 * The owning lab creates it with its LabStatus (`new ByHandSession(this.status)`), so errors
 * reach the LabAlert beside the Apply button, and calls `reset()` from its reset and `dispose()`
 * from its dispose: both close this mode's RTCPeerConnection (opened through the registry).
 */
import type { LabStatus } from '../shared/labStatus.svelte';
import { describeError } from '../shared/errors';
import { closePeerConnection, createPeerConnection } from '~/rtc/registry';
import { connected, gatheringComplete, isAbort, withTimeout } from '~/rtc/wait';
import { readPastedDescription } from '~/lib/signaling/readPastedDescription';
import {
  describeDescriptionError,
  type DescriptionMistake,
} from '~/lib/signaling/describeDescriptionError';
import { descriptionIdentity, iceUfrag } from '~/lib/signaling/descriptionIdentity';
import type { CarriedDescription } from '~/lib/sdp/compactDescription';
import { carriedTexts, greeting, type ByHandStage, type CarriedTexts } from './byHandDescriptions';
import { ByHandChannel } from './byHandChannel.svelte';

const GATHER_CAP_MS = 5_000;
const CONNECT_TIMEOUT_MS = 15_000;
const CONNECTION_FAILED =
  'The connection failed: the other tab may have closed or reset its side. Create a new offer to start again.';
const NO_CONNECTION =
  'No connection within 15 s of the answer. If it came from an older offer, the browser accepts it all the same (it only compares an answer with the shape of the offer), but the other tab waits for an offer this tab no longer has: create a new offer and carry both texts again.';

/** One tab's side of a connection whose descriptions the learner carries. */
export class ByHandSession {
  stage: ByHandStage = $state('waiting-offer');
  role: 'offerer' | 'answerer' | null = $state(null);
  connectionState: RTCPeerConnectionState | 'none' = $state('none');
  /** What this tab shows to carry: its offer or its answer, in both forms. */
  local: CarriedTexts | null = $state(null);
  /** The box the learner pastes into: kept whatever happens. */
  pasted = $state('');
  readonly channel = new ByHandChannel();
  readonly #status: LabStatus;
  #pc: RTCPeerConnection | null = null;
  #remoteIdentity: string | null = null;
  /** Identities of answers applied to this tab's earlier connections (closed since). */
  readonly #usedAnswers = new Set<string>();

  constructor(status: LabStatus) {
    this.#status = status;
  }

  /** Tab 1: a new connection, an offer with a data channel, read once gathering is complete. */
  async createOffer(): Promise<void> {
    const run = this.#status.start('Creating an offer…');
    const pc = this.#open('offerer');
    this.stage = 'creating-offer';
    this.channel.attach(pc.createDataChannel('by-hand'), greeting('offerer'), () => this.#check());
    try {
      await pc.setLocalDescription();
      await gatheringComplete(pc, GATHER_CAP_MS, run.signal);
      if (!run.current || pc !== this.#pc || !pc.localDescription) return;
      this.local = await carriedTexts(pc.localDescription);
      this.stage = 'waiting-answer';
      this.#status.announcement = 'Offer ready: copy it to the other tab.';
    } catch (error) {
      if (run.current && !isAbort(error)) this.#fail(describeError(error), 'create-offer');
    }
  }

  /** Applies the pasted text: an offer (then answers it) or the answer to this tab's offer. */
  async apply(): Promise<void> {
    const run = this.#status.start('Reading the pasted description…');
    const read = await readPastedDescription(this.pasted);
    if (!run.current) return;
    if (!read.ok)
      return this.#explain({ kind: 'paste', problem: read.problem, detail: read.detail });
    const { description } = read;
    if (this.role === 'offerer') {
      if (description.type === 'offer') {
        return this.#explain({ kind: 'wrong-type', got: 'offer', expected: 'answer' });
      }
      return this.#applyAnswer(description);
    }
    if (description.type === 'answer') {
      return this.#explain({ kind: 'wrong-type', got: 'answer', expected: 'offer' });
    }
    if (this.role === 'answerer' && descriptionIdentity(description.sdp) === this.#remoteIdentity) {
      this.#status.announcement = 'This offer is applied already: its answer is shown below.';
      return;
    }
    return this.#answer(description);
  }

  async #answer(offer: CarriedDescription): Promise<void> {
    const run = this.#status.newRun();
    const pc = this.#open('answerer');
    this.stage = 'creating-answer';
    pc.addEventListener('datachannel', (e) =>
      this.channel.attach(e.channel, greeting('answerer'), () => this.#check()),
    );
    try {
      await pc.setRemoteDescription(offer);
    } catch (error) {
      this.#close();
      this.stage = 'waiting-offer';
      return this.#explain({ kind: 'refused', error, applying: 'offer', signalingState: 'stable' });
    }
    this.#remoteIdentity = descriptionIdentity(offer.sdp);
    try {
      await pc.setLocalDescription();
      await gatheringComplete(pc, GATHER_CAP_MS, run.signal);
      if (!run.current || pc !== this.#pc || !pc.localDescription) return;
      this.local = await carriedTexts(pc.localDescription);
      // No time limit from here: carrying the answer back takes the learner as long as it takes.
      this.stage = 'answer-ready';
      this.#status.announcement = 'Answer ready: copy it back to the tab that made the offer.';
    } catch (error) {
      if (run.current && !isAbort(error)) this.#fail(describeError(error), 'apply');
    }
  }

  async #applyAnswer(answer: CarriedDescription): Promise<void> {
    const pc = this.#pc;
    if (!pc) return this.#explain({ kind: 'wrong-type', got: 'answer', expected: 'offer' });
    const identity = descriptionIdentity(answer.sdp);
    if (identity && this.#usedAnswers.has(identity)) {
      return this.#explain({ kind: 'already-used', ufrag: iceUfrag(answer.sdp) ?? '?' });
    }
    const run = this.#status.newRun();
    try {
      await pc.setRemoteDescription(answer);
    } catch (error) {
      const signalingState = pc.signalingState;
      return this.#explain({ kind: 'refused', error, applying: 'answer', signalingState });
    }
    this.#remoteIdentity = identity;
    this.stage = 'connecting';
    try {
      await withTimeout(connected(pc, run.signal), CONNECT_TIMEOUT_MS, NO_CONNECTION);
    } catch (error) {
      if (run.current && !isAbort(error)) this.#fail(describeError(error), 'apply');
    }
  }

  /** The data channel's greeting went each way: the lab is done. */
  #check(): void {
    if (this.stage !== 'connected' || !this.channel.exchanged) return;
    this.#status.finish('Connected by hand: a message went each way.');
  }

  #explain(mistake: DescriptionMistake): void {
    this.#fail(describeDescriptionError(mistake), 'apply');
  }

  #fail(message: string, at: string): void {
    this.#status.fail(message, at);
  }

  #open(role: 'offerer' | 'answerer'): RTCPeerConnection {
    this.#close();
    const pc = createPeerConnection();
    this.#pc = pc;
    this.role = role;
    this.local = null;
    this.connectionState = pc.connectionState;
    pc.addEventListener('connectionstatechange', () => {
      if (pc !== this.#pc) return;
      this.connectionState = pc.connectionState;
      // Followed here, not by a wait of one step: a later paste in this tab must not stop it.
      if (pc.connectionState === 'connected') this.stage = 'connected';
      if (pc.connectionState === 'failed') {
        this.stage = 'failed';
        this.#fail(CONNECTION_FAILED, 'apply');
      }
      this.#check();
    });
    return pc;
  }

  #close(): void {
    if (!this.#pc) return;
    if (this.role === 'offerer' && this.#remoteIdentity)
      this.#usedAnswers.add(this.#remoteIdentity);
    closePeerConnection(this.#pc);
    this.#pc = null;
    this.#remoteIdentity = null;
    this.channel.detach();
    this.connectionState = 'none';
  }

  /** Back to the start: the connection closes; answers used before are still recognised. */
  reset(): void {
    this.#close();
    this.role = null;
    this.local = null;
    this.pasted = '';
    this.stage = 'waiting-offer';
  }

  /** The lab leaves the page: the connection closes. */
  dispose(): void {
    this.#close();
  }
}
