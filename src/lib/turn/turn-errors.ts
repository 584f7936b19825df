// What a failed relay-only connection means, in words: the STUN/TURN error codes a browser
// passes on in `icecandidateerror` (RFC 8489 §14.8, RFC 8656 §19), the W3C's 701 for "no answer",
// and what to check for each.

/** One `icecandidateerror` event, as plain data. */
export interface IceCandidateErrorInfo {
  /** Which peer reported it ("A", "B"). */
  peer: string;
  errorCode: number;
  errorText: string;
  url: string;
  /** The local address the browser used, often partly hidden ("0.0.0.x"), or null. */
  address: string | null;
  port: number | null;
}

/** An error code: its name, what it means for a TURN client, what to check, and where it is defined. */
export interface TurnErrorCode {
  name: string;
  meaning: string;
  check: string;
  source: string;
}

/** The codes a TURN client can meet (RFC 8489 §14.8, RFC 8656 §19) plus the WebRTC API's 701. */
export const TURN_ERROR_CODES: Readonly<Record<number, TurnErrorCode>> = {
  300: {
    name: 'Try Alternate',
    meaning: 'the server sends the client to another server (ALTERNATE-SERVER).',
    check: 'configure the alternate server it names.',
    source: 'RFC 8489 §14.8',
  },
  400: {
    name: 'Bad Request',
    meaning: 'the server could not read the request.',
    check: 'the server’s log; this is rarely the configuration’s fault.',
    source: 'RFC 8489 §14.8',
  },
  401: {
    name: 'Unauthorized',
    meaning:
      'the server did not accept the credentials. (Every allocation starts with one 401 that carries REALM and NONCE; the browser reports it only when the signed retry is refused as well.)',
    check:
      'the username and the password (credential), and that the server’s realm is the one they belong to. For `npm run turn`: username course, password course-dev-only, realm webrtc-course.local.',
    source: 'RFC 8489 §9.2, §14.8',
  },
  403: {
    name: 'Forbidden',
    meaning:
      'the credentials are fine but the server refuses this request, often a relay to a peer address it does not allow.',
    check:
      'the server’s peer-address rules: coturn refuses loopback and private peers unless configured (`--allow-loopback-peers` for this course).',
    source: 'RFC 8656 §19',
  },
  420: {
    name: 'Unknown Attribute',
    meaning: 'the server does not understand a required attribute of the request.',
    check: 'that the server implements TURN (RFC 8656 or RFC 5766) and is not a STUN-only server.',
    source: 'RFC 8489 §14.8',
  },
  437: {
    name: 'Allocation Mismatch',
    meaning: 'the request does not match the allocation this 5-tuple has (or has not).',
    check: 'nothing on your side; the browser retries with a new allocation.',
    source: 'RFC 8656 §19',
  },
  438: {
    name: 'Stale Nonce',
    meaning: 'the NONCE expired; the client should retry with the new one.',
    check: 'nothing unless it repeats, then the server’s clock and nonce lifetime.',
    source: 'RFC 8489 §14.8',
  },
  440: {
    name: 'Address Family not Supported',
    meaning: 'the server cannot relay over the address family (IPv4 or IPv6) asked for.',
    check: 'the server’s relay addresses.',
    source: 'RFC 8656 §19',
  },
  441: {
    name: 'Wrong Credentials',
    meaning: 'a request in an existing allocation came with other credentials than the Allocate.',
    check: 'that the credentials did not change in the middle of a session.',
    source: 'RFC 8656 §19',
  },
  442: {
    name: 'Unsupported Transport Protocol',
    meaning: 'the server does not relay the REQUESTED-TRANSPORT protocol.',
    check: 'the server configuration (a server may refuse UDP relaying).',
    source: 'RFC 8656 §19',
  },
  443: {
    name: 'Peer Address Family Mismatch',
    meaning: 'the peer’s address family differs from the relayed address’s.',
    check: 'IPv4 against IPv6 candidates.',
    source: 'RFC 8656 §19',
  },
  486: {
    name: 'Allocation Quota Reached',
    meaning: 'this user has as many allocations as the server allows.',
    check: 'the server’s per-user quota, and allocations left open by closed pages.',
    source: 'RFC 8656 §19',
  },
  500: {
    name: 'Server Error',
    meaning: 'the server failed while handling the request.',
    check: 'the server’s log.',
    source: 'RFC 8489 §14.8',
  },
  508: {
    name: 'Insufficient Capacity',
    meaning: 'the server has no relay port (or bandwidth) left.',
    check: 'the server’s relay port range and load.',
    source: 'RFC 8656 §19',
  },
  701: {
    name: 'No answer (browser)',
    meaning:
      'the browser got no usable answer from the server: outside the STUN range, the WebRTC API uses 701 for “could not reach it”.',
    check:
      'that the server runs (`npm run turn` for the course), the port, the transport (udp or tcp), and the host name.',
    source: 'W3C WebRTC, RTCPeerConnectionIceErrorEvent',
  },
};

/** The 701 cases Chromium tells apart in its errorText, with what each means. */
function explain701(errorText: string): string {
  if (/host lookup/i.test(errorText))
    return 'the host name did not resolve: check its spelling, or use an IP address.';
  if (/failed to establish connection|connection refused/i.test(errorText)) {
    return 'nothing accepted a TCP connection there: check that the server runs and the port; for the course, that `npm run turn` is running.';
  }
  if (/timed out/i.test(errorText)) {
    return 'the server never answered: check that it runs (`npm run turn`), the port, and the transport; a firewall may drop the packets.';
  }
  return TURN_ERROR_CODES[701]!.check;
}

