// STUN and TURN server URIs as RTCIceServer.urls takes them, read in one place:
//   stunURI = ("stun" / "stuns") ":" host [ ":" port ]                            (RFC 7064 §3.1)
//   turnURI = ("turn" / "turns") ":" host [ ":" port ] [ "?transport=" transport ] (RFC 7065 §3.1)
// The port defaults to 3478, or 5349 for the TLS schemes (RFC 7064 §3.2, RFC 7065 §3.2). Neither
// is a hierarchical URI: no "//", path, user name or fragment. Nothing here throws or contacts
// anything: what cannot be used comes back as a Diagnostic whose char span points at the part.
import type { Diagnostic } from '../diagnostic';
import { isHostName, isIpv4Address, isIpv6Literal } from './host-syntax';
import { MAX_ICE_SERVER_URL_LENGTH } from './ice-server-url-limit';

/** The four schemes: stun and turn, and their TLS forms. */
export type IceServerScheme = 'stun' | 'stuns' | 'turn' | 'turns';

/** Which schemes a caller takes: STUN ones, TURN ones, or any of the four. */
export type IceServerKind = 'stun' | 'turn' | 'any';

/** A server URI taken apart; `host` is lower-cased, an IPv6 address without its brackets. */
export interface IceServerUrl {
  scheme: IceServerScheme;
  host: string;
  /** The port written, or the scheme's default (3478, or 5349 for stuns and turns). */
  port: number;
  portGiven: boolean;
  /** turn and turns only: the transport asked for, or undefined when the browser chooses. */
  transport: 'udp' | 'tcp' | undefined;
  /** Whether the host is a loopback address (127.0.0.0/8, ::1 or localhost). */
  loopback: boolean;
}

/** The URI taken apart with what is worth knowing about it, or the first reason it cannot be used. */
export type IceServerUrlResult =
  { ok: true; url: IceServerUrl; warnings: Diagnostic[] } | { ok: false; error: Diagnostic };

export { MAX_ICE_SERVER_URL_LENGTH };

const DEFAULT_PORTS: Record<IceServerScheme, number> = {
  stun: 3478,
  stuns: 5349,
  turn: 3478,
  turns: 5349,
};
const SCHEMES: Record<IceServerKind, readonly IceServerScheme[]> = {
  stun: ['stun', 'stuns'],
  turn: ['turn', 'turns'],
  any: ['stun', 'stuns', 'turn', 'turns'],
};
const NOUNS: Record<IceServerKind, string> = { stun: 'STUN', turn: 'TURN', any: 'STUN or TURN' };
const EXAMPLES: Record<IceServerKind, string> = {
  stun: 'stun:stun.example.org:3478',
  turn: 'turn:127.0.0.1:3478?transport=udp',
  any: 'stun:stun.example.org:3478 or turn:turn.example.org:3478?transport=udp',
};
const STARTS: Record<IceServerKind, string> = {
  stun: 'stun: (or stuns: for TLS)',
  turn: 'turn: (or turns: for TLS)',
  any: 'stun:, stuns:, turn: or turns:',
};

/** A reason the text cannot be used, at `start` (0-based) for `length` characters. */
interface Problem {
  problem: string;
  start: number;
  length: number;
}

const problem = (message: string, start: number, length: number): Problem => ({
  problem: message,
  start,
  length,
});

/** Read one STUN or TURN server URI, accepting only the schemes of `kind`; never throws. */
export function parseIceServerUrl(input: string, kind: IceServerKind = 'any'): IceServerUrlResult {
  const raw = typeof input === 'string' ? input : '';
  const text = raw.trim();
  const read = readUrl(text, kind);
  if ('problem' in read) {
    const start = raw.length - raw.trimStart().length + read.start;
    const span = { unit: 'char' as const, start, length: read.length };
    return { ok: false, error: { severity: 'error', message: read.problem, span } };
  }
  return { ok: true, url: read, warnings: warningsFor(read) };
}

/** The URI in the form browsers read; the port is written out unless `port` is `as-given`. */
export function formatIceServerUrl(
  url: IceServerUrl,
  port: 'always' | 'as-given' = 'always',
): string {
  const host = url.host.includes(':') ? `[${url.host}]` : url.host;
  const portText = port === 'always' || url.portGiven ? `:${url.port}` : '';
  return `${url.scheme}:${host}${portText}${url.transport ? `?transport=${url.transport}` : ''}`;
}

/** Whether any URI names a TURN server (which needs a username and a credential). */
export function needsTurnCredentials(urls: readonly string[]): boolean {
  return urls.some((url) => /^turns?:/i.test(url));
}

