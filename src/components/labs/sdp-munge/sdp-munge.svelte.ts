import type { Lab } from '../shared/lab';
import { LabStatus, describeError, type LabRun } from '../shared/labStatus.svelte';
import { loadSdpEngine } from '~/components/ui/sdpEngine';
import { changedLines, withCrlf, type LineChanges } from '~/lib/sdp/line-changes';
import { SDP_EDITS, type SdpEdit } from '~/lib/sdp/sdp-edits';
import { openLoopback, type Loopback } from '~/rtc/loopback';
import { connected, isAbort, withTimeout } from '~/rtc/wait';
import { holdOffer, type AppliedOffer, type HeldOffer } from './heldOffer';
import {
  describeEdit,
  explainAcceptance,
  explainConnectionFailure,
  explainRefusal,
  type Annotate,
  type ObservedOutcome,
} from './verdicts';

/** What one side did with the edited offer. */
export interface SideResult {
  /** `accepted`, or the name of the browser's error (OperationError, InvalidAccessError...). */
  verdict: string;
  /** The browser's own message, empty when accepted. */
  message: string;
  why: string;
}

const CONNECT_TIMEOUT_MS = 5_000;

const errorName = (error: unknown) =>
  error instanceof Error || error instanceof DOMException ? error.name || 'Error' : 'Error';

function accepted(side: 'local' | 'remote', changes: LineChanges, annotate: Annotate): SideResult {
  return { verdict: 'accepted', message: '', why: explainAcceptance(side, changes, annotate) };
}

function refused(error: unknown): SideResult {
  const message = describeError(error);
  return { verdict: errorName(error), message, why: explainRefusal(message) };
}

/**
 * Lab `sdp-munge`: A's offer in a text box to edit before it is applied; then the edited text
 * goes to A's setLocalDescription and to B's setRemoteDescription, and each verdict is shown
 * with the reason.
 */
export class SdpMungeLab implements Lab {
  readonly status = new LabStatus();
  /** The text in the box: A's offer, as edited so far. */
  offerText = $state('');
  /** The offer exactly as createOffer wrote it. */
  original = $state('');
  /** True once the text was applied: the next edit starts a new pair. */
  applied = $state(false);
  local: SideResult | null = $state(null);
  remote: SideResult | null = $state(null);
  /** After both accepted: `connected`, `failed`, or the error that stopped the answer. */
  connection = $state('');
  readonly changes = $derived(changedLines(this.original, this.offerText));
  /** What this browser did with each edit applied in this page, newest last (kept across reset). */
  observed: ObservedOutcome[] = $state([]);
  #loopback: Loopback | null = null;
  #held: HeldOffer | null = null;
  #presetEdit: SdpEdit | null = null;

  /** Opens a fresh pair (an audio transceiver and a data channel on A) and puts A's offer in the box. */
  async newOffer(): Promise<boolean> {
    this.#close();
    this.#clearResults();
    this.applied = false;
    this.offerText = '';
    this.original = '';
    const run = this.status.start('Creating a new offer on peer A…');
    try {
      const loopback = openLoopback();
      this.#loopback = loopback;
      loopback.a.addTransceiver('audio');
      loopback.a.createDataChannel('chat');
      const held = await holdOffer(loopback);
      if (!run.current) return false;
      this.#held = held;
      this.original = held.original;
      this.offerText = held.original;
      this.status.finish('A’s offer is in the text box, not applied yet. Edit it, then apply it.');
      return true;
    } catch (error) {
      if (run.current && !isAbort(error)) this.status.fail(describeError(error));
      return false;
    }
  }

