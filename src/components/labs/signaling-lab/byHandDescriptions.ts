// The two forms of a description the "by hand" mode shows, and the texts of its steps.
import { encodeCompactDescription, type CarriedDescription } from '~/lib/sdp/compactDescription';

/** A description ready to carry: the browser's JSON, the compact form and their sizes. */
export interface CarriedTexts {
  type: CarriedDescription['type'];
  json: string;
  compact: string;
  jsonBytes: number;
  compactBytes: number;
}

/** UTF-8 bytes of a text (what a clipboard, a chat message or a QR code carries). */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Both forms of the local description `description` (after gathering: it holds the candidates). */
export async function carriedTexts(description: RTCSessionDescription): Promise<CarriedTexts> {
  const type = description.type === 'answer' ? 'answer' : 'offer';
  const json = JSON.stringify(description);
  const compact = await encodeCompactDescription({ type, sdp: description.sdp });
  return { type, json, compact, jsonBytes: utf8Bytes(json), compactBytes: utf8Bytes(compact) };
}

/** Where the by-hand exchange stands in this tab (the `by-hand-state` field). */
export type ByHandStage =
  | 'waiting-offer'
  | 'creating-offer'
  | 'waiting-answer'
  | 'creating-answer'
  | 'answer-ready'
  | 'connecting'
  | 'connected'
  | 'failed';

/** What this tab waits for at each stage, for people. */
export const STAGE_TEXTS: Record<ByHandStage, string> = {
  'waiting-offer': 'Create an offer here, or paste the other tab’s offer.',
  'creating-offer': 'Creating the offer and gathering candidates…',
  'waiting-answer': 'Copy the offer to the other tab, then paste its answer here.',
  'creating-answer': 'Applying the offer, creating the answer and gathering candidates…',
  'answer-ready': 'Copy the answer back to the tab that made the offer.',
  connecting: 'Answer applied: the two tabs are connecting…',
  connected: 'Connected: the data channel carries messages both ways.',
  failed: 'The connection failed: create a new offer to try again.',
};

/** The greeting each side sends once the data channel opens. */
export function greeting(role: 'offerer' | 'answerer'): string {
  return role === 'offerer'
    ? 'Hello from the tab that made the offer'
    : 'Hello from the tab that answered';
}
