import { getContext, setContext, untrack } from 'svelte';
import type { LabStatus } from './labStatus.svelte';

const KEY = Symbol('lab-alerts');

/**
 * Where a lab's error is shown: the frame's alert under the run row, or a `LabAlert` placed next to
 * the control that caused it. The frame owns one per lab and shares it with its children.
 */
export class LabAlerts {
  readonly status: LabStatus;
  /** `data-action` names that a mounted `LabAlert` shows errors for (a plain list: few). */
  claimed: string[] = $state([]);
  /** The `data-action` of the last control the learner pressed in this lab. */
  lastAction = $state('');

  constructor(status: LabStatus) {
    this.status = status;
  }

  /** The action the current error belongs to ('' when there is no error or it is the frame's). */
  get target(): string {
    if (!this.status.error) return '';
    const at = this.status.errorAt || this.lastAction;
    return at && this.claimed.includes(at) ? at : '';
  }

  /** A `LabAlert` takes the errors of `actions`; the returned function gives them back. */
  claim(actions: readonly string[]): () => void {
    // Untracked: a LabAlert claims from an effect, which must not re-run on its own write.
    untrack(() => (this.claimed = [...this.claimed, ...actions]));
    return () =>
      untrack(() => (this.claimed = this.claimed.filter((action) => !actions.includes(action))));
  }
}

/** Shares `alerts` with the components inside the frame (called once by LabFrame). */
export function provideLabAlerts(alerts: LabAlerts): void {
  setContext(KEY, alerts);
}

/** The frame's alerts, for a `LabAlert` inside it. */
export function useLabAlerts(): LabAlerts {
  const alerts = getContext<LabAlerts | undefined>(KEY);
  if (!alerts) throw new Error('LabAlert must be placed inside a LabFrame');
  return alerts;
}

/**
 * Brings a freshly shown alert into view with as little scrolling as possible; instantly when the
 * learner asked for reduced motion.
 */
export function revealAlert(element: Element): void {
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ block: 'nearest', behavior: reduced ? 'instant' : 'smooth' });
}
