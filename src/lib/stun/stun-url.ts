// Reading a STUN server URI as a learner types it (RFC 7064 §3.1): "stun:" or "stuns:", a host
// (name, IPv4, or IPv6 in brackets) and an optional port; 3478 by default, 5349 for stuns
// (RFC 8489 §6.2). Never throws: a wrong URI returns a message that says what to fix.
import { isHostName, isIpv4Address, isIpv6Literal } from '../ice/host-syntax';

/** A readable STUN URI, normalised to what RTCPeerConnection's iceServers accepts. */
export interface StunUrl {
  scheme: 'stun' | 'stuns';
  host: string;
  /** The port given, or the scheme's default. */
  port: number;
  portGiven: boolean;
  /** The URI to pass to iceServers. */
  url: string;
}

const MAX_LENGTH = 256;

/** Parse a STUN URI such as "stun:stun.example.org:3478"; returns the URI or an explanation. */
export function parseStunUrl(input: string): StunUrl | { error: string } {
  const text = typeof input === 'string' ? input.trim() : '';
  if (text === '')
    return { error: 'Type a STUN server URL first, such as stun:stun.example.org:3478.' };
  if (text.length > MAX_LENGTH)
    return { error: `That URL is longer than ${MAX_LENGTH} characters.` };
  const colon = text.indexOf(':');
  const scheme = colon < 0 ? '' : text.slice(0, colon).toLowerCase();
  if (scheme === 'turn' || scheme === 'turns')
    return {
      error:
        'That is a TURN URL. This lab asks a STUN server for your address; TURN relays are Chapter 5.',
    };
  if (scheme === 'http' || scheme === 'https')
    return {
      error:
        'A STUN URL is not a web address: write stun:host:port, for example stun:stun.example.org:3478 (RFC 7064).',
    };
  if (scheme !== 'stun' && scheme !== 'stuns')
    return {
      error:
        'A STUN URL starts with "stun:" (or "stuns:" for TLS), for example stun:stun.example.org:3478 (RFC 7064).',
    };
  let rest = text.slice(colon + 1);
  if (rest.startsWith('//'))
    return {
      error: 'A STUN URL has no "//" after the scheme: write stun:host:port (RFC 7064 §3.1).',
    };
  if (/[?#/@\s]/.test(rest))
    return {
      error:
        'A STUN URL is only a host and a port: no path, query, user name or spaces (RFC 7064 §3.1).',
    };
  let host: string;
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    host = close < 0 ? '' : rest.slice(1, close);
    if (close < 0 || !isIpv6Literal(host))
      return { error: 'An IPv6 address goes in brackets, for example stun:[2001:db8::1]:3478.' };
    rest = rest.slice(close + 1);
  } else {
    const portColon = rest.indexOf(':');
    host = portColon < 0 ? rest : rest.slice(0, portColon);
    rest = portColon < 0 ? '' : rest.slice(portColon);
    if (!isIpv4Address(host) && !isHostName(host))
      return { error: `"${host}" is not a host name or an IPv4 address.` };
  }
  const defaultPort = scheme === 'stun' ? 3478 : 5349;
  let port = defaultPort;
  const portGiven = rest !== '';
  if (portGiven) {
    if (!/^:\d{1,5}$/.test(rest))
      return { error: 'The port goes after a colon and is a number, for example :3478.' };
    port = Number(rest.slice(1));
    if (port < 1 || port > 65_535) return { error: `Port ${port} is out of range (1 to 65535).` };
  }
  const hostText = host.includes(':') ? `[${host}]` : host;
  return {
    scheme,
    host: host.toLowerCase(),
    port,
    portGiven,
    url: `${scheme}:${hostText.toLowerCase()}${portGiven ? `:${port}` : ''}`,
  };
}