function readUrl(text: string, kind: IceServerKind): IceServerUrl | Problem {
  const noun = NOUNS[kind];
  if (text === '')
    return problem(`Type a ${noun} server URL first, for example ${EXAMPLES[kind]}.`, 0, 0);
  if (text.length > MAX_ICE_SERVER_URL_LENGTH)
    return problem(
      `That URL is longer than ${MAX_ICE_SERVER_URL_LENGTH} characters.`,
      0,
      text.length,
    );
  const scheme = readScheme(text, kind);
  if (typeof scheme !== 'string') return scheme;
  const at = scheme.length + 1;
  const rest = text.slice(at);
  const turn = scheme === 'turn' || scheme === 'turns';
  const schemeNoun = turn ? 'TURN' : 'STUN';
  if (rest.startsWith('//'))
    return problem(
      `A ${schemeNoun} URL has no “//” after the scheme: write ${scheme}:host:port (RFC 7064, RFC 7065).`,
      at,
      2,
    );
  const [hostPort = '', query, ...more] = rest.split('?');
  if (/[#/@\s]/.test(hostPort) || (!turn && query !== undefined))
    return problem(
      `A ${schemeNoun} URL is only a host and a port${turn ? ', then ?transport=' : ''}: no path, query, user name or spaces` +
        (turn
          ? ' (RFC 7065 §3.1).'
          : '; only turn: and turns: URLs take ?transport= (RFC 7064 §3.1, RFC 7065 §3.1).'),
      at,
      rest.length,
    );
  if (more.length > 0)
    return problem(
      'The URL has more than one “?”.',
      at + hostPort.length,
      rest.length - hostPort.length,
    );
  const transport = readTransport(query, at + hostPort.length + 1);
  if (typeof transport === 'object') return transport;
  const parts = readHostPort(hostPort, at, scheme);
  if ('problem' in parts) return parts;
  const host = parts.host.toLowerCase();
  return {
    scheme,
    host,
    port: parts.port ?? DEFAULT_PORTS[scheme],
    portGiven: parts.port !== undefined,
    transport,
    loopback: /^127\./.test(host) || host === '::1' || host === 'localhost',
  };
}

function readScheme(text: string, kind: IceServerKind): IceServerScheme | Problem {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(text)?.[1]?.toLowerCase() ?? '';
  const accepted = SCHEMES[kind].find((s) => s === scheme);
  if (accepted) return accepted;
  const noun = NOUNS[kind];
  const length = scheme === '' ? text.length : scheme.length;
  if (scheme === 'http' || scheme === 'https')
    return problem(
      `A ${noun} URL is not a web address: write it like ${EXAMPLES[kind]} (RFC 7064, RFC 7065).`,
      0,
      length,
    );
  if (kind === 'stun' && SCHEMES.turn.some((s) => s === scheme))
    return problem(
      'That is a TURN URL. A STUN server is asked for your address here; TURN relays are chapter 5.',
      0,
      length,
    );
  if (kind === 'turn' && SCHEMES.stun.some((s) => s === scheme))
    return problem(
      'That is a STUN URL. A STUN server only reports your public address; it relays nothing, so a ' +
        'relay-only connection gets no candidate from it. Use a turn: or turns: URL.',
      0,
      length,
    );
  return problem(
    `That is not a ${noun} URL, which starts with ${STARTS[kind]}; for example ${EXAMPLES[kind]}.`,
    0,
    length,
  );
}

function readTransport(query: string | undefined, at: number): 'udp' | 'tcp' | undefined | Problem {
  if (query === undefined) return undefined;
  const value = /^transport=([A-Za-z]+)$/.exec(query)?.[1]?.toLowerCase();
  if (value === 'udp' || value === 'tcp') return value;
  return problem(
    `A TURN URL may carry only ?transport=udp or ?transport=tcp (the transports RFC 7065 §3.1 names), not “?${query.slice(0, 40)}”.`,
    at - 1,
    query.length + 1,
  );
}

function readHostPort(
  text: string,
  at: number,
  scheme: IceServerScheme,
): { host: string; port: number | undefined } | Problem {
  let host = text;
  let portText: string | undefined;
  const bracketed = text.startsWith('[');
  if (bracketed) {
    const close = text.indexOf(']');
    if (close < 0)
      return problem(
        `An IPv6 address in brackets needs its closing “]”: ${scheme}:[2001:db8::1]:3478.`,
        at,
        text.length,
      );
    const after = text.slice(close + 1);
    if (after !== '' && !after.startsWith(':'))
      return problem('After “]” only “:port” may follow.', at + close + 1, after.length);
    host = text.slice(1, close);
    portText = after === '' ? undefined : after.slice(1);
  } else {
    const parts = text.split(':');
    if (parts.length > 2)
      return problem(`Put an IPv6 address in brackets: ${scheme}:[::1]:3478.`, at, text.length);
    host = parts[0] ?? '';
    portText = parts[1];
  }
  if (host === '') return problem(`The URL names no host: write ${scheme}:host:port.`, at, 0);
  const validHost = bracketed
    ? isIpv6Literal(host)
    : isIpv4Address(host) || (isHostName(host) && !/^[\d.]+$/.test(host));
  const hostLength = portText === undefined ? text.length : text.length - portText.length - 1;
  if (!validHost)
    return problem(`“${host.slice(0, 80)}” is not a host name or an IP address.`, at, hostLength);
  if (portText === undefined) return { host, port: undefined };
  const portAt = at + text.length - portText.length;
  if (!/^\d{1,5}$/.test(portText))
    return problem(
      `The port “${portText.slice(0, 20)}” is not a number from 1 to 65535.`,
      portAt,
      portText.length,
    );
  const port = Number(portText);
  if (port < 1 || port > 65_535)
    return problem(
      `The port ${port} is out of range: a port is from 1 to 65535.`,
      portAt,
      portText.length,
    );
  return { host, port };
}

function warningsFor(url: IceServerUrl): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  if (url.scheme === 'turns' && url.transport === 'udp')
    warnings.push({
      severity: 'warning',
      message:
        'turns: runs over TLS, which needs TCP; browsers ignore or refuse transport=udp with it.',
    });
  if (!url.loopback)
    warnings.push({
      severity: 'info',
      message: `${url.host} is not on this machine: using this URL contacts a server you typed in.`,
    });
  return warnings;
}
