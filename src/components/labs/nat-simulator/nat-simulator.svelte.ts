import type { Lab } from '../shared/lab';
import { LabStatus } from '../shared/labStatus.svelte';
import {
  FILTERING_BEHAVIOURS,
  MAPPING_BEHAVIOURS,
  natLabel,
  type FilteringBehaviour,
  type MappingBehaviour,
  type NatBehaviour,
} from '~/lib/nat/behaviour';
import { computeNatMatrix, type MatrixCell } from '~/lib/nat/matrix';
import type { RouterPair } from '~/lib/nat/network';
import { simulateHolePunching } from '~/lib/nat/simulate';
import type { SimulationResult, SimulationStep } from '~/lib/nat/simulation-types';
import { clampStep, outcomeText, parseNatPreset, stepAnnouncement } from './natRun';

/** The two sides of the simulation. */
export type Side = 'a' | 'b';

/** Time each step stays on screen while playing, in milliseconds. */
const PLAY_INTERVAL_MS = 1400;

/**
 * The NAT simulator: two hosts behind NATs whose mapping and filtering the learner picks, a
 * simulated run of STUN, TURN, signaling and ICE checks (src/lib/nat), a step control that
 * walks through it packet by packet, and the 9x9 matrix of every combination. Pure simulation:
 * nothing here touches the network, and a run finishes at once.
 */
export class NatSimulatorLab implements Lab {
  readonly status = new LabStatus();
  a: NatBehaviour = $state({ mapping: 'eim', filtering: 'apdf' });
  b: NatBehaviour = $state({ mapping: 'eim', filtering: 'apdf' });
  /** Whether each side's router drops unsolicited packets (a stateful firewall); on by default. */
  firewall: Record<Side, boolean> = $state({ a: true, b: true });
  result: SimulationResult | null = $state.raw(null);
  /** Index of the step on screen. */
  current = $state(0);
  playing = $state(false);
  /** Every combination for each firewall setting, computed once each by the same simulator. */
  readonly #matrices = new Map<string, MatrixCell[][]>();
  #timer: ReturnType<typeof setInterval> | undefined;
  /** A link's preset that could not be read: the next run shows it instead of simulating. */
  #presetError = '';
  /** A link's `step`: the next run opens at it. */
  #presetStep: number | undefined;

  /** The step on screen, if a run exists. */
  get step(): SimulationStep | undefined {
    return this.result?.steps[this.current];
  }

  /** The routers as the simulator takes them. */
  get routers(): RouterPair {
    return { a: { firewall: this.firewall.a }, b: { firewall: this.firewall.b } };
  }

  /** Every combination of behaviours with the routers chosen now. */
  get matrix(): MatrixCell[][] {
    const key = `${this.firewall.a}/${this.firewall.b}`;
    let matrix = this.#matrices.get(key);
    if (!matrix) {
      matrix = computeNatMatrix(this.routers);
      this.#matrices.set(key, matrix);
    }
    return matrix;
  }

  /** How many steps the run has (0 before a run). */
  get total(): number {
    return this.result?.steps.length ?? 0;
  }

  /** Change one side's mapping; a value that is not a mapping behaviour is ignored. */
  setMapping(side: Side, value: string): void {
    if (!(MAPPING_BEHAVIOURS as readonly string[]).includes(value)) return;
    this.#set(side, { ...this[side], mapping: value as MappingBehaviour });
  }

  /** Change one side's filtering; a value that is not a filtering behaviour is ignored. */
  setFiltering(side: Side, value: string): void {
    if (!(FILTERING_BEHAVIOURS as readonly string[]).includes(value)) return;
    this.#set(side, { ...this[side], filtering: value as FilteringBehaviour });
  }

  /** Turn one side's router firewall on or off; a run on screen is cleared. */
  setFirewall(side: Side, on: boolean): void {
    if (this.firewall[side] === on) return;
    this.firewall[side] = on;
    this.#presetError = '';
    const words = on ? 'drops unsolicited packets' : 'has no firewall';
    this.#cleared(`NAT ${side.toUpperCase()}'s router now ${words}. Press Simulate to run it.`);
  }

