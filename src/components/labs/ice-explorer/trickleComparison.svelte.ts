import type { LabStatus } from '../shared/labStatus.svelte';
import { describeError } from '../shared/errors';
import { isAbort } from '~/rtc/wait';
import { measureSetup } from './measureSetup';
import { compareSetups, setupRounds, type SetupMeasurement } from './setupTimes';

/**
 * The ICE explorer's trickle comparison: fresh pairs set up alternately with trickle and by
 * waiting for gathering, each timed until its data channel opens, and the median of each kind.
 */
export class TrickleComparison {
  runs: SetupMeasurement[] = $state.raw([]);
  trickleMs: number | null = $state(null);
  nonTrickleMs: number | null = $state(null);
  /** Whether the last comparison went through a server (its note explains a different gap). */
  withServers = $state(false);

  /** Measures the set-ups with `config`, reporting through `status`, whose next run stops it. */
  async measure(config: RTCConfiguration, status: LabStatus): Promise<void> {
    const withServers = (config.iceServers?.length ?? 0) > 0;
    const rounds = setupRounds(withServers);
    this.clear();
    const run = status.start(
      withServers
        ? 'Comparing: a trickle set-up, then one that waits for gathering (a slow server makes this one wait)…'
        : `Comparing: ${rounds} set-ups with trickle and ${rounds} without, alternately…`,
    );
    try {
      for (let i = 0; i < rounds; i += 1) {
        for (const trickle of [true, false]) {
          const measured = await measureSetup(config, trickle, run.signal);
          if (!run.current) return;
          this.runs = [...this.runs, measured];
        }
      }
      const { trickleMs, nonTrickleMs } = compareSetups(this.runs);
      this.trickleMs = trickleMs;
      this.nonTrickleMs = nonTrickleMs;
      this.withServers = withServers;
      status.finish(
        `Channel open with trickle after ${trickleMs} ms, without trickle after ${nonTrickleMs} ms.`,
      );
    } catch (error) {
      if (run.current && !isAbort(error)) status.fail(describeError(error));
    }
  }

  /** Forgets every measurement. */
  clear(): void {
    this.runs = [];
    this.trickleMs = null;
    this.nonTrickleMs = null;
  }
}
