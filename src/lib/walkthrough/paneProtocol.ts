/**
 * The messages between the two-windows lab and its two panes (same-origin iframes, each its own
 * document). The lab only asks a pane to do what a learner could do in it (run a step, paste
 * text into its paste box, type a message, reset); a pane only reports what it shows. No
 * description travels in a report except the text of the pane's output box, which the lab then
 * pastes into the other pane's paste box, as a learner would.
 */
import type { StepId, WindowId } from './walkthroughSteps';

/** What the lab asks a pane to do. */
export type PaneCommand =
  | { kind: 'step'; step: StepId }
  | { kind: 'paste'; text: string }
  | { kind: 'message'; text: string }
  | { kind: 'reset' }
  | { kind: 'report' }
  | { kind: 'theme'; theme: 'light' | 'dark' | null };

/** A command with the id its reply carries. */
export type PaneRequest = PaneCommand & { id: number; to: 'pane' };

/** What a pane shows, sent after every change. */
export interface PaneReport {
  window: WindowId;
  connectionState: string | null;
  signalingState: string | null;
  channelState: string | null;
  messagesReceived: number;
  openConnections: number;
  /** The text of the pane's output box (its copied description), '' when empty. */
  output: string;
}

/** What a pane sends the lab: a report, or the outcome of a request. */
export type PaneMessage =
  | ({ kind: 'report'; from: 'pane' } & PaneReport)
  | { kind: 'reply'; from: 'pane'; id: number; error: string | null };

const COMMANDS = new Set(['step', 'paste', 'message', 'reset', 'report', 'theme']);

/** Whether `data` is a request from the lab (anything else posted to the pane is ignored). */
export function isPaneRequest(data: unknown): data is PaneRequest {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return d['to'] === 'pane' && typeof d['id'] === 'number' && COMMANDS.has(String(d['kind']));
}

/** Whether `data` is a message from a pane. */
export function isPaneMessage(data: unknown): data is PaneMessage {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return d['from'] === 'pane' && (d['kind'] === 'report' || d['kind'] === 'reply');
}