  /** Simulate the chosen pair and show its outcome; the step control starts at the first packet. */
  run(): void {
    this.pause();
    const presetError = this.#presetError;
    const presetStep = this.#presetStep;
    this.#presetError = '';
    this.#presetStep = undefined;
    if (presetError) {
      this.status.fail(presetError);
      return;
    }
    this.status.start(`Simulating NAT A ${natLabel(this.a)} with NAT B ${natLabel(this.b)}…`);
    this.result = simulateHolePunching(this.a, this.b, this.routers);
    this.current = 0;
    const { steps } = this.result;
    this.status.finish(
      `Simulated ${steps.length} steps. Outcome: ${outcomeText(this.result)}. ${stepAnnouncement(steps[0], 0, steps.length)}`,
    );
    if (presetStep !== undefined) this.goTo(presetStep);
  }

  /** Load a combination (from the matrix) and simulate it. */
  load(a: NatBehaviour, b: NatBehaviour): void {
    this.a = { ...a };
    this.b = { ...b };
    this.run();
  }

  /** Show step `index` (clamped) and announce it. */
  goTo(index: number): void {
    if (!this.result) return;
    this.current = clampStep(index, this.total);
    this.status.announcement = stepAnnouncement(this.step, this.current, this.total);
  }

  /** Next step; stops playing at the last one. */
  stepForward(): void {
    if (!this.result) return;
    if (this.current >= this.total - 1) {
      this.pause();
      return;
    }
    this.goTo(this.current + 1);
  }

  /** Previous step. */
  stepBack(): void {
    this.goTo(this.current - 1);
  }

  /** Advance one step at a time on a timer (from the start again when at the end). */
  play(): void {
    if (!this.result || this.playing) return;
    if (this.current >= this.total - 1) this.goTo(0);
    this.playing = true;
    this.#timer = setInterval(() => this.stepForward(), PLAY_INTERVAL_MS);
  }

  /** Stop the timer and stay on the current step. */
  pause(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    this.playing = false;
  }

  /** Back to no run, keeping the chosen behaviours. */
  reset(): void {
    this.#clear();
    this.#presetError = '';
    this.#presetStep = undefined;
    this.status.reset('Lab reset: no simulation on screen.');
  }

  /**
   * URL preset: `a=eim/apdf&b=apdm/apdf` sets both sides, `fwA=0` / `fwB=0` takes a router's
   * firewall away; `step=N` opens step N (1-based) after
   * `run=1`. A side that is not a behaviour is explained in the alert, and the run shows it again.
   */
  preset(params: URLSearchParams): void {
    const preset = parseNatPreset(params);
    if (preset.a) this.a = preset.a;
    if (preset.b) this.b = preset.b;
    if (preset.firewallA !== undefined) this.firewall.a = preset.firewallA;
    if (preset.firewallB !== undefined) this.firewall.b = preset.firewallB;
    this.#presetStep = preset.step;
    if (preset.error) {
      this.#presetError = preset.error;
      this.status.fail(preset.error);
    }
  }

  /** Stops the play timer when the lab leaves the page. */
  dispose(): void {
    this.pause();
  }

  #clear(): void {
    this.pause();
    this.result = null;
    this.current = 0;
  }

  #set(side: Side, behaviour: NatBehaviour): void {
    this[side] = behaviour;
    this.#presetError = '';
    this.#cleared(
      `NAT ${side.toUpperCase()} is now ${natLabel(behaviour)}. Press Simulate to run it.`,
    );
  }

  #cleared(message: string): void {
    // A run on screen describes the old pair: clear it rather than show a stale outcome.
    if (this.result || this.status.phase === 'error') {
      this.#clear();
      this.status.reset(message);
    }
  }
}
