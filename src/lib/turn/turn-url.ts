// TURN server URLs as RTCIceServer.urls takes them (RFC 7065 §3.1):
//   turnURI = ("turn" / "turns") ":" host [ ":" port ] [ "?transport=" ("udp" / "tcp") ]
// The parser never throws: text it cannot use comes back with the reason in words.
import { isHostName, isIpv4Address, isIpv6Literal } from '../ice/host-syntax';

/** A TURN URL taken apart. */
export interface TurnUrl {
  scheme: 'turn' | 'turns';
  /** Host as written: a name, an IPv4 address, or an IPv6 address without its brackets. */
  host: string;
  /** The port, or the scheme's default (3478 for turn, 5349 for turns) when none was written. */
  port: number;
  /** The transport asked for, or `undefined` when the URL lets the browser choose. */
  transport: 'udp' | 'tcp' | undefined;
  /** Whether the host is a loopback address (127.0.0.0/8, ::1 or localhost). */
  loopback: boolean;
}

/** The result of reading a TURN URL: the parts, or why it cannot be used. */
export type TurnUrlResult =
  { ok: true; url: TurnUrl; warnings: string[] } | { ok: false; error: string };

/** Longest URL accepted; anything longer is certainly not a server address. */
export const MAX_TURN_URL_LENGTH = 512;

const DEFAULT_PORTS = { turn: 3478, turns: 5349 } as const;

/** Reads a TURN URL (RFC 7065 §3.1); never throws. */
export function parseTurnUrl(input: string): TurnUrlResult {
  const text = typeof input === 'string' ? input.trim() : '';
  if (text === '')
    return fail('Type the TURN server’s URL, for example turn:127.0.0.1:3478?transport=udp.');
  if (text.length > MAX_TURN_URL_LENGTH)
    return fail(`A TURN URL is at most ${MAX_TURN_URL_LENGTH} characters long.`);
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(text)?.[1]?.toLowerCase();
  if (scheme === 'stun' || scheme === 'stuns') {
    return fail(
      'That is a STUN URL. A STUN server only reports your public address; it relays nothing, so a ' +
        'relay-only connection gets no candidate from it. Use a turn: or turns: URL.',
    );
  }
  if (scheme !== 'turn' && scheme !== 'turns') {
    return fail(
      'A TURN URL starts with turn: (or turns: for TLS), for example turn:127.0.0.1:3478?transport=udp.',
    );
  }
  const rest = text.slice(scheme.length + 1);
  if (rest.startsWith('//')) {
    return fail(
      'A TURN URL has no “//” after the scheme (RFC 7065): write turn:host:port, not turn://host:port.',
    );
  }
  const [hostPort = '', query, ...more] = rest.split('?');
  if (more.length > 0) return fail('The URL has more than one “?”.');
  const transport = readTransport(query);
  if (typeof transport === 'object') return transport;
  const hostAndPort = splitHostPort(hostPort);
  if ('ok' in hostAndPort) return hostAndPort;
  const { host, portText, bracketed } = hostAndPort;
  if (host === '') return fail('The URL names no host: write turn:host:port.');
  const validHost = bracketed
    ? isIpv6Literal(host)
    : isIpv4Address(host) || (isHostName(host) && !/^[\d.]+$/.test(host));
  if (!validHost) return fail(`“${host}” is not a host name or an IP address.`);
  let port: number = DEFAULT_PORTS[scheme];
  if (portText !== undefined) {
    port = /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
    if (!(port >= 1 && port <= 65_535))
      return fail(`The port “${portText}” is not a number from 1 to 65535.`);
  }
  const loopback = /^127\./.test(host) || host === '::1' || host.toLowerCase() === 'localhost';
  const warnings: string[] = [];
  if (scheme === 'turns' && transport === 'udp') {
    warnings.push(
      'turns: runs over TLS, which needs TCP; browsers ignore or refuse transport=udp with it.',
    );
  }
  if (!loopback)
    warnings.push(
      `This lab will contact ${host}, a server you typed in: it is not on this machine.`,
    );
  return { ok: true, url: { scheme, host, port, transport, loopback }, warnings };
}

/** The URL written back in the form the browser reads (`turn:host:port?transport=...`). */
export function formatTurnUrl(url: TurnUrl): string {
  const host = url.host.includes(':') ? `[${url.host}]` : url.host;
  return `${url.scheme}:${host}:${url.port}${url.transport ? `?transport=${url.transport}` : ''}`;
}

function fail(error: string): TurnUrlResult {
  return { ok: false, error };
}

function readTransport(query: string | undefined): 'udp' | 'tcp' | undefined | TurnUrlResult {
  if (query === undefined) return undefined;
  const match = /^transport=([A-Za-z]+)$/.exec(query);
  const value = match?.[1]?.toLowerCase();
  if (value === 'udp' || value === 'tcp') return value;
  return fail(
    `The only query a TURN URL may carry is ?transport=udp or ?transport=tcp (RFC 7065), not “?${query}”.`,
  );
}

function splitHostPort(
  text: string,
): { host: string; portText: string | undefined; bracketed: boolean } | TurnUrlResult {
  if (text.startsWith('[')) {
    const close = text.indexOf(']');
    if (close < 0) return fail('An IPv6 address in brackets needs its closing “]”.');
    const after = text.slice(close + 1);
    if (after !== '' && !after.startsWith(':')) return fail('After “]” only “:port” may follow.');
    return {
      host: text.slice(1, close),
      portText: after === '' ? undefined : after.slice(1),
      bracketed: true,
    };
  }
  const parts = text.split(':');
  if (parts.length > 2) return fail('Put an IPv6 address in brackets: turn:[::1]:3478.');
  return { host: parts[0] ?? '', portText: parts[1], bracketed: false };
}
