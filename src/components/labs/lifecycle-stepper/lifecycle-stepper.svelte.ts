import type { Lab } from '../shared/lab';
import { LabStatus, describeError, type LabRun } from '../shared/labStatus.svelte';
import { createTimeline, type TimelineEntry } from '~/rtc/timeline';
import type { PeerStates } from '~/rtc/observePeer';
import { bothConnected, isAbort } from '~/rtc/wait';
import { openStepperSession, type StepperSession } from './stepperSession';
import { LIFECYCLE_STEPS, legalStepIds, refusalMessage, type LifecycleStep } from './steps';

const CONNECT_TIMEOUT_MS = 10_000;

/**
 * The lifecycle stepper: peers A and B, each step of offer/answer run on its own (or all in
 * order), the four state machines of each peer, and the browser's own error for a step out of
 * order. A run lasts from the first step (or "run every step") until a refusal or a reset; a
 * step of an earlier run that settles late changes nothing.
 */
export class LifecycleStepperLab implements Lab {
  readonly status = new LabStatus();
  /** When true, every step is enabled, so the learner can see what the browser refuses. */
  freeOrder = $state(false);
  a: PeerStates | null = $state(null);
  b: PeerStates | null = $state(null);
  entries: TimelineEntry[] = $state([]);
  /** The ids of the steps that are legal now (the browser's states are read after each change). */
  legal: ReadonlySet<string> = $state.raw(legalStepIds(null));
  /** The ids of the steps performed without a refusal since the last reset. */
  done: ReadonlySet<string> = $state.raw(new Set());
  /** Candidates waiting to be carried across: [A's for B, B's for A]. */
  pending: [number, number] = $state([0, 0]);
  /** True while "run every step" drives the steps: the learner's buttons wait. */
  #driving = $state(false);
  #session: StepperSession | null = null;
  #run: LabRun | null = null;

  /** Whether a step's button is enabled now. */
  isEnabled(step: LifecycleStep): boolean {
    if (this.#driving) return false;
    return this.freeOrder || this.legal.has(step.id);
  }

  /** The step to press next: the first legal one not done yet, else the first legal one. */
  get current(): LifecycleStep | undefined {
    const legal = LIFECYCLE_STEPS.filter((step) => this.legal.has(step.id));
    return legal.find((step) => !this.done.has(step.id)) ?? legal[0];
  }

  /** Runs one step by hand; a refusal shows the browser's error and what it means. */
  async step(step: LifecycleStep): Promise<void> {
    // A refusal ends a run; the next step starts another. Steps within a run share its token.
    const phase = this.status.phase;
    const run =
      this.#run && (phase === 'running' || phase === 'done')
        ? this.#run
        : this.#start(`${step.actor}: ${step.call}`);
    await this.#perform(step, this.#ensureSession(false), run, `step-${step.id}`);
  }

  /** Performs every step in order from a fresh pair, then waits until both peers connect. */
  async run(): Promise<void> {
    this.reset();
    const run = this.#start('Running every step in order…');
    this.#driving = true;
    try {
      const session = this.#ensureSession(true);
      for (const step of LIFECYCLE_STEPS) {
        if (step.id.endsWith('candidates')) continue;
        if (!(await this.#perform(step, session, run, 'run'))) return;
      }
      // Candidates go across by themselves in this mode, as a real application's signaling would.
      await bothConnected(session.a, session.b, CONNECT_TIMEOUT_MS, run.signal);
    } catch (error) {
      if (run.current && !isAbort(error)) this.status.fail(describeError(error));
    } finally {
      if (run.current) this.#driving = false;
    }
  }

  /** Closes both peers and starts again from nothing. */
  reset(): void {
    this.#close();
    this.a = null;
    this.b = null;
    this.entries = [];
    this.done = new Set();
    this.#driving = false;
    this.status.reset('Lab reset: both peers closed.');
    this.#refresh();
  }

  /** Applies a URL preset: `free=1` enables out-of-order steps. */
  preset(params: URLSearchParams): void {
    this.freeOrder = params.get('free') === '1';
  }

  /** Releases everything when the lab leaves the page. */
  dispose(): void {
    this.status.stop();
    this.#close();
  }

  #start(what: string): LabRun {
    this.#run = this.status.start(what);
    return this.#run;
  }

  /**
   * Runs `step`; resolves false when it was refused (the alert beside `action`, the control that
   * asked for it, says why) or its run is over.
   */
  async #perform(
    step: LifecycleStep,
    s: StepperSession,
    run: LabRun,
    action: string,
  ): Promise<boolean> {
    try {
      const result = await step.run(s);
      if (!run.current) return false;
      s.timeline.record(step.actor, step.call, result);
      this.done = new Set([...this.done, step.id]);
      return true;
    } catch (error) {
      if (!run.current) return false;
      s.timeline.record(step.actor, step.call, `refused: ${describeError(error)}`);
      this.status.fail(refusalMessage(step, error), action);
      return false;
    } finally {
      this.#refresh();
    }
  }

  #ensureSession(carryCandidates: boolean): StepperSession {
    if (this.#session) return this.#session;
    this.#session = openStepperSession({
      timeline: createTimeline((e) => this.entries.push(e)),
      onStates: (peer, states) => this.#onStates(peer, states),
      onCandidates: () => this.#refresh(),
      carryCandidates,
    });
    return this.#session;
  }

  #onStates(peer: 'A' | 'B', states: PeerStates): void {
    if (peer === 'A') this.a = states;
    else this.b = states;
    this.#refresh();
    const connected = this.a?.connectionState === 'connected';
    if (connected && this.b?.connectionState === 'connected' && this.status.phase === 'running') {
      this.#driving = false;
      this.status.finish('Both peers are connected.');
    }
  }

  /** Reads again what the buttons show: the legal steps and the waiting candidates. */
  #refresh(): void {
    const s = this.#session;
    this.legal = legalStepIds(s);
    this.pending = [s?.aToB.pending.length ?? 0, s?.bToA.pending.length ?? 0];
  }

  #close(): void {
    this.#session?.close();
    this.#session = null;
    this.#run = null;
  }
}
