import { LabStatus, describeError } from '../shared/labStatus.svelte';
import type { Timeline } from '~/rtc/timeline';
import {
  SDP_SCENARIOS,
  isScenarioId,
  runScenario,
  type ScenarioRun,
  type SdpScenarioId,
} from './scenarios';

/**
 * What the sdp-live and sdp-diff labs share: the chosen scenario, a fresh loopback pair that
 * negotiates it, reset, the `scenario=` preset and disposal. Each lab says what it shows.
 */
export abstract class ScenarioLab {
  readonly status = new LabStatus();
  scenario: SdpScenarioId = $state('data-only');
  #run: ScenarioRun | null = null;

  /** The pair of the latest run, from the moment it exists; null before a run and after a reset. */
  protected get current(): ScenarioRun | null {
    return this.#run;
  }

  /** Negotiates the chosen scenario from a fresh pair and waits until both peers connect. */
  async run(): Promise<void> {
    this.close();
    this.clear();
    const scenario = SDP_SCENARIOS.find((s) => s.id === this.scenario) ?? SDP_SCENARIOS[0]!;
    this.status.start(this.startMessage(scenario.label));
    const timeline = this.createTimeline();
    let mine: ScenarioRun | null = null;
    try {
      const run = await runScenario(timeline, scenario.id, (r) => {
        mine = r;
        this.#run = r;
        this.started(r);
      });
      if (this.#run !== run) return;
      this.show(run);
      this.status.finish(this.finishMessage());
    } catch (error) {
      if (mine === null || this.#run !== mine) return;
      this.show(mine);
      this.status.fail(describeError(error));
    }
  }

  /** Closes both peers and clears what the lab shows. */
  reset(): void {
    this.close();
    this.clear();
    this.status.reset(this.resetMessage());
  }

  /** Applies a URL preset: `scenario=` picks the scenario. */
  preset(params: URLSearchParams): void {
    const scenario = params.get('scenario');
    if (isScenarioId(scenario)) this.scenario = scenario;
  }

  /** Releases everything when the lab leaves the page. */
  dispose(): void {
    this.close();
  }

  /** Closes the current pair (and the synthetic source with it). */
  protected close(): void {
    this.#run?.close();
    this.#run = null;
  }

  /** Called as soon as the pair exists, before it has negotiated. */
  protected started(_run: ScenarioRun): void {}

  /** The status line while the scenario with this label negotiates. */
  protected abstract startMessage(label: string): string;
  /** The timeline the run records its events in. */
  protected abstract createTimeline(): Timeline;
  /** Takes what the run produced, also when it failed part way. */
  protected abstract show(run: ScenarioRun): void;
  /** The status line once both peers are connected. */
  protected abstract finishMessage(): string;
  /** Empties what the lab shows. */
  protected abstract clear(): void;
  /** The status line after a reset. */
  protected abstract resetMessage(): string;
}
