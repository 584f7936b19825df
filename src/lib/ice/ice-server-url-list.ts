// The server URLs a learner types into a lab, several at once: split on whitespace and commas,
// each piece read by parseIceServerUrl (RFC 7064, RFC 7065). Nothing is contacted here.
import type { Diagnostic } from '../diagnostic';
import { formatIceServerUrl, parseIceServerUrl } from './ice-server-url';

/** The URLs that passed, as browsers read them, and one diagnostic per piece that did not. */
export interface IceServerUrlList {
  urls: string[];
  diagnostics: Diagnostic[];
}

/** Most URLs a lab passes on; the rest are reported and ignored. */
export const MAX_ICE_SERVER_URLS = 8;

/** Read every stun:, stuns:, turn: or turns: URL in the text; never throws. */
export function parseIceServerUrlList(text: string): IceServerUrlList {
  const urls: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const pieces = typeof text === 'string' ? [...text.matchAll(/[^\s,]+/g)] : [];
  for (const piece of pieces.slice(0, MAX_ICE_SERVER_URLS)) {
    const result = parseIceServerUrl(piece[0]);
    if (result.ok) {
      urls.push(formatIceServerUrl(result.url, 'as-given'));
      continue;
    }
    const { message, span } = result.error;
    diagnostics.push({
      severity: 'error',
      message: `“${piece[0].slice(0, 80)}”: ${message}`,
      ...(span ? { span: { ...span, start: span.start + piece.index } } : {}),
    });
  }
  if (pieces.length > MAX_ICE_SERVER_URLS)
    diagnostics.push({
      severity: 'warning',
      message: `At most ${MAX_ICE_SERVER_URLS} server URLs are used; the rest were ignored.`,
    });
  return { urls, diagnostics };
}
