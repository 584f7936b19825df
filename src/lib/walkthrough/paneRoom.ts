// The two-windows lab with another device: which room a pane page's `?room=` asks for, the link
// that opens the other window in that room, and the output box's text as the description to send.
import { isRoomCode, normalizeRoomCode } from '../classroom/roomCode';
import type { WindowId } from './walkthroughSteps';

/** What a pane page's `?room=` asks for: a new room, one to join, or nothing it can use. */
export type PaneRoomRequest = { create: true } | { code: string } | { invalid: string };

/** `?room=new` creates a room; a code (any case, with or without the dash) joins it. */
export function paneRoomRequest(param: string): PaneRoomRequest {
  if (param.trim().toLowerCase() === 'new') return { create: true };
  const code = normalizeRoomCode(param);
  if (isRoomCode(code)) return { code };
  return {
    invalid: `“${param}” is not a room code: a code has 8 letters and digits, like K7QM-3XPA (no 0, 1, I or O). Open the link the other window shows, or create a room with ?room=new.`,
  };
}

/** The link that opens `window` of the lab on another device, in room `code`. */
export function paneRoomLink(origin: string, window: WindowId, code: string): string {
  return `${origin}/labs/two-windows/${window}/?room=${code}`;
}

/** A session description as JSON carries it (the browser's RTCSessionDescriptionInit). */
export interface CarriedDescription {
  type: string;
  sdp: string;
}

/** The output box's text as a description to send, or the sentence that says why it is not one. */
export function carriedDescription(
  text: string,
): { ok: true; description: CarriedDescription } | { ok: false; message: string } {
  if (!text.trim()) {
    return { ok: false, message: 'The output box is empty: run the steps up to copy() first.' };
  }
  try {
    const parsed: unknown = JSON.parse(text);
    const d = parsed as { type?: unknown; sdp?: unknown } | null;
    if (d && typeof d.type === 'string' && typeof d.sdp === 'string') {
      return { ok: true, description: { type: d.type, sdp: d.sdp } };
    }
  } catch {
    // Not JSON: said below.
  }
  return { ok: false, message: 'The output box does not hold a description (type and sdp).' };
}
