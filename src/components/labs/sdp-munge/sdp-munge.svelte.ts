import { LabStatus, describeError, withTimeout } from '../shared/labStatus.svelte';
import { openLoopback, type Loopback } from '~/rtc/loopback';
import { connected } from '../sdp-live/scenarios';
import { SDP_EDITS, changedLines, withCrlf, type SdpEdit } from '~/lib/sdp';
import { explainAcceptance, explainRefusal } from './verdicts';

/** What one side did with the edited offer. */
export interface SideResult {
  /** `accepted`, or the name of the browser's error (OperationError, InvalidAccessError...). */
  verdict: string;
  /** The browser's own message, empty when accepted. */
  message: string;
  why: string;
}

const CONNECT_TIMEOUT_MS = 5_000;

/** Runs a call and reports the browser's verdict on it. */
async function attempt(
  call: () => Promise<void>,
): Promise<{ ok: true } | { ok: false; name: string; message: string }> {
  try {
    await call();
    return { ok: true };
  } catch (error) {
    const name =
      error instanceof Error || error instanceof DOMException ? error.name || 'Error' : 'Error';
    return { ok: false, name, message: describeError(error) };
  }
}

/**
 * Lab `sdp-munge`: A's offer in a text box to edit before it is applied; then the edited text
 * goes to A's setLocalDescription and to B's setRemoteDescription separately, and each verdict
 * is shown with the reason.
 */
export class SdpMungeLab {
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
  #loopback: Loopback | null = null;
  #presetEdit: SdpEdit | null = null;

  /** Opens a fresh pair (an audio transceiver and a data channel on A) and puts A's offer in the box. */
  async newOffer(): Promise<boolean> {
    this.#close();
    this.#clearResults();
    this.applied = false;
    this.offerText = '';
    this.original = '';
    this.status.start('Creating a new offer on peer A…');
    const loopback = openLoopback();
    this.#loopback = loopback;
    try {
      loopback.a.addTransceiver('audio');
      loopback.a.createDataChannel('chat');
      const offer = await loopback.a.createOffer();
      if (this.#loopback !== loopback) return false;
      this.original = offer.sdp ?? '';
      this.offerText = this.original;
      this.status.finish('A’s offer is in the text box, not applied yet. Edit it, then apply it.');
      return true;
    } catch (error) {
      if (this.#loopback === loopback) this.status.fail(describeError(error));
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

  /** Applies the text on A (local) and on B (remote) separately; if both accept, completes the call. */
  async run(): Promise<void> {
    if (!(await this.#ensureFreshOffer())) return;
    const loopback = this.#loopback;
    if (!loopback) return;
    if (this.#presetEdit) {
      const preset = this.#presetEdit;
      this.#presetEdit = null;
      this.offerText = preset.apply(this.offerText) ?? this.offerText;
    }
    const sdp = withCrlf(this.offerText);
    const changes = changedLines(this.original, sdp);
    this.#clearResults();
    this.applied = true;
    this.status.start(
      'Applying the edited offer: setLocalDescription on A, setRemoteDescription on B…',
    );
    const { a, b } = loopback;
    const local = await attempt(() => a.setLocalDescription({ type: 'offer', sdp }));
    const remote = await attempt(() => b.setRemoteDescription({ type: 'offer', sdp }));
    if (this.#loopback !== loopback) return;
    this.local = local.ok
      ? { verdict: 'accepted', message: '', why: explainAcceptance('local', changes) }
      : { verdict: local.name, message: local.message, why: explainRefusal(local.message) };
    this.remote = remote.ok
      ? { verdict: 'accepted', message: '', why: explainAcceptance('remote', changes) }
      : { verdict: remote.name, message: remote.message, why: explainRefusal(remote.message) };
    const refusals: string[] = [];
    if (!local.ok)
      refusals.push(`A refused setLocalDescription: ${local.message}\nWhy: ${this.local.why}`);
    if (!remote.ok)
      refusals.push(`B refused setRemoteDescription: ${remote.message}\nWhy: ${this.remote.why}`);
    if (refusals.length > 0) {
      this.connection = 'not attempted';
      this.status.fail(refusals.join('\n\n'));
      return;
    }
    await this.#complete(loopback);
  }

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
    this.#close();
  }

  /** Both sides took the offer: B answers, A applies the answer, and the pair should connect. */
  async #complete(loopback: Loopback): Promise<void> {
    const { a, b } = loopback;
    const step = await attempt(async () => {
      const answer = await b.createAnswer();
      await b.setLocalDescription(answer);
      await a.setRemoteDescription(answer);
    });
    if (this.#loopback !== loopback) return;
    if (!step.ok) {
      this.connection = step.name;
      this.status.fail(
        `Both sides accepted the offer, but the answer was refused: ${step.message}\nWhy: ${explainRefusal(step.message)}`,
      );
      return;
    }
    const up = await attempt(() =>
      withTimeout(connected(a), CONNECT_TIMEOUT_MS, 'The peers did not connect within 5 s.'),
    );
    if (this.#loopback !== loopback) return;
    this.connection = up.ok ? 'connected' : a.connectionState;
    if (up.ok)
      this.status.finish(
        'Both sides accepted the edited offer, B answered, and the peers connected.',
      );
    else
      this.status.fail(
        `Both sides accepted the offer, but the connection did not come up: ${up.message}`,
      );
  }

  async #ensureFreshOffer(): Promise<boolean> {
    if (this.#loopback && !this.applied && this.original !== '') return true;
    return this.newOffer();
  }

  #clearResults(): void {
    this.local = null;
    this.remote = null;
    this.connection = '';
  }

  #close(): void {
    this.#loopback?.close();
    this.#loopback = null;
  }
}
