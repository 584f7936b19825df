// Reading the STUN/TURN server URLs a learner types into a lab: RFC 7064 (stun:, stuns:) and
// RFC 7065 (turn:, turns:, with an optional ?transport=udp|tcp). Nothing is contacted here.

/** The URLs that passed, and one message per piece of text that did not. */
export interface IceServerUrls {
  urls: string[];
  problems: string[];
}

const URL_SHAPE =
  /^(stuns?|turns?):(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?(\?transport=(?:udp|tcp))?$/;

/**
 * Split text on whitespace and commas and keep each piece shaped like a stun:, stuns:, turn: or
 * turns: URL (with a port from 1 to 65535 when one is given); never throws.
 */
export function parseIceServerUrls(text: string): IceServerUrls {
  const urls: string[] = [];
  const problems: string[] = [];
  const pieces = typeof text === 'string' ? text.split(/[\s,]+/).filter(Boolean) : [];
  for (const piece of pieces.slice(0, 8)) {
    const match = URL_SHAPE.exec(piece);
    const port = match?.[3] === undefined ? undefined : Number(match[3]);
    if (!match) {
      problems.push(
        `“${piece.slice(0, 80)}” is not a STUN or TURN URL: write stun:host:port or turn:host:port (RFC 7064, RFC 7065).`,
      );
    } else if (port !== undefined && (port < 1 || port > 65_535)) {
      problems.push(`“${piece}” has port ${port}; a port is from 1 to 65535.`);
    } else if (match[1]?.startsWith('stun') && match[4]) {
      problems.push(`“${piece}”: only turn: and turns: URLs take ?transport= (RFC 7065 §3.1).`);
    } else {
      urls.push(piece);
    }
  }
  if (pieces.length > 8) problems.push('At most 8 server URLs are used; the rest were ignored.');
  return { urls, problems };
}

/** Whether any URL names a TURN server (which needs a username and a credential). */
export function needsTurnCredentials(urls: readonly string[]): boolean {
  return urls.some((url) => url.startsWith('turn:') || url.startsWith('turns:'));
}
