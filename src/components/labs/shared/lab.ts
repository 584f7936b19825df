import type { LabStatus } from './labStatus.svelte';

/**
 * What every lab's state class is: the frame renders its status and calls these. `run` and
 * `reset` answer the learner's buttons (or a `run=1` preset), `preset` applies the other URL
 * parameters before that, and `dispose` closes everything when the lab leaves the page.
 */
export interface Lab {
  readonly status: LabStatus;
  run(): void | Promise<void>;
  reset(): void;
  dispose(): void;
  preset?(params: URLSearchParams): void;
}
