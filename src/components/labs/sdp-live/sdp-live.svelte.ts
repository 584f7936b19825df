import type { LabRun } from '../shared/labStatus.svelte';
import { ScenarioLab } from '../shared/scenarioLab.svelte';
import { loadSdpEngine, type SdpEngine } from '~/components/ui/sdpEngine';
import type { SdpAnnotation } from '~/lib/sdp/types';
import type { Loopback, Negotiated } from '~/rtc/loopback';
import { createTimeline, type Timeline, type TimelineEntry } from '~/rtc/timeline';

/** Line counts of one description: all lines, and those the rule table does not know. */
export interface LineCounts {
  lines: number;
  unknown: number;
}

/** Counts the lines of an annotated SDP and the unknown ones among them (none before the engine loads). */
export function countLines(annotation: SdpAnnotation | undefined): LineCounts {
  const lines = annotation?.lines ?? [];
  return { lines: lines.length, unknown: lines.filter((l) => !l.known).length };
}

/** Lab `sdp-live`: a real loopback pair negotiates a scenario; its offer and answer, annotated. */
export class SdpLiveLab extends ScenarioLab {
  offer = $state('');
  answer = $state('');
  connectionState: RTCPeerConnectionState | '' = $state('');
  entries: TimelineEntry[] = $state([]);
  /** The SDP engine, loaded by the first run (it is not part of the page's up-front scripts). */
  engine: SdpEngine | null = $state.raw(null);
  // Each description is annotated once, here; the counts and the views share it.
  readonly offerAnnotation: SdpAnnotation | undefined = $derived(
    this.engine?.annotateSdp(this.offer),
  );
  readonly answerAnnotation: SdpAnnotation | undefined = $derived(
    this.engine?.annotateSdp(this.answer),
  );
  readonly offerCounts = $derived(countLines(this.offerAnnotation));
  readonly answerCounts = $derived(countLines(this.answerAnnotation));

  /** Loads the SDP engine on the first run, then negotiates the chosen scenario. */
  override async run(): Promise<void> {
    this.engine ??= await loadSdpEngine();
    await super.run();
  }

  protected startMessage(label: string): string {
    return `Negotiating “${label}” between peers A and B…`;
  }

  protected override timeline(): Timeline {
    return createTimeline((e) => this.entries.push(e));
  }

  protected override started(loopback: Loopback, run: LabRun): void {
    const { a } = loopback;
    const update = () => (this.connectionState = a.connectionState);
    a.addEventListener('connectionstatechange', update, { signal: run.signal });
  }

  protected show({ offer, answer }: Negotiated, loopback: Loopback): void {
    this.offer = offer;
    this.answer = answer;
    this.connectionState = loopback.a.connectionState;
  }

  protected finishMessage(): string {
    const total = this.offerCounts.unknown + this.answerCounts.unknown;
    return `Connected. Offer: ${this.offerCounts.lines} lines; answer: ${this.answerCounts.lines} lines; ${total} unknown.`;
  }

  protected clear(): void {
    this.offer = '';
    this.answer = '';
    this.connectionState = '';
    this.entries = [];
  }

  protected resetMessage(): string {
    return 'Lab reset: both peers and the synthetic source closed.';
  }
}