/** One error event in a sentence: code, the browser's text, the URL, and what it means. */
export function explainIceCandidateError(error: IceCandidateErrorInfo): string {
  const known = TURN_ERROR_CODES[error.errorCode];
  const head = `${error.errorCode} “${error.errorText}” from ${error.url || 'the server'}`;
  if (error.errorCode === 701) return `${head}: ${explain701(error.errorText)}`;
  if (!known)
    return `${head}: an error code this lab does not know; look it up in the IANA STUN error code registry.`;
  return `${head} (${known.name}, ${known.source}): ${known.meaning} Check ${known.check}`;
}

/** Why the relay-only connection did not open, as the lab saw it. */
export interface TurnFailure {
  /** `errors`: gathering ended with no relay candidate; `timeout`: no candidate and no error in time; `checks-failed`: relay candidates, but no pair worked. */
  kind: 'errors' | 'timeout' | 'checks-failed';
  url: string;
  errors: readonly IceCandidateErrorInfo[];
  waitedMs: number;
}

/** A refusal faster than this cannot have waited for a server's answer (a silent UDP server takes seconds). */
export const INSTANT_REFUSAL_MS = 1_500;

/** Whether a STUN/TURN URL names a loopback host (127.0.0.0/8, ::1 or localhost). */
export function isLoopbackTurnUrl(url: string): boolean {
  const host = /^turns?:(\[[^\]]*\]|[^:?]+)/i.exec(url.trim())?.[1]?.toLowerCase() ?? '';
  return /^127\.\d+\.\d+\.\d+$/.test(host) || host === '[::1]' || host === 'localhost';
}

/**
 * Whether the browser refused a loopback TURN server without contacting it: gathering ended with
 * nothing but 701s that carry no text, sooner than any server could have been waited for. Firefox
 * does this by default (it leaves loopback addresses out of ICE); Chromium tries the server.
 */
export function refusedLoopbackServer(failure: TurnFailure): boolean {
  return (
    failure.kind === 'errors' &&
    failure.errors.length > 0 &&
    failure.errors.every((e) => e.errorCode === 701 && e.errorText.trim() === '') &&
    failure.waitedMs < INSTANT_REFUSAL_MS &&
    isLoopbackTurnUrl(failure.url)
  );
}

/** The lab's error message for a failure, and the code it shows (`401`, `701`, `loopback-refused`, `timeout`, `checks-failed`, `no-relay`). */
export function explainTurnFailure(failure: TurnFailure): { code: string; message: string } {
  const unique = dedupeErrors(failure.errors);
  const seconds = (failure.waitedMs / 1000).toFixed(0);
  if (refusedLoopbackServer(failure)) {
    return {
      code: 'loopback-refused',
      message:
        `This browser refused ${failure.url} without contacting it: it reported icecandidateerror ` +
        `701 with no text after ${failure.waitedMs.toFixed(0)} ms, sooner than any server could answer. ` +
        'It leaves loopback addresses (127.0.0.1, ::1) out of ICE, so a TURN server on this machine’s ' +
        'loopback is never tried, whatever the credentials. In Firefox, which does this by default: ' +
        'open about:config, set media.peerconnection.ice.loopback to true, and run the lab again ' +
        '(set it back to false afterwards).',
    };
  }
  // Prefer a real STUN/TURN error (a server answered) over the browser's 701.
  const first =
    unique.find((e) => e.errorCode !== 701) ??
    unique.find((e) => /^turns?:/.test(e.url)) ??
    unique[0];
  if (failure.kind === 'checks-failed') {
    const detail = first ? ` The browser also reported: ${explainIceCandidateError(first)}` : '';
    return {
      code: first ? String(first.errorCode) : 'checks-failed',
      message:
        `Both peers got relay candidates from ${failure.url}, but no pair of them worked within ${seconds} s. ` +
        'The server gave out allocations and then refused to relay between them: a coturn without ' +
        '`--allow-loopback-peers` does that for two peers on 127.0.0.1 (CreatePermission answers 403).' +
        detail,
    };
  }
  if (first) {
    const others = unique.length > 1 ? ` (${unique.length} errors in all, listed below.)` : '';
    return {
      code: String(first.errorCode),
      message: `No relay candidate: the browser reported icecandidateerror ${explainIceCandidateError(first)}${others}`,
    };
  }
  if (failure.kind === 'timeout') {
    return {
      code: 'timeout',
      message:
        `No answer from ${failure.url} within ${seconds} s, so there is no relay candidate. Check that the ` +
        'server is running (for the course: `npm run turn` in a terminal), the port, and the transport ' +
        '(udp or tcp) in the URL. Over UDP the browser keeps retrying its Allocate request and may ' +
        'report icecandidateerror 701 only after tens of seconds, so the lab stops waiting earlier.',
    };
  }
  return {
    code: 'no-relay',
    message:
      `Gathering finished without a relay candidate and without an error from ${failure.url}. ` +
      'Check that the URL is a turn: URL and that username and credential are filled in.',
  };
}

/** The same error reported by both peers (or for both the STUN and TURN probe) counts once. */
function dedupeErrors(errors: readonly IceCandidateErrorInfo[]): IceCandidateErrorInfo[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.errorCode}|${e.errorText}|${e.url}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
