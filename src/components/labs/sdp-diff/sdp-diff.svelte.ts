import { describeError, withTimeout } from '../shared/labStatus.svelte';
import {
  annotateSdp,
  attributeValue,
  diffOfferAnswer,
  diffOffers,
  type DescriptionChange,
  type NegotiationOutcome,
  type SdpAnnotation,
} from '~/lib/sdp';
import { createTimeline, type Timeline } from '~/rtc/timeline';
import { bothConnected, type ScenarioRun } from '../sdp-live/scenarios';
import { ScenarioLab } from '../sdp-live/scenarioLab.svelte';
import { describeSectionOutcomes, type SectionRow } from './sectionRows';

/** Sends one message from A's channel and resolves true if B's end receives it within 5 s. */
async function messageCrosses(run: ScenarioRun): Promise<boolean> {
  const { channel, remoteChannel } = run;
  if (!channel || !remoteChannel || channel.readyState !== 'open') return false;
  const text = `still here ${Date.now()}`;
  const arrived = new Promise<boolean>((resolve) => {
    const onMessage = (e: MessageEvent) => {
      if (e.data !== text) return;
      remoteChannel.removeEventListener('message', onMessage);
      resolve(true);
    };
    remoteChannel.addEventListener('message', onMessage);
  });
  channel.send(text);
  return withTimeout(arrived, 5_000, 'no message').catch(() => false);
}

/** Lab `sdp-diff`: what the answer decided, section by section, and what an ICE restart changes. */
export class SdpDiffLab extends ScenarioLab {
  offer = $state('');
  answer = $state('');
  restartOffer = $state('');
  // Each description is annotated once, here; the diff, the table and the views share it.
  readonly offerAnnotation: SdpAnnotation = $derived(annotateSdp(this.offer));
  readonly answerAnnotation: SdpAnnotation = $derived(annotateSdp(this.answer));
  readonly restartAnnotation: SdpAnnotation = $derived(annotateSdp(this.restartOffer));
  readonly outcome: NegotiationOutcome | null = $derived(
    this.offer && this.answer ? diffOfferAnswer(this.offerAnnotation, this.answerAnnotation) : null,
  );
  restart: DescriptionChange | null = $state(null);
  /** The first a=ice-ufrag of the offer, and of the ICE restart offer once there is one. */
  readonly ufragBefore = $derived(
    this.offer ? attributeValue(this.offerAnnotation, 'ice-ufrag') : null,
  );
  readonly ufragAfter = $derived(
    this.restartOffer ? attributeValue(this.restartAnnotation, 'ice-ufrag') : null,
  );
  restarting = $state(false);
  /** After an ICE restart: whether a message still crossed the data channel opened before it. */
  channelAlive: boolean | null = $state(null);
  readonly rows: SectionRow[] = $derived(
    this.outcome ? describeSectionOutcomes(this.outcome, this.answerAnnotation) : [],
  );
  #timeline: Timeline | null = null;

  /** Whether the ICE restart button can be pressed: a connected pair and no restart running. */
  get canRestart(): boolean {
    return this.outcome !== null && this.status.phase === 'done' && !this.restarting;
  }

  /** A second offer with iceRestart: applied on both sides, then compared with the first. */
  async restartIce(): Promise<void> {
    const run = this.current;
    if (!run || !this.canRestart) return;
    const { a, b } = run.loopback;
    this.restarting = true;
    this.status.start('ICE restart: A creates a new offer with iceRestart…');
    try {
      const offer = await a.createOffer({ iceRestart: true });
      await a.setLocalDescription(offer);
      this.#timeline?.record('A', 'setLocalDescription', 'ICE restart offer');
      await b.setRemoteDescription(offer);
      const answer = await b.createAnswer();
      await b.setLocalDescription(answer);
      await a.setRemoteDescription(answer);
      if (this.current !== run) return;
      this.restartOffer = offer.sdp ?? '';
      this.restart = diffOffers(this.offerAnnotation, this.restartAnnotation);
      await bothConnected(run.loopback);
      if (this.current !== run) return;
      this.channelAlive = await messageCrosses(run);
      if (this.current !== run) return;
      this.status.finish(
        `ICE restart done: ufrag ${this.ufragBefore} became ${this.ufragAfter}; the peers are connected again and the data channel ${this.channelAlive ? 'still carries messages' : 'did not deliver a message'}.`,
      );
    } catch (error) {
      if (this.current === run) this.status.fail(describeError(error));
    } finally {
      if (this.current === run) this.restarting = false;
    }
  }

  protected startMessage(label: string): string {
    return `Negotiating “${label}”…`;
  }

  protected createTimeline(): Timeline {
    this.#timeline = createTimeline();
    return this.#timeline;
  }

  /** Explains the answer against the offer. */
  protected show(run: ScenarioRun): void {
    this.offer = run.offer;
    this.answer = run.answer;
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

  protected override close(): void {
    super.close();
    this.#timeline = null;
  }
}
