import { describeError } from '../shared/labStatus.svelte';
import { ScenarioLab } from '../shared/scenarioLab.svelte';
import { loadSdpEngine, type SdpEngine } from '~/components/ui/sdpEngine';
import { attributeValue } from '~/lib/sdp/attribute-value';
import type { DescriptionChange, NegotiationOutcome } from '~/lib/sdp/negotiation-types';
import type { SdpAnnotation } from '~/lib/sdp/types';
import type { Loopback, Negotiated } from '~/rtc/loopback';
import { bothConnected, isAbort, nextMessage, withTimeout } from '~/rtc/wait';
import { describeSectionOutcomes, type SectionRow } from './sectionRows';

const RESTART_TIMEOUT_MS = 10_000;
const MESSAGE_TIMEOUT_MS = 5_000;

/** Sends one message on A's channel; true if B's end receives it within 5 s. */
async function messageCrosses(loopback: Loopback): Promise<boolean> {
  const { channel } = loopback;
  if (!channel || channel.readyState !== 'open') return false;
  try {
    const remote = await withTimeout(loopback.remoteChannel, MESSAGE_TIMEOUT_MS, 'no channel');
    const text = `still here ${Date.now()}`;
    const arrived = nextMessage(remote);
    channel.send(text);
    return (await withTimeout(arrived, MESSAGE_TIMEOUT_MS, 'no message')) === text;
  } catch {
    return false;
  }
}

/** Lab `sdp-diff`: what the answer decided, section by section, and what an ICE restart changes. */
export class SdpDiffLab extends ScenarioLab {
  offer = $state('');
  answer = $state('');
  restartOffer = $state('');
  /** The SDP engine, loaded by the first run (it is not part of the page's up-front scripts). */
  engine: SdpEngine | null = $state.raw(null);
  // Each description is annotated once, here; the diff, the table and the views share it.
  readonly offerAnnotation: SdpAnnotation | undefined = $derived(this.#annotate(this.offer));
  readonly answerAnnotation: SdpAnnotation | undefined = $derived(this.#annotate(this.answer));
  readonly restartAnnotation: SdpAnnotation | undefined = $derived(
    this.#annotate(this.restartOffer),
  );
  readonly outcome: NegotiationOutcome | null = $derived(
    this.engine && this.offerAnnotation && this.answerAnnotation && this.offer && this.answer
      ? this.engine.diffOfferAnswer(this.offerAnnotation, this.answerAnnotation)
      : null,
  );
  restart: DescriptionChange | null = $state(null);
  restarting = $state(false);
  /** After an ICE restart: whether a message still crossed the data channel opened before it. */
  channelAlive: boolean | null = $state(null);
  /** The first a=ice-ufrag of the offer, and of the ICE restart offer once there is one. */
  readonly ufragBefore = $derived(
    this.offer && this.offerAnnotation ? attributeValue(this.offerAnnotation, 'ice-ufrag') : null,
  );
  readonly ufragAfter = $derived(
    this.restartOffer && this.restartAnnotation
      ? attributeValue(this.restartAnnotation, 'ice-ufrag')
      : null,
  );
  readonly rows: SectionRow[] = $derived(
    this.outcome && this.answerAnnotation
      ? describeSectionOutcomes(this.outcome, this.answerAnnotation)
      : [],
  );

  /** Loads the SDP engine on the first run, then negotiates the chosen scenario. */
  override async run(): Promise<void> {
    this.engine ??= await loadSdpEngine();
    await super.run();
  }

  #annotate(sdp: string): SdpAnnotation | undefined {
    return this.engine?.annotateSdp(sdp);
  }

  /** Whether the ICE restart button can be pressed: a connected pair and no restart running. */
  get canRestart(): boolean {
    return this.outcome !== null && this.status.phase === 'done' && !this.restarting;
  }

  /** A second offer with iceRestart, answered by B, then compared with the first. */
  async restartIce(): Promise<void> {
    const loopback = this.loopback;
    if (!loopback || !this.canRestart) return;
    const run = this.status.start('ICE restart: A creates a new offer with iceRestart…');
    this.restarting = true;
    try {
      const { offer } = await loopback.negotiate({ iceRestart: true, signal: run.signal });
      if (!run.current) return;
      this.restartOffer = offer;
      const before = this.offerAnnotation;
      const after = this.restartAnnotation;
      if (this.engine && before && after) this.restart = this.engine.diffOffers(before, after);
      await bothConnected(loopback.a, loopback.b, RESTART_TIMEOUT_MS, run.signal);
      const alive = await messageCrosses(loopback);
      if (!run.current) return;
      this.channelAlive = alive;
      this.status.finish(
        `ICE restart done: ufrag ${this.ufragBefore} became ${this.ufragAfter}; the peers are connected again and the data channel ${alive ? 'still carries messages' : 'did not deliver a message'}.`,
      );
    } catch (error) {
      if (run.current && !isAbort(error)) this.status.fail(describeError(error));
    } finally {
      if (run.current) this.restarting = false;
    }
  }

  protected startMessage(label: string): string {
    return `Negotiating “${label}”…`;
  }

  /** Keeps the descriptions; the outcome and the table follow from them. */
  protected show({ offer, answer }: Negotiated): void {
    this.offer = offer;
    this.answer = answer;
  }

  protected finishMessage(): string {
    const o = this.outcome;
    const rejected = o?.sections.filter((s) => s.rejected).length ?? 0;
    return `Connected. ${o?.sections.length ?? 0} sections negotiated, ${rejected} rejected; DTLS ${o?.dtls.offerSetup} to ${o?.dtls.answerSetup}.`;
  }

  protected clear(): void {
    this.offer = '';
    this.answer = '';
    this.restartOffer = '';
    this.restart = null;
    this.restarting = false;
    this.channelAlive = null;
  }

  protected resetMessage(): string {
    return 'Lab reset: both peers closed.';
  }
}
