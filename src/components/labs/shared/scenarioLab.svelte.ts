import type { Lab } from './lab';
import { LabStatus, describeError, type LabRun } from './labStatus.svelte';
import { isScenarioId, scenarioById } from './sdpScenarios';
import type { Loopback, Negotiated } from '~/rtc/loopback';
import { openScenarioPair, type SdpScenarioId } from '~/rtc/scenarioPair';
import type { Timeline } from '~/rtc/timeline';
import { bothConnected, isAbort } from '~/rtc/wait';

const CONNECT_TIMEOUT_MS = 10_000;

/**
 * What the sdp-live and sdp-diff labs share: the chosen scenario, a fresh loopback pair that
 * negotiates it and connects, reset, the `scenario=` preset and disposal. Each lab says what it
 * shows of the descriptions.
 */
export abstract class ScenarioLab implements Lab {
  readonly status = new LabStatus();
  scenario: SdpScenarioId = $state('data-only');
  #loopback: Loopback | null = null;

  /** The pair of the latest run, from the moment it exists; null before a run and after a reset. */
  protected get loopback(): Loopback | null {
    return this.#loopback;
  }

  /** Negotiates the chosen scenario from a fresh pair and waits until both peers connect. */
  async run(): Promise<void> {
    this.#close();
    this.clear();
    const scenario = scenarioById(this.scenario);
    const run = this.status.start(this.startMessage(scenario.label));
    let loopback: Loopback | null = null;
    let negotiated: Negotiated | null = null;
    try {
      const pair = openScenarioPair(scenario.id, this.timeline());
      loopback = pair.loopback;
      this.#loopback = loopback;
      this.started(loopback, run);
      negotiated = await pair.negotiate(run.signal);
      await bothConnected(loopback.a, loopback.b, CONNECT_TIMEOUT_MS, run.signal);
      if (!run.current) return;
      this.show(negotiated, loopback);
      this.status.finish(this.finishMessage());
    } catch (error) {
      if (!run.current || isAbort(error)) return;
      // A step failed part way: show what each peer applied, so the learner sees how far it got.
      if (loopback) {
        negotiated ??= {
          offer: loopback.a.localDescription?.sdp ?? '',
          answer: loopback.b.localDescription?.sdp ?? '',
        };
        this.show(negotiated, loopback);
      }
      this.status.fail(describeError(error));
    }
  }

  /** Closes both peers and clears what the lab shows. */
  reset(): void {
    this.#close();
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
    this.status.stop();
    this.#close();
  }

  #close(): void {
    this.#loopback?.close();
    this.#loopback = null;
  }

  /** The timeline the pair records its events in; none by default. */
  protected timeline(): Timeline | undefined {
    return undefined;
  }

  /** Called as soon as the pair exists, before it negotiates; `run` aborts with the run. */
  protected started(_loopback: Loopback, _run: LabRun): void {}

  /** The status line while the scenario with this label negotiates. */
  protected abstract startMessage(label: string): string;
  /** Takes the descriptions signaling carried (or what each peer applied, when a step failed). */
  protected abstract show(negotiated: Negotiated, loopback: Loopback): void;
  /** The status line once both peers are connected. */
  protected abstract finishMessage(): string;
  /** Empties what the lab shows. */
  protected abstract clear(): void;
  /** The status line after a reset. */
  protected abstract resetMessage(): string;
}
