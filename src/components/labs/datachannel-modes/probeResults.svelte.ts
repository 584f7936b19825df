import {
  explainOverLimit,
  explainQueue,
  type OverLimitOutcome,
  type QueueOutcome,
} from '~/lib/datachannel/refusals';
import { overfillQueue, sendOverLimit } from './probes';

/** The outcomes of the two refusals the learner provokes, with their explanations. */
export class ProbeResults {
  overLimitOutcome: OverLimitOutcome | null = $state(null);
  overLimitText = $state('');
  queueOutcome: QueueOutcome | null = $state(null);
  queueText = $state('');

  /** Sends `limit + 1` bytes on `channel` and explains what the browser did. */
  overLimit(channel: RTCDataChannel, limit: number): void {
    const outcome = sendOverLimit(channel, limit);
    this.overLimitOutcome = outcome;
    this.overLimitText = explainOverLimit(outcome);
  }

  /** Fills `channel`'s queue past 16 MiB without waiting and explains what the browser did. */
  overfill(channel: RTCDataChannel): void {
    const outcome = overfillQueue(channel);
    this.queueOutcome = outcome;
    this.queueText = explainQueue(outcome);
  }

  /** Forgets both outcomes. */
  clear(): void {
    this.overLimitOutcome = null;
    this.overLimitText = '';
    this.queueOutcome = null;
    this.queueText = '';
  }
}
