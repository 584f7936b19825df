import { LabStatus, describeError } from '../shared/labStatus.svelte';
import { annotateSdp } from '~/lib/sdp';
import { createTimeline, type TimelineEntry } from '~/rtc/timeline';
import {
  SDP_SCENARIOS,
  isScenarioId,
  runScenario,
  type ScenarioRun,
  type SdpScenarioId,
} from './scenarios';

/** Line counts of one description: all lines, and those the rule table does not know. */
export interface LineCounts {
  lines: number;
  unknown: number;
}

/** Counts the lines of an SDP and the unknown ones among them. */
export function countLines(sdp: string): LineCounts {
  if (sdp === '') return { lines: 0, unknown: 0 };
  const { lines } = annotateSdp(sdp);
  return { lines: lines.length, unknown: lines.filter((l) => !l.known).length };
}

/** Lab `sdp-live`: a real loopback pair negotiates a scenario; its offer and answer, annotated. */
export class SdpLiveLab {
  readonly status = new LabStatus();
  scenario: SdpScenarioId = $state('data-only');
  offer = $state('');
  answer = $state('');
  connectionState: RTCPeerConnectionState | '' = $state('');
  entries: TimelineEntry[] = $state([]);
  readonly offerCounts = $derived(countLines(this.offer));
  readonly answerCounts = $derived(countLines(this.answer));
  #run: ScenarioRun | null = null;

  /** Negotiates the chosen scenario from a fresh pair and waits until both peers connect. */
  async run(): Promise<void> {
    this.#close();
    this.#clear();
    const scenario = SDP_SCENARIOS.find((s) => s.id === this.scenario) ?? SDP_SCENARIOS[0]!;
    this.status.start(`Negotiating “${scenario.label}” between peers A and B…`);
    const timeline = createTimeline((e) => this.entries.push(e));
    let mine: ScenarioRun | null = null;
    try {
      const run = await runScenario(timeline, scenario.id, (r) => {
        mine = r;
        this.#run = r;
        r.loopback.a.addEventListener('connectionstatechange', () => {
          if (this.#run === r) this.connectionState = r.loopback.a.connectionState;
        });
      });
      if (this.#run !== run) return;
      this.#show(run);
      const total = this.offerCounts.unknown + this.answerCounts.unknown;
      this.status.finish(
        `Connected. Offer: ${this.offerCounts.lines} lines; answer: ${this.answerCounts.lines} lines; ${total} unknown.`,
      );
    } catch (error) {
      if (mine === null || this.#run !== mine) return;
      this.#show(mine);
      this.status.fail(describeError(error));
    }
  }

  /** Closes both peers and the synthetic source, and clears the descriptions. */
  reset(): void {
    this.#close();
    this.#clear();
    this.status.reset('Lab reset: both peers and the synthetic source closed.');
  }

  /** Applies a URL preset: `scenario=` picks the scenario. */
  preset(params: URLSearchParams): void {
    const scenario = params.get('scenario');
    if (isScenarioId(scenario)) this.scenario = scenario;
  }

  /** Releases everything when the lab leaves the page. */
  dispose(): void {
    this.#close();
  }

  #show(run: ScenarioRun): void {
    this.offer = run.offer;
    this.answer = run.answer;
    this.connectionState = run.loopback.a.connectionState;
  }

  #clear(): void {
    this.offer = '';
    this.answer = '';
    this.connectionState = '';
    this.entries = [];
  }

  #close(): void {
    this.#run?.close();
    this.#run = null;
  }
}
