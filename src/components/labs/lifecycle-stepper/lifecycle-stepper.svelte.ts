import { LabStatus, describeError, withTimeout } from '../shared/labStatus.svelte';
import { createTimeline, type TimelineEntry } from '~/rtc/timeline';
import type { PeerStates } from '~/rtc/observePeer';
import { openStepperSession, type StepperSession } from './stepperSession';
import { LIFECYCLE_STEPS, MissingInput, type LifecycleStep } from './steps';

const CONNECT_TIMEOUT_MS = 10_000;

/**
 * The lifecycle stepper: peers A and B, each step of offer/answer run on its own (or all in
 * order), the four state machines of each peer, and the browser's own error for a step out of
 * order.
 */
export class LifecycleStepperLab {
  readonly status = new LabStatus();
  /** When true, every step is enabled, so the learner can see what the browser refuses. */
  freeOrder = $state(false);
  a: PeerStates | null = $state(null);
  b: PeerStates | null = $state(null);
  entries: TimelineEntry[] = $state([]);
  /** Bumped on every change the step table reads, so `isEnabled` re-evaluates. */
  #version = $state(0);
  #session: StepperSession | null = null;
  #connectedWaiters: (() => void)[] = [];
  /** False while `runAll` drives the steps, so the learner's buttons wait. */
  #manual = true;

  /** Whether a step's button is enabled now. */
  isEnabled(step: LifecycleStep): boolean {
    void this.#version;
    if (this.status.phase === 'running' && !this.#manual) return false;
    if (this.freeOrder) return true;
    // Before the first step there are no peers yet: only the first step can start them.
    if (!this.#session) return step === LIFECYCLE_STEPS[0];
    return step.legal(this.#session);
  }

  /** Candidates waiting to be carried across: [A's for B, B's for A]. */
  get pending(): [number, number] {
    void this.#version;
    const s = this.#session;
    return [s?.aToB.pending.length ?? 0, s?.bToA.pending.length ?? 0];
  }

  /** Runs one step; a refusal shows the browser's error and what it means. */
  async step(step: LifecycleStep): Promise<boolean> {
    const s = this.#ensureSession();
    if (this.status.phase !== 'done') this.status.start(`${step.actor}: ${step.call}`);
    try {
      const result = await step.run(s);
      s.timeline.record(step.actor, step.call, result);
      this.#changed();
      return true;
    } catch (error) {
      const why = error instanceof MissingInput ? '' : `\nWhat it means: ${step.whyRefused}`;
      const who = error instanceof MissingInput ? 'Not possible yet' : 'The browser refused';
      s.timeline.record(step.actor, step.call, `refused: ${describeError(error)}`);
      this.status.fail(`${who}: ${step.call}\n${describeError(error)}${why}`);
      this.#changed();
      return false;
    }
  }

  /** Performs every step in order from a fresh pair, then waits until both peers connect. */
  async runAll(): Promise<void> {
    this.reset();
    this.#manual = false;
    this.status.start('Running every step in order…');
    try {
      for (const step of LIFECYCLE_STEPS) {
        if (step.id.endsWith('candidates')) continue;
        if (!(await this.step(step))) return;
      }
      const s = this.#ensureSession();
      // Candidates keep arriving while gathering runs: carry them across until both connect.
      const connected = new Promise<void>((resolve) => this.#connectedWaiters.push(resolve));
      const carry = setInterval(() => {
        if (s.aToB.pending.length) void s.aToB.deliver().catch(() => {});
        if (s.bToA.pending.length) void s.bToA.deliver().catch(() => {});
      }, 20);
      try {
        await withTimeout(connected, CONNECT_TIMEOUT_MS, 'The peers did not connect within 10 s.');
      } finally {
        clearInterval(carry);
      }
    } catch (error) {
      this.status.fail(describeError(error));
    } finally {
      this.#manual = true;
    }
  }

  /** Closes both peers and starts again from nothing. */
  reset(): void {
    this.#session?.close();
    this.#session = null;
    this.a = null;
    this.b = null;
    this.entries = [];
    this.#connectedWaiters = [];
    this.status.reset('Lab reset: both peers closed.');
    this.#changed();
  }

  /** Applies a URL preset: `free=1` enables out-of-order steps. */
  preset(params: URLSearchParams): void {
    this.freeOrder = params.get('free') === '1';
  }

  /** Releases everything when the lab leaves the page. */
  dispose(): void {
    this.#session?.close();
    this.#session = null;
  }

  #ensureSession(): StepperSession {
    if (this.#session) return this.#session;
    const timeline = createTimeline((e) => this.entries.push(e));
    this.#session = openStepperSession(
      timeline,
      (peer, states) => this.#onStates(peer, states),
      () => this.#changed(),
    );
    return this.#session;
  }

  #onStates(peer: 'A' | 'B', states: PeerStates): void {
    if (peer === 'A') this.a = states;
    else this.b = states;
    this.#changed();
    if (this.a?.connectionState === 'connected' && this.b?.connectionState === 'connected') {
      this.status.finish('Both peers are connected.');
      for (const resolve of this.#connectedWaiters.splice(0)) resolve();
    }
  }

  #changed(): void {
    this.#version += 1;
  }
}