  /** Applies a suggested edit to the text; starts from a fresh offer if the last one was applied. */
  async edit(edit: SdpEdit): Promise<void> {
    if (!(await this.#ensureFreshOffer())) return;
    const next = edit.apply(this.offerText);
    if (next === null) {
      this.status.announcement = `Nothing to change: ${edit.label.toLowerCase()} found no line to edit.`;
      return;
    }
    this.offerText = next;
    this.status.announcement = `Edited the offer: ${edit.does}. Apply it to see what the browser does.`;
  }

  /** Applies the text on A (local) and on B (remote); if both accept, B answers and they connect. */
  async run(): Promise<void> {
    // The verdicts read the edited lines with the SDP engine, loaded on the first run.
    const { annotateSdp: annotate } = await loadSdpEngine();
    if (!(await this.#ensureFreshOffer())) return;
    const held = this.#held;
    const loopback = this.#loopback;
    if (!held || !loopback) return;
    if (this.#presetEdit) {
      this.offerText = this.#presetEdit.apply(this.offerText) ?? this.offerText;
      this.#presetEdit = null;
    }
    const sdp = withCrlf(this.offerText);
    const changes = changedLines(this.original, sdp);
    this.#clearResults();
    this.applied = true;
    const run = this.status.start(
      'Applying the edited offer: setLocalDescription on A, setRemoteDescription on B…',
    );
    const outcome = await held.apply(sdp);
    if (!run.current) return;
    await this.#judge(outcome, { sdp, changes, annotate }, loopback, run);
    if (!run.current || !this.local || !this.remote) return;
    const refusal = [this.local, this.remote].find((r) => r.verdict !== 'accepted');
    this.observed.push({
      edit: describeEdit(changes, annotate),
      local: this.local.verdict,
      remote: this.remote.verdict,
      connection: this.connection,
      why: refusal?.why ?? this.#connectionWhy ?? this.remote.why,
    });
  }

  #connectionWhy: string | null = null;

  /** Closes both peers and empties the box. */
  reset(): void {
    this.#close();
    this.#clearResults();
    this.offerText = '';
    this.original = '';
    this.applied = false;
    this.status.reset('Lab reset: both peers closed.');
  }

  /** Applies a URL preset: `edit=<id>` makes the next run apply that suggested edit first. */
  preset(params: URLSearchParams): void {
    this.#presetEdit = SDP_EDITS.find((e) => e.id === params.get('edit')) ?? null;
  }

  /** Releases everything when the lab leaves the page. */
  dispose(): void {
    this.status.stop();
    this.#close();
  }

  /** Each side's verdict from where the negotiation stopped, then the connection if it did not. */
  async #judge(
    outcome: AppliedOffer,
    { sdp, changes, annotate }: { sdp: string; changes: LineChanges; annotate: Annotate },
    loopback: Loopback,
    run: LabRun,
  ): Promise<void> {
    if (!outcome.ok && outcome.at === 'local') {
      // A refused, so the negotiation stopped before B: B is asked on its own, for its verdict.
      let remote: SideResult = accepted('remote', changes, annotate);
      try {
        await loopback.b.setRemoteDescription({ type: 'offer', sdp });
      } catch (error) {
        remote = refused(error);
      }
      if (!run.current) return;
      this.local = refused(outcome.error);
      this.remote = remote;
    } else if (!outcome.ok && outcome.at === 'remote') {
      this.local = accepted('local', changes, annotate);
      this.remote = refused(outcome.error);
    } else {
      this.local = accepted('local', changes, annotate);
      this.remote = accepted('remote', changes, annotate);
    }
    const refusals: string[] = [];
    if (this.local.verdict !== 'accepted') {
      refusals.push(`A refused setLocalDescription: ${this.local.message}\nWhy: ${this.local.why}`);
    }
    if (this.remote.verdict !== 'accepted') {
      refusals.push(
        `B refused setRemoteDescription: ${this.remote.message}\nWhy: ${this.remote.why}`,
      );
    }
    if (refusals.length > 0) {
      this.connection = 'not attempted';
      this.status.fail(refusals.join('\n\n'));
    } else if (!outcome.ok) {
      const message = describeError(outcome.error);
      this.connection = errorName(outcome.error);
      this.status.fail(
        `Both sides accepted the offer, but the answer was refused: ${message}\nWhy: ${explainRefusal(message)}`,
      );
    } else {
      await this.#connect(loopback, run, () =>
        explainConnectionFailure(changes, loopback.a.connectionState, annotate),
      );
    }
  }

  /** Both sides took the offer and the answer: waits for A to connect, at most 5 s. */
  async #connect(loopback: Loopback, run: LabRun, whyFailed: () => string): Promise<void> {
    const { a } = loopback;
    try {
      const up = connected(a, run.signal);
      await withTimeout(up, CONNECT_TIMEOUT_MS, 'The peers did not connect within 5 s.');
      if (!run.current) return;
      this.connection = 'connected';
      this.status.finish(
        'Both sides accepted the edited offer, B answered, and the peers connected.',
      );
    } catch (error) {
      if (!run.current || isAbort(error)) return;
      this.connection = a.connectionState;
      this.#connectionWhy = whyFailed();
      this.status.fail(
        `Both sides accepted the offer, but the connection did not come up: ${describeError(error)}\nWhy: ${this.#connectionWhy}`,
      );
    }
  }

  async #ensureFreshOffer(): Promise<boolean> {
    if (this.#held && !this.applied && this.original !== '') return true;
    return this.newOffer();
  }

  #clearResults(): void {
    this.#connectionWhy = null;
    this.local = null;
    this.remote = null;
    this.connection = '';
  }

  #close(): void {
    this.#loopback?.close();
    this.#loopback = null;
    this.#held = null;
  }
}
