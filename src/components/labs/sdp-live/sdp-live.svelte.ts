import { annotateSdp, type SdpAnnotation } from '~/lib/sdp';
import { createTimeline, type Timeline, type TimelineEntry } from '~/rtc/timeline';
import type { ScenarioRun } from './scenarios';
import { ScenarioLab } from './scenarioLab.svelte';

/** Line counts of one description: all lines, and those the rule table does not know. */
export interface LineCounts {
  lines: number;
  unknown: number;
}

/** Counts the lines of an annotated SDP and the unknown ones among them. */
export function countLines({ lines }: SdpAnnotation): LineCounts {
  return { lines: lines.length, unknown: lines.filter((l) => !l.known).length };
}

/** Lab `sdp-live`: a real loopback pair negotiates a scenario; its offer and answer, annotated. */
export class SdpLiveLab extends ScenarioLab {
  offer = $state('');
  answer = $state('');
  connectionState: RTCPeerConnectionState | '' = $state('');
  entries: TimelineEntry[] = $state([]);
  // Each description is annotated once, here; the counts and the views share it.
  readonly offerAnnotation: SdpAnnotation = $derived(annotateSdp(this.offer));
  readonly answerAnnotation: SdpAnnotation = $derived(annotateSdp(this.answer));
  readonly offerCounts = $derived(countLines(this.offerAnnotation));
  readonly answerCounts = $derived(countLines(this.answerAnnotation));

  protected startMessage(label: string): string {
    return `Negotiating “${label}” between peers A and B…`;
  }

  protected createTimeline(): Timeline {
    return createTimeline((e) => this.entries.push(e));
  }

  protected override started(r: ScenarioRun): void {
    r.loopback.a.addEventListener('connectionstatechange', () => {
      if (this.current === r) this.connectionState = r.loopback.a.connectionState;
    });
  }

  protected show(run: ScenarioRun): void {
    this.offer = run.offer;
    this.answer = run.answer;
    this.connectionState = run.loopback.a.connectionState;
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
